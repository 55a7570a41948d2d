"""The months of every lexicon language, as a date written in words takes them: the form a
month has after the day ("15 grudnia 2026", "15. prosince", "15. joulukuuta", "15 Δεκεμβρίου"),
which is the genitive (Slavic, Lithuanian, Greek) or partitive (Finnish) where the language
inflects it there, the name itself elsewhere. Keyed by the lexicon's code (ISO 639-1);
language.MONTHS reads them, so a form in any language PortDesk reads writes its own month.
Vietnamese counts its months ("tháng 12"): its month is the number.
"""

from __future__ import annotations

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    "ca": ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
           "octubre", "novembre", "desembre"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"),
    "rm": ("schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur", "avust",
           "settember", "october", "november", "december"),
    "lb": ("Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"),
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    "is": ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
           "október", "nóvember", "desember"),
    "fo": ("januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"),
    "cs": ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
           "října", "listopadu", "prosince"),
    "sk": ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
           "septembra", "októbra", "novembra", "decembra"),
    "sl": ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta",
           "septembra", "oktobra", "novembra", "decembra"),
    "hr": ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
           "kolovoza", "rujna", "listopada", "studenoga", "prosinca"),
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
           "октомври", "ноември", "декември"),
    "el": ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
           "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"),
    "fi": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    "et": ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
           "september", "oktoober", "november", "detsember"),
    "lv": ("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts",
           "septembris", "oktobris", "novembris", "decembris"),
    "lt": ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
           "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"),
    "hu": ("január", "február", "március", "április", "május", "június", "július", "augusztus",
           "szeptember", "október", "november", "december"),
    "mt": ("Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru",
           "Ottubru", "Novembru", "Diċembru"),
    "ga": ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa",
           "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"),
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
           "Medi", "Hydref", "Tachwedd", "Rhagfyr"),
    "sw": ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
           "Septemba", "Oktoba", "Novemba", "Desemba"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"),
    "vi": tuple(str(n) for n in range(1, 13)),
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
           "tetor", "nëntor", "dhjetor"),
}

# The word a language prints before a date's day, naming it "the day" ("dnia 5 grudnia 2026 r.",
# "dne 5. 12. 2026", "dňa", "dana"): the gaps after it are the day, the month and the year, in
# that order, whatever the customer's country's habit. Normalised (no accents, lower case).
DAY_WORDS: dict[str, tuple[str, ...]] = {
    "pl": ("dnia", "w dniu"),
    "cs": ("dne",),
    "sk": ("dna",),
    "sl": ("dne",),
    "hr": ("dana",),
}

# Languages that write the year first ("2026. december 5.", "Kelt: 20__. év ______ hó __ nap";
# "2026 m. gruodžio 5 d."): the word each prints after the year's, the month's and the day's
# blank (normalised; none may be printed). The blanks after a printed "20" (or before the year's
# word) are the year, the month and the day, in that order, whatever the customer's country.
YEAR_FIRST: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "hu": (("ev",), ("ho",), ("nap",)),
    "lt": (("m", "metu", "metai"), ("men", "menesio"), ("d", "diena", "dienos")),
}
