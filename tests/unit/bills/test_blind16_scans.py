"""Scan classes of the blind16 fix round (issue 10), each on OCR words drawn here (never on a
corpus bill):

- a number written in E.164 whose plus OCR read as the 4 of its shape ('415125550110') is that
  number where the numbers over and under it in its own column are read with their plus
  ('+15125550161'): the row rule of round 16 (`scanphones.plus_read_as_four`) held down a column
  of a lines table, where each row holds one number.
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc


def _column(first: str, third: str) -> dict[str, Verdict]:
    rows: list[Row] = [[(40, "Numbers", 0.93)],
                       [(40, "MSISDN", 0.9), (235, "Service", 0.94), (384, "Type", 0.9)],
                       [(40, first, 0.9), (235, "Voice", 0.96), (384, "Local", 0.93)],
                       [(40, "415125550110", 0.9), (235, "SMS", 0.9), (384, "Local", 0.93)],
                       [(40, third, 0.9), (235, "SMS", 0.9), (384, "Local", 0.93)]]
    head: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], [(40, "Ridgeway|Dental", 0.95)]]
    case = PortCase(account_name="", account_number="5521-0087",
                    numbers=(CaseNumber("+15125550110"), CaseNumber("+15125550161")))
    result = compare(case, extract_fields(_doc(head + rows))).numbers
    assert result is not None
    return {i.number: i.verdict for i in result.items}


def test_a_plus_read_as_four_in_a_column_of_numbers_written_with_their_plus() -> None:
    got = _column("+15125550195", "+15125550161")
    assert got == {"+15125550110": Verdict.EXACT, "+15125550161": Verdict.EXACT}
    # a column whose numbers are written without a plus proves no plus: '41...' stays unread
    assert _column("5125550195", "5125550161")["+15125550110"] == Verdict.NOT_FOUND
