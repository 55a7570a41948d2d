"""Addresses on scans: a house number lost in the pixels at the start of a table cell.

A table of locations prints each site's street in one column; when OCR loses the house number
at the start of a cell ('Ridge Blvd' where the print reads '7165 Ridge Blvd'), the cell starts
right of its column's other cells and the rest of the row (city, ZIP) reads as typed. The bill
then neither shows the typed house number nor another one: the typed address cannot be called
a mismatch with another row's address (geometry and the typed value only, no layout).
"""

from __future__ import annotations

import re

from portdesk.bills.addrmatch import street_key
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.values import Evidence
from portdesk.domain.case import Address

_HOUSE = re.compile(r"^\s*\d+[A-Za-z]?\s+(?=\S)")


def house_lost(index: BillIndex, typed: Address) -> Evidence | None:
    """The typed street without its house number, at the start of a scanned cell whose line
    also reads the typed ZIP (or postal code): the house number is lost, not another one."""
    if not _HOUSE.match(typed.line1) or not typed.postal_code:
        return None
    rest = street_key(_HOUSE.sub("", typed.line1))
    postal = re.sub(r"\W", "", typed.postal_code).upper()[:5]
    if len(rest) < 2 or len(postal) < 5:
        return None
    for page in index.pages:
        if page.page.source != "ocr":
            continue
        for row in page.lines.values():
            flat = re.sub(r"\W", "", " ".join(s.text for s in row)).upper()
            if postal not in flat:
                continue
            for seg in row:
                if street_key(seg.text)[:len(rest)] == rest and _starts_late(page.lines, seg):
                    return Evidence.of(seg)
    return None


def _starts_late(lines: dict[int, list[Segment]], seg: Segment) -> bool:
    """`seg` starts right of the left edge its column's other cells share (the width of a
    lost word or more), on the lines next to it."""
    near = [o for n in range(seg.line - 3, seg.line + 4) if n != seg.line
            for o in lines.get(n, []) if o.x0 < seg.x0 <= o.x1]
    return any(seg.x0 - o.x0 >= 1.2 * seg.height and _HOUSE.match(o.text) for o in near)
