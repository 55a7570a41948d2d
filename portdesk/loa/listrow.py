"""A list asked in blanks side by side: "these numbers stay: [______] [______]".

A line over a row of one-line blanks ("Nur bei Teilportierung: diese Rufnummern bleiben beim
bisherigen Betreiber" over two boxes) reads as the list of numbers on each of them, and each
would hold the whole list: every number written twice. A one-line blank holds one number, so the
row's blanks are slots of that list, one number each, left to right (a blank of several lines
keeps the whole list).
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.ticks import Found

_SLOT_OF = {LoaField.NUMBERS: LoaField.NUMBER, LoaField.REMAINING_NUMBERS: LoaField.REMAINING_NUMBER}
_SAME_ROW = 3.0  # points between the bottoms of two blanks of one row


def lists_side_by_side(founds: Sequence[Found]) -> None:
    """Two or more one-line blanks of one row read as the same list: each a slot of it."""
    for whole, slot in _SLOT_OF.items():
        lists = [f for f in founds if f.field == whole and f.blank.lines == 1]
        for f in lists:
            row = [o for o in lists if o.blank.page == f.blank.page
                   and abs(o.blank.rect[1] - f.blank.rect[1]) < _SAME_ROW]
            if len(row) < 2 or not all(o.field == whole for o in row):
                continue
            for o in row:
                o.field = slot
                o.note("one of a row of one-line blanks for the list: a number each")
