"""A number no label places, on a bill that lists its lines: not shown to be one of them.

Where a bill prints no list of its lines, a phone number printed in passing may be the account's
only line (placerank ranks it "in passing", and the open extraction keeps it). Where the bill
does list its lines (a numbers label on a line or after it, over a column, heading a block), its
structure says which numbers are the customer's: a number outside that list that no label,
column, block or section places at all (a contact's number in a box the reader cannot place, a
call record's other end under a heading it does not know) is not shown to be a line. A number
in the column of the listed lines (its left edge where theirs is, on the same page: a row of the
same table whose description the reader does not know, 'PRI channel', 'Call Waiting') is a row
of that list and stays. The check (checkphones.py) never confirms a typed number so printed:
"not found", with its place as evidence. The open extraction does not use the rule yet: a grid
of the lines under a heading the reader cannot place would lose its numbers with it (session 24
measured it: blind21's 40 contacts' and call records' numbers left out, and a drawn grid's nine
lines lost). Geometry and labels only.
"""

from __future__ import annotations

from portdesk.bills.context import Context
from portdesk.bills.findbase import Found
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import DIRECT, Sighting
from portdesk.bills.values import Evidence

_LISTING = DIRECT | {"right"}
_ALIGN = 3.0  # points: how far apart the left edges of two rows of one column may start


def unplaced_beside_a_list(e164: str, sightings: list[Sighting], bill: BillIndex,
                           phones: dict[str, list[Found]]) -> bool:
    """True when nothing places `e164`, the bill lists other numbers as its lines, and no
    printing of it stands in their column."""
    if not sightings or any(s.context != Context.NONE for s in sightings):
        return False
    listed = _listed(bill, phones)
    if not any(n != e164 for n in listed):
        return False
    rows = [f.evidence for n in listed if n != e164 for f in phones[n]]
    return not any(_one_column(s.evidence, row) for s in sightings for row in rows)


def _one_column(a: Evidence, b: Evidence) -> bool:
    """In the listed line's column, or on its row (a grid of the lines across the page)."""
    return a.page == b.page and (abs(a.bbox[0] - b.bbox[0]) <= _ALIGN
                                 or abs(a.bbox[1] - b.bbox[1]) <= _ALIGN)


def _listed(bill: BillIndex, phones: dict[str, list[Found]]) -> frozenset[str]:
    """The numbers a line or billing-number label places itself: on the number's line or right
    after it ('Business Line'), over its column, heading its block (a section far above lists
    nothing)."""
    cached = bill.cache.get("lines a label lists")
    if isinstance(cached, frozenset):
        return cached
    out = frozenset(e164 for e164, found in phones.items() if any(
        p.context == Context.NUMBERS and p.relation in _LISTING
        for f in found if f.whole for p in f.places[:1]))
    bill.cache["lines a label lists"] = out
    return out
