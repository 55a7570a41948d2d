"""The same form printed twice side by side ("ejemplar para el cliente | para el operador",
"customer copy | provider copy"): every row of the second copy mirrors the first's, the same
label over a blank of the same width on the same row, one fixed distance to the right. Each
copy is the customer's, so a value the case has once goes in both (and both are signed).

A copy is told by its shape, not its words: enough blanks read as the same field at the same
height and width, all at one distance apart. Two blocks that merely sit side by side (service |
billing address, holder | authorised person) read different fields and are no copies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS

_ROW = 2.0  # points two mirrored blanks' bottoms may differ
_WIDTH = 2.0  # points their widths may differ
_STEP = 4.0  # points the distance between two copies is rounded to
_APART = 100.0  # the second copy starts at least this far right of the first
_PAIRS = 4  # so many mirrored blanks make two copies
_FIELDS = 3  # of so many different fields at least, outside a numbers table
_TABLE_FIELDS = frozenset({LoaField.NUMBER, LoaField.REMAINING_NUMBER, LoaField.NUMBERS,
                           LoaField.REMAINING_NUMBERS, LoaField.AREA_CODE,
                           LoaField.PORT_CHOICE})


def copy_offsets(founds: Sequence[Found]) -> dict[int, float]:
    """Per page, how far right the second copy of the form sits (no entry: no copies)."""
    read = [f for f in founds if f.field is not None and f.field != NOT_OURS]
    steps: dict[int, Counter[float]] = {}
    fields: dict[tuple[int, float], set[object]] = {}
    for a in read:
        for b in read:
            if _mirrors(a, b):
                dx = round((b.blank.rect[0] - a.blank.rect[0]) / _STEP) * _STEP
                steps.setdefault(a.blank.page, Counter())[dx] += 1
                if a.field not in _TABLE_FIELDS:
                    fields.setdefault((a.blank.page, dx), set()).add(a.field)
    out: dict[int, float] = {}
    for page, counts in steps.items():
        dx, n = counts.most_common(1)[0]
        # two tables of number slots side by side (1-4 | 5-8, area code | number twice)
        # mirror the numbers' fields only: a copy repeats the holder's rows too
        if n >= _PAIRS and len(fields.get((page, dx), ())) >= _FIELDS:
            out[page] = dx
    return out


def is_copy_of(f: Found, first: Found, offsets: dict[int, float]) -> bool:
    """f is first's blank in the second copy of the form."""
    dx = offsets.get(f.blank.page)
    return dx is not None and f.field == first.field and f.blank.part == first.blank.part and \
        _mirrors(first, f) and abs(f.blank.rect[0] - first.blank.rect[0] - dx) <= _STEP


def _mirrors(a: Found, b: Found) -> bool:
    ra, rb = a.blank.rect, b.blank.rect
    return a is not b and a.field == b.field and a.blank.page == b.blank.page and \
        abs(ra[1] - rb[1]) <= _ROW and abs((ra[2] - ra[0]) - (rb[2] - rb[0])) <= _WIDTH and \
        rb[0] - ra[0] >= _APART
