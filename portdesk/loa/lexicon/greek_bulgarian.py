"""Greek and Bulgarian forms' words (αίτηση φορητότητας, заявление за пренасяне на номер), the
EU's two official languages in another script: written in the Latin letters normalise() gives
them (ELOT 743 for Greek, the official romanisation for Bulgarian: "Υπογραφή" is "ypografi",
"Подпис" is "podpis"). A form in Greek or Bulgarian letters is read once its words are found in
one of these (language.readable_script); a form in Russian or Ukrainian stays refused.
"""

from __future__ import annotations

from portdesk.loa.fields import LoaField as F
from portdesk.loa.lexicon.base import NOT_OURS, Lexicon

GREEK = Lexicon("el", "Greek", frozenset({
    "kai", "toy", "tis", "ton", "to", "ti", "tin", "gia", "me", "apo", "sto", "sti", "sas",
    "onoma", "dieythynsi", "arithmos", "ypografi", "imerominia", "pelati", "parochos",
    "foritotita", "aitisi", "tilefonoy", "eponymia", "poli",
}), {
    F.PARTIAL_PORT: (r"~\bmono\b.{0,30}\barithm\w*", "meriki foritotita", "meriki metafora"),
    F.FULL_PORT: (r"~\boloi oi arithmoi\b",),
    F.BUSINESS: ("=epicheirisi", "=nomiko prosopo"),
    F.RESIDENTIAL: ("=idiotis", "=fysiko prosopo"),
    NOT_OURS: ("afm", "d o y", "arithmos taytotitas", "parochos liptis", "neos parochos",
               "=sfragida", "=chora"),
    F.REMAINING_NUMBERS: (r"~\barithm\w*\b.{0,30}\bparamen\w*",),
    F.REQUESTED_DATE: ("epithymiti imerominia", "imerominia metaforas",
                       "imerominia foritotitas"),
    # the date of the application is the day it is signed
    F.DATE_SIGNED: ("=imerominia", "imerominia ypografis", "=topos kai imerominia",
                    "imerominia aitisis"),
    F.CONTACT_PHONE: ("tilefono epikoinonias", "til epikoinonias", "tilefono epafis"),
    F.CONTACT_EMAIL: ("ilektroniko tachydromeio",),
    F.SIGNATURE: ("ypografi",),
    # the signer, also in the genitive ("Ονοματεπώνυμο υπογράφοντος": the signer's full name)
    F.AUTHORIZED_NAME: ("nomimos ekprosopos", "ekprosopos", "ypografon", "ypografontos",
                        "prosopo epikoinonias"),
    F.AUTHORIZED_TITLE: ("idiotita", "=thesi"),
    F.CARRIER: ("parochos dotis", "trechon parochos", "yfistamenos parochos",
                "parochos doritis"),
    # the account or contract with the donor ("Αριθμός λογαριασμού / συμβολαίου")
    F.ACCOUNT_NUMBER: ("arithmos pelati", "kodikos pelati", "arithmos symvasis",
                       "arithmos logariasmoy", "arithmos symvolaioy", "ar logariasmoy",
                       "=logariasmos"),  # a bare "Account" ("Λογαριασμός 1 | Λογαριασμός 2")
    F.BTN: ("kyrios arithmos", "kyrios tilefonikos arithmos"),
    F.ACCOUNT_NAME: ("eponymia", "onomateponymo", "onoma pelati", "=onoma"),
    F.POSTAL_CODE: ("t k", "tachydromikos kodikas"),
    F.STATE: ("nomos", "perifereia"),
    F.CITY: ("poli", "dimos", "=periochi"),
    F.STREET: ("odos",),
    F.SERVICE_ADDRESS: ("dieythynsi",),
    # a bare "Αριθμός" heading a column of slots is the number, as "Number" / "Numéro" are
    F.NUMBER: ("arithmos tilefonoy", "arithmoi tilefonoy", "tilefonikoi arithmoi",
               "arithmoi pros metafora", "=arithmos", "=arithmoi"),
})

BULGARIAN = Lexicon("bg", "Bulgarian", frozenset({
    "i", "na", "za", "ot", "v", "s", "po", "da", "se", "vashiya", "ime", "adres", "nomer",
    "nomera", "podpis", "data", "klient", "operator", "prenasyane", "zayavlenie", "telefon",
    "grad", "oblast",
}), {
    F.PARTIAL_PORT: (r"~\bsamo\b.{0,30}\bnomer\w*",),
    F.FULL_PORT: (r"~\bvsichki nomera\b",),
    F.BUSINESS: ("=yuridichesko litse",),
    F.RESIDENTIAL: ("=fizichesko litse",),
    NOT_OURS: ("eik", "bulstat", "egn", "dds", "priemasht operator", "nov operator", "=pechat",
               "=darzhava",
               # the receiving provider ("приемащия доставчик"), in its definite form too
               r"~\b(priemasht\w*|nov\w*) (operator\w*|dostavchik\w*)\b",
               # a signature row "За оператора" (for the operator): the provider's own
               r"~^za (operator\w*|dostavchik\w*)$"),
    F.REMAINING_NUMBERS: (r"~\bnomer\w*\b.{0,30}\bostava\w*",),
    F.REQUESTED_DATE: ("zhelana data", "data na prenasyane"),
    F.DATE_SIGNED: ("=data", "data na podpisvane"),
    F.CONTACT_PHONE: ("telefon za kontakt", "telefon za vrazka", "tel za vrazka",
                      "tel za kontakt"),
    F.BTN: ("osnoven nomer", "glaven nomer"),
    F.CONTACT_EMAIL: ("elektronna poshta", "imeil", "e poshta"),
    F.SIGNATURE: ("podpis",),
    F.AUTHORIZED_NAME: ("predstavlyavasht", "zakonen predstavitel", "litse za kontakt",
                        "upalnomoshteno litse",
                        # "на представляващия": the definite form of the one representing
                        r"~\bpredstavlyavasht\w*\b",
                        # a person's first and family name asked alone: the one who signs
                        # (a company holder has none; its name is asked as "фирма")
                        "=ime i familiya"),
    F.AUTHORIZED_TITLE: ("dlazhnost",),
    F.CARRIER: ("nastoyasht operator", "operator donor", "daryavasht operator",
                r"~\b(daryavasht\w*|nastoyasht\w*) (operator\w*|dostavchik\w*)\b"),
    F.ACCOUNT_NUMBER: ("klientski nomer", "nomer na dogovor", "abonaten nomer"),
    # the holder ("Титуляр (име / фирма)": фирма is the company in Bulgarian, never a signature)
    F.ACCOUNT_NAME: ("ime na firmata", "naimenovanie", "ime na klienta", "=ime", "trite imena",
                     "titulyar"),
    F.POSTAL_CODE: ("poshtenski kod", "posht kod"),
    F.STATE: ("oblast",),
    F.CITY: ("grad", "naseleno myasto"),
    F.STREET: ("ulitsa", "=ul"),
    F.SERVICE_ADDRESS: ("adres",),
    F.NUMBER: ("telefonen nomer", "telefonni nomera", "nomera za prenasyane"),
})

LEXICONS = (GREEK, BULGARIAN)
