"""Addresses as bills print them: street line(s) and a "City, ST ZIP" line, or one line with
commas or none; US and Canadian forms, French and Spanish ones, units before or after the street.

Split from parse.py (the other values next to a label). Like every parser there, it answers None
when the text is not clearly an address.
"""

from __future__ import annotations

import re

from portdesk.domain.address_country import infer_country
from portdesk.domain.case import CA_PROVINCES, US_STATES, Address

_PROVINCE_NAMES = {
    "alberta": "AB", "british columbia": "BC", "colombie britannique": "BC", "manitoba": "MB",
    "new brunswick": "NB", "nouveau brunswick": "NB", "newfoundland and labrador": "NL",
    "terre neuve et labrador": "NL", "nova scotia": "NS", "nouvelle ecosse": "NS",
    "northwest territories": "NT", "nunavut": "NU", "ontario": "ON", "prince edward island": "PE",
    "ile du prince edouard": "PE", "quebec": "QC", "saskatchewan": "SK", "yukon": "YT",
    # the French short forms Canada Post lists beside the two-letter codes ("Caraquet (N.-B.)
    # E1W 7A4", "Ottawa (Ont.) K1A 0B1"), as _fold() leaves them
    "n b": "NB", "n e": "NS", "i p e": "PE", "t n l": "NL", "t n o": "NT", "c b": "BC",
    "ont": "ON", "alb": "AB", "sask": "SK", "man": "MB", "que": "QC",
}
# those short forms as printed, dots and hyphens and accents included
_FRENCH_SHORT = (r"N\.-B\.|N\.-[ÉE]\.|[ÎI]\.-P\.-[ÉE]\.|T\.-N\.-L\.|T\.N\.-O\.|C\.-B\.|"
                 r"Ont\.|Alb\.|Sask\.|Man\.|Qu[ée]\.")
_STATE_NAMES = {**{v.lower(): k for k, v in US_STATES.items()}, **_PROVINCE_NAMES}
_NAMES = "|".join(sorted(
    {re.escape(n) for n in (*US_STATES.values(), "Alberta", "British Columbia", "Manitoba",
                            "New Brunswick", "Newfoundland and Labrador", "Nova Scotia", "Ontario",
                            "Prince Edward Island", "Québec", "Quebec", "Saskatchewan", "Yukon",
                            "Nouveau-Brunswick", "Nouvelle-Écosse", "Colombie-Britannique",
                            "Terre-Neuve-et-Labrador", "Île-du-Prince-Édouard",
                            "Northwest Territories", "Nunavut")}, key=len, reverse=True))
# a Canadian code's digits as OCR reads them too: 'NOM 5V4' is N0M 5V4 (no letter is O or I
# where a code has a digit: postal_code() reads them back)
_CA_DIGIT = r"[\dOIl]"
_ZIP = (r"\d{5}(?:\s?-\s?\d{4})?|[A-Za-z]" + _CA_DIGIT + r"[A-Za-z][\s-]?" + _CA_DIGIT
        + r"[A-Za-z]" + _CA_DIGIT)
CSZ_RE = re.compile(
    r"^(?P<city>[^\W\d_][\w .'’-]*?),?\s+\(?(?P<state>" + _FRENCH_SHORT + r"|[A-Za-z]{2}|(?i:"
    + _NAMES + r"))"
    r"\)?\.?,?\s+(?P<zip>" + _ZIP + r")$"
)
# a mobile home's lot or space is its unit, as an apartment is ('County Road 17 Lot 20')
UNIT_RE = re.compile(r"(?i)[,\s]+((?:suite|ste|apt|apartment|unit|fl|floor|rm|room|bldg|building|"
                     r"bureau|local|app|#)\.?\s*#?\s*[\w-]+|"
                     r"(?:lot|trlr|spc|space)\.?\s*#?\s*\d[\w-]*|\d{1,3}(?:st|nd|rd|th)\s+(?:floor|fl))\.?$")
# what may follow a road's number on a street line: the line's end, a direction, the kilometre,
# a box, site or unit; a word ("Route 66 Diner", "Highway 7 Auto Sales") makes it a name
_ROAD_END = (r"(?=\s*(?:$|[,(]|(?:n|s|e|w|ne|nw|se|sw|north|south|east|west|nord|sud|est|ouest|"
             r"km|box|site|unit|suite|ste|apt|bldg|#|exit)\b))")
# "4-123 Main St" too: Canada Post's unit-civic number (unit 4 of civic number 123)
# (never a Quebec numbered company, "9180-4421 Québec inc.")
# a building's name before its street ("Riverside Plaza, 100 Main St"): the street line as printed
_BUILDING = (r"(?:(?:[^\W\d_][\w'’.&-]*\s+){0,3}(?:plaza|tower|towers|center|centre|building|park|"
             r"place|square|mall|complex|commons|court|arcade|pavilion)|"
             # the building word first, in Spanish and French: "Torre Chardón", "Édifice Price"
             r"(?:torre|edificio|edif\.|centro|condominio|cond\.|tour|[ée]difice|place)"
             r"(?:\s+[^\W\d_][\w'’.&-]*){1,4})")
BUILDING_ALONE = re.compile(r"(?i)^" + _BUILDING + r"$")
# "N1234 County Rd K", "W5678 State Hwy 64": a grid house number after its direction letter
STREET_START = re.compile(r"(?i)^(" + _BUILDING + r"\s*,\s*(?=[NSEW]?\d)|(?!\d{4}-\d{4}\s)\d{1,6}[A-Za-z]?\s?-\s?\d{1,6}[A-Za-z]?(?=,?\s+[^\W\d_])|"
                          r"[NSEW]\d{2,6}(?=\s+[^\W\d_])|"
                          r"(?!0\d)\d+[A-Za-z]?\b(?!-\d)|p\.?\s*o\.?\s*box\b|one\b|rr\b|hc\b|"
                          r"c\.?\s?p\.?\s+\d|case postale\b|(?:apartado|apdo\.?)(?:\s+postal)?\s+\d|"
                          # Puerto Rico and Latin America: the number after the street's name
                          r"(?:calle|avenida|ave\.?|carretera|carr\.?|camino|paseo)\s+"
                          r"[^\W\d_][^\d,]*?\s\d{1,6}[A-Za-z]?\b|"
                          # a numbered street, then the block and lot of an urbanization: "Calle
                          # 13 H-23", "Calle 5 #12"
                          r"(?:calle|avenida|camino|paseo)\s+\d{1,4}\s+(?:[A-Za-z]{1,2}\s?-\s?|#\s?)"
                          r"\d{1,5}\b|"
                          # a road's number: "Hwy 7 W", "State Route 32", "Carr. 2 Km 8.4"
                          r"(?:(?:state|county|us|provincial|farm to market|ranch road|co\.?)\s+)?"
                          r"(?:highway|hwy|route|rte|rt|road|sr|cr|fm|carr\.?|carretera)\.?\s*#?\s*"
                          r"\d{1,5}[A-Za-z]?\b(?![.,/-]\d)" + _ROAD_END + r"|"
                          r"km\.?\s*\d+(?:[.,]\d+)?\s+(?:carr|carretera)\b)")


def _fold(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z ]", " ", plain.lower()).split())


def _state(raw: str) -> str | None:
    state = raw.upper()
    if state in US_STATES or state in CA_PROVINCES:
        return state
    return _STATE_NAMES.get(_fold(raw))


_OCR_DIGIT = {"O": "0", "I": "1", "L": "1"}


def postal_code(raw: str) -> str:
    """ZIP as printed without spaces ("62701-1234"); a Canadian code as "H2X 1Y4"."""
    code = re.sub(r"\s", "", raw).upper()
    if re.fullmatch(r"[A-Z][\dOIL][A-Z]-?[\dOIL][A-Z][\dOIL]", code):
        code = "".join(_OCR_DIGIT.get(c, c) if k % 2 else c
                       for k, c in enumerate(code.replace("-", "")))
        return f"{code[:3]} {code[3:]}"
    return code


def split_unit(street: str) -> tuple[str, str]:
    m = UNIT_RE.search(street)
    if not m or not m.group(1)[-1].isalnum() or m.start() == 0:
        return street.strip(" ,"), ""
    return street[: m.start()].strip(" ,"), m.group(1).strip()


# a speck OCR read glued before a line's first word ('+2726 Madison Blvd', '*Suite 5A')
_SPECK_FIRST = re.compile(r"^\s*[+*•·~`'\"]+(?=[^\W_])")


# a unit word whose 'l' OCR read as another upright stroke ('FI 8C', 'Bidg 4D', 'F1 3'), after
# a street's words and before the unit's number: no other word is written so there
_STROKE_UNIT = re.compile(r"(?<=\s)(?:F[I1|i]|B[I1|i]dg)(?=\.?\s+#?\d[\w-]*\s*(?:,|$))")


def _ocr_commas(line: str) -> str:
    """Specks read as punctuation where an address has none ('+2726 Madison Blvd' starts at its
    number): 'Saint Paul,.MN 55195' and 'Raleigh; NC' have a comma, 'TX:78720' is 'TX 78720', '27671-6378.' and '74403.' end at the digit.
    """
    line = _SPECK_FIRST.sub("", line)
    line = _STROKE_UNIT.sub(lambda m: f"{m.group(0)[0]}l{m.group(0)[2:]}", line)
    line = re.sub(r"\s*[,.]{2,}\s*", ", ", line.replace(";", ","))
    # 'IL, 62701', 'ON, K0J 2K6': a state and its code in two cells of a table row joined by a
    # comma, or a speck between them, are one 'ST ZIP'
    line = re.sub(r"(?<=\b[A-Za-z]{2})\s*[.,:;]+\s*(?=(?:\d{5}(?:\s?-\s?\d{4})?|"
                  r"[A-Za-z]\d[A-Za-z][\s-]?\d[A-Za-z]\d)[^\w]*$)", " ", line)
    line = re.sub(r"(?<=\d)[.,:;'\"°]+$", "", line.strip())
    return re.sub(r",(?=[A-Za-z])", ", ", line).strip(" ,")


def is_city_state_zip(text: str) -> bool:
    """'City, ST ZIP', also as OCR prints it with a speck between the parts."""
    return CSZ_RE.match(_ocr_commas(_COUNTRY_TAIL.sub("", text))) is not None


# "... OH 43215 USA", "... ON K1P 5G4, Canada": the country after the code (or alone on a
# line under the address) is not part of it
_COUNTRY_TAIL = re.compile(r"(?i)(?:(?<=\d)|(?<=\d\W)|^)[,\s]*(?:USA|U\.S\.A\.?|United States(?: of "
                           r"America)?|Canada|(?-i:US|CA))\W*$")  # "M5V 2T6 CA": the country's code after the postal code


def state_code(raw: str) -> str:
    """A state or province as its two-letter code ('Ohio', 'Québec' too); as given otherwise."""
    return _state(raw.strip(" .")) or raw.strip().upper()


# a mark standing alone before a line's first word ('+ Bldg 649', '* 90 SE Oak St'): a scan's
# speck or a list's bullet, never a part of an address ('#' is a unit's word, '|' may be a 1)
_LONE_MARK = re.compile(r"^\s*[+*•·°~]+\s+(?=\S)")


def parse_address_lines(lines: list[str]) -> Address | None:
    """Street line(s) then "City, ST ZIP"; or the whole address on one line, comma separated."""
    lines = [_ocr_commas(_COUNTRY_TAIL.sub("", _LONE_MARK.sub("", ln))) for ln in lines
             if ln.strip(" ,")]
    lines = [ln for ln in lines if ln]
    if not lines:
        return None
    if len(lines) == 1:
        return _one_line(lines[0])
    m = CSZ_RE.match(lines[-1])
    if not m:
        return _one_line(", ".join(lines))
    state = _state(m.group("state"))
    streets = _unit_last(_wrapped_street(lines[:-1]))
    if state is None or not STREET_START.match(streets[0]):
        return None
    if len(streets) > 2:
        return None
    line1, line2 = (streets[0], streets[1]) if len(streets) == 2 else split_unit(streets[0])
    zip_code = postal_code(m.group("zip"))
    return Address(line1, line2, m.group("city").strip(), state, zip_code,
                   infer_country(state, zip_code, None))


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


UNIT_FIRST = re.compile(r"(?i)^(?:(?:suite|ste|apt|apartment|unit|fl|floor|rm|room|bldg|building|"
                         r"bureau|local|app)\b\.?\s*#?\s*[\w-]+|\d{1,3}(?:st|nd|rd|th)\s+(?:floor|fl)\b\.?|"
                         # '#4' alone: a unit of unstated kind ('#4 - 123 Main St')
                         r"#\s?\d{1,5}[A-Za-z]?|"
                         # a mobile home's lot or space on its own line above the street
                         r"(?:lot|trlr|spc|space)\b\.?\s*#?\s*\d[\w-]*)$")


# "Suite 210 - 88 King St W", "Apt 4, 123 Main St", "Rm 2133 - 5025 Washington Hwy": the unit
# printed before the street (every unit word a unit line may start with, as UNIT_FIRST)
UNIT_LEAD = re.compile(r"(?i)^\s*(?P<unit>(?:(?:suite|ste|apt|apartment|unit|fl|floor|rm|room|bldg|"
                       r"building|bureau|local|app)\b|#)"
                       r"\.?\s*#?\s*[\w-]+)\s*(?:,|\s[-–]\s|\s(?=\d))\s*(?P<street>\d.*)$")


# a house number alone, or with its direction ('6119 E', '42-B N'): no street line yet
_HOUSE_ONLY = re.compile(r"(?i)^\d[\w-]*(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\.?)?$")


def _wrapped_street(streets: list[str]) -> list[str]:
    """A narrow cell wraps the street after its house number or direction ('6119 E' over
    'Industrial Way'): a line that is only that names no street, so the next line, when it is
    no unit, is the rest of it."""
    if len(streets) >= 2 and _HOUSE_ONLY.match(streets[0].strip(" ,")) and not UNIT_FIRST.match(
            streets[1].strip()) and not streets[1][:1].isdigit():
        return [f"{streets[0].strip(' ,')} {streets[1].strip()}", *streets[2:]]
    return streets


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
    if len(street_parts) >= 2 and BUILDING_ALONE.match(street_parts[0]) and STREET_START.match(
            street_parts[1]):  # "Riverside Plaza, 588 E Sunset Rd": the building's name leads
        street_parts = [f"{street_parts[0]}, {street_parts[1]}", *street_parts[2:]]
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
    zip_code = postal_code(m.group("zip"))
    return Address(line1, line2, city.strip(), state, zip_code,
                   infer_country(state, zip_code, None))
