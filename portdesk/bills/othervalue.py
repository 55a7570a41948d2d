"""A reading beside the typed value that is the bill's own other value, or the typed value
misread: shared by the account number's check (casecheck.py) and the billing number's
(checkphones.py).
"""

from __future__ import annotations

from portdesk.bills.judge import Extracted
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.scanmatch import misread_elsewhere
from portdesk.bills.scantyped import sure_other_value
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import FieldCheck, Verdict


def surely_other(index: BillIndex, typed: str, check: FieldCheck) -> FieldCheck:
    """A question for the eye that is none: the reading beside the typed value is the bill's
    own, read surely where it gives the field, and plainly another (scantyped.py)."""
    if check.verdict != Verdict.UNVERIFIABLE:
        return check
    other = sure_other_value(index, check.field, typed, check.evidence)
    if other is None:
        return check
    value: str | None = other
    if check.field == "btn":
        from portdesk.domain.numbers import InvalidNumber, parse_number

        try:
            value = parse_number(other).e164
        except InvalidNumber:
            value = None
    return FieldCheck(check.field, Verdict.MISMATCH, check.entered, other,
                      f"the bill prints \"{other}\" here, read clearly where it gives this "
                      "field", other, check.evidence, value)


def misread(index: BillIndex, typed: str, ext: Extracted | None) -> Evidence | None:
    """Scans: the bill's value one character off the typed value read elsewhere (scanmatch)."""
    return None if ext is None else misread_elsewhere(index, typed, ext.shown, ext.evidence)
