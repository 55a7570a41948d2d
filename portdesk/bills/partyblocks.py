"""A number closing another party's address block is that party's: "Channel Partner" beside
"Customer", each over a name, an address and, under the partner's, its phone.

A bill that prints the customer's block under a holder's label ("Customer", "Bill To") may print
a second party's block beside it under a heading of its own: the agent or partner that sold the
service, with its name, address and phone. The phone under that block's city line is that
party's contact number, never one of the customer's lines, though no help word labels it. The
heading says whose the block is: a holder's label heads the customer's, any other heading on the
same line over a block of its own heads another party's.
"""

from __future__ import annotations

from portdesk.bills.addrparse import is_city_state_zip
from portdesk.bills.context import Context, Place
from portdesk.bills.findbase import Found
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import PageIndex

_ALIGN = 6.0
_PITCH = 1.9  # line heights between two lines of one block
_DEPTH = 6  # lines from a block's heading to its phone: the name, up to four address lines


def other_partys_number(index: PageIndex, seg: Segment, found: Found) -> Found:
    """Place a number under another party's block as that party's (see the module)."""
    if any(p.context in (Context.NUMBERS, Context.BTN) and p.relation == "line"
           for p in found.places):
        return found  # labelled a line on its own line
    heading = _heading_of_block(index, seg)
    if heading is None or index.kind(heading.text) == Context.NAME:
        return found
    if not any(index.kind(s.text) == Context.NAME and _heads_block(index, s)
               for s in index.lines.get(heading.line, []) if s is not heading):
        return found
    place = Place(Context.HELP, f"another party's block ({heading.text})", "block")
    keep = tuple(p for p in found.places if p.context not in (Context.NUMBERS, Context.BTN))
    return Found(found.form, found.evidence, (place, *keep), found.read_conf, found.whole)


def _above(index: PageIndex, seg: Segment) -> Segment | None:
    for n in (seg.line - 1, seg.line - 2):
        cell = next((c for c in index.lines.get(n, []) if abs(c.x0 - seg.x0) <= _ALIGN), None)
        if cell is not None:
            gap = seg.top - cell.bottom
            return cell if -1 <= gap <= _PITCH * max(seg.height, 6.0) else None
    return None


def _heading_of_block(index: PageIndex, seg: Segment) -> Segment | None:
    """The heading over the block the number ends: its city line right above, then the
    address and the name, then the heading (a line that is no address line)."""
    city = _above(index, seg)
    if city is None or not is_city_state_zip(city.text):
        return None
    lines = [city]
    while len(lines) < _DEPTH and (up := _above(index, lines[-1])) is not None:
        lines.append(up)
    return lines[-1] if len(lines) >= 3 else None


def _heads_block(index: PageIndex, head: Segment) -> bool:
    """A heading with a name and a city line under it, at its left edge."""
    lines = []
    current = head
    for n in range(head.line + 1, head.line + _DEPTH + 1):
        cell = next((c for c in index.lines.get(n, []) if abs(c.x0 - head.x0) <= _ALIGN), None)
        if cell is None or cell.top - current.bottom > _PITCH * max(current.height, 6.0):
            break
        lines.append(cell)
        current = cell
    return len(lines) >= 3 and any(is_city_state_zip(c.text) for c in lines[1:])
