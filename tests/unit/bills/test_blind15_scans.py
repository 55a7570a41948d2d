"""Scan classes of the blind15 fix round (issue 10), each on OCR words drawn here (never on a
corpus bill):

- a number followed by whom to call ('new cell 907-555-0151 call Dave', a note a customer wrote
  on the printed copy, read by OCR like print) is a person's contact number: the words after it
  say it is someone to call, never one of the account's lines, whatever the words before it
  say ('cell' names a line on a bill, not in a note that names a person to call).
"""

from __future__ import annotations

from portdesk.bills.verdicts import Verdict
from tests.unit.bills.test_scan_round9 import Row, _verdicts


def _note(after: str) -> list[Row]:
    return [[(40, "Current|Services", 0.95)],
            [(40, "Home|Phone", 0.95), (290, "(907)|555-0153", 0.95), (549, "$27.32", 0.9)],
            [(60, f"new|cell|907-555-0151{after}", 0.9), (356, "Amount|Due", 0.95)]]


def test_a_number_followed_by_a_person_to_call_is_no_line_of_the_account() -> None:
    for after in ("|call|Dave", "|-|call|Dave", "|ask|for|Maria"):
        got = _verdicts(_note(after), ["+19075550153", "+19075550151"])
        assert got["+19075550151"] != Verdict.EXACT, after
        assert got["+19075550153"] == Verdict.EXACT, after
    # the same line without a person to call is still read as a line ('cell' names one)
    assert _verdicts(_note(""), ["+19075550151"])["+19075550151"] == Verdict.EXACT
