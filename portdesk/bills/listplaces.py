"""Places of the values nothing labels on their own line: a row in a list of the account's lines
under its heading, a line in a block of the carrier's contact lines, a number under a call
detail heading.

Split from pageindex.py (the page's structure), which asks these after the line, column and block.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from portdesk.bills.context import Context, Place
from portdesk.bills.layout import Segment
from portdesk.bills.structure import PHONEISH, VALUE_WORD, heading_over, label_head

if TYPE_CHECKING:
    from portdesk.bills.pageindex import PageIndex

MAX_BLOCK_STEPS = 9


def is_heading(index: PageIndex, seg: Segment) -> bool:
    """A label or a short line without a value: what can head a block."""
    return index.is_label(seg) or (len(seg.words) <= 5 and not VALUE_WORD.search(seg.text))


def heading_of(index: PageIndex, seg: Segment) -> Segment | None:
    """The heading segment _walk_up stops at, for a value under it."""
    current = seg
    for _ in range(MAX_BLOCK_STEPS):
        up = index.up(current)
        if up is None:
            return None
        if is_heading(index, up) and index.kind(up.text) != Context.NONE:
            return up
        current = up
    return None

def list_heading(index: PageIndex, seg: Segment) -> Place | None:
    """The lines heading over a list of rows, each a name and a number ("Sales
    302-555-0117", "Billing 302-555-0118"): walked up from the row's first cell past the
    rows above it. A department word there names one of the customer's lines."""
    current = min(index.lines.get(seg.line, [seg]), key=lambda s: s.x0)
    column = current.x0
    own_row = abs(seg.x0 - column) <= 12  # the row's own first cell, not another column's
    for _ in range(3 * MAX_BLOCK_STEPS):
        up = index.up(current)
        if up is None:
            return opened_by(index, current, column) if own_row else None
        if any(PHONEISH.search(s.text) for s in index.lines.get(up.line, [])):
            current = up  # another row of the list
            continue
        ctx = index.kind(up.text) if is_heading(index, up) else Context.NONE
        if ctx == Context.NUMBERS:
            return Place(ctx, up.text, "block")
        return opened_by(index, current, column) if own_row else None
    return None


# the widest gap between a list's label and its first number on their row, in points
_LABEL_GAP = 120.0
# the words before a row's number ('Toll-free', none): a row opened by a label of its own kind
# ('Billing office') is no bare row of a list
_BEFORE_NUMBER = re.compile(r"^(\D{0,24}?)\W{0,2}\d")


def opened_by(index: PageIndex, top: Segment, column: float | None = None) -> Place | None:
    """'Lines and extensions:  (651) 555-0118' over rows of numbers in that column: the label
    left of a list's first row names the whole list, as a heading over it would. `column` is
    where the list's numbers start, when the label and the first number share one segment."""
    at = next((k for k, w in enumerate(top.words) if k and column is not None
               and abs(w.x0 - column) <= 12), None)
    if at is not None:
        text = " ".join(w.text for w in top.words[:at])
    else:
        left = [s for s in index.left_of(top) if s.page == top.page]
        if not left or top.x0 - max(s.x1 for s in left) > _LABEL_GAP:
            return None  # far left: another column's heading, not this row's label
        text = max(left, key=lambda s: s.x1).text
    if PHONEISH.search(text) or index.kind(text) != Context.NUMBERS:
        return None
    return Place(Context.NUMBERS, text, "block")


def list_opened(index: PageIndex, seg: Segment) -> Place | None:
    """A number nothing labels on its own row, under rows of numbers in its column whose first
    row a lines label opens on its left (opened_by): a row of that list. Without it, a 'Fax:'
    row of the list made the rows above it read as the carrier's contact block."""
    opening = _BEFORE_NUMBER.match(seg.text)
    if opening is None or index.kind(opening.group(1)) != Context.NONE:
        return None  # words before the number label its row ('Billing office'): not a list's
    current = seg
    for _ in range(3 * MAX_BLOCK_STEPS):
        up = index.up(current)
        if up is None or not PHONEISH.search(up.text) or not any(
                abs(w.x0 - seg.x0) <= 12 for w in up.words):
            break
        current = up
    return opened_by(index, current, seg.x0) if current is not seg else None

def off_the_list(index: PageIndex, seg: Segment) -> bool:
    """A row set under a list whose rows open with their numbers, opening itself with a name
    and its number off the list's number column: a line of its own under the list, not a row of
    it (the carrier's 'Customer Service 308-697-3333' printed under the table of the lines, the
    label where the table's numbers stand). Rows of one shape ('Sales 302-...' over 'Billing
    302-...'), or numbers in one column, are one list."""
    for line in index.lines_above(seg)[:3]:  # the nearest rows above, past a gap
        if any(PHONEISH.search(s.text) for s in index.lines.get(line, [])):
            return not _same_list(index, seg.line, line)
    return False


def _same_list(index: PageIndex, row: int, above: int) -> bool:
    mine, theirs = _opening(index, row), _opening(index, above)
    if mine is None or theirs is None or mine[0] == theirs[0]:
        return True
    return abs(mine[1] - theirs[1]) <= max(12.0, 1.5 * index.body_height)


def _opening(index: PageIndex, line: int) -> tuple[bool, float] | None:
    """Whether the row opens with its number, and where its first number starts."""
    words = sorted((w for s in index.lines.get(line, []) for w in s.words), key=lambda w: w.x0)
    digits = [w for w in words if sum(c.isdigit() for c in w.text) >= 3]
    if not words or not digits:
        return None
    return words[0] is digits[0], digits[0].x0


def call_detail_over(index: PageIndex, seg: Segment) -> Place | None:
    """A value nothing else places, under a call detail heading in its column: one of the
    calls' numbers. The column walk misses it when the table's own header is lost (a photo's
    skew, OCR dropping small type); the heading over the column still says what it is."""
    heading = heading_over(seg, (index.lines[n] for n in index.lines_above(seg)[:40]),
                           index.kind)
    if heading is not None and heading[1] == Context.USAGE:
        return Place(Context.USAGE, heading[0].text, "section")
    return None

def contact_block(index: PageIndex, seg: Segment) -> Place | None:
    """A line in a block of the carrier's contact lines ("Repair 1-513-565-1212" under it)
    is one of them, whatever its own label says."""
    if not PHONEISH.search(seg.text):
        return None
    for n in (seg.line - 2, seg.line - 1, seg.line + 1, seg.line + 2):
        for other in index.lines.get(n, []):
            if abs(other.x0 - seg.x0) > 12 or not PHONEISH.search(other.text):
                continue
            if abs(other.top - seg.top) > max(seg.height, index.body_height) * 3.2:
                continue
            head = label_head(other.text)
            if head and index.kind(head) == Context.HELP:
                return Place(Context.HELP, head, "block")
    return None
