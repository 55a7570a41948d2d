"""Scan classes of the blind14 fix round (issue 10), each on OCR words drawn here (never on a
corpus bill):

- a header band's date written in digits right after the account's value ('ACCOUNT NUMBER
  **** 4315 04/06/2026:', the mask lost, a speck read as a colon after the date) ends the
  value: no account group is a whole date, so the date is never read as the account's end (the
  colon rule of round 17 let it in: a right masked number became a false alarm);
"""

from __future__ import annotations

from portdesk.bills.parse import parse_account_number
from portdesk.bills.verdicts import Verdict
from tests.unit.bills.test_scan_round9 import Row
from tests.unit.bills.test_scan_round17_digits import _account


def test_a_date_in_digits_after_the_account_ends_its_value() -> None:
    rows: list[Row] = [[(40, "ACCOUNT|NUMBER", 0.95), (140, "4315|04/06/2026:", 0.6)]]
    read, verdict = _account(rows, "7782 0145 4315")
    assert read is not None and "2026" not in read
    assert verdict != Verdict.MISMATCH
    assert parse_account_number("647545743 2026-04-06") == "647545743"
    # a group that is no whole date stays the account's ('8841 0412/2026' is no date)
    assert parse_account_number("8841 0412-2026") == "8841 0412-2026"
