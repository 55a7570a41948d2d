"""An address printed as a form: each part on its own row under its own label ("Street / Unit /
City / Province / Postal Code"), the value beside it, in either column order.

No line of such an address is a "City, ST ZIP" line and no street line has its town under it, so
neither reading by shape (openaddr.py) nor down a column (findaddr.py) can see it. The labels say
which part each value is: the rows are read as one address, and the form's place (the heading
over its first row) says whose it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from portdesk.bills.addrparse import STREET_START, UNIT_FIRST, parse_address_lines
from portdesk.bills.context import Place
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import PageIndex
from portdesk.domain.case import Address

_PARTS = {
    "street": r"street(?: address| name| & number)?|address(?: line)? ?1|civic(?: address| "
              r"number)?|(?:num[ée]ro et )?rue|adresse(?: civique)?|calle|direcci[óo]n",
    "unit": r"unit|suite|ste|apt|apartment|floor|room|bureau|app(?:artement)?|local|"
            r"address(?: line)? ?2|(?:unit|suite|apt)\s*/\s*(?:unit|suite|apt)",
    "city": r"city|town|municipality|ville|locality|ciudad|municipio|pueblo",
    "state": r"state|province|prov|estado|(?:state|province)\s*/\s*(?:state|province)",
    "zip": r"zip(?: code)?|postal code|postcode|code postal|c[óo]digo postal|"
           r"(?:zip|postal)(?: code)?\s*/\s*(?:zip|postal)(?: code)?",
    "city_state": r"(?:city|town|ville)\s*[/,]\s*(?:state|province|prov)",
    "csz": r"(?:city|town|ville)\s*[/,]\s*(?:state|province|prov)\s*[/,]\s*(?:zip|postal)"
           r"(?: code)?",
}
_LABEL = {part: re.compile(rf"(?i)^(?:{words})\.?\s*:?$") for part, words in _PARTS.items()}
_INLINE = re.compile(r"^(?P<label>[^:]{2,30}):\s*(?P<value>\S.*)$")  # "Street: 240 Harbor View Rd"


@dataclass(frozen=True, slots=True)
class _Row:
    part: str
    label: Segment
    value: Segment | None  # None: the label's own segment holds the value after its colon
    text: str


@dataclass(frozen=True, slots=True)
class FormAddress:
    address: Address
    street: Segment  # the street's value
    used: tuple[Segment, ...]  # the values, street first
    places: tuple[Place, ...]


def _part(text: str) -> str | None:
    return next((p for p, rx in _LABEL.items() if rx.match(text.strip())), None)


def _row(index: PageIndex, seg: Segment) -> _Row | None:
    """A part's label with its value: right of it on its line, or left of it when the form
    prints values first; "Street: 240 Harbor View Rd" in one segment too."""
    part = _part(seg.text)
    if part is None:
        m = _INLINE.match(seg.text)
        if m is None or (part := _part(m.group("label"))) is None:
            return None
        return _Row(part, seg, None, m.group("value").strip())
    row = index.lines.get(seg.line, [])
    right = sorted((s for s in row if s.x0 >= seg.x1 - 1 and s is not seg), key=lambda s: s.x0)
    left = index.left_of(seg)
    for side in (right[:1], left[:1]):
        if side and _part(side[0].text) is None and side[0].x0 - seg.x1 < 260 and (
                seg.x0 - side[0].x1 < 260):
            return _Row(part, seg, side[0], side[0].text.strip())
    return None


def _forms(index: PageIndex) -> list[list[_Row]]:
    """Runs of part rows, one under the other, their labels in one column."""
    rows = sorted((r for s in index.segments if (r := _row(index, s)) is not None),
                  key=lambda r: r.label.top)
    forms: list[list[_Row]] = []
    for row in rows:
        for form in forms:
            last = form[-1].label
            gap = row.label.top - last.bottom
            if abs(row.label.x0 - last.x0) <= 8 and -1 <= gap <= 2.2 * max(last.height, 6.0):
                form.append(row)
                break
        else:
            forms.append([row])
    return forms


def _address(form: list[_Row]) -> Address | None:
    parts: dict[str, str] = {}
    for row in form:
        if row.part in parts:
            return None  # two streets: two addresses side by side, not one form
        parts[row.part] = row.text
    street, unit = parts.get("street"), parts.get("unit", "")
    if street is None or not STREET_START.match(street):
        return None
    if (unit and not any(c.isalnum() for c in unit)) or unit.upper() in ("N/A", "NA", "NONE"):
        unit = ""
    if unit and not UNIT_FIRST.match(unit) and not unit.startswith("#"):  # '# 1B' says 'unit'
        label = next(r.label.text for r in form if r.part == "unit").split("/")[0]
        unit = f"{label.strip(' :.')} {unit}" if _part(label) == "unit" and "line" not in (
            label.lower()) else unit
    town = parts.get("csz") or _town(parts)
    if town is None:
        return None
    return parse_address_lines([street, unit, town])


def _town(parts: dict[str, str]) -> str | None:
    """'City, ST ZIP' from the city, state and ZIP rows (or a 'City / Province' row)."""
    zip_code = parts.get("zip")
    place = parts.get("city_state")
    if place is None and "city" in parts and "state" in parts:
        place = f"{parts['city']}, {parts['state']}"
    if zip_code is None or place is None:
        return None
    return f"{place} {zip_code}"


def form_addresses(index: PageIndex) -> list[FormAddress]:
    """Every address the page prints as a form of rows, with the places of its first row."""
    key = ("form_addresses",)
    if key in index._memo:
        return list(index._memo[key])  # type: ignore[call-overload,no-any-return]
    out = []
    for form in _forms(index):
        address = _address(form)
        if address is None:
            continue
        street = next(r for r in form if r.part == "street")
        first = street.value or street.label
        used = [first, *(r.value or r.label for r in form if r is not street)]
        head = min((s for s in (form[0].label, form[0].value) if s is not None),
                   key=lambda s: s.x0)  # the left one of the first row, under the heading
        out.append(FormAddress(address, first, tuple(used), tuple(index.places(head))))
    index._memo[key] = tuple(out)
    return out
