"""A page's sections: a heading across the page names what the lines under it are.

Split from pageindex.py (which asks these for each place a typed value was found): a heading in
bigger type or capitals alone on its line, not the page's letterhead and not a web address, and
a section about one address ends with the first address printed in it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from portdesk.bills.context import Context, Place
from portdesk.bills.layout import Segment
from portdesk.bills.pagecolumns import ONE_ADDRESS, PLURAL
from portdesk.bills.structure import ends_address

if TYPE_CHECKING:
    from portdesk.bills.pageindex import PageIndex

_CUSTOMERS = frozenset({Context.NUMBERS, Context.BTN, Context.ACCOUNT, Context.NAME,
                        Context.SERVICE, Context.BILLING})
_WEB = re.compile(r"(?i)\b[a-z0-9-]+\.(?:com|net|org|ca|us|io|biz)\b|\bwww\.|@")


def section_place(index: PageIndex, seg: Segment) -> Place | None:
    """A heading across the page above (bigger type or alone on its line) names the section;
    a section about one address ends with the first address printed in it."""
    key = ("section", seg.line, seg.x0, seg.x1)  # a heading may head one column only
    if key not in index._memo:
        index._memo[key] = _section_of(index, seg)
    found: tuple[Place, int, float] | None = index._memo[key]  # type: ignore[assignment]
    if found is None:
        return None
    place, line, left = found
    if left > seg.x1 + 6:
        return None  # a heading over the right column only ("SERVICE LOCATION") sections
        # none of the left column's lines (the mailing block beside it)
    if place.context in ONE_ADDRESS and not PLURAL.search(place.label) and any(
            line < n < seg.line for n in address_ends(index)):
        return None
    return place

def letterhead(index: PageIndex, head: Segment) -> bool:
    """The page's top line in large type ("Granite Line Telecom") makes nothing under it the
    customer's; a help heading there still makes what is under it the carrier's."""
    return bool(index.order) and head.line == index.order[0] and (
        head.height >= index.body_height * 1.15) and index.kind(head.text) in _CUSTOMERS

def address_ends(index: PageIndex) -> list[int]:
    """The lines that end an address, found once per page."""
    key = ("ends",)
    if key not in index._memo:
        index._memo[key] = [n for n in index.order if any(ends_address(s)
                                                        for s in index.lines[n])]
    return index._memo[key]  # type: ignore[return-value]

_COLUMN_GAP = 60.0  # points between two halves of a sheet, or two columns of a page


def _apart(row: list[Segment], head: Segment) -> bool:
    """Every other segment of the heading's line is a column's width away from it."""
    return all(s is head or s.x0 >= head.x1 + _COLUMN_GAP or s.x1 <= head.x0 - _COLUMN_GAP
               for s in row)


def _section_of(index: PageIndex, seg: Segment) -> tuple[Place, int, float] | None:
    for n in index.lines_above(seg)[:60]:
        # alone on its line, or, on a landscape sheet printed two-up (two bill pages side by
        # side), alone over the segment's own half: the other half's words share its line (a
        # portrait page's heading beside a sidebar box heads no column of its own)
        row = index.lines[n]
        if len(row) > 1 and index.page.width > index.page.height:
            row = [s for s in row if s.x1 >= seg.x0 - _COLUMN_GAP and s.x0 <= seg.x1 + _COLUMN_GAP]
            if len(row) != 1 or not _apart(index.lines[n], row[0]):
                continue
        elif len(row) != 1:
            continue
        head = row[0]
        big = head.height >= index.body_height * 1.15
        if not index.is_label(head) or not (big or head.text.isupper()) or _WEB.search(
                head.text):
            continue  # a web address says where to go, not what the lines below are
        ctx = index.kind(head.text)
        if letterhead(index, head):
            continue
        if ctx not in (Context.NONE, Context.OTHER_ID):  # "Invoice" titles the whole page
            return Place(ctx, head.text, "section"), n, head.x0
    return None
