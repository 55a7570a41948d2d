"""The text each placement gets, as this form wants it written.

The same value is written differently from one blank to the next: the service address is the
street line when the form asks for the town separately, the whole address otherwise; a date is
MM/DD/YYYY on a US form, JJ/MM/AAAA on a French one, "15 de septiembre de 20 26" in Spanish words;
a box for all the numbers gets them one per line, or several per line when they would not fit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from portdesk.domain.numbers import area_and_local
from portdesk.loa.areacode import LOCAL_AFTER_SHARED, SHARED, shared_area
from portdesk.loa.blanks import AFTER_PRINTED
from portdesk.loa.columns import RANGE
from portdesk.loa.fields import DATE_FIELDS, LoaField, LoaValues, date_format_for
from portdesk.loa.language import MONTHS
from portdesk.loa.mapping import Placement

_LINE_STEP = 13.0  # points per written line in a tall blank
_ADDRESS = {
    "service": (LoaField.SERVICE_ADDRESS, LoaField.STREET, LoaField.SUITE, LoaField.CITY,
                LoaField.STATE, LoaField.POSTAL_CODE),
    "billing": (LoaField.BILLING_ADDRESS, LoaField.BILLING_STREET, None, LoaField.BILLING_CITY,
                LoaField.BILLING_STATE, LoaField.BILLING_POSTAL_CODE),
}


def text_for(p: Placement, values: LoaValues, placements: Sequence[Placement],
             language: str) -> str:
    if p.row is not None and p.row >= len(values.numbers):
        return ""  # a numbers table's row without a number
    if p.field == LoaField.PORT_CHOICE:
        return p.choice
    if p.part.startswith(RANGE):
        return range_text(p.part[len(RANGE):], values.numbers)
    if p.field == LoaField.AREA_CODE and p.row is not None:
        code = area_and_local(values.numbers[p.row], values.country)[0]
        printed = p.part[len(AFTER_PRINTED):] if p.part.startswith(AFTER_PRINTED) else ""
        return code[len(printed):] if printed and code.startswith(printed) else code
    if p.field == LoaField.AREA_CODE and p.source == SHARED:
        return shared_area(values.numbers, values.country)
    if p.field in (LoaField.NUMBER, LoaField.REMAINING_NUMBER):
        items = values.numbers if p.field == LoaField.NUMBER else values.remaining
        if p.after_main:  # the column beside the main number's cell: the other numbers
            main = re.sub(r"\D", "", values.text.get(LoaField.BTN, ""))
            items = tuple(n for n in items if re.sub(r"\D", "", n) != main)
        ok = p.slot is not None and p.slot < len(items)
        number = items[p.slot] if ok and p.slot is not None else ""
        if number and p.part == "local":  # its area code has a column of its own
            return area_and_local(number, values.country)[1]
        if number and p.part.startswith(AFTER_PRINTED):  # "(01481) ____": the rest of a
            return _after_printed(number, p.part[len(AFTER_PRINTED):], values.country)
        if number and p.part == LOCAL_AFTER_SHARED and shared_area(items, values.country):
            return area_and_local(number, values.country)[1]  # the area code asked once
        return number
    if p.field in _SINGLE_PHONES and p.part.startswith(AFTER_PRINTED):  # "+43 [____]": the
        number = values.get(p.field)  # rest after the code the form prints; another
        return _after_printed(number, p.part[len(AFTER_PRINTED):], values.country) \
            if number else ""  # country's number is left empty, not cut
    if p.field in (LoaField.NUMBERS, LoaField.REMAINING_NUMBERS):
        items = values.numbers if p.field == LoaField.NUMBERS else values.remaining
        return _list(items, p)
    if p.field == LoaField.CONTACT_EMAIL and p.part == "before @":  # "[____] @ [____]"
        return values.get(p.field).split("@", 1)[0] if "@" in values.get(p.field) else ""
    if p.field in DATE_FIELDS:
        return _date(p, values, language)
    if p.field == LoaField.LOCALITY:
        return _locality(values, placements)
    if p.unless_holder and _same_person(values.get(LoaField.AUTHORIZED_NAME),
                                        values.get(LoaField.ACCOUNT_NAME)):
        return ""  # "Authorized user (if not the account holder)": the holder signs
    if p.field in _BILLING_TO_SERVICE and _billing_only(values, placements):
        p = replace(p, field=_BILLING_TO_SERVICE[p.field])  # the account's only address asked
    for family, names in _ADDRESS.items():
        if p.field in (names[0], names[1]):
            return _address(p, values, placements, family)
    return values.get(p.field)


_SINGLE_PHONES = frozenset({LoaField.CONTACT_PHONE, LoaField.BTN, LoaField.NEW_BTN})
_BILLING_TO_SERVICE = {
    LoaField.BILLING_ADDRESS: LoaField.SERVICE_ADDRESS, LoaField.BILLING_STREET: LoaField.STREET,
    LoaField.BILLING_CITY: LoaField.CITY, LoaField.BILLING_STATE: LoaField.STATE,
    LoaField.BILLING_POSTAL_CODE: LoaField.POSTAL_CODE}


def _billing_only(values: LoaValues, placements: Sequence[Placement]) -> bool:
    """A form asking for the billing address and for no other ("Billing street address on the
    wireless account"), and a case with no billing address of its own: the account's address,
    the one on the bill, is the service address the case holds."""
    service = set(_ADDRESS["service"])
    return not values.get(LoaField.BILLING_STREET) and not values.get(LoaField.BILLING_ADDRESS) \
        and not any(q.field in service for q in placements)


def _list(items: Sequence[str], p: Placement) -> str:
    """One per line; several per line (comma-separated) when the box has fewer lines."""
    if not items:
        return ""
    room = max(1, p.lines)
    per_line = max(1, math.ceil(len(items) / room))
    return "\n".join(", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line))


def _date(p: Placement, values: LoaValues, language: str) -> str:
    when = values.dates.get(p.field)
    if when is None:
        return ""
    if p.part == "day":
        return f"{when.day:02d}"
    if p.part == "month":
        if p.month_words:
            return MONTHS.get(language, MONTHS["en"])[when.month - 1]
        return f"{when.month:02d}"
    if p.part == "year":
        return str(when.year)
    if p.part == "year2":
        return f"{when.year % 100:02d}"
    return when.strftime(p.fmt or date_format_for(values.country, language))


def _address(p: Placement, values: LoaValues, placements: Sequence[Placement],
             family: str) -> str:
    whole, street, suite, city, state, postal = _ADDRESS[family]
    asked = {q.field for q in placements}
    line1 = values.get(street)
    if family == "service" and suite is not None and suite not in asked and values.get(suite):
        line1 = ", ".join(v for v in (line1, values.get(suite)) if v)
    if p.field == street or city in asked or (family == "service" and LoaField.LOCALITY in asked):
        return line1  # the form asks for the town on its own line: this is the street
    if postal in asked:  # "Address: ____  Postcode: ____": all but the postcode
        return ", ".join(v for v in (line1, values.get(city), values.get(state)) if v)
    if p.lines >= 2:
        if values.country in ("US", "CA", "GB", "IE"):
            town = " ".join(v for v in (values.get(city), values.get(state), values.get(postal))
                            if v)
        else:
            town = " ".join(v for v in (values.get(postal), values.get(city)) if v)
        return "\n".join(v for v in (line1, town) if v)
    return values.get(whole)


def _locality(values: LoaValues, placements: Sequence[Placement]) -> str:
    """'Chicago, IL 60654' (or '80337 München'): the parts the form does not ask for apart."""
    asked = {q.field for q in placements}
    city, state, postal = (values.get(f) if f not in asked else "" for f in
                           (LoaField.CITY, LoaField.STATE, LoaField.POSTAL_CODE))
    if values.country in ("US", "CA", "GB", "IE"):
        tail = " ".join(v for v in (state, postal) if v)
        return ", ".join(v for v in (city, tail) if v)
    return " ".join(v for v in (postal, city, state) if v)


def checked(p: Placement, values: LoaValues) -> bool:
    return values.checks.get(p.field, False)


def _same_person(a: str, b: str) -> bool:
    return bool(a) and " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _after_printed(number: str, printed: str, country: str) -> str:
    """The rest of the number after the area code the form prints before its line; a number
    of another area is not cut to fit (left empty: its own area code would be lost)."""
    wanted = "".join(ch for ch in printed if ch.isdigit())
    if printed.startswith("+"):  # the country code printed: the national number after it
        full = "".join(ch for ch in number if ch.isdigit())
        if not number.lstrip().startswith("+"):
            full = f"1{full}"  # a NANP number is shown without its +1
        return full[len(wanted):] if full.startswith(wanted) and len(full) > len(wanted) else ""
    area, local = area_and_local(number, country)
    digits = "".join(ch for ch in area if ch.isdigit())
    same = bool(digits) and (digits == wanted or digits.lstrip("0") == wanted.lstrip("0"))
    return local if same and local else ""


def range_text(part: str, numbers: Sequence[str]) -> str:
    """A ranges table's cell ("from 0", "to 0", "count 0"): row n is the case's n-th block of
    consecutive numbers (in the case's order), its first, its last or its count."""
    role, _, row = part.partition(" ")
    blocks: list[list[str]] = []
    for number in numbers:
        digits = "".join(c for c in number if c.isdigit())
        last = "".join(c for c in blocks[-1][-1] if c.isdigit()) if blocks else ""
        if blocks and digits and last and len(digits) == len(last) and \
                int(digits) == int(last) + 1:
            blocks[-1].append(number)
        else:
            blocks.append([number])
    n = int(row) if row.isdigit() else len(blocks)
    if n >= len(blocks):
        return ""
    block = blocks[n]
    return {"from": block[0], "to": block[-1], "count": str(len(block))}.get(role, "")
