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
from portdesk.loa.vocabulary import normalise

_SLOT_OF = {LoaField.NUMBERS: LoaField.NUMBER, LoaField.REMAINING_NUMBERS: LoaField.REMAINING_NUMBER}
_SAME_ROW = 3.0  # points between the bottoms of two blanks of one row


def lists_side_by_side(founds: Sequence[Found]) -> None:
    """Two or more one-line blanks of one row read as the same list: each a slot of it."""
    for whole, slot in _SLOT_OF.items():
        _tails_of_the_list(founds, whole)
        lists = [f for f in founds if f.field == whole and f.blank.lines == 1]
        for f in lists:
            row = [o for o in lists if o.blank.page == f.blank.page
                   and abs(o.blank.rect[1] - f.blank.rect[1]) < _SAME_ROW]
            if len(row) < 2 or not all(o.field == whole for o in row):
                continue
            for o in row:
                o.field = slot
                o.note("one of a row of one-line blanks for the list: a number each")


def _tails_of_the_list(founds: Sequence[Found], whole: LoaField) -> None:
    """"Numbers that stay with the current operator (partial only)" printed over two boxes: the
    box under the line's tail read the tail alone ("current operator": the carrier), though
    the phrase is the first box's label whole. A one-line blank of the same row and size whose
    label is the end of a list blank's label is another blank of that list."""
    for f in [f for f in founds if f.field == whole and f.blank.lines == 1]:
        head = normalise(f.evidence)
        for o in founds:
            tail = normalise(o.evidence)
            if o is f or o.field == whole or o.blank.page != f.blank.page or not tail \
                    or len(tail) >= len(head) or not head.endswith(tail) \
                    or o.blank.rect[0] <= f.blank.rect[0] \
                    or abs(o.blank.rect[1] - f.blank.rect[1]) >= _SAME_ROW \
                    or abs(o.blank.height - f.blank.height) > 3:
                continue
            o.note(f"under the end of the list's label '{f.evidence}'")
            o.field, o.confidence = whole, f.confidence
