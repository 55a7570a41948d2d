"""Albanian forms' words (kërkesë për portimin e numrit): the vocabulary a porting form in
Albanian names our values by, written as the language's trade words, not from one form's page;
read only on a form whose printed lines are in it.

Written normalised ("Nënshkrimi" is "nenshkrimi", "ç" "c"). "Qarku" (the county) is the state,
"Qyteti" / "Bashkia" the town; the tax number (NIPT) and a personal number are the customer's
identity, not ours; "Nr." beside the street is the house number (addressrow.py: the street's
blank holds the whole street).
"""

from __future__ import annotations

from portdesk.loa.fields import LoaField as F
from portdesk.loa.lexicon.base import NOT_OURS, Lexicon

ALBANIAN = Lexicon("sq", "Albanian", frozenset({
    "dhe", "ose", "per", "nga", "qe", "nje", "ne", "numri", "numrat", "numrit", "numrave",
    "emri", "adresa", "data", "nenshkrimi", "operatori", "operatorit", "abonenti",
    "abonentit", "kerkese", "kerkoj", "portimin", "portimit", "portohen", "rruga", "qyteti",
    "qarku", "llogarise", "kodi", "postar", "aktual", "autorizuar", "telefon", "telefonit",
    "personi", "klientit", "mesiperm", "vetem", "gjithe", "shoqeria", "shoqerise",
}), {
    F.PARTIAL_PORT: (r"~\bvetem\b.{0,30}\bnumra\w*", "portim i pjesshem", "=pjesshem"),
    F.FULL_PORT: (r"~\b(te )?gjithe\b.{0,20}\bnumra\w*", "portim i plote", "=plote"),
    F.BUSINESS: ("=biznes", "=person juridik", "=shoqeri", "=subjekt"),
    F.RESIDENTIAL: ("=individ", "=person fizik", "=familjar", "=privat"),
    NOT_OURS: ("nipt", "nuis", "nr personal", "numri personal", "numri i identitetit",
               "karta e identitetit", "datelindj*", "data e lindjes", "vula", "=shteti",
               "operatori i ri", "operatori marres", "operatorit marres", "ofruesi i ri",
               "!nenshkrimi i dyte"),
    F.REMAINING_NUMBERS: (r"~\bnumra\w*\b.{0,40}\b(mbeten|mbesin|qendrojne|nuk portohen)\b",),
    F.REQUESTED_DATE: ("data e kerkuar", "data e portimit", "data e deshiruar",
                       r"~\bdata\b.{0,30}\b(kerkuar|deshiruar|portimit)\b"),
    F.DATE_SIGNED: ("=data", "data e nenshkrimit", "=vendi dhe data", "=data dhe vendi"),
    F.CONTACT_PHONE: ("telefon kontakti", "telefoni i kontaktit", "nr kontakti",
                      "numri i kontaktit", "telefoni kontaktues"),
    F.CONTACT_EMAIL: ("posta elektronike",),
    F.SIGNATURE: ("nenshkrim*",),
    F.AUTHORIZED_NAME: ("personi i autorizuar", "person i autorizuar", "perfaqesues*",
                        "personi kontaktues", "person kontakti", "emri i nenshkruesit",
                        "nenshkruesi"),
    F.AUTHORIZED_TITLE: ("=detyra", "=pozicioni", "=funksioni", "detyra e personit"),
    F.CARRIER: ("operatori aktual", "operatorit aktual", "operatori dhurues",
                "operatorit dhurues", "ofruesi aktual", "=operatori"),
    F.ACCOUNT_NUMBER: ("numri i llogarise", "nr i llogarise", "nr llogarie", "kodi i klientit",
                       "numri i klientit", "numri i kontrates", "nr i kontrates"),
    F.PIN: ("kodi pin",),
    F.BTN: ("numri kryesor", "numri i faturimit"),
    F.ACCOUNT_NAME: ("emri i abonentit", "emri i klientit", "emri i subjektit",
                     "emertimi i shoqerise", "emri i shoqerise", "=emri", "=emri dhe mbiemri",
                     "=emri mbiemri", "=emertimi"),
    F.POSTAL_CODE: ("kodi postar",),
    F.STATE: ("=qarku", "=qarku prefektura", "=prefektura"),
    F.CITY: ("=qyteti", "=bashkia", "=qyteti bashkia", "=qyteti fshati"),
    F.STREET: ("=rruga", "=rruga nr", "=rruga dhe numri", "=rruga numri"),
    F.SERVICE_ADDRESS: ("adresa", "adresa e sherbimit", "adresa e instalimit"),
    F.NUMBER: ("numri i telefonit", "numrat e telefonit", "numrat qe kerkohen",
               "numrat per portim", "numrat qe do te portohen", "=numrat"),
})

LEXICONS = (ALBANIAN,)
