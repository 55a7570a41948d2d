"""Croatian, Slovenian, Slovak and Polish forms' words (zahtjev za prijenos broja, zahtevek za
prenos številke, žiadosť o prenesenie čísla, wniosek o przeniesienie numeru). Czech is read by
finczwords.py among the broad rules, Polish mostly by the broad rules too: its lexicon holds
the words they misread ("NIP" is Poland's tax number, the PIN in French Canada).

False friends: "kraj" is the region in Slovak and Polish, the town in Slovenian; a form's
language decides which (lexicon/__init__.py reads only the form's languages).
"""

from __future__ import annotations

from portdesk.loa.fields import LoaField as F
from portdesk.loa.lexicon.base import NOT_OURS, Lexicon

CROATIAN = Lexicon("hr", "Croatian", frozenset({
    "i", "ili", "je", "za", "na", "od", "vas", "vasi", "korisnika", "ime", "prezime", "datum",
    "potpis", "adresa", "broj", "brojevi", "operator", "grad", "mjesto", "ulica", "postanski",
    "naziv", "tvrtke", "telefona", "zahtjev", "prijenos", "oib", "zupanija", "molimo",
}), {
    F.PARTIAL_PORT: (r"~\bsamo\b.{0,30}\bbroj\w*", "djelomicn*"),
    F.FULL_PORT: (r"~\bsv(i|e|ih)\b.{0,20}\bbroj\w*",),
    F.BUSINESS: ("=poslovni korisnik", "=pravna osoba", "=poslovni"),
    F.RESIDENTIAL: ("=privatni korisnik", "=fizicka osoba", "=privatni", "=rezidencijalni"),
    NOT_OURS: ("oib", "mbs", "maticni broj", "novi operator", "operator primatelj",
               "operatora primatelja", "=pecat", "=m p", "=drzava", "=kucni broj", "=kbr",
               # a second representative signs and names himself: the case has one signer
               "!drug* zastupnik*", "!drug* ovlasten* zastupnik*", "!drug* potpisnik*"),
    F.REMAINING_NUMBERS: (r"~\bbroj\w*\b.{0,40}\b(ostaju|ne prenos\w*|nece (se )?prenijeti)\b",
                          r"~^ostaju\b.{0,30}\boperator\w*"),
    F.REQUESTED_DATE: (r"~\b(zeljen\w*|trazen\w*)\b.*\bdatum\w*\b|\bdatum\w* (prijenosa|"
                       r"prenosenja)\b",),
    F.DATE_SIGNED: ("=datum", "datum potpisa", "=mjesto i datum", "=u", "=dana",
                    "=datum i mjesto"),
    F.CONTACT_PHONE: ("kontakt telefon*", "kontaktni telefon*", "telefon za kontakt",
                      "telefon kontakt osobe", "kontakt broj"),
    F.CONTACT_EMAIL: ("e posta", "adresa e poste", "elektronicka posta"),
    F.AUTHORIZED_NAME: ("kontakt osob*", "ovlasten* osob*", "zastupnik*", "potpisnik*",
                        "odgovorna osoba", "osoba za kontakt"),
    F.SIGNATURE: ("potpis", "potpisi", "potpis i pecat"),
    F.AUTHORIZED_TITLE: ("funkcija", "radno mjesto"),
    # the current operator; "Br. računa kod sadašnjeg operatora" names it after "kod" (at) only
    # to say whose account number it is (as Danish "hos" does)
    F.CARRIER: (r"~(?<!\bkod )\b(trenutn\w*|sadasnj\w*|postojec\w*|dosadasnj\w*)\b.*"
                r"\boperator\w*\b",
                "operator davatelj", "operatora davatelja", "davatelj usluge", "davatelj broja",
                "=operator", "=naziv operatora"),
    F.ACCOUNT_NUMBER: ("broj korisnika", "korisnicki broj", "broj ugovora", "sifra korisnika",
                       "broj pretplatnika", "broj korisnickog racuna", "broj racuna",
                       "korisnicki racun", "br racuna", "br korisnika", "br ugovora"),
    F.BTN: ("glavni broj",),
    F.ACCOUNT_NAME: ("naziv tvrtke", "naziv pravne osobe", "naziv korisnika", "ime korisnika",
                     "ime i prezime", "=naziv", "=tvrtka", "=korisnik", "=pretplatnik",
                     "=ime"),
    F.SUITE: ("=stan", "=kat"),
    F.LOCALITY: ("postanski broj i mjesto", "postanski broj i grad"),
    F.POSTAL_CODE: ("postanski broj", "postanski br", "=pbr", "=p br"),
    F.STATE: ("zupanija",),
    F.CITY: ("grad", "naselje", "opcina", "=mjesto"),
    F.STREET: ("ulica",),
    F.SERVICE_ADDRESS: ("adresa*",),
    F.NUMBER: ("broj telefona", "brojevi telefona", "telefonsk* broj*", "=brojevi",
               "brojevi za prijenos", "=broj"),
})

SLOVENIAN = Lexicon("sl", "Slovenian", frozenset({
    "in", "ali", "je", "za", "na", "od", "vas", "vasa", "narocnika", "ime", "priimek", "datum",
    "podpis", "naslov", "stevilka", "stevilke", "operater", "kraj", "ulica", "postna",
    "naziv", "podjetja", "telefonska", "zahtevek", "prenos", "davcna", "prosimo",
}), {
    F.PARTIAL_PORT: (r"~\bsamo\b.{0,30}\bstevilk\w*", "delni*"),
    # "prenos vseh številk": all of them, in the genitive as in the nominative
    F.FULL_PORT: (r"~\bvs(e|eh)\b.{0,20}\bstevil\w*",),
    # "pravna oseba / samostojni podjetnik": a company or a sole trader, both a business
    F.BUSINESS: ("pravna oseba", "samostojni podjetnik", "=poslovni uporabnik",
                 "=poslovni narocnik"),
    F.RESIDENTIAL: ("=fizicna oseba", "=zasebni uporabnik", "=zasebni narocnik"),
    NOT_OURS: ("davcna stevilka", "ddv", "maticna stevilka", "emso", "nov* operater*",
               "operater prejemnik", "=zig", "=drzava", "=hisna stevilka"),
    # "Ostanejo pri sedanjem operaterju:" (they stay with the current operator): what stays,
    # the numbers unsaid, is no operator's name
    F.REMAINING_NUMBERS: (r"~\bstevilk\w*\b.{0,40}\b(ostanejo|ne prenes\w*)\b",
                          r"~^ostanejo\b.{0,30}\boperater\w*"),
    F.REQUESTED_DATE: (r"~\b(zelen\w*|zahtevan\w*)\b.*\bdatum\w*\b|\bdatum\w* prenosa\b",),
    F.DATE_SIGNED: ("=datum", "datum podpisa", "=kraj in datum", "=v", "=dne",
                    "=datum in kraj"),
    F.CONTACT_PHONE: ("kontaktni telefon*", "telefon kontaktne osebe",
                      "kontaktna telefonska stevilka"),
    F.CONTACT_EMAIL: ("e posta", "elektronska posta", "e naslov"),
    F.AUTHORIZED_NAME: ("kontaktna oseba", "pooblascen* oseb*", "zakonit* zastopnik*",
                        "zastopnik*", "podpisnik*"),
    F.SIGNATURE: ("podpis", "podpisi"),
    F.AUTHORIZED_TITLE: ("funkcija", "delovno mesto"),
    F.CARRIER: (r"~\b(trenutn\w*|sedanj\w*|obstojec\w*|oddajn\w*)\b.*\b(operater\w*|"
                r"ponudnik\w*)\b", "operater dajalec", "=operater"),
    F.ACCOUNT_NUMBER: ("stevilka narocnika", "narocniska stevilka", "stevilka pogodbe",
                       "stevilka uporabnika", "stevilka narocniskega razmerja"),
    F.BTN: ("glavna stevilka",),
    F.ACCOUNT_NAME: ("naziv podjetja", "ime podjetja", "naziv narocnika", "ime in priimek",
                     "=naziv", "=podjetje", "=narocnik", "=ime"),
    F.SUITE: ("=stanovanje",),
    F.LOCALITY: ("postna stevilka in kraj",),
    F.POSTAL_CODE: ("postna stevilka", "=posta"),
    F.STATE: ("=regija",),
    F.CITY: ("=kraj", "mesto", "obcina", "naselje"),
    F.STREET: ("ulica",),
    F.SERVICE_ADDRESS: ("naslov*",),
    F.NUMBER: ("telefonsk* stevilk*", "stevilke za prenos", "=stevilke", "=stevilka"),
})

SLOVAK = Lexicon("sk", "Slovak", frozenset({
    "a", "alebo", "je", "pre", "na", "od", "vas", "vasej", "ucastnika", "meno", "priezvisko",
    "datum", "podpis", "adresa", "cislo", "cisla", "podnik", "obec", "ulica", "psc", "nazov",
    "spolocnosti", "telefonne", "ziadost", "prenesenie", "ico", "prosime", "dna",
}), {
    F.PARTIAL_PORT: (r"~\biba\b.{0,30}\bcisl\w*", "ciastocn*"),
    F.FULL_PORT: (r"~\bvsetky\b.{0,20}\bcisl\w*",),
    NOT_OURS: ("ico", "dic", "ic dph", "rodne cislo", "novy operator", "novy podnik",
               "prijimajuc* podnik*", "=peciatka", "=pecat", "=v", "=stat", "=supisne cislo"),
    F.REMAINING_NUMBERS: (r"~\bcisl\w*\b.{0,40}\b(zostavaj\w*|zostanu|neprenas\w*)\b",),
    # "Nie skôr ako ____" (not before): the day asked for; "Nie neskôr ako" is no value of ours
    F.REQUESTED_DATE: (r"~\b(pozadovan\w*|ziadan\w*)\b.*\bdatum\w*\b|\bdatum\w* prenesenia\b",
                       "=nie skor ako"),
    F.DATE_SIGNED: ("=datum", "=dna", "datum podpisu", "=miesto a datum"),
    F.CONTACT_PHONE: ("kontaktny telefon", "kontaktne telefonne cislo"),
    F.CONTACT_EMAIL: ("elektronicka posta",),
    F.AUTHORIZED_NAME: ("kontaktna osoba", "opravnen* osob*", "statutarn* zastupc*",
                        "splnomocnen* osob*", "meno podpisujuc*", "podpisujuc* osob*"),
    F.SIGNATURE: ("podpis", "podpisy", "podpisu"),
    F.AUTHORIZED_TITLE: ("funkcia", "pozicia"),
    # the current operator; "Č. zmluvy / zákaznícke č. u súčasného operátora" names it after
    # "u" (at) only to say whose contract or customer number it is (as Croatian "kod" does)
    F.CARRIER: (r"~(?<!\bu )\b(sucasn\w*|opustan\w*|odovzdavajuc\w*)\b.*\b(podnik\w*|"
                r"operator\w*|poskytovatel\w*)\b",),
    F.ACCOUNT_NUMBER: ("cislo zmluvy", "zakaznicke cislo", "cislo zakaznika",
                       "cislo ucastnika", "c zmluvy", "zakaznicke c"),
    F.BTN: ("hlavne cislo",),
    F.ACCOUNT_NAME: ("obchodne meno", "nazov spolocnosti", "nazov firmy", "meno a priezvisko",
                     "=meno", "=nazov", "=ucastnik"),
    F.SUITE: ("=byt",),
    F.POSTAL_CODE: ("psc",),
    F.STATE: ("=kraj",),
    F.CITY: ("obec", "mesto"),
    F.STREET: ("ulica",),
    F.SERVICE_ADDRESS: ("adresa*",),
    # the subscriber number ("účastnícke č."), the part after the area code in a table's row
    F.NUMBER: ("telefonne cisl*", "prenasan* cisl*", "=cisla", "=cislo", "ucastnicke cislo",
               "=ucastnicke c"),
})

POLISH = Lexicon("pl", "Polish", frozenset({
    "i", "lub", "jest", "dla", "na", "od", "prosze", "abonenta", "imie", "nazwisko", "data",
    "podpis", "adres", "numer", "numery", "operator", "miejscowosc", "ulica", "kod",
    "pocztowy", "nazwa", "firmy", "telefonu", "wniosek", "przeniesienie", "nip", "wojewodztwo",
}), {
    NOT_OURS: ("nip", "pesel", "regon", "krs", "nowy operator", "operator biorcy",
               "biorca", "=pieczec", "=pieczec firmowa", "=kraj", "=nr domu", "=numer domu", "=miejsce"),
    # the tick words: "tylko numery wymienione w tabeli", "przedsiębiorca", "konsument"
    F.PARTIAL_PORT: (r"~\btylko (numery|wybrane|wymienione|podane|nastepujace)\b",),
    F.BUSINESS: ("=przedsiebiorca", "=firma", "=osoba prawna", "=klient biznesowy"),
    F.RESIDENTIAL: ("konsument*", "=osoba fizyczna", "=klient indywidualny"),
    # "Wnioskowany dzień przeniesienia: dnia": the day asked for is the date asked for
    F.REQUESTED_DATE: (r"~\b(wnioskowan\w*|preferowan\w*|oczekiwan\w*)\b.*\b(data|termin|"
                       r"dzien)\b|\b(data|termin|dzien) przeniesienia\b",),
    F.DATE_SIGNED: ("=data", "data podpisu", "=miejscowosc i data", "=data i miejscowosc"),
    F.CONTACT_PHONE: ("telefon kontaktowy", "numer kontaktowy"),
    # the one signing ("imię i nazwisko podpisującego", "osoby podpisującej") is the signer
    F.AUTHORIZED_NAME: ("osoba kontaktowa", "pelnomocnik*", "osob* upowaznion*",
                        "osob* reprezentujac*", "reprezentant*", "imie i nazwisko podpisujac*",
                        "osob* podpisujac*"),
    F.SIGNATURE: ("podpis", "podpisy", "czytelny podpis"),
    F.CARRIER: ("operator oddajacy", "dotychczasowy operator", "obecny operator",
                "dawca"),
    F.ACCOUNT_NUMBER: ("numer klienta", "numer umowy", "numer abonenta", "nr klienta",
                       "nr umowy"),
    F.BTN: ("numer glowny", "nr glowny", "numer rozliczeniowy"),
    F.ACCOUNT_NAME: ("nazwa abonenta", "=nazwa", "=abonent"),
    F.SUITE: ("=nr lokalu", "=lokal", "=mieszkanie"),
    F.STATE: ("wojewodztwo",),
    F.CITY: ("=miasto", "=gmina"),
})

CZECH = Lexicon("cs", "Czech", frozenset({
    "a", "nebo", "je", "pro", "na", "od", "vas", "ucastnika", "jmeno", "prijmeni", "datum",
    "podpis", "adresa", "cislo", "cisla", "operator", "obec", "ulice", "psc", "nazev",
    "spolecnosti", "telefonni", "zadost", "preneseni", "ico", "prosime", "dne",
}), {
    NOT_OURS: ("=stat", "=v"),
    F.PARTIAL_PORT: (r"~\b(jen|pouze) (uveden\w*|vybran\w*|nasledujic\w*)\b", "castecn*"),
    F.FULL_PORT: (r"~\bvsechn\w* (cisl\w*|telefonni)\b",),
    F.AUTHORIZED_NAME: ("zastupce", "jmeno zastupce", "opravnena osoba", "kontaktni osoba",
                        "jmeno podepisujic*", "podepisujic* osob*"),
    F.BTN: ("hlavni cislo", "hlavni telefonni cislo"),
    F.STATE: ("=kraj",),
    F.SERVICE_ADDRESS: ("adresa*",),
})

LEXICONS = (CROATIAN, SLOVENIAN, SLOVAK, POLISH, CZECH)
