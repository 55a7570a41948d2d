"""A service address the bill prints without its ZIP: street, then 'Livingston, MT' and no code.

The address reader needs a City-ST-ZIP line to end an address, so a bill that leaves the ZIP off
its service location (small carriers' one-town bills do) read as printing no service address at
all: "not found", though the page labels the typed street as the place of service. What the page
prints can agree with the case, but the ZIP stays unproven: a question for the eye, never a
match; and never a mismatch either, the bill giving no ZIP to disagree with.
"""

from __future__ import annotations

import re

from portdesk.bills.addrmatch import fold, placed
from portdesk.bills.context import Context
from portdesk.bills.findaddr import _column_lines, _hook, _starts, address_places
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import primary_place
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import FieldCheck, Verdict
from portdesk.domain.case import CA_PROVINCES, US_STATES, Address

_CITY_STATE = re.compile(r"^\s*(?P<city>[^\W\d_][^\d,]*?),?\s+(?P<state>[A-Z]{2})\.?\s*$")


def without_zip(index: BillIndex, typed: Address) -> FieldCheck | None:
    """The typed street printed where the bill gives the service address, down its column to a
    'City, ST' line with no ZIP: unverifiable with that evidence (city and state agreeing or
    not, said in the reason)."""
    hook = _hook(placed(typed).line1)
    if hook is None or not typed.postal_code.strip():
        return None
    for page in index.pages:
        for seg in page.segments:
            for start in _starts(seg, hook):
                place = primary_place(address_places(page, seg, start), "service_address")
                if place.context != Context.SERVICE:
                    continue
                under = _column_lines(page, seg)[1:3]
                town = _town_line(under)
                if town is None:
                    continue
                line, city, state = town
                between = [s.text.strip() for s in under[:under.index(line)]]
                agree = fold(city) == fold(typed.city) and state == typed.state.strip().upper()
                shown = ", ".join([" ".join(w.text for w in seg.words[start:]), *between,
                                   line.text.strip()])
                reason = ("the bill prints this service address without a ZIP (street, city "
                          "and state agree); check the ZIP with the carrier or a CSR") if agree \
                    else ("the bill prints the service address without a ZIP, in another "
                          f"town (\"{line.text.strip()}\"); compare it by eye")
                return FieldCheck("service_address", Verdict.UNVERIFIABLE, typed.one_line(),
                                  shown, reason, None, Evidence.of(seg, line))
    return None


def _town_line(lines: list[Segment]) -> tuple[Segment, str, str] | None:
    """The first of the lines under the street that is 'City, ST' and nothing else."""
    for line in lines:
        m = _CITY_STATE.match(line.text)
        if m is not None and (m.group("state") in US_STATES or m.group("state") in CA_PROVINCES):
            return line, m.group("city"), m.group("state")
    return None
