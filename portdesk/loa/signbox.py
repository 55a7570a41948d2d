"""The box to sign in, found by its place beside the date of signing when no words name it.

A form whose caption over its signature box is hidden (a widget drawn over it, a smudge, a
picture OCR read too unsurely) still prints "Date of signature [____]" beside the box: a
specialist signs in the large empty box on that row, left of the date. Only when no other
place to sign was read, only a box (not a line: the foot-row rule covers lines), and only one.
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.layoutonly import LAYOUT
from portdesk.loa.ticks import Found

_WIDE, _TALL = 140.0, 24.0  # points: a box a signature is written in is at least this big
_GAP = 40.0  # points between the box's right edge and the date's blank
_SURE = 0.7  # above the mapping's line (0.6), under any label read beside a blank
_BOXES = frozenset({"cell", "box"})


def signature_box_beside_date(founds: Sequence[Found]) -> None:
    """No place to sign read: the one large unlabelled box on the signing date's row, ending
    just left of it, is the signature's."""
    if any(f.field == LoaField.SIGNATURE for f in founds):
        return
    dates = [f for f in founds if f.field == LoaField.DATE_SIGNED and f.confidence >= _SURE]
    boxes = {id(b): b for d in dates for b in _boxes_left_of(d, founds)}
    if len(boxes) != 1:
        return
    box = next(iter(boxes.values()))
    box.field, box.confidence, box.source = LoaField.SIGNATURE, _SURE, LAYOUT
    box.note("the large empty box beside the date of signing")


def _boxes_left_of(date: Found, founds: Sequence[Found]) -> list[Found]:
    d = date.blank.rect
    return [f for f in founds if f.blank.page == date.blank.page and f.field is None
            and f.blank.kind in _BOXES and f.blank.width >= _WIDE
            and f.blank.rect[3] - f.blank.rect[1] >= _TALL
            and 0 <= d[0] - f.blank.rect[2] <= _GAP
            and f.blank.rect[1] - 2 <= (d[1] + d[3]) / 2 <= f.blank.rect[3] + 2]
