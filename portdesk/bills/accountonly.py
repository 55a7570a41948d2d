"""A phone-shaped account number is the account, not a line, where the bill lists its lines.

'Numéro de compte 901 428 3916': ten digits labelled as the account read like a phone number,
and an account label on a number's own line ranks it as one of the account's numbers
(placerank: wireline accounts often are the billing number). That holds when nothing else on the
bill says which the lines are. When the bill does list lines (a table, a list, a labelled BTN)
and this number is printed nowhere among them, only as the account, the bill's structure says
it is the account's reference: not one of its numbers. Geometry and labels only.
"""

from __future__ import annotations

from portdesk.bills.context import Context
from portdesk.bills.findbase import Found
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import Sighting, rank

_LISTS = frozenset({Context.NUMBERS, Context.BTN})


def account_only(e164: str, sightings: list[Sighting], bill: BillIndex,
                 phones: dict[str, list[Found]]) -> Sighting | None:
    """The sighting of `e164` as the account number when that is all the bill makes of it as
    a line, and the bill lists other numbers as its lines; else None."""
    as_line = [s for s in sightings if s.whole and rank("numbers", s) == 2]
    if not as_line or any(s.context != Context.ACCOUNT for s in as_line):
        return None
    if not any(n != e164 for n in listed_lines(bill, phones)):
        return None  # nothing else lists the lines: the account's number may be the line
    return as_line[0]


def listed_lines(bill: BillIndex, phones: dict[str, list[Found]]) -> frozenset[str]:
    """The numbers the bill prints as lines: under a numbers label or a BTN label (on its line,
    over its column, heading its block or list)."""
    cached = bill.cache.get("listed lines")
    if isinstance(cached, frozenset):
        return cached
    from portdesk.bills.findphones import number_sightings

    out = frozenset(e164 for e164, found in phones.items()
                    if any(s.context in _LISTS and s.whole
                           for s in number_sightings(e164, found)))
    bill.cache["listed lines"] = out
    return out
