"""Same place, written differently? USPS and Canada Post forms, with a digit guard.

scourgify turns "120 North Oak Street Suite 400" and "120 N Oak St Ste 400" into the same record.
Normalisers are built to merge, which is the danger here, so an equivalence also needs the house
number, unit and postal code to agree character for character, outside any library. Canadian and
French street forms ("boul. René-Lévesque O") have their own abbreviations, folded here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from portdesk.bills.addrparse import UNIT_LEAD, split_unit, state_code
from portdesk.domain.case import Address

_UNIT_TYPES = {"STE": "STE", "SUITE": "STE", "APT": "APT", "APARTMENT": "APT", "UNIT": "UNIT",
               "FL": "FL", "FLOOR": "FL", "RM": "RM", "ROOM": "RM", "BLDG": "BLDG",
               "BUILDING": "BLDG", "#": "#", "": "#", "BUREAU": "STE", "LOCAL": "STE",
               "APP": "APT", "NO": "#", "NUMBER": "#"}
STREET_WORDS = {
    "STREET": "ST", "STR": "ST", "AVENUE": "AVE", "AV": "AVE", "AVE": "AVE", "BOULEVARD": "BLVD",
    "BOUL": "BLVD", "BD": "BLVD", "ROAD": "RD", "DRIVE": "DR", "LANE": "LN", "COURT": "CT",
    "PLACE": "PL", "PARKWAY": "PKWY", "HIGHWAY": "HWY", "CIRCLE": "CIR", "TERRACE": "TER",
    "SQUARE": "SQ", "TRAIL": "TRL", "EXPRESSWAY": "EXPY", "FREEWAY": "FWY", "PIKE": "PIKE",
    "CRESCENT": "CRES", "CHEMIN": "CH", "ROUTE": "RTE", "PLAZA": "PLZ", "CENTER": "CTR",
    "CENTRE": "CTR", "MOUNT": "MT", "FORT": "FT", "SAINT": "ST", "POINT": "PT", "HEIGHTS": "HTS",
    "NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W", "NORTHEAST": "NE", "NORTHWEST": "NW",
    "SOUTHEAST": "SE", "SOUTHWEST": "SW", "OUEST": "W", "EST": "E", "NORD": "N", "SUD": "S",
    "O": "W", "CIRCUIT": "CIR", "WAY": "WAY", "ALLEY": "ALY", "POBOX": "POBOX",
    "FIRST": "1ST", "SECOND": "2ND", "THIRD": "3RD", "FOURTH": "4TH", "FIFTH": "5TH",
    "SIXTH": "6TH", "SEVENTH": "7TH", "EIGHTH": "8TH", "NINTH": "9TH", "TENTH": "10TH",
    "ELEVENTH": "11TH", "TWELFTH": "12TH", "PREMIERE": "1RE", "DEUXIEME": "2E",
}


# a numbered road's name in its long and short forms (the digit guard still wants its number)
_ROAD_NAMES = tuple((re.compile(rf"\b(?:{long})(?=\W*\d)"), short) for long, short in (
    (r"RURAL ROUTE|R\.?\s?R\.?", "RR"), (r"STATE (?:ROUTE|RTE|RT)\b\.?", "SR"),
    (r"COUNTY (?:ROAD|RD)\b\.?", "CR"), (r"FARM TO MARKET(?: ROAD| RD)?", "FM"),
    (r"CARRETERA|CARR\b\.?", "CARR")))


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# Canada Post's unit-civic form "4-123 Main St": unit 4 of civic number 123
_UNIT_CIVIC = re.compile(r"^\s*(?!\d{4}-\d{4}\s)(?P<unit>\d{1,6}[A-Za-z]?)\s?-\s?(?P<street>\d{1,6}[A-Za-z]?,?\s+"
                         r"[^\W\d_].*)$")
_CA_POSTAL = re.compile(r"^[A-Za-z]\d[A-Za-z]")
# designators of one unit written differently from bill to case; a floor, a room or a building
# names another thing and stays apart
_SAME_UNIT = frozenset({"STE", "APT", "UNIT", "#"})


def placed(a: Address) -> Address:
    """The address with its unit on line 2 however it was printed: after the street ("123 Main
    St, Unit 4", "#4"), before it ("Apt 4, 123 Main St") or as Canada's unit-civic number
    ("4-123 Main St"; only with a Canadian postal code: "123-45 Queens Blvd" is one New York
    house number)."""
    line1, line2 = a.line1.strip(), a.line2.strip()
    if line2:
        return a
    lead = UNIT_LEAD.match(line1)
    civic = _UNIT_CIVIC.match(line1)
    if lead is not None:
        line1, line2 = lead.group("street"), lead.group("unit")
    elif civic is not None and (a.country == "CA" or _CA_POSTAL.match(a.postal_code.strip())):
        line1, line2 = civic.group("street"), f"# {civic.group('unit')}"
    else:
        line1, line2 = split_unit(line1)
    return replace(a, line1=line1.strip(" ,"), line2=line2)


def units_agree(case: str, bill: str) -> bool:
    """Same unit: the identifier alike, the designator alike or of the same kind."""
    cu, bu = unit(case), unit(bill)
    if cu[1].upper() != bu[1].upper():
        return False
    return cu[0] == bu[0] or "#" in (cu[0], bu[0]) or {cu[0], bu[0]} <= _SAME_UNIT


def unit(line2: str) -> tuple[str, str]:
    """(designator, identifier); '#' means "a unit of unstated type" and matches any designator."""
    text = re.sub(r"[.,:]", " ", fold(line2).upper()).replace("#", " # ").split()
    if not text:
        return "", ""
    kind = _UNIT_TYPES.get(text[0])
    ordinal = _ORDINAL.match(text[0])
    if kind is None and len(text) == 2 and ordinal and _UNIT_TYPES.get(text[1]) == "FL":
        return "FL", ordinal.group(1)  # "2nd Floor" is "Fl 2"
    if kind is None:
        return "?" + text[0], " ".join(text[1:]) if len(text) > 1 else text[0]
    rest = [t for t in text[1:] if t != "#"]
    if kind == "FL" and len(rest) == 1 and (m := _ORDINAL.match(rest[0])):
        return kind, m.group(1)  # "Floor 2nd"
    return kind, " ".join(rest)


# a floor numbered as an ordinal: "2nd", "3RD", French "2e", "1er"
_ORDINAL = re.compile(r"^(\d{1,3})(?:ST|ND|RD|TH|E|ER|RE)?$")


@lru_cache(maxsize=8192)
def street_key(line: str) -> tuple[str, ...]:
    text = fold(line).upper().replace("P.O.", "PO").replace("P O BOX", "POBOX")
    text = re.sub(r"^(?:C\.?\s?P\.?|CASE POSTALE|APARTADO(?: POSTAL)?|APDO\.?)(?=\s+\d)", "POBOX",
                  text)  # French and Spanish post office boxes
    for long, short in _ROAD_NAMES:  # "Rural Route 3" is "RR 3", "State Route 32" is "SR 32"
        text = long.sub(short, text)
    words = re.sub(r"[^\w#]", " ", text).replace("PO BOX", "POBOX").split()
    return tuple(STREET_WORDS.get(w, w) for w in words)


def city_key(city: str) -> str:
    """A city's name up to case, accents, punctuation, 'Saint'/'St' and the gaps between its
    letters: a name set letter-spaced or kerned comes out of the text layer cut in two ('Water
    town'), and one town is never told from another by a space alone."""
    words = re.sub(r"[^A-Z]", " ", fold(city).upper()).split()
    return "".join(STREET_WORDS.get(w, w) if w in ("SAINT", "MOUNT", "FORT") else w
                    for w in words)


def zip_key(code: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", code.upper())


def zips_agree(case: str, bill: str) -> bool:
    """ZIP vs ZIP+4 agree on the first five; a Canadian code on all six characters."""
    a, b = zip_key(case), zip_key(bill)
    if not a[:1].isdigit() or not b[:1].isdigit():
        return a == b
    return a[:5] == b[:5] and (len(a) <= 5 or len(b) <= 5 or a == b)


def _digits(a: Address) -> list[str]:
    """Every number of the street and unit lines, "Fifth" counted as the 5 of "5th"."""
    return re.findall(r"\d+", " ".join((*street_key(a.line1), a.line2)))


def _normal(a: Address) -> tuple[str, str, str, str, str] | None:
    if not a.postal_code[:1].isdigit():
        return None  # scourgify knows USPS only
    from scourgify import normalize_address_record
    from scourgify.exceptions import AddressNormalizationError

    try:
        rec = normalize_address_record({
            "address_line_1": a.line1, "address_line_2": a.line2 or None, "city": a.city,
            "state": a.state, "postal_code": a.postal_code})
    except (AddressNormalizationError, ValueError, KeyError, TypeError):
        return None
    return (rec.get("address_line_1") or "", rec.get("address_line_2") or "",
            rec.get("city") or "", rec.get("state") or "", (rec.get("postal_code") or "")[:5])


def differences(case: Address, bill: Address) -> list[str]:
    case, bill = placed(case), placed(bill)
    out = []
    c_num, b_num = re.match(r"\s*(\d+)", case.line1), re.match(r"\s*(\d+)", bill.line1)
    if (c_num and c_num.group(1)) != (b_num and b_num.group(1)):
        out.append("house number")
    if unit(case.line2)[1] != unit(bill.line2)[1]:
        out.append("suite/unit")
    if _digits(case) == _digits(bill) and street_key(case.line1) != street_key(bill.line1):
        out.append("street")
    if city_key(case.city) != city_key(bill.city):
        out.append("city")
    if state_code(case.state) != state_code(bill.state):
        out.append("state")
    if not zips_agree(case.postal_code, bill.postal_code):
        out.append("ZIP" if case.postal_code[:1].isdigit() else "postal code")
    return out


_HOUSE_RANGE = re.compile(r"^\s*(\d{1,6})\s?[-–]\s?(\d{1,6})\s+(?=[^\W\d_])")


def house_range(case: Address, bill: Address) -> str | None:
    """"240-244 Harbor View Rd" against "242 Harbor View Rd": a building's range of house
    numbers and one number in it (same parity, same side of the street), the rest alike; the
    range as printed, else None. A Canadian unit-civic "4-123" and a Queens "123-45" (its second
    part smaller) are one house, no range."""
    for ranged, single in ((bill, case), (case, bill)):
        m = _HOUSE_RANGE.match(ranged.line1)
        one = re.match(r"\s*(\d{1,6})\s+(?=[^\W\d_])", single.line1)
        if m is None or one is None or _CA_POSTAL.match(ranged.postal_code.strip()):
            continue
        low, high, house = int(m.group(1)), int(m.group(2)), int(one.group(1))
        if not (low < high <= low + 100 and low <= house <= high and house % 2 == low % 2):
            continue
        rest = replace(ranged, line1=f"{house} {ranged.line1[m.end():]}")
        if not differences(single, rest):
            return f"{low}-{high}"
    return None


def hyphen_house(case: Address, bill: Address) -> str | None:
    """'16-7719 Willow Ave' against '7719 Willow Ave, unit 16': outside Canada a hyphenated house
    number is one number (Hawaii's '16-7719', Queens' '123-45') as often as a unit before the
    house, so the two readings cannot be told apart from the page. The hyphenated line as
    printed when reading it as a unit makes the addresses agree, else None."""
    for hyphened, other in ((bill, case), (case, bill)):
        m = _UNIT_CIVIC.match(hyphened.line1)
        if m is None or hyphened.line2.strip() or not other.line2.strip() or (
                hyphened.country == "CA" or _CA_POSTAL.match(hyphened.postal_code.strip())):
            continue
        as_unit = replace(hyphened, line1=m.group("street"), line2=f"# {m.group('unit')}")
        if addresses_equivalent(other, as_unit):
            return hyphened.line1.strip()
    return None


def addresses_exact(case: Address, bill: Address) -> bool:
    return (case.line1, case.line2, case.city, case.state.upper(), case.postal_code) == (
        bill.line1, bill.line2, bill.city, bill.state, bill.postal_code)


def addresses_equivalent(case: Address, bill: Address) -> bool:
    """Same place written differently; any digit of house number, unit or ZIP off is not."""
    case, bill = placed(case), placed(bill)
    if _digits(case) != _digits(bill) or not zips_agree(case.postal_code, bill.postal_code):
        return False
    if not units_agree(case.line2, bill.line2):
        return False
    if state_code(case.state) != state_code(bill.state) or city_key(case.city) != city_key(
            bill.city):
        return False
    if street_key(case.line1) == street_key(bill.line1):
        return True
    nc, nb = _normal(case), _normal(bill)
    # line2 was judged above; scourgify writes "# 400" and "STE 400" differently on purpose
    return nc is not None and nb is not None and (nc[0], nc[2]) == (nb[0], nb[2])
