"""The box to sign in, found by its place beside the date of signing when no words name it.

A form whose caption over its signature box is hidden (a widget drawn over it, a smudge, a
picture OCR read too unsurely) still prints "Date of signature [____]" beside the box: a
specialist signs in the large empty box on that row, left of the date. Only when no other
place to sign was read, only a box (not a line: the foot-row rule covers lines), and only one.

A signature block drawn as a column of lines under a party's heading ("CUSTOMER": the
signature line, then "Printed name", then "Date") captions every line but the first: the
signature line is the one a heading stands over, with nothing printed under it. When no
other place to sign was read and the date of signing was read surely on a line, the top line
of its column (same left edge, lines stacked close, none read surely as another value than
the signer's printed name) that has no caption of its own is the signature's; a column whose date is another party's (the
witness's beside it) is never read, as no date of ours heads it.
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText
from portdesk.loa.layoutonly import LAYOUT
from portdesk.loa.ticks import Found

_WIDE, _TALL = 140.0, 24.0  # points: a box a signature is written in is at least this big
_GAP = 40.0  # points between the box's right edge and the date's blank
_SURE = 0.7  # above the mapping's line (0.6), under any label read beside a blank
_BOXES = frozenset({"cell", "box"})
_LINES = frozenset({"leader", "gap"})
_EDGE = 3.0  # points between the left edges of the lines of one column
_STACK = 40.0  # points between two lines of one signature block, one under the other
_CAPTION = 11.0  # points under a line where its own caption is printed
_UNSURE = 0.6  # the mapping's line: a reading under it is no value of the line


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


def signature_atop_the_dates_column(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    """No place to sign read: the uncaptioned line atop the signing date's column of lines."""
    if any(f.field == LoaField.SIGNATURE for f in founds):
        return
    tops = {id(t): t for d in founds if d.field == LoaField.DATE_SIGNED
            and d.confidence >= _SURE and d.blank.kind in _LINES
            for t in [_top_of_column(d, founds, texts[d.blank.page])] if t is not None}
    if len(tops) != 1:
        return
    top = next(iter(tops.values()))
    top.field, top.confidence, top.source = LoaField.SIGNATURE, _SURE, LAYOUT
    top.note("the uncaptioned line atop the column of the date of signing")


def _top_of_column(date: Found, founds: Sequence[Found], text: PageText) -> Found | None:
    column = sorted((f for f in founds if f.blank.page == date.blank.page
                     and f.blank.kind in _LINES
                     and abs(f.blank.rect[0] - date.blank.rect[0]) <= _EDGE
                     and f.blank.rect[1] > date.blank.rect[3]),
                    key=lambda f: f.blank.rect[1])
    here, stack = date, []
    for f in column:
        if f.blank.rect[1] - here.blank.rect[3] > _STACK:
            break
        if f.field is not None and f.confidence >= _UNSURE and \
                f.field != LoaField.AUTHORIZED_NAME:
            return None  # a value of its own read surely in the block, ours or another
            # party's ('Witness signature', 'Fax': NOT_OURS); the signer's printed name is the
            # block's own: not a bare column
        if _between(here, f, founds):
            return None
        stack.append(f)
        here = f
    if not stack:
        return None
    top = stack[-1]
    if top.blank.width < _WIDE or _captioned(top, text) or (
            top.field is not None and top.confidence >= _UNSURE):
        return None  # (the signer's printed name read surely atop the column, its label over
        # it: the name's line, never the signature's)
    return top


def _between(lower: Found, upper: Found, founds: Sequence[Found]) -> bool:
    """Another blank on the rows between two lines of the column, overlapping them across."""
    lo, hi = lower.blank.rect, upper.blank.rect
    return any(f is not lower and f is not upper and f.blank.page == lower.blank.page
               and lo[3] < (f.blank.rect[1] + f.blank.rect[3]) / 2 < hi[1]
               and f.blank.rect[0] < max(lo[2], hi[2]) and f.blank.rect[2] > min(lo[0], hi[0])
               for f in founds)


def _captioned(line: Found, text: PageText) -> bool:
    """Words printed just under the line or on its row before it: its own caption."""
    x0, y0, x1, _y1 = line.blank.rect
    under = [w for w in text.words if w.x1 > x0 and w.x0 < x1
             and y0 - _CAPTION <= (w.y0 + w.y1) / 2 < y0 + 1 and not w.is_blank]
    before = [w for w in text.line_of(line.blank.rect) if w.x1 <= x0 + 1 and not w.is_blank]
    return bool(under or before)
