"""Irish, Welsh, Maltese and Swahili forms' words: languages a form prints beside English
(Ireland, Wales, Malta, Kenya), each read only on a form whose printed lines are in it.

"Sir" is the county on a Welsh form, "Firma" the signature on a Maltese one (as in Italian), "KRA
PIN" Kenya's tax number (tradewords.py: a word of Kenyan English, read on every form).
"""

from __future__ import annotations

from portdesk.loa.fields import LoaField as F
from portdesk.loa.lexicon.base import NOT_OURS, Lexicon

IRISH = Lexicon("ga", "Irish", frozenset({
    "agus", "an", "na", "ar", "do", "le", "bhur", "ainm", "seoladh", "uimhir", "siniu",
    "data", "custaimeir", "custaimeara", "cuideachta", "solathrai", "contae",
}), {
    F.BUSINESS: ("=gno",),
    F.RESIDENTIAL: ("=conaitheach", "=duine aonair"),
    NOT_OURS: ("=tir", "solathrai nua"),
    F.DATE_SIGNED: ("=data", "=data an tsinithe"),
    F.CONTACT_EMAIL: ("riomhphost*",),
    F.AUTHORIZED_NAME: ("ionadai*", "duine teagmhala"),
    F.SIGNATURE: ("siniu",),
    F.AUTHORIZED_TITLE: ("post san eagraiocht", "=post", "=teideal poist"),
    F.CARRIER: ("solathrai reatha", "solathrai laithreach"),
    F.ACCOUNT_NUMBER: ("uimhir chuntais", "uimhir an chuntais", "uimhir custaimeara"),
    F.ACCOUNT_NAME: ("ainm an chustaimeara", "ainm na cuideachta", "=ainm"),
    F.POSTAL_CODE: ("cod poist",),
    F.STATE: ("contae",),
    F.CITY: ("baile", "cathair"),
    F.STREET: ("sraid",),
    F.SERVICE_ADDRESS: ("seoladh",),
    F.NUMBER: ("uimhir theileafoin", "uimhreacha teileafoin", "uimhir ghutain"),
})

WELSH = Lexicon("cy", "Welsh", frozenset({
    "ac", "neu", "yn", "eich", "ein", "gan", "ar", "enw", "cyfeiriad", "rhif", "rhifau",
    "llofnod", "dyddiad", "cwmni", "darparwr", "ffon", "cwsmer", "cyfrif", "tref", "sir",
    "swydd", "presennol", "newydd", "trosglwyddo",
}), {
    F.PARTIAL_PORT: (r"~\bdim ond\b.{0,30}\brh?if\w*", "rhannol"),
    F.FULL_PORT: (r"~\b(pob|yr holl) rh?if\w*\b",),
    F.BUSINESS: ("=busnes", "=cwmni", "=masnachol"),
    F.RESIDENTIAL: ("=preswyl", "=cartref", "=unigolyn", "=domestig"),
    NOT_OURS: ("darparwr newydd", "cwmni newydd", "=gwlad", "=rhif ty"),
    F.REMAINING_NUMBERS: (r"~\brh?if\w*\b.{0,30}\b(aros|cadw)\b",),
    F.REQUESTED_DATE: (r"~\bdyddiad\b.*\b(dymunol|gofynnol|trosglwyddo|symud|newid)\b",),
    F.DATE_SIGNED: ("=dyddiad", "dyddiad llofnodi", "dyddiad y llofnod"),
    F.CONTACT_PHONE: ("rhif ffon cyswllt", "ffon cyswllt", "rhif cyswllt"),
    F.CONTACT_EMAIL: ("e bost", "ebost", "cyfeiriad e bost"),
    F.AUTHORIZED_NAME: ("enw cyswllt", "person cyswllt", "enw r llofnodwr", "enw llofnodwr",
                        "llofnodwr awdurdodedig", "enw mewn priflythrennau"),
    F.SIGNATURE: ("llofnod",),
    F.AUTHORIZED_TITLE: ("teitl swydd", "=swydd", "=teitl"),
    F.CARRIER: ("darparwr presennol", "darparwr cyfredol", "cwmni presennol",
                "darparwr sy n colli", "darparwr", "enw r darparwr"),
    F.ACCOUNT_NUMBER: ("rhif cyfrif", "rhif y cyfrif", "rhif cwsmer"),
    F.PIN: ("cyfrinair",),
    F.BTN: ("prif rif",),
    F.ACCOUNT_NAME: ("enw r cwmni", "enw r cwsmer", "enw cwmni", "enw cwsmer", "enw llawn",
                     "=enw", "=cwmni"),
    F.POSTAL_CODE: ("cod post",),
    F.STATE: ("=sir",),
    F.CITY: ("tref", "dinas", "=tref dinas"),
    F.STREET: ("stryd",),
    F.SERVICE_ADDRESS: ("cyfeiriad*",),
    F.NUMBER: ("rhif ffon", "rhifau ffon", "rhifau i w trosglwyddo", "=rhifau"),
})

MALTESE = Lexicon("mt", "Maltese", frozenset({
    "u", "jew", "ta", "tal", "tat", "tad", "il", "fil", "ghal", "minn", "tieghek", "isem",
    "indirizz", "numru", "numri", "firma", "data", "klijent", "kumpanija", "triq",
    "lokalita", "operatur", "telefon",
}), {
    F.PARTIAL_PORT: (r"~\bbiss\b.{0,30}\bnumr\w*",),
    F.FULL_PORT: (r"~\bnumri\b.{0,20}\bkollha\b|\bkull numru\b",),
    F.BUSINESS: ("=negozju", "=kumpanija", "=kummercjali"),
    F.RESIDENTIAL: ("=residenzjali", "=privat", "=individwu", "=domestiku"),
    NOT_OURS: ("karta tal identita", "numru tal identita", "operatur gdid", "=pajjiz",
               "=numru tad dar"),
    F.REQUESTED_DATE: ("data mixtieqa", "data rikjesta", "data tat trasferiment"),
    F.DATE_SIGNED: ("=data",),
    F.CONTACT_PHONE: ("numru ta kuntatt", "telefon ta kuntatt"),
    F.CONTACT_EMAIL: ("imejl", "indirizz elettroniku"),
    F.AUTHORIZED_NAME: ("persuna ta kuntatt", "persuna awtorizzata", "rappresentant*",
                        "firmatarju"),
    F.SIGNATURE: ("=firma", "firma ta*", "firma u data"),
    F.AUTHORIZED_TITLE: ("kariga", "pozizzjoni"),
    F.CARRIER: ("operatur prezenti", "operatur attwali", "operatur kurrenti"),
    F.ACCOUNT_NUMBER: ("numru tal kont", "numru tal klijent", "numru tal kuntratt"),
    F.ACCOUNT_NAME: ("isem tal kumpanija", "isem il klijent", "isem tal klijent", "=isem",
                     "=isem u kunjom"),
    F.POSTAL_CODE: ("kodici postali", "kodici tal posta"),
    F.CITY: ("lokalita", "belt", "rahal"),
    F.STREET: ("triq",),
    F.SERVICE_ADDRESS: ("indirizz",),
    F.NUMBER: ("numru tat telefon", "numri tat telefon", "=numri"),
})

SWAHILI = Lexicon("sw", "Swahili", frozenset({
    "na", "ya", "wa", "la", "za", "kwa", "au", "yako", "jina", "anwani", "nambari", "namba",
    "simu", "sahihi", "tarehe", "mteja", "kampuni", "mtoa", "huduma", "mji", "kaunti",
}), {
    F.PARTIAL_PORT: (r"~\bbaadhi ya nambari\b|\bnambari (zifuatazo|hizi) tu\b",),
    F.FULL_PORT: (r"~\bnambari zote\b",),
    F.BUSINESS: ("=biashara", "=kampuni"),
    F.RESIDENTIAL: ("=binafsi", "=mtu binafsi"),
    # a witness ("shahidi") signs for himself, even under the word for a signature
    NOT_OURS: ("kitambulisho", "mtoa huduma mpya", "=nchi", "!shahidi"),
    # the numbers that remain ("-baki") with the provider the sentence names: read before it
    F.REMAINING_NUMBERS: (r"~\b(namba|nambari) \w*baki\b",),
    F.DATE_SIGNED: ("=tarehe",),
    F.CONTACT_EMAIL: ("barua pepe",),
    F.SIGNATURE: ("sahihi",),
    F.AUTHORIZED_TITLE: ("cheo",),
    F.CARRIER: ("mtoa huduma wa sasa",),
    F.ACCOUNT_NUMBER: ("nambari ya akaunti", "namba ya akaunti"),
    F.ACCOUNT_NAME: ("jina la kampuni", "jina la mteja", "=jina", "=jina kamili"),
    F.STATE: ("kaunti",),
    F.CITY: ("mji",),
    F.STREET: ("mtaa",),
    F.SERVICE_ADDRESS: ("anwani",),
    F.NUMBER: ("nambari ya simu", "namba ya simu", "nambari za simu"),
})

LEXICONS = (IRISH, WELSH, MALTESE, SWAHILI)
