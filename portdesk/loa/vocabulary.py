"""How a printed label, a tooltip or a widget name is read: normalised, matched against the words
carriers' forms name our values by (labelwords.py), first rule first; and the words around a
blank that say whose it is (the losing or the gaining provider, billing, signing, requested).

A label is normalised (no accents, lower case, punctuation as spaces) before it is matched: the
patterns are written against that form of it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from portdesk.loa.danishwords import bare_word
from portdesk.loa.fields import LoaField
from portdesk.loa.labelwords import (
    LANGUAGE_RULES,
    LANGUAGE_RULES_AT,
    LEXICONS_AT,
    RULES,
    THIRD_PARTY_CONTACT,
)
from portdesk.loa.labelwords import NOT_OURS as NOT_OURS  # re-exported: read here by its users
from portdesk.loa.lexicon import form_languages, rules_in
from portdesk.loa.lexicon.base import UNSIGNED

LOSING_CONTEXT = re.compile(r"\b(current|losing|old|existing|donor|previous|prior|"
                            r"abgebend\w*|abg|cedant\w*|verzendend\w*|donante|doadora|actuel\w*|"
                            r"huidige|bisherig\w*|oude|ancien|attuale|donating|donatore|"
                            r"nuvarande|donador\w*|avgivende|navaerende|obecn\w*|dawc\w*|"
                            r"atual|doador\w*|atado|"
                            # the side the numbers leave, in each lexicon language (Romance,
                            # Slavic, Baltic and Finnic, Nordic, Greek and Bulgarian in Latin
                            # letters, the islands', Turkish, Vietnamese): "Opérateur donneur",
                            # "Operatore cedente", "Stávající operátor", "Nykyinen operaattori"
                            r"donneur|cedente|precedente|vecchio|actualul|donant|vechi|"
                            r"dotychczasow\w*|stavajic\w*|soucasn\w*|sucasn\w*|dosavadn\w*|"
                            r"doterajs\w*|opustajuc\w*|trenutn\w*|sedanj\w*|dosedanj\w*|"
                            r"obstojec\w*|sadasnj\w*|dosadasnj\w*|postojec\w*|oddajn\w*|"
                            r"oddajac\w*|nykyi\w*|vanha\w*|luovuttav\w*|praegu\w*|senis\w*|"
                            r"senine|loovutav\w*|pasreiz\w*|esos\w+|atdevej\w*|lidzsinej\w*|"
                            r"dabartin\w*|perduodan\w*|afgivende|nuvaerende|lamnande|nuverandi|verandi|"
                            r"aktuell\w*|jelenlegi|trechon|trechontos|yfistamen\w*|"
                            r"nastoyasht\w*|daryavasht\w*|attwali|prezenti|kurrenti|reatha|"
                            r"presennol|cyfredol|wa sasa|mevcut|verici|hien tai|chuyen di)\b")
GAINING_CONTEXT = re.compile(r"\b(new|gaining|recipient|receiving|aufnehmend\w*|destinataire|"
                             r"ontvangend\w*|receptor|preneur|mandataire|nouveau|neue\w*|nieuwe|"
                             r"nuevo|recipiente|mottagande|receptor\w*|atvevo|acceptor|receveu\w*|"
                             r"ricevente|"
                             # the side the numbers go to, in each lexicon language: "Nouvel
                             # opérateur", "Nuovo operatore", "Nowy operator", "Uusi operaattori"
                             r"nouvel\w*|nouvelle|nuova|nuovo|nueva|nova|novo|noul|novy|"
                             r"noveho|novi|novega|novog|nowy|nowego|uusi|uuden|uue|"
                             r"jaun\w*|nauj\w*|nyja|nytt|nyggj\w*|neie|neien|neos|"
                             r"neoy|gdid|newydd|mpya|yeni|nha mang moi|acceptant\w*|primitor\w*|"
                             r"modtagende|mottakende|vastaanottav\w*|prejemn\w*|primatelj\w*|"
                             r"prijimajic\w*|prejimajic\w*|preberajuc\w*|przyjmujac\w*|biorc\w*|"
                             r"recetor\w*|chuyen den|priemasht\w*)\b")
# short side words that are other words in other languages ("ny" is New York, "nov" November,
# "actual" English, "regi" royal): read only on a form in their language
_GAINING_IN: dict[str, tuple[str, ...]] = {
    "da": ("ny", "nye"), "nb": ("ny", "nye"), "sv": ("ny", "nya"), "is": ("nyr",),
    "sl": ("nov",), "bg": ("nov",), "rm": ("nov",), "ro": ("nou",), "ca": ("nou", "nova"),
    "pt": ("nova",), "hu": ("uj",), "et": ("uus",), "ga": ("nua",), "sq": ("ri", "marres"),
}
_LOSING_IN: dict[str, tuple[str, ...]] = {
    "es": ("actual",), "ca": ("actual",), "ro": ("actual",), "rm": ("actual",),
    "hu": ("regi",), "tr": ("eski",), "sq": ("aktual", "dhurues"),
    # the word for "current" abbreviated on a narrow header ("Kundenr. hos nåv. operatør",
    # "Curr. provider")
    "nb": ("nav",), "da": ("nav", "nuv"), "en": ("curr",),
}


def _side_words(side: str) -> re.Pattern[str] | None:
    """The short side words of the form's languages (none outside a form)."""
    table = _LOSING_IN if side == "losing" else _GAINING_IN
    words = [w for code in form_languages() for w in table.get(code, ())]
    return re.compile(r"\b(" + "|".join(words) + r")\b") if words else None


_LOSING_LEAD = re.compile(r"^(from|von|de|van|da|del)\b")
_GAINING_LEAD = re.compile(r"^(to|an|a|aan|para|al)\b")
PROVIDER_WORDS = re.compile(r"\b(carrier|provider|operator\w*|network|operateur|operador|netzbetreiber|"
                            r"anbieter|dienstanbieter|fournisseur|serviceprovider|aanbieder|"
                            r"operatore|gestore|szolgaltato\w*|furnizor\w*|betreiber\w*|"
                            r"reseller|resporg|responsible organi[sz]ation|"  # toll-free
                            # "B. Current phone company": a US telco named as the trade says it
                            r"(tele)?phone company|telco|"
                            # a provider in each lexicon language ("operatora", "operaattori",
                            # "udbyder", "poskytovatel", "πάροχος" read as "parochos"...)
                            r"operaattori\w*|operaator\w*|operater\w*|operatur\w*|operadora|"
                            r"udbyder\w*|teleselskab\w*|leverandor\w*|leverantor\w*|tilbyder\w*|"
                            r"poskytovatel\w*|ponudnik\w*|dostawc\w*|davatelj\w*|dajalec|"
                            r"pakalpojumu sniedz\w*|paslaugu teikej\w*|teenusepakkuja\w*|"
                            r"sideettevot\w*|palveluntarjoaja\w*|teleyritys|teleyrityksen|"
                            r"simafyrirtaeki\w*|fjarskiptafyrirtaeki\w*|fjarskiftisfelag\w*|"
                            r"veitari\w*|ubidder\w*|purschider\w*|paroch\w*|isletmeci\w*|"
                            r"solathrai|oibreoir\w*|darparwr|gweithredwr|mtoa huduma|"
                            r"nha mang|nha cung cap|"
                            r"dostavchik\w*)\b")  # Bulgarian доставчик, beside "оператор"
# "Authorized user (if not the account holder)": asked only when the signer is someone else
UNLESS_HOLDER = re.compile(r"\b(if (not|other than|different from) (the )?(account holder|customer|"
                           r"subscriber)|si (autre que|differente? du) (le )?titulaire|falls "
                           r"(nicht|abweichend vom?) (der |dem )?(anschlussinhaber\w*|kunde\w*)|"
                           r"indien (niet|anders dan) de (klant|abonnee)|si no es el titular|"
                           # Croatian, Czech, Slovak, Polish, Slovenian, Portuguese, Italian,
                           # Romanian, Spanish: "if not (other than) the subscriber / holder"
                           r"ako nije (pretplatnik|korisnik)\w*|pokud (neni|nejde o) "
                           r"(ucastnik|zakaznik)\w*|ak nie je (ucastnik|zakaznik)\w*|"
                           r"jezeli (nie jest|inny niz) abonent\w*|ce ni narocnik\w*|"
                           r"se (nao for|diferente do) titular|se divers[oa] dal titolare|"
                           r"daca (nu este|difera de) titular\w*|si (es )?distint[oa] del titular)\b")
# (the person asked is "différente" or "distinta" when the form says "la personne")
# "Mailing address" on a form beside the service location: where the bills go (Finnish writes
# the postal and the billing address as one word each)
BILLING_CONTEXT = re.compile(r"\b(billing|factur\w*|factuur\w*|rechnung\w*|bill|facture|invoic\w*|"
                             r"facturacion|mailing|postiosoite|laskutusosoite)\b")
SIGNING_CONTEXT = re.compile(r"\b(sign\w*|firm\w*|unterschr\w*|onderteken\w*|fait a|done at|"
                             r"podpis\w*|potpis\w*)\b")
REQUESTED_CONTEXT = re.compile(r"\b(desired|requested|preferred|due|souhaite\w*|prefer\w*|"
                               r"deseada|wunsch\w*|gewunscht\w*|gewenst\w*|cambio|mise en (oe|o)uvre|"
                               r"richiest\w*|desiderat\w*)\b")


# letters NFKD leaves whole: "Ønsket dato", "nåværende", "Miejscowość" ("ł")
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                               "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "Þ": "Th",
                               "ħ": "h", "Ħ": "H", "ı": "i",  # Maltese, Turkish
                               # a footnote mark glued to its label ("Compte²", "CUIT¹",
                               # "Fecha*†") is no part of the word: NFKD would make it a digit
                               **dict.fromkeys("¹²³⁴⁵⁶⁷⁸⁹⁰†‡", " ")})


# Greek and Cyrillic written in Latin letters (ELOT 743, Bulgarian's official romanisation): the
# Greek and Bulgarian lexicons are written so (lexicon/greek_bulgarian.py); a form in another
# Cyrillic language is still refused by its script (script.py, language.readable_script)
_LATIN = str.maketrans({
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht",
    "ъ": "a", "ь": "y", "ю": "yu", "я": "ya"})


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """'PIN_or_Passcode2' -> 'pin or passcode', 'Numéro de TVA:' -> 'numero de tva'."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text or "")
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss").translate(_UNDECOMPOSED))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().translate(_LATIN)
    text = re.sub(r"[^a-z0-9#/]+", " ", text.replace("_", " ").replace("œ", "oe"))
    text = re.sub(r"(?<=[a-z]) ?#(?= |$)", " number", text)  # "Customer account #"
    text = re.sub(r"\b\d+\b", " ", text)
    return " ".join(text.split()).strip(" #/")


_COMPILED = [(f, s, re.compile(p)) for f, s, p in RULES]


@lru_cache(maxsize=64)
def _rules(languages: tuple[str, ...]) -> tuple[tuple[LoaField | str, float, re.Pattern[str]], ...]:
    """The broad rules with the lexicons of the form's languages read after the registers and
    identifiers (which no language's word for a name or a number may take) and before the
    rest: on a form in Croatian "Adresa" is the whole address, not Romanian's street."""
    # a language's "not ours" words never fire on a label asking for a signature ("Podpis
    # účastníka / razítko": signed, the stamp beside it), as a lexicon's do (lexicon/base.py)
    scoped = [(f, s, re.compile(UNSIGNED + r".*?(?:" + p + ")" if f == NOT_OURS else p))
              for codes, rules in LANGUAGE_RULES if codes & set(languages) for f, s, p in rules]
    return (*_COMPILED[:LEXICONS_AT], *rules_in(languages),
            *_COMPILED[LEXICONS_AT:LANGUAGE_RULES_AT], *scoped, *_COMPILED[LANGUAGE_RULES_AT:])


@dataclass(frozen=True, slots=True)
class Reading:
    """What a piece of printed text says a blank is for."""

    field: LoaField | str  # a LoaField, or NOT_OURS
    strength: float
    words: str


_PARTS = {  # an address label naming several of these is one blank for all of them
    "street": re.compile(r"\b(street|strasse|rue|straat|calle|address|adresse|adres|anschrift|"
                         r"direccion)\b"),
    "suite": re.compile(r"\b(suite|apt|apartment|unit|floor|bureau|etage|piso)\b"),
    "city": re.compile(r"\b(city|town|ort|ville|plaats|ciudad|localidad|localite)\b"),
    "state": re.compile(r"\b(state|province|county|provincia|bundesland)\b"),
    "postal": re.compile(r"\b(zip|postal code|post ?code|eircode|plz|code postal|postcode|"
                         r"codigo postal|cod postal|cp)\b"),
}


def _address_parts(norm: str) -> Reading | None:
    """'Service address (street, city, state, ZIP)' is the whole address; 'City, State, ZIP' or
    'Town / County' the locality line; 'Street, Suite' the street line. None: not several."""
    parts = {name for name, pattern in _PARTS.items() if pattern.search(norm)}
    town = parts & {"city", "state", "postal"}
    if len(parts) < 2 or len(norm.split()) > 10:
        return None
    if "street" in parts and town:
        return Reading(LoaField.SERVICE_ADDRESS, 1.0, norm)
    if "street" in parts:
        return Reading(LoaField.STREET, 1.0, norm)
    if len(town) >= 2 and "suite" not in parts:
        return Reading(LoaField.LOCALITY, 1.0, norm)
    return None


_PIECES = re.compile(r"[,;()]")
_STREETS = frozenset({LoaField.STREET, LoaField.SERVICE_ADDRESS})
_TOWNS = frozenset({LoaField.CITY, LoaField.POSTAL_CODE, LoaField.STATE, LoaField.LOCALITY})
_LIST_PIECES = 3  # "Address (street, no., town, postcode)": the address and two parts read at least


def _parts_listed(text: str, languages: tuple[str, ...]) -> Reading | None:
    """A label that lists an address's parts in the form's language, each read on its own
    ("Адрес (улица, №, град, пощенски код)", "Indirizzo (via, città, CAP)"): one blank for the
    whole address, not the part its last word names (the postcode)."""
    pieces = [p.strip() for p in _PIECES.split(text) if p.strip()]
    if len(pieces) < _LIST_PIECES:
        return None
    readings = [r.field for p in pieces if (r := classify_in(p, languages)) is not None]
    read = set(readings)
    if len(readings) >= _LIST_PIECES and read & _STREETS and read & _TOWNS and \
            read <= _STREETS | _TOWNS | {LoaField.SUITE}:
        return Reading(LoaField.SERVICE_ADDRESS, 1.0, normalise(text))
    return None


# "(not BTN)", "(other than the main number)": what a blank is not, said beside what it is
_NOT_X = re.compile(r"\b(not( the)?|other than( the)?|nicht( die)?|pas( le)?|niet( het)?) "
                    r"(btn|billing( telephone)? number|main (tele)?(phone )?number|"
                    r"hauptrufnummer|hoofdnummer|ntf)\b|"
                    # "Callback number (not one being ported)": the numbers it is not
                    r"\b(not|never) (one|a number|any( number)?|one of the numbers)( that is)?"
                    r"( being| to be)? (ported|transferred|moved)\b|"
                    # "(suite en annexe / vervolg in bijlage)": continued elsewhere, no suite
                    r"\b(suite|vervolg|fortsetzung|continued|continuacion|seguito) (en|in|au|"
                    r"op|auf|on|a|en el|in the|nella|nell) (annexe|bijlage|anlage|annex|"
                    r"verso|page|pagina|seite|blad|reverse|back|anexo|allegato)\b")
_FORMAT_TOKENS = re.compile(r"\b(yyyy|ccyy|rrrr|aaaa|jjjj|eeee|gggg|bbbb|mm|dd|jj|tt|gg|yy|aa|hh|"
                            r"nn|zz|ll|pp|kk|ii|vvvv)\b")  # "gggg" (godina, gads), "pp.kk"
# (päev, kuu), Greek "ΗΗ/ΜΜ/ΕΕΕΕ" (ημέρα, read "ii"), Finnish "pp.kk.vvvv" (vuosi)
_FORMAT_RUN = re.compile(rf"{_FORMAT_TOKENS.pattern}(\s?[/.\-]\s?{_FORMAT_TOKENS.pattern})+")


def classify(text: str) -> Reading | None:
    """The first rule the text matches, or None for 'Text1', bullets and body text; read in
    the languages of the form being mapped (lexicon.reading_in), the broad rules alone outside."""
    return classify_in(text, form_languages())


@lru_cache(maxsize=8192)
def classify_in(text: str, languages: tuple[str, ...]) -> Reading | None:
    """classify() on a form in these languages (its first language first)."""
    norm = _NOT_X.sub(" ", normalise(text)).strip()  # "Contact's number (not BTN)"
    if not norm or len(norm) > 160:
        return None
    if _SECOND_SIGNER.search(text or "") or _CO_SIGNER.search(norm):  # "Director 2 /
        # Secretary: signature", "Co-signer name": the case has one signer (the numeral is
        # gone once normalised)
        return Reading(NOT_OURS, 1.0, norm)
    if _THIRD_PARTY_CONTACT.search(norm):  # "Dealer email": a reseller's, not the customer's
        return Reading(NOT_OURS, 1.0, norm)
    if _PHONE_MASK.search(norm):  # "Numbers to port (NPA-NXX-XXXX)": how a number is written,
        norm = " ".join(_PHONE_MASK.sub(" ", norm).split())  # no label ("NPA" is a Swiss
        if not norm:  # postcode only alone)
            return None
    if len(_FORMAT_TOKENS.findall(norm)) >= 2:  # "Date (YYYY-MM-DD)": the format is no label
        # each whole format first, so that "Fecha (mm/dd/aaaa) / Date (mm/dd/yyyy)" keeps the
        # slash between its two languages
        norm = " ".join(_FORMAT_RUN.sub(" ", norm).split())
        norm = " ".join(_FORMAT_TOKENS.sub(" ", norm).split()) if _FORMAT_TOKENS.search(
            norm) else norm
        halves = [h.strip() for h in norm.split("/")]
        if len(halves) != 2 or not all(halves):
            norm = " ".join(norm.replace("/", " ").split())
    main = re.sub(r"\([^)]*\)", " ", text or "")  # "Numbers to port (including the main
    if main != text and re.search(r"\(\s*(including|include|incl|inklusive|y compris|"
                                  r"inclusief|einschlie\w*)\b",
                                  text or "", re.IGNORECASE):  # number)": what the aside
        read = classify_in(main, languages)  # includes is no label of its own
        if read is not None:
            return read
    several = _address_parts(norm)
    if several is not None and not _COMPILED[0][2].search(norm) and \
            not BILLING_CONTEXT.search(norm):
        return several
    for found, strength, pattern in _rules(languages):
        if pattern.search(norm):
            if found in _TOWNS | {LoaField.STREET} and not BILLING_CONTEXT.search(norm) and \
                    (listed := _parts_listed(text or "", languages)) is not None:
                return listed  # "Address (street, town, postcode)": not its last part
            if found == LoaField.AUTHORIZED_NAME and (
                    asked := _of_the_person(norm, pattern, languages)) is not None:
                return asked  # "Title of authorized person": the person says whose title
            if found == NOT_OURS and main != text and (
                    aside := classify_in(main, languages)) is not None and \
                    aside.field in _NUMBER_LISTS:
                return aside  # "Numbers to port (SDA, secondary numbers)": what the aside lists
            if found == LoaField.CARRIER and _NUMBERS_FIRST.match(norm):
                return _numbers_at_the_carrier(norm)  # "Numbers you keep with your carrier"
            return Reading(found, strength, norm)  # are numbers of the list, not another column
    halves = [h.strip() for h in norm.split("/") if h.strip()]
    if len(halves) == 2:  # a bilingual label: "Name / Nom", "Title / Titre"
        return next((r for h in halves if (r := classify_in(h, languages)) is not None), None)
    return _side_by_side(norm, languages)


# a person's name asked in the words before the person ("Name and title of ...", "Imię,
# nazwisko i stanowisko ..."): the name is asked too, the label is no title alone
_NAME_WORDS = re.compile(r"\b(name|names|nom|nome|nombre|naam|navn|namn|nimi|imie|nazwisko|"
                         r"jmeno|meno|prijmeni|priezvisko|ime|prezime|nev|nume)\b")
_HEAD_WORDS = 4  # "Job title of", "Stanowisko osoby": the attribute asked is said in a few words


# what the filler knows of the one who signs, asked as "<attribute> of <person>"
_OF_THE_SIGNER = frozenset({LoaField.AUTHORIZED_TITLE, LoaField.SIGNATURE, LoaField.DATE_SIGNED,
                            LoaField.CONTACT_PHONE, LoaField.CONTACT_EMAIL})
_NAMES = frozenset({LoaField.AUTHORIZED_NAME, LoaField.ACCOUNT_NAME})


def _of_the_person(norm: str, pattern: re.Pattern[str],
                   languages: tuple[str, ...]) -> Reading | None:
    """A label that names the signer only as whose attribute is asked ("Title of authorized
    person", "Stanowisko osoby reprezentującej firmę", "Podpis podepisující osoby", "Telefon
    osoby podpisującej"): the words before the person name what goes in the blank; the person's
    name would be a value in the wrong box. An attribute the case holds of the signer (title,
    signature, date of signing, phone as under the signer's heading, e-mail) is that field; any
    other one read there (an address, a number) is not ours. None (the name's) when those words
    ask a name as well or read as nothing."""
    from portdesk.loa.persons import bare_phone

    found = pattern.search(norm)
    if found is None:
        return None
    # a lexicon's pattern matches from the label's start (".*?(...)"): the person's words
    # begin where its first group that took part does
    starts = [found.start(g) for g in range(1, (found.re.groups or 0) + 1) if found.start(g) >= 0]
    head = norm[:max(found.start(), min(starts, default=found.start()))].strip(" /")
    if not head or len(head.replace("/", " ").split()) > _HEAD_WORDS or _NAME_WORDS.search(head):
        return None
    if not any(len(w) >= 3 for w in head.replace("/", " ").split()):
        return None  # an article ("Le/La soussigné(e)": "le" is no date's "le") asks nothing
    read = classify_in(head, languages)
    if read is not None and read.field in _OF_THE_SIGNER:
        return Reading(read.field, read.strength, norm)
    words = head.split()
    if any(bare_phone(" ".join(words[:k])) for k in range(1, len(words) + 1)):
        return Reading(LoaField.CONTACT_PHONE, 0.9, norm)  # "Mobile of", "Telefono del"
    if read is not None and read.field not in _NAMES:
        return Reading(NOT_OURS, read.strength, norm)
    return None


_SIDE_BY_SIDE_WORDS = 8  # a label in two languages side by side is short


def _side_by_side(norm: str, languages: tuple[str, ...]) -> Reading | None:
    """A label in two languages printed side by side with no slash, the second in italics
    ("Data Date", "Número de telefone Telephone number"): a split where both halves read the
    same field is that field (each half alone says it)."""
    words = norm.split()
    if not 2 <= len(words) <= _SIDE_BY_SIDE_WORDS:
        return None
    for n in range(1, len(words)):
        first = classify_in(" ".join(words[:n]), languages)
        if first is None or first.field == NOT_OURS:
            continue
        second = classify_in(" ".join(words[n:]), languages)
        if second is not None and second.field == first.field:
            return Reading(first.field, min(first.strength, second.strength), norm)
    return None


# a second signer named by a numeral or a letter ("Director 2", "Signatory (B)", "Firmante 2"),
# read before normalising drops the numeral
_SECOND_SIGNER = re.compile(r"\b(director|signatory|signer|authori[sz]ed (person|signatory)|"
                            r"officer|partner|firmante|signataire|unterzeichner|ondertekenaar|"
                            r"representative|representante|tegningsberettige[dt]e?)\s*(no\.?\s*|nr\.?\s*|#\s*)?"
                            r"\(?(2|ii|two|b)\)?(?=\W|$)", re.IGNORECASE)
_THIRD_PARTY_CONTACT = re.compile(THIRD_PARTY_CONTACT)
# a label that opens with the numbers (a plural, in the lexicons' languages and their
# neighbours') asks numbers, whatever carrier it names after them
_NUMBERS_FIRST = re.compile(r"^(the |all |your |(tele)?phone |tel )?(numbers|rufnummern|nummern|"
                            r"nummers|numeros|numeri|numere|numerele|numri|numery|numerne|"
                            r"numrene|cisla|lines|lignes|lineas|linee)\b")
# ... and that stay there: kept, remaining, staying (the verb after the numbers)
_STAY_VERB = re.compile(r"\b(keep\w*|kept|retain\w*|remain\w*|stay\w*|bleiben|verbleib\w*|blijv\w*|"
                        r"blijft|rest\w*|demeur\w*|permanec\w*|quedan|rimang\w*|raman\w*|"
                        r"jibqa\w*|jibqghu|zustan\w*|ostan\w*|pozostaj\w*|forblir|kvar)\b")


def _numbers_at_the_carrier(norm: str) -> Reading | None:
    """'Numbers you keep with your current carrier', 'Numere care rămân la furnizorul actual':
    the numbers that stay; numbers said otherwise of the carrier ('Numbers to port from your
    current carrier') are never its name, and what they are is not guessed here."""
    if _STAY_VERB.search(norm):
        return Reading(LoaField.REMAINING_NUMBERS, 0.9, norm)
    return None
# a co-signer, a second or joint signer: another person than the case's one signer
_CO_SIGNER = re.compile(r"\b(co ?signer|co ?signatory|cosignataire|co signataire|cofirmante|"
                        r"mitunterzeichner\w*|medeondertekenaar|(second|additional|joint) "
                        r"(signer|signatory)|toinen allekirjoittaja\w*)\b")  # Finnish: the other
# a phone number's written shape: "NPA-NXX-XXXX", "XXX-XXX-XXXX", "(XXX) XXX-XXXX"
_PHONE_MASK = re.compile(r"\b(npa|x{3}) (nxx|x{3}) x{4}\b")
_NUMBER_LISTS = frozenset({LoaField.NUMBER, LoaField.NUMBERS, LoaField.REMAINING_NUMBERS})
_FIRMA = re.compile(r"\bfirma\b")
_OTHER_SIGNING = re.compile(r"\b(signature|signed|unterschrift|handtekening|firmado|assinatura)\b")


def for_language(reading: Reading | None, language: str, words: str = "") -> Reading | None:
    """Words that change meaning with the form's language: "Firma" signs a Spanish or Italian
    form, and names the company on a German, Dutch or Polish one; "By" (words, when no rule
    read them) is the town on a Danish form."""
    if reading is None and words and (bare := bare_word(normalise(words), language)):
        return Reading(bare, 0.9, normalise(words))
    if reading is None or reading.field != LoaField.SIGNATURE or \
            language not in ("de", "nl", "pl", "bg"):
        return reading
    if _FIRMA.search(reading.words) and not _OTHER_SIGNING.search(reading.words):
        return Reading(LoaField.ACCOUNT_NAME, 1.0 if "name" in reading.words else 0.8,
                       reading.words)
    return reading


def _nearer(found: re.Match[str] | None, short: re.Pattern[str] | None,
            norm: str) -> re.Match[str] | None:
    """The later of a side word found and a short side word of the form's languages (the
    qualifier nearest the provider word wins, as provider_role reads them)."""
    other = short.search(norm) if short is not None else None
    if found is None or other is None:
        return found or other
    return other if other.start() > found.start() else found


def provider_role(text: str) -> str | None:
    """'losing' or 'gaining' when the text is about a provider (column header, section title)."""
    norm = normalise(text)
    if not PROVIDER_WORDS.search(norm) and not re.search(r"\b(donor|donante|cedant)\b", norm):
        return None
    losing, gaining = LOSING_CONTEXT.search(norm), GAINING_CONTEXT.search(norm)
    losing, gaining = _nearer(losing, _side_words("losing"), norm), \
        _nearer(gaining, _side_words("gaining"), norm)
    if losing and not gaining:
        return "losing"
    if gaining and not losing:
        return "gaining"
    if losing and gaining:  # both named: the qualifier nearest the provider word wins
        return "losing" if losing.start() > gaining.start() else "gaining"
    if _LOSING_LEAD.search(norm):  # "From:", "Von (...)", "De (...)"
        return "losing"
    if _GAINING_LEAD.search(norm):  # "To:", "An (...)", "À (...)"
        return "gaining"
    return None
