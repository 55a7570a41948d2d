"""Turning the text next to a label into a typed value, or refusing to.

Every parser here answers None when the text is not clearly the thing asked for: a value the
reader is unsure of must stay "not found" rather than become a wrong value that later matches.
"""

from __future__ import annotations

import re

from portdesk.bills.dates import parse_date as parse_date  # named here for its older callers
from portdesk.bills.masks import MASK_CHARS as MASK_CHARS  # named here for its older callers
from portdesk.bills.masks import as_tail, tail_lead
from portdesk.bills.masks import is_masked as is_masked
from portdesk.domain.case import CA_PROVINCES, US_STATES, Address
from portdesk.domain.numbers import InvalidNumber, parse_number

PHONE_RE = re.compile(
    r"(?<![\dA-Za-z*/])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})[\s.-]?(\d{4})(?![\d*])"
)
MASKED_PHONE_RE = re.compile(
    r"(?<![\d*])\(?[\d*xX•]{3}\)?[\s.-]?[\d*xX•]{3}[\s.-]?[\d*xX•]{2,4}(?![\d*])"
)
_PROVINCE_NAMES = {
    "alberta": "AB", "british columbia": "BC", "colombie britannique": "BC", "manitoba": "MB",
    "new brunswick": "NB", "nouveau brunswick": "NB", "newfoundland and labrador": "NL",
    "terre neuve et labrador": "NL", "nova scotia": "NS", "nouvelle ecosse": "NS",
    "northwest territories": "NT", "nunavut": "NU", "ontario": "ON", "prince edward island": "PE",
    "ile du prince edouard": "PE", "quebec": "QC", "saskatchewan": "SK", "yukon": "YT",
}
_STATE_NAMES = {**{v.lower(): k for k, v in US_STATES.items()}, **_PROVINCE_NAMES}
_NAMES = "|".join(sorted(
    {re.escape(n) for n in (*US_STATES.values(), "Alberta", "British Columbia", "Manitoba",
                            "New Brunswick", "Newfoundland and Labrador", "Nova Scotia", "Ontario",
                            "Prince Edward Island", "Québec", "Quebec", "Saskatchewan", "Yukon",
                            "Nouveau-Brunswick", "Nouvelle-Écosse", "Colombie-Britannique",
                            "Terre-Neuve-et-Labrador", "Île-du-Prince-Édouard",
                            "Northwest Territories", "Nunavut")}, key=len, reverse=True))
_ZIP = r"\d{5}(?:\s?-\s?\d{4})?|[A-Za-z]\d[A-Za-z][\s-]?\d[A-Za-z]\d"
CSZ_RE = re.compile(
    r"^(?P<city>[^\W\d_][\w .'’-]*?),?\s+\(?(?P<state>[A-Za-z]{2}|(?i:" + _NAMES + r"))"
    r"\)?\.?,?\s+(?P<zip>" + _ZIP + r")$"
)
UNIT_RE = re.compile(r"(?i)[,\s]+((?:suite|ste|apt|apartment|unit|fl|floor|rm|room|bldg|building|"
                     r"bureau|local|app|#)\.?\s*#?\s*[\w-]+|\d{1,3}(?:st|nd|rd|th)\s+(?:floor|fl))\.?$")
# "4-123 Main St" too: Canada Post's unit-civic number (unit 4 of civic number 123)
# (never a Quebec numbered company, "9180-4421 Québec inc.")
STREET_START = re.compile(r"(?i)^((?!\d{4}-\d{4}\s)\d{1,6}[A-Za-z]?\s?-\s?\d{1,6}[A-Za-z]?(?=\s+[^\W\d_])|"
                          r"(?!0\d)\d+[A-Za-z]?\b(?!-\d)|p\.?\s*o\.?\s*box\b|one\b|rr\b|hc\b|"
                          r"c\.?\s?p\.?\s+\d|case postale\b|(?:apartado|apdo\.?)(?:\s+postal)?\s+\d|"
                          # Puerto Rico and Latin America: the number after the street's name
                          r"(?:calle|avenida|ave\.?|carretera|carr\.?|camino|paseo)\s+"
                          r"[^\W\d_][^\d,]*?\s\d{1,6}[A-Za-z]?\b|"
                          # a road's number: "Hwy 7 W", "State Route 32", "Carr. 2 Km 8.4"
                          r"(?:(?:state|county|us|provincial|farm to market|ranch road|co\.?)\s+)?"
                          r"(?:highway|hwy|route|rte|rt|road|sr|cr|fm|carr\.?|carretera)\.?\s*#?\s*"
                          r"\d{1,5}[A-Za-z]?\b(?![.,/-]\d)|km\.?\s*\d+(?:[.,]\d+)?\s+(?:carr|carretera)\b)")
# a Quebec numbered company ("9180-4421 Québec inc."): a name, though it starts with digits
_NUMBERED_COMPANY = re.compile(r"(?i)^\d{4}-\d{4}\s+[^\W\d_]{3,}")
_X_GROUP = re.compile(r"^[xX]{3,}[-./]?$")  # "XXXX XXXX 7494": a masked group, not a word
_ACCOUNT_TOKEN = re.compile(r"^[A-Za-z0-9*•●…#./-]+$")


def _odd_grouping(printed: str) -> bool:
    """'268 7067666' or '831862-7108': digits split unlike a phone number (part of an account
    number); a phone number is split after the area code and after the exchange, or not at all."""
    core = re.sub(r"^\+?1[\s.-]?(?=\(?\d{3})", "", printed.strip()) if len(
        re.sub(r"\D", "", printed)) == 11 else printed.strip()
    m = re.fullmatch(r"\(?\d{3}\)?([\s.-]?)\d{3}([\s.-]?)\d{4}", core)
    if m is None:
        return False
    first = bool(m.group(1)) or core.startswith("(")
    return first != bool(m.group(2))


def _inside_longer(text: str, start: int, end: int) -> bool:
    """'294-379-836-0009-54': ten digits inside a longer hyphenated number are no phone."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return bool(re.fullmatch(r"\d[-.]", before) or re.fullmatch(r"[-.]\d", after))


def phones_in(text: str) -> list[tuple[str, str]]:
    """(E.164, text as written) for every dialable NANP number in the text."""
    out = []
    for m in PHONE_RE.finditer(text):
        if _odd_grouping(m.group(0)) or _inside_longer(text, m.start(), m.end()):
            continue
        try:
            out.append((parse_number("".join(m.groups())).e164, m.group(0)))
        except InvalidNumber:
            continue
    return out


def masked_phones_in(text: str) -> list[str]:
    return [m.group(0) for m in MASKED_PHONE_RE.finditer(text)
            if any(c in MASK_CHARS or c in "xX" for c in m.group(0))
            and sum(c.isdigit() for c in m.group(0)) >= 2]


def parse_account_number(text: str) -> str | None:
    """The run of account-like tokens at the start of the value; needs 4+ digits or a mask.
    Only its end printed ("ending in 0177", "...7494"): that end, marked as partial."""
    text, tail = tail_lead(text)
    kept: list[str] = []
    for token in text.split():
        token = token.strip(",;")
        if not token or not _ACCOUNT_TOKEN.match(token):
            break
        letters = sum(c.isalpha() for c in token)
        if letters > 3 and not any(c.isdigit() for c in token) and not _X_GROUP.match(token):
            break  # a word: the value ended
        kept.append(token)
    value = " ".join(kept).strip(" .-/").lstrip("# ")  # "Account #8841...": the label's mark
    digits = sum(c.isdigit() for c in value)
    if digits < 4 and not (is_masked(value) and digits >= 2):
        return None
    if parse_date(value) is not None and len(re.sub(r"\D", "", value)) <= 8:
        return None
    return as_tail(value) if tail else value


# words that start a label or a remark, never a customer's name ("Since 2014", "Invoice #")
_NOT_A_NAME = frozenset({
    "since", "invoice", "number", "no", "id", "date", "page", "account", "total", "due", "amount",
    "service", "services", "customer", "care", "support", "summary", "statement", "bill", "billing",
    "payment", "balance", "period", "plan", "your", "for", "the", "see", "call", "visit", "thank",
    "previous", "new", "charges", "attn", "attention", "c/o", "de", "du", "le", "la", "numero",
    "facture", "compte", "merci", "information", "details", "questions", "pay", "autopay",
    "frais",  # "Frais de service": a charge
})
# the last word of a charge on a line item ("Subscriber Line Charge"): a fee, never a name
_CHARGE_END = re.compile(r"(?i)\b(?:charges?|fees?|surcharges?|frais)\W*$")


# "The Greenway Group", "THE HOME DEPOT": a name that starts with its article, each word
# capitalised (a sentence, "The following charges", is not)
_PROPER = re.compile(r"^The\s+(?:(?:[A-Z0-9][\w.'’&-]*|&|of|and|de|du|des|la|le|et|for)\s*)+$|"
                     r"^THE\s+[^a-z]+$")
_GREETING = re.compile(r"(?i)^(?:hello|hi|dear|welcome|greetings|bonjour|bienvenue)\b[,!:]?\s+")


# the nouns a compound label is made of ("Name & Address", "Nom et adresse"): no one's name
_LABEL_NOUNS = frozenset({"name", "names", "address", "addresses", "nom", "adresse", "and", "et",
                          "&", "of", "billing", "mailing", "service", "account", "customer"})


def _only_label_words(value: str) -> bool:
    return all(w.lower().strip(".,:;") in _LABEL_NOUNS for w in value.split())


def names_a_charge(text: str) -> bool:
    """'Subscriber Line Charge', 'Account Maintenance Fee': a line item of the charges."""
    return bool(_CHARGE_END.search(text))


def clean_name(text: str) -> str | None:
    value = _GREETING.sub("", text.strip(" :,;")).strip(" :,;")  # "Hello, Acme Dental LLC"
    if _NUMBERED_COMPANY.match(value) and not PHONE_RE.search(value):
        return value
    if not value or sum(c.isdigit() for c in value) > 2 or len(value) < 2:
        return None
    first = re.sub(r"[^\w/]", "", value.split()[0].lower())
    if not first or (first in _NOT_A_NAME and not (first == "the" and _PROPER.match(value))):
        return None  # "& Address": the rest of a label, starting with a mark
    if names_a_charge(value) or _only_label_words(value):
        return None
    if PHONE_RE.search(value) or STREET_START.match(value):
        return None
    if sum(c.isalpha() for c in value) < 2:
        return None
    return value


def _fold(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z ]", " ", plain.lower()).split())


def _state(raw: str) -> str | None:
    state = raw.upper()
    if state in US_STATES or state in CA_PROVINCES:
        return state
    return _STATE_NAMES.get(_fold(raw))


def postal_code(raw: str) -> str:
    """ZIP as printed without spaces ("62701-1234"); a Canadian code as "H2X 1Y4"."""
    code = re.sub(r"\s", "", raw).upper()
    if re.fullmatch(r"[A-Z]\d[A-Z]-?\d[A-Z]\d", code):
        code = code.replace("-", "")
        return f"{code[:3]} {code[3:]}"
    return code


def split_unit(street: str) -> tuple[str, str]:
    m = UNIT_RE.search(street)
    if not m or not m.group(1)[-1].isalnum() or m.start() == 0:
        return street.strip(" ,"), ""
    return street[: m.start()].strip(" ,"), m.group(1).strip()


def _ocr_commas(line: str) -> str:
    """Specks read as punctuation where an address has none: 'Saint Paul,.MN 55195' and
    'Raleigh; NC' have a comma, 'TX:78720' is 'TX 78720', '27671-6378.' and '74403.' end at the digit.
    """
    line = re.sub(r"\s*[,.]{2,}\s*", ", ", line.replace(";", ","))
    line = re.sub(r"(?<=\b[A-Za-z]{2})\s*[.,:;]+\s*(?=\d{5}(?:\s?-\s?\d{4})?[^\w]*$)", " ", line)
    line = re.sub(r"(?<=\d)[.,:;'\"°]+$", "", line.strip())
    return re.sub(r",(?=[A-Za-z])", ", ", line).strip(" ,")


def is_city_state_zip(text: str) -> bool:
    """'City, ST ZIP', also as OCR prints it with a speck between the parts."""
    return CSZ_RE.match(_ocr_commas(text)) is not None


# "... OH 43215 USA", "... ON K1P 5G4, Canada": the country after the code (or alone on a
# line under the address) is not part of it
_COUNTRY_TAIL = re.compile(r"(?i)(?:(?<=\d)|(?<=\d\W)|^)[,\s]*(?:USA|U\.S\.A\.?|United States(?: of "
                           r"America)?|Canada)\W*$")


def state_code(raw: str) -> str:
    """A state or province as its two-letter code ('Ohio', 'Québec' too); as given otherwise."""
    return _state(raw.strip(" .")) or raw.strip().upper()


def parse_address_lines(lines: list[str]) -> Address | None:
    """Street line(s) then "City, ST ZIP"; or the whole address on one line, comma separated."""
    lines = [_ocr_commas(_COUNTRY_TAIL.sub("", ln)) for ln in lines if ln.strip(" ,")]
    lines = [ln for ln in lines if ln]
    if not lines:
        return None
    if len(lines) == 1:
        return _one_line(lines[0])
    m = CSZ_RE.match(lines[-1])
    if not m:
        return _one_line(", ".join(lines))
    state = _state(m.group("state"))
    streets = _unit_last(lines[:-1])
    if state is None or not STREET_START.match(streets[0]):
        return None
    if len(streets) > 2:
        return None
    line1, line2 = (streets[0], streets[1]) if len(streets) == 2 else split_unit(streets[0])
    return Address(line1, line2, m.group("city").strip(), state, postal_code(m.group("zip")))


_STREET_END = frozenset({
    "ST", "STREET", "AVE", "AVENUE", "AV", "BLVD", "BOULEVARD", "RD", "ROAD", "DR", "DRIVE", "LN",
    "LANE", "CT", "COURT", "PL", "PLACE", "PKWY", "PARKWAY", "HWY", "HIGHWAY", "CIR", "CIRCLE",
    "TER", "TERRACE", "SQ", "SQUARE", "TRL", "TRAIL", "WAY", "PLZ", "PLAZA", "CRES", "EXPY",
    "FWY", "PIKE", "ALY", "N", "S", "E", "W", "NE", "NW", "SE", "SW", "O",
})
_UNIT_WORDS = frozenset({"STE", "SUITE", "FL", "FLOOR", "APT", "UNIT", "RM", "ROOM", "BLDG", "#",
                         "BUREAU", "LOCAL", "APP"})


def _commas_by_street_words(text: str) -> str:
    """'350 5th Ave Fl 12 New York NY 10118': the city starts after the street's last word."""
    m = re.match(r"^(?P<rest>.+?)\s+(?P<tail>[A-Za-z]{2}\.?\s+(?:" + _ZIP + r"))$", text)
    if not m or "," in text:
        return text
    words = m.group("rest").split()
    end = -1
    for i, word in enumerate(words):
        key = re.sub(r"[^A-Z#]", "", word.upper())
        if i and key in _STREET_END:
            end = i
        elif i and key in _UNIT_WORDS and i + 1 < len(words):
            end = i + 1
        elif key.startswith("#") and i:
            end = i
    if end < 0 or end >= len(words) - 1:
        return text
    return f"{' '.join(words[:end + 1])}, {' '.join(words[end + 1:])} {m.group('tail')}"


UNIT_FIRST = re.compile(r"(?i)^(?:suite|ste|apt|apartment|unit|fl|floor|rm|room|bldg|building|"
                         r"bureau|local|app)\.?\s*#?\s*[\w-]+$")


# "Suite 210 - 88 King St W", "Apt 4, 123 Main St": the unit printed before the street
UNIT_LEAD = re.compile(r"(?i)^\s*(?P<unit>(?:suite|ste|apt|apartment|unit|bureau|local|app|#)"
                       r"\.?\s*#?\s*[\w-]+)\s*(?:,|\s[-–]\s|\s(?=\d))\s*(?P<street>\d.*)$")


def _unit_last(streets: list[str]) -> list[str]:
    """'Unit 4, 123 Main St' (the unit printed first, on its line or before a comma): the
    street is line 1 and the unit line 2, as everywhere else."""
    if len(streets) == 1 and (lead := UNIT_LEAD.match(streets[0])) is not None:
        return [lead.group("street").strip(" ,"), lead.group("unit")]
    if len(streets) == 2 and UNIT_FIRST.match(streets[0]) and STREET_START.match(streets[1]):
        return [streets[1], streets[0]]
    return streets


_HOUSE_ALONE = re.compile(r"^\d+[A-Za-z]?(?:-\d+)?$")


def _one_line(text: str) -> Address | None:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) < 2:
        text = _commas_by_street_words(text)
        parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    m = re.match(r"^\(?(?P<state>[A-Za-z]{2}|(?i:" + _NAMES + r"))\)?\.?\s+"
                 r"(?P<zip>" + _ZIP + r")$", parts[-1])
    if m and len(parts) >= 3 and _state(m.group("state")) is not None:
        city, street_parts = parts[-2], parts[:-2]
    else:
        m2 = CSZ_RE.match(parts[-1])
        if not m2:
            return None
        m, city, street_parts = m2, m2.group("city"), parts[:-1]
    state = _state(m.group("state"))
    street_parts = _unit_last(street_parts)
    if state is None or not street_parts or not STREET_START.match(street_parts[0]):
        return None
    if len(street_parts) >= 2 and _HOUSE_ALONE.match(street_parts[0]):
        # "3814, avenue Laurier bureau 140": Canada Post's French form, a comma after the number
        street_parts = [f"{street_parts[0]}, {street_parts[1]}", *street_parts[2:]]
    if len(street_parts) == 1:
        line1, line2 = split_unit(street_parts[0])
    elif len(street_parts) == 2:
        line1, line2 = street_parts
    else:
        return None
    return Address(line1, line2, city.strip(), state, postal_code(m.group("zip")))
