"""The numbers that stay asked on a row of lines under one label.

"Only for a partial port: the numbers that stay with the current provider" over two lines side
by side: the label reads as the first line's only, yet the line beside it, with no label of its
own, is more room for the same list. Each line then takes one number that stays (both numbers
had gone into the first line, and the second line had been left to a label under it).
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.ticks import Found

_LINES = frozenset({"leader", "gap", "line"})
_ROW_GAP = 60.0  # points at most between two lines of one row
_OWN = frozenset({"label (left)", "label (above)", "label (right)", "label (caption)"})


def staying_row_continued(founds: Sequence[Found]) -> None:
    """A line for the numbers that stay, labelled above, and the lines right of it on its row
    that have no label of their own: one number that stays on each."""
    for f in [f for f in founds if f.field == LoaField.REMAINING_NUMBERS
              and f.blank.kind in _LINES and f.source == "label (above)"]:
        row = [f]
        for o in sorted(founds, key=lambda o: o.blank.rect[0]):
            last = row[-1].blank.rect
            if o is f or o.blank.page != f.blank.page or o.blank.kind not in _LINES or \
                    o.source in _OWN or abs(o.blank.rect[1] - last[1]) > 2 or \
                    not 0 <= o.blank.rect[0] - last[2] <= _ROW_GAP:
                continue
            row.append(o)
        if len(row) < 2:
            continue
        for cell in row:
            cell.field = LoaField.REMAINING_NUMBER
            cell.confidence = max(cell.confidence, 0.8)
            cell.note(f"one of the numbers that stay, on the row under '{f.evidence}'")
