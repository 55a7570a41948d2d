"""The customer's own departments in the list of its lines: "Customer Service 302-555-0118".

A business names its lines after its departments, and the strongest of those names are the very
words a carrier heads its help lines with ("Customer Service", "Technical Support"). What tells
them apart is not the words but the list: a geographic number of the same exchange as a line the
bill surely lists, printed in that line's column a few lines from it, named by a department alone
(no call to action, no hours, no "repair"), is one of the account's lines. A toll-free number
stays the carrier's, and so does any line that says more than a department's name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from portdesk.bills.context import Context, Place, fold
from portdesk.bills.findbase import Found
from portdesk.bills.placerank import Sighting, number_rank
from portdesk.domain.numbers import TOLL_FREE_NPAS

_DEPARTMENT = re.compile(
    r"^\W*(?:customer (?:service|care|support)s?|technical support|tech support|support|"
    r"help ?desk|service desk|client services?|service (?:a la )?client(?:e|ele)?|"
    r"soutien(?: technique)?|reception|front desk)\W*$")
_NEAR_LINES = 4.5  # how far down the list a department's number may sit from a mate, in lines


def department_lines(phones: dict[str, list[Found]],
                     sightings: dict[str, list[Sighting]]) -> None:
    """Re-place in `phones` the numbers named by a department alone that sit in the list of the
    account's lines (see the module's docstring): their place becomes that list's."""
    listed = [f for e164, found in phones.items()
              if number_rank(e164, sightings[e164])[0] == 2 for f in found if f.whole]
    mates = {id(f): e164 for e164, found in phones.items() for f in found}
    changed = True
    while changed:
        changed = False
        for e164, found in phones.items():
            if e164[2:5] in TOLL_FREE_NPAS:
                continue
            for i, f in enumerate(found):
                help_place = _department(f)
                if help_place is None or not _in_list(f, e164, listed, mates):
                    continue
                place = Place(Context.NUMBERS, help_place.label, help_place.relation)
                found[i] = replace(f, places=(place, *(p for p in f.places
                                                        if p is not help_place)))
                listed.append(found[i])
                mates[id(found[i])] = e164
                changed = True


def _department(f: Found) -> Place | None:
    first = f.places[0] if f.places else None
    if first is None or first.context != Context.HELP or first.relation not in ("line", "block"):
        return None
    return first if _DEPARTMENT.match(fold(first.label)) else None


def _in_list(f: Found, e164: str, listed: list[Found], mates: dict[int, str]) -> bool:
    """A surely listed line of the same exchange in the number's column, a few lines away."""
    x0, top, _, bottom = f.evidence.bbox
    height = max(bottom - top, 1.0)
    for mate in listed:
        mx0, mtop, _, _ = mate.evidence.bbox
        if mate.evidence.page != f.evidence.page or mates.get(id(mate), "")[:8] != e164[:8]:
            continue
        if abs(mx0 - x0) <= 6 and 0 < abs(top - mtop) <= _NEAR_LINES * height * 1.4:
            return True
    return False
