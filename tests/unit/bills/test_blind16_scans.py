"""Scan classes of the blind16 fix round (issue 10), each on OCR words drawn here (never on a
corpus bill):

- a number written in E.164 whose plus OCR read as the 4 of its shape ('415125550110') is that
  number where the numbers over and under it in its own column are read with their plus
  ('+15125550161'): the row rule of round 16 (`scanphones.plus_read_as_four`) held down a column
  of a lines table, where each row holds one number;
- a wordmark OCR cut in two on its own row ('Cedar Falls.' and 'Utilities' a letter's gap apart,
  the second box taller by a descender) is one line, as the text layer gives it: its largest
  piece alone ('Utilities') is only part of the sender's name.
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import BillDocument, Page, Word
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


def _cut_wordmark(cut: bool) -> tuple[str, Verdict]:
    """A scan's top: a wordmark set large beside a header's small labels (`cut`: on their rows,
    where OCR's lines cut it), or set apart over the page."""
    # the header's small labels on the wordmark's rows, as the scan had them
    top = 29 if cut else 80
    mark = [Word("Cedar", 29, top, 101, top + 27, 0.9),
            Word("Falls", 108, top + 1, 158, top + 28, 0.88),
            Word("Utilities", 165, top + 2, 246, top + 34.5, 0.96)]
    words = [
        *mark,
        Word("Account", 347, 34, 376, 42, 0.9), Word("Number", 379, 32, 406, 42, 0.95),
        Word("696200-848", 524, 32, 569, 42, 0.92),
        Word("Customer", 348, 46, 381, 54, 0.94), Word("Number", 385, 46, 416, 54, 0.9),
        Word("33555319", 532, 43, 570, 51, 0.91),
        Word("Bill", 348, 61, 358, 67, 0.96), Word("Date", 361, 60, 377, 66, 0.96),
        Word("12/30/2025", 527, 56, 569, 67, 0.91),
        Word("Robert", 60, 110, 88, 118, 0.95), Word("Schmidt", 91, 110, 125, 118, 0.95),
        Word("7537", 60, 122, 80, 130, 0.95), Word("Harbor", 84, 122, 112, 130, 0.95),
        Word("Ave", 115, 122, 130, 130, 0.95), Word("Cedar", 60, 134, 84, 142, 0.95),
        Word("Falls,", 87, 134, 110, 142, 0.95), Word("IA", 113, 134, 121, 142, 0.95),
        Word("50611", 124, 134, 148, 142, 0.95)]
    doc = BillDocument(Path("scan.png"), (Page(1, 612, 792, tuple(words), "ocr"),), 1)
    fields = extract_fields(doc)
    case = PortCase(account_name="", account_number="696200-848",
                    losing_carrier="Cedar Falls Utilities")
    return str(fields.carrier), compare(case, fields).fields["carrier"].verdict


def test_a_wordmark_ocr_cut_in_two_on_its_row_is_one_line() -> None:
    assert _cut_wordmark(False) == ("Cedar Falls Utilities", Verdict.EXACT)  # as it was
    carrier, verdict = _cut_wordmark(True)
    assert carrier == "Cedar Falls Utilities"
    # read whole, on two of OCR's lines: the same name (the typed form is the bill's)
    assert verdict in (Verdict.EXACT, Verdict.EQUIVALENT)
