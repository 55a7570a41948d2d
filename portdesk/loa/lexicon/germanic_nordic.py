"""German, Dutch, Luxembourgish, Danish, Swedish, Norwegian and Icelandic forms' words. The
broad rules (labelwords.py, danishwords.py) read most of German, Dutch, Danish, Swedish and
Norwegian: these lexicons hold what they miss ("Kanton", "Fylke", "Län"; the country, the house
number and the stamp are not ours), read first on a form in that language; Icelandic and
Luxembourgish whole. "By" is the town on a Danish or Norwegian form (nothing on an English one).
"""

from __future__ import annotations

from portdesk.loa.fields import LoaField as F
from portdesk.loa.lexicon.base import NOT_OURS, Lexicon

GERMAN = Lexicon("de", "German", frozenset(), {
    NOT_OURS: ("=firmenstempel", "=stempel", "=land", "=hausnummer", "=hausnr", "=nr",
               "aufnehmend* anbieter*",
               "aufnehmend* netzbetreiber*"),
    F.STATE: ("kanton",),
    # the customer number abbreviated ("Kd.-Nr. beim abgebenden Anbieter": the provider named
    # after it only says whose number it is)
    F.ACCOUNT_NUMBER: ("kd nr", "kdnr", "kunden nr", "kundennr"),
    # the name as the bill prints it ("Name wie auf der Rechnung des bisherigen Betreibers"):
    # the customer's, whoever's bill it is (the provider named after it only says which bill)
    F.ACCOUNT_NAME: (r"~^(vollstandiger )?name\b.{0,20}\b(wie (auf|in) (der |ihrer )?|"
                     r"laut (der |ihrer )?|gemass (der |ihrer )?)(letzten )?rechnung\b",),
})

DUTCH = Lexicon("nl", "Dutch", frozenset(), {
    NOT_OURS: ("=stempel", "=land", "=huisnummer", "=huisnr"),
    F.SUITE: ("=toevoeging",),
    # a bare "District" is the first division where Dutch forms ask for one (Suriname's ten
    # districten); the Netherlands' and Flanders' addresses have none to confuse it with
    F.STATE: ("=provincie", "=district"),
    F.STREET: ("straatnaam",),
})

LUXEMBOURGISH = Lexicon("lb", "Luxembourgish", frozenset({
    "an", "oder", "vun", "fir", "mat", "ass", "är", "aer", "numm", "virnumm", "adress",
    "strooss", "uertschaft", "ennerschreft", "telefonsnummer", "kontaktpersoun",
}), {
    NOT_OURS: ("=land",),
    F.AUTHORIZED_NAME: ("kontaktpersoun",),
    F.SIGNATURE: ("ennerschreft",),
    F.ACCOUNT_NAME: ("=numm", "firmennumm", "numm vun der firma"),
    F.CITY: ("uertschaft",),
    F.STREET: ("strooss",),
    F.NUMBER: ("telefonsnummer*",),
})

DANISH = Lexicon("da", "Danish", frozenset(), {
    NOT_OURS: ("=stempel", "=land", "=husnummer", "=husnr", "cvr*"),
    F.LOCALITY: ("postnr og by", "postnummer og by"),
    # "numre der bliver hos nuværende udbyder": the numbers that stay, not the provider their
    # sentence names
    F.REMAINING_NUMBERS: (r"~\bnumre\w*\b.{0,40}\b(ikke (flyttes|flytte\w*|porteres|"
                          r"overdrages)|bliver (hos|tilbage))\b",),
    # the current provider; "Kundenummer hos nuværende udbyder" names it after "hos" (at) only
    # to say whose customer number it is
    # "Ønsket flyttedato": the date asked for the move, its word a compound ending in "dato"
    F.REQUESTED_DATE: ("flyttedato", r"~\bonsket \w+dato\b"),
    F.CARRIER: ("=udbyder", r"~(?<!\bhos )\bnuvaerende udbyder\b"),
    # the one entitled to sign for a company ("Tegningsberettiget")
    F.AUTHORIZED_NAME: ("tegningsberettiget", "tegningsberettigede"),
    F.ACCOUNT_NUMBER: ("kundenummer", "kundenr", "kunde nr", "aftalenummer"),
    F.ACCOUNT_NAME: ("abonnentens navn", "kundens navn", "=abonnent", "=kundenavn"),
    F.STATE: ("=region",),
    F.CITY: ("=by", "=bynavn", "kommune"),
    F.STREET: ("=vej", "vej og nr", "vej og husnummer", "=vejnavn", "=gade", "gade og nr"),
    # "Kun numrene ovenfor" (only the numbers above) / "Alle numre" (all the numbers)
    F.PARTIAL_PORT: (r"~\bkun (de |disse )?(numre|numrene|nummer|telefonnumre)\b",),
    F.FULL_PORT: (r"~\balle (mine |vores |virksomhedens )?(numre|numrene|telefonnumre)\b",),
})

SWEDISH = Lexicon("sv", "Swedish", frozenset({
    "och", "eller", "att", "av", "pa", "som", "ni", "er", "ert", "namn", "underskrift",
    "namnteckning", "adress", "nummer", "operator", "postnummer", "ort", "foretag",
    "kundnummer", "telefonnummer", "ansokan", "flytt", "organisationsnummer",
}), {
    NOT_OURS: ("=stampel", "=land", "=gatunummer"),
    F.PARTIAL_PORT: (r"~\b(vissa|endast (de )?(angivna|nedanstaende|foljande)) (nummer|"
                     r"telefonnummer)\b", "=vissa"),
    F.FULL_PORT: (r"~\balla (mina |vara )?(nummer|telefonnummer)\b", "=alla"),
    F.SIGNATURE: ("namnteckning",),
    # the subscriber named as on the bill; the operator's name (the current one's on a porting
    # form); the numbers that remain with it
    F.ACCOUNT_NAME: ("=abonnent", "abonnentens namn", "namn enligt faktura*"),
    F.CARRIER: ("operatorens namn",),
    F.REMAINING_NUMBERS: ("kvarstaende nummer", "nummer som blir kvar", "nummer som stannar"),
    F.STATE: ("=lan",),
    F.CITY: ("kommun",),
})

NORWEGIAN = Lexicon("nb", "Norwegian", frozenset({
    "og", "eller", "at", "av", "pa", "som", "dere", "deres", "navn", "underskrift",
    "signatur", "adresse", "nummer", "operator", "postnummer", "poststed", "foretak",
    "kundenummer", "telefonnummer", "fullmakt", "organisasjonsnummer", "fylke",
}), {
    NOT_OURS: ("organisasjonsnummer", "org nr", "fodselsnummer", "=stempel", "=land",
               "=husnummer", "=sted"),
    # the current provider; "Kundenr. hos nåværende operatør" names it after "hos" (at) only
    # to say whose customer number it is (as Danish does)
    F.CARRIER: (r"~(?<!\bhos )\b(navaerende|avgivende) (operator|tilbyder)\b",),
    F.ACCOUNT_NUMBER: ("kundenummer", "kundenr", "kunde nr"),
    F.STATE: ("fylke",),
    F.CITY: ("=by", "kommune"),
})

ICELANDIC = Lexicon("is", "Icelandic", frozenset({
    "og", "eda", "ad", "af", "a", "um", "fyrir", "nafn", "undirskrift", "heimilisfang",
    "simanumer", "postnumer", "kennitala", "dagsetning", "netfang", "beidni", "flutning",
}), {
    # "Flytja aðeins númerin hér að neðan" / "Flytja öll númer": which numbers move
    F.PARTIAL_PORT: (r"~\badeins\b.{0,30}\bnumer\w*",),
    F.FULL_PORT: (r"~\b(oll|allra|oll simanumer)\b.{0,20}\bnumer\w*",),
    F.BUSINESS: ("=fyrirtaeki", "=logadili"),
    F.RESIDENTIAL: ("=einstaklingur",),
    NOT_OURS: ("kennitala", "=land", "nytt fjarskiptafyrirtaeki"),
    # "Númer sem verða áfram hjá ...": the numbers that stay
    F.REMAINING_NUMBERS: (r"~\bnumer\w*\b.{0,40}\b(afram|haldast|halda)\b",),
    F.REQUESTED_DATE: ("oskud dagsetning", "dagsetning flutnings", "flutningsdag*",
                       r"~\boskad\w*\b.{0,20}\bdag\w*"),
    F.DATE_SIGNED: ("=dagsetning", "=stadur og dagsetning"),
    # "Sími tengiliðar": the phone of the contact, the phone word first (a genitive after it)
    F.CONTACT_PHONE: ("simi tengili*", "simanumer tengili*", "farsimi tengili*"),
    F.CONTACT_EMAIL: ("netfang",),
    F.AUTHORIZED_NAME: ("tengilidur", "tengilidar", "nafn med prentstofum",
                        "nafn undirritand*"),
    F.SIGNATURE: ("undirskrift", "undirritun"),
    F.AUTHORIZED_TITLE: ("starfsheiti",),
    F.CARRIER: ("nuverandi fjarskiptafyrirtaeki", "nuverandi thjonustuadil*",
                "nuverandi simafyrirtaeki"),
    F.ACCOUNT_NUMBER: ("vidskiptamannanumer", "vidskiptamannsnumer", "samningsnumer"),
    # the number's holder (rétthafi) or subscriber (áskrifandi) is the customer
    F.ACCOUNT_NAME: ("nafn fyrirtaekis", "nafn vidskiptavinar", "nafn retthaf*",
                     "nafn askrifand*", "=nafn"),
    F.POSTAL_CODE: ("postnumer",),
    F.CITY: ("=stadur", "sveitarfelag"),
    F.STREET: ("=gata",),
    F.SERVICE_ADDRESS: ("heimilisfang",),
    F.NUMBER: ("simanumer*", "=simi", r"~\bnumer\w*\b.{0,20}\bflytja\b"),
})

# Faroese: the words of a Faroese form (umbøn um nummarflyting), read whole on a form in it;
# "Kommuna" is the municipality (an area around the town: twice.py leaves it empty beside the
# town's own blank), "Býur" / "Bygd" the town
FAROESE = Lexicon("fo", "Faroese", frozenset({
    "og", "ella", "vid", "hja", "fyri", "sum", "navn", "bustadur", "undirskrift", "dagfesting",
    "nummar", "telefonnummar", "postnummar", "kundanummar", "veitari", "veitara", "kommuna",
    "umbon", "nummarflyting", "fyritoka", "teldupostur", "bygd", "byur",
}), {
    F.PARTIAL_PORT: (r"~\bbert\b.{0,30}\bnumm\w*",),
    F.FULL_PORT: (r"~\b(oll|ollum)\b.{0,20}\bnumm\w*",),
    F.BUSINESS: ("=fyritoka", "=virki"),
    F.RESIDENTIAL: ("=einstaklingur", "=privat"),
    NOT_OURS: ("p tal", "v tal", "=land", "nyggjur veitari", "nyggi veitarin", "=stempul",
               "=husnummar"),
    F.REMAINING_NUMBERS: (r"~\bnumm\w*\b.{0,40}\b(ikki verda flutt|verda verandi|verda eftir)\b",),
    F.REQUESTED_DATE: ("ynsktur flytidagur", "flytidag*", r"~\bynskt\w*\b.{0,20}\bdag\w*"),
    F.DATE_SIGNED: ("=dagfesting", "=dato", "=stadur og dagfesting"),
    F.CONTACT_PHONE: ("telefon samband*", "sambandstelefon*"),
    F.CONTACT_EMAIL: ("teldupost*",),
    F.AUTHORIZED_NAME: ("sambandspersonur", "sambandsperson*", "navn undirskrivara",
                        "navn vid storum stavum"),
    F.SIGNATURE: ("undirskrift",),
    F.AUTHORIZED_TITLE: ("starvsheiti", "=starv"),
    F.CARRIER: ("nuverandi veitari", "nuverandi veitara", "nuverandi fjarskiftisfelag*",
                "verandi veitari", "=veitari"),
    F.ACCOUNT_NUMBER: ("kundanummar", "kundanr", "kontonummar"),
    F.ACCOUNT_NAME: ("navn a fyritoku", "navn a kunda", "fyritokunavn", "=navn"),
    F.LOCALITY: ("postnr og byur", "postnummar og byur", "postnr og bygd",
                 "postnummar og bygd"),
    F.POSTAL_CODE: ("postnummar", "postnr"),
    F.CITY: ("=byur", "=bygd", "=bygd byur", "=stadur", "kommuna"),
    F.STREET: ("=gota", "=vegur"),
    F.SERVICE_ADDRESS: ("bustadur", "adressa"),
    F.NUMBER: ("telefonnummar*", "=nummar", r"~\bnumm\w*\b.{0,20}\bflyt\w*"),
})

LEXICONS = (GERMAN, DUTCH, LUXEMBOURGISH, DANISH, SWEDISH, NORWEGIAN, ICELANDIC, FAROESE)
