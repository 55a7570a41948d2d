"""Estonian, Latvian, Lithuanian, Finnish and Hungarian forms' words (numbriliikuvuse taotlus, numura
saglabāšanas pieteikums, numerio perkėlimo prašymas): the Baltic states' official languages.
Finnish and Hungarian are read by the broad rules (finczwords.py, labelwords.py): their
lexicons hold the little words that tell the language, and the gaps.
"""

from __future__ import annotations

from portdesk.loa.fields import LoaField as F
from portdesk.loa.lexicon.base import NOT_OURS, Lexicon

ESTONIAN = Lexicon("et", "Estonian", frozenset({
    "ja", "voi", "ning", "on", "ei", "teie", "oma", "kliendi", "nimi", "kuupaev", "allkiri",
    "aadress", "numbri", "numbrid", "operaator", "linn", "maakond", "postiindeks", "ettevotte",
    "tanav", "taotlus", "telefon", "kontaktisik", "isikukood", "registrikood", "palun",
}), {
    F.PARTIAL_PORT: (r"~\bainult\b.{0,30}\bnumb\w*", "osalin*"),
    F.FULL_PORT: (r"~\bkoik\b.{0,20}\bnumb\w*",),
    F.BUSINESS: ("=ariklient", "=juriidiline isik", "=ettevote"),
    F.RESIDENTIAL: ("=eraklient", "=fuusiline isik", "=eraisik"),
    NOT_OURS: ("isikukood*", "registrikood*", "kmkr*", "km kohustuslase*", "uus operaator*",
               "vastuvotv* operaator*", "=pitsat", "kellaaeg", "=koht", "=riik", "=maja nr", "=majanumber",
               "=maja"),
    F.REMAINING_NUMBERS: (r"~\bnumb\w*\b.{0,40}\b(ei porditata|ei teisaldata|jaavad|jaab)\b|"
                          r"\b(jaavad|jaav|jaetavad)\b.{0,20}\bnumb\w*",),
    F.REQUESTED_DATE: (r"~\b(soovi\w*|portimis\w*|ulemineku|uleviimise)\b.*\bkuupaev\w*\b",),
    F.DATE_SIGNED: ("=kuupaev", "=kuup", "allkirjastamise kuupaev", "=koht ja kuupaev",
                    "=kuupaev ja koht"),
    F.CONTACT_PHONE: ("kontakttelefon*", "kontaktisiku telefon*", "telefon kontaktisik*"),
    F.CONTACT_EMAIL: ("e post*", "meiliaadress*"),
    F.AUTHORIZED_NAME: ("kontaktisik*", "esindaja*", "allkirjastaja*", "volitatud isik*",
                        "allkirjaoiguslik* isik*"),
    F.SIGNATURE: ("allkiri", "allkirjad"),
    F.AUTHORIZED_TITLE: ("ametikoht", "=amet"),
    F.CARRIER: (r"~\b(praegu\w*|loovutav\w*|doonor\w*|senine|senise)\b.*\b(operaator\w*|"
                r"teenusepakkuja\w*|sideettevot\w*)\b", "=operaator", "sideettevotja nimi",
                "operaatori nimi", "=sideettevotja"),
    F.ACCOUNT_NUMBER: ("kliendinumber", "kliendi number", "kliendi nr", "lepingu number",
                       "lepingunumber", "lepingu nr", "kliendikood"),
    F.PIN: ("pin kood", "turvakood", "parool"),
    F.BTN: ("peanumber", "pohinumber"),
    F.ACCOUNT_NAME: ("ettevotte nimi", "kliendi nimi", "firma nimi", "asutuse nimi",
                     "organisatsiooni nimi", "=nimi", "=ees ja perekonnanimi", "=klient",
                     "=ettevote", "=ees ja perenimi"),
    F.SUITE: ("=korter", "=krt", "=kontor"),
    F.POSTAL_CODE: ("postiindeks*", "sihtnumb*"),
    F.STATE: ("maakond*",),
    F.CITY: ("linn", "asula", "vald", "alev", "kula", "=linn vald"),
    F.STREET: ("tanav*",),
    F.SERVICE_ADDRESS: ("aadress*",),
    F.NUMBER: ("telefoninumb*", "porditav* numb*", "mobiilinumb*", "=numbrid", "=number",
               "lisanumb*"),  # "Lisanumbrid": a numbers table's column of the other numbers
})

LATVIAN = Lexicon("lv", "Latvian", frozenset({
    "un", "vai", "ir", "jusu", "klienta", "vards", "uzvards", "datums", "paraksts", "adrese",
    "numurs", "numuri", "operators", "pilseta", "novads", "iela", "pasta", "indekss",
    "nosaukums", "talrunis", "kods", "liguma", "pieteikums", "uznemuma", "ludzu", "no", "uz",
}), {
    F.PARTIAL_PORT: (r"~\btikai\b.{0,30}\bnumur\w*", "dalej*"),
    # "visi numuri", "pārnest visus ... numurus": all, in its cases
    F.FULL_PORT: (r"~\bvis(i|us|iem)\b.{0,30}\bnumur\w*",),
    F.BUSINESS: ("=juridiska persona", "=uznemums", "=biznesa klients"),
    F.RESIDENTIAL: ("=fiziska persona", "=privatpersona", "=privats klients"),
    NOT_OURS: ("personas kods", "registracijas numurs", "registracijas nr", "reg nr", "pvn*",
               "jaunais operators", "sanemej* operator*", "=zimogs", "=z v", "=vieta", "=valsts",
               "=majas nr", "=majas numurs"),
    F.REMAINING_NUMBERS: (r"~\bnumur\w*\b.{0,40}\b(paliek|netiek parnest\w*)\b",),
    F.REQUESTED_DATE: (r"~\b(velam\w*|pieprasit\w*|parnesanas|parneses)\b.*\bdatum\w*\b",),
    F.DATE_SIGNED: ("=datums", "parakstisanas datums", "=vieta un datums",
                    "=datums un vieta", "=datums vieta"),
    F.CONTACT_PHONE: ("kontakttalrun*", "kontaktpersonas talrun*",
                      "talrunis sazinai", "kontakttelefon*"),
    F.CONTACT_EMAIL: ("e pasts", "e pasta adrese", "epasts"),
    F.AUTHORIZED_NAME: ("kontaktperson*", "paraksttiesig*", "parakstitaj*", "parstavj*",
                        "paraksta atsifrejums",
                        "pilnvarot* person*"),
    F.SIGNATURE: ("paraksts",),
    F.AUTHORIZED_TITLE: ("amats",),
    F.CARRIER: (r"~\b(pasreiz\w*|esos\w*|atdevej\w*|donor\w*|lidzsinej\w*)\b.*\b(operator\w*|"
                r"pakalpojumu sniedz\w*)\b", "=operators", "operatora nosaukums"),
    F.ACCOUNT_NUMBER: ("klienta numurs", "klienta nr", "liguma numurs", "liguma nr",
                       "klienta kods", "lietotaja numurs"),
    F.PIN: ("pin kods", "parole"),
    F.BTN: ("galvenais numurs",),
    F.ACCOUNT_NAME: ("uznemuma nosaukums", "klienta nosaukums", "klienta vards",
                     "organizacijas nosaukums", "=nosaukums", "=vards uzvards", "=vards",
                     "=klients", "=uznemums", "=vards un uzvards", "abonenta nosaukums",
                     "abonenta vards"),
    F.SUITE: ("=dzivoklis", "=dz", "=birojs"),
    F.POSTAL_CODE: ("pasta indekss", "=indekss"),
    F.STATE: ("novads",),
    F.CITY: ("pilseta", "apdzivota vieta", "=pagasts", "=pilseta / novads", "=pilseta novads"),
    F.STREET: ("iela", "ielas nosaukums"),
    F.SERVICE_ADDRESS: ("adrese", "adreses"),
    F.NUMBER: ("talruna numur*", "talrunu numur*", "talr nr", "=talr", "parnesam* numur*",
               "=numurs", "=numuri"),
})

LITHUANIAN = Lexicon("lt", "Lithuanian", frozenset({
    "ir", "arba", "yra", "jusu", "kliento", "vardas", "pavarde", "data", "parasas", "adresas",
    "numeris", "numeriai", "operatorius", "miestas", "gatve", "pasto", "kodas", "pavadinimas",
    "telefono", "sutarties", "prasymas", "imones", "prasome",
}), {
    F.PARTIAL_PORT: (r"~\btik\b.{0,30}\bnumer\w*", "dalin*"),
    F.FULL_PORT: (r"~\bvisi\b.{0,20}\bnumer\w*",),
    F.BUSINESS: ("=juridinis asmuo", "=verslo klientas", "=imone"),
    F.RESIDENTIAL: ("=fizinis asmuo", "=privatus klientas"),
    NOT_OURS: ("asmens kodas", "imones kodas", "pvm*", "naujas* operatori*",
               "gaunanc* operatori*", "=antspaudas", "=a v", "=vieta", "=salis", "=namo nr",
               "=namo numeris"),
    F.REMAINING_NUMBERS: (r"~\bnumer\w*\b.{0,40}\b(lieka|neperkeliam\w*)\b",),
    F.REQUESTED_DATE: (r"~\b(pageidaujam\w*|perkelimo|prasom\w*)\b.*\bdata\b",),
    F.DATE_SIGNED: ("=data", "pasirasymo data", "=vieta ir data", "=data ir vieta"),
    F.CONTACT_PHONE: ("kontaktinis telefon*", "kontaktinio asmens telefon*",
                      "telefonas kontaktams"),
    F.CONTACT_EMAIL: ("el pastas", "el pasto adresas", "elektroninis pastas", "el p"),
    F.AUTHORIZED_NAME: ("kontaktinis asmuo", "igaliot* asm*", "atstov*", "pasirasanc*"),
    F.SIGNATURE: ("parasas",),
    F.AUTHORIZED_TITLE: ("pareigos",),
    # "Lieka dabartiniam operatoriui": the numbers that stay with the current operator (the
    # operator named there is where they stay, not a blank for its name)
    F.REMAINING_NUMBERS: (r"~\b(lieka|liekantys|liekantieji|lieka pas)\b.{0,40}\b(operatori\w*|"
                          r"paslaugu teikej\w*)\b", r"~\bnumeriai\b.{0,30}\blieka\b"),
    F.CARRIER: (r"~\b(dabartin\w*|perduodan\w*|donor\w*)\b.*\b(operatori\w*|"
                r"paslaugu teikej\w*)\b", "=operatorius",
                # "Paslaugų teikėjo pavadinimas": a provider's name (whose: its heading's)
                "paslaugu teikejo pavadinimas", "operatoriaus pavadinimas"),
    F.ACCOUNT_NUMBER: ("kliento numeris", "kliento kodas", "sutarties numeris", "sutarties nr",
                       "kliento nr"),
    F.PIN: ("pin kodas", "slaptazodis"),
    F.BTN: ("pagrindinis numeris",),
    F.ACCOUNT_NAME: ("imones pavadinimas", "kliento pavadinimas", "kliento vardas",
                     "=pavadinimas", "=vardas pavarde", "=vardas", "=klientas", "=imone",
                     "=vardas ir pavarde"),
    F.SUITE: ("=butas", "=buto nr"),
    F.POSTAL_CODE: ("pasto kodas",),
    # the municipality (savivaldybė) is an area above the town, as the county (apskritis)
    F.STATE: ("apskritis", "savivaldyb*"),
    F.CITY: ("miestas", "gyvenviete"),
    F.STREET: ("gatve",),
    F.SERVICE_ADDRESS: ("adresas",),
    F.NUMBER: ("telefono numer*", "perkeliam* numer*", "=numeris", "=numeriai"),
})

FINNISH = Lexicon("fi", "Finnish", frozenset({
    "ja", "tai", "on", "ei", "teidan", "asiakkaan", "nimi", "paivamaara", "allekirjoitus",
    "osoite", "numero", "numerot", "operaattori", "postinumero", "postitoimipaikka", "yritys",
    "puhelinnumero", "valtakirja", "siirto", "yhteyshenkilo", "ytunnus", "pvm",
}), {
    NOT_OURS: ("=leima", "=maa"),
})

HUNGARIAN = Lexicon("hu", "Hungarian", frozenset({
    "es", "vagy", "az", "a", "egy", "nem", "kerem", "elofizeto", "nev", "datum", "alairas",
    "cim", "hivoszam", "hivoszamok", "szolgaltato", "telepules", "utca", "iranyitoszam",
    "cegnev", "telefonszam", "kerelem", "szamhordozas", "adoszam", "kelt",
}), {
    NOT_OURS: ("=pecset", "=orszag"),
    F.SERVICE_ADDRESS: ("=cim",),
})

LEXICONS = (ESTONIAN, LATVIAN, LITHUANIAN, FINNISH, HUNGARIAN)
