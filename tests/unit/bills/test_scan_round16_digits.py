"""Scan classes of scans round 16 on the values written in digits (issue 10), each on OCR words
drawn here (never on a corpus bill):

- the bill's date whose label OCR lost ('te' over 'Jul 22, 2025', a date alone at the top right
  of a photo): the lone date at the head of an OCR page 1, none on a row or under a caption that
  names a due date, a payment or a period, the earliest of them, stands in for the bill's date
  when no label gave one; a text layer, a date lower on the page, or only a due date, gives none;
- a date OCR glued or specked ('JUL06, 2025', '9Sep 2025', 'March 18,-2026') is read under its
  label, where the letters are a month's own name;
- a label's word 'ID' read as digits of its shape ('Customer 10.', I as 1 and D as 0) is still the
  label 'Customer ID' (the longest label wins over 'Customer', a name's label): its value stands
  in for the account number the bill does not print;
- a block whose dash OCR lost, with the row's count of lines after it ('419.555.0151 0155 (5
  DIDs)'): the count that agrees with the two ends makes them one block; a count that disagrees
  leaves the lines between unlisted;
- a typed dash between two digit groups that OCR read as a mark ('600063:002,' for a printed
  '600063-002') is the bill's own form: exact, not "written differently";
- a typed number read unsurely (above the typed-value floor) in the list of the lines with a speck
  read as a mark between two groups ("503 555'0155") or after its last digit ('805.555.0144,')
  confirms it as the same reading without the mark does: a mark is no digit.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.ocrdates import scanned_date
from portdesk.bills.reader import BillDocument, Page
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills.test_scan_round9 import Row, _block, _doc, _verdicts

_HEAD: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], [(40, "Ridgeway|Dental", 0.95)]]


def _date(rows: list[Row], top: float = 20, source: str = "ocr") -> date | None:
    doc = _doc(rows + [[]] * 3 + _HEAD, top=top)
    if source != "ocr":
        page = doc.pages[0]
        doc = BillDocument(Path("bill.pdf"), (Page(1, page.width, page.height, page.words,
                                                   source),), 1)
    return extract_fields(doc).statement_date


def test_a_lone_date_at_the_head_of_a_scan_is_the_bills_date() -> None:
    rows: list[Row] = [[(40, "brightspeed", 0.9), (520, "te", 0.4)],
                       [(500, "Jul|22,|2025", 0.9)]]
    assert _date(rows) == date(2025, 7, 22)
    # a period or a date low on the page gives none
    period: list[Row] = [[(40, "Arvig", 0.9), (400, "Jan|31,|2026|Mar|2,|2026", 0.9)]]
    assert _date(period) is None
    alone: list[Row] = [[(40, "Arvig", 0.9), (500, "Nov|13,|2025", 0.9)]]
    assert _date(alone, top=300) is None
    # a text layer too (session 18, blind16: a date whose label is a drawn calendar)
    assert _date(alone, source="text") == date(2025, 11, 13)


def test_of_the_head_dates_the_earliest_and_never_one_named_due() -> None:
    rows: list[Row] = [[(40, "Arvig", 0.9), (500, "Nov|13,|2025", 0.9)],
                       [(500, "Dec|4,|2025", 0.9)]]
    assert _date(rows) == date(2025, 11, 13)
    due: list[Row] = [[(40, "Arvig", 0.9), (380, "Due|Date", 0.9), (500, "Nov|13,|2025", 0.9)]]
    assert _date(due) is None
    under: list[Row] = [[(40, "Arvig", 0.9), (500, "Payment|Due", 0.9)],
                        [(500, "Nov|13,|2025", 0.9)]]
    assert _date(under) is None


def test_a_glued_or_specked_date_is_read_where_the_letters_are_a_month() -> None:
    assert scanned_date("JUL06, 2025") == date(2025, 7, 6)
    assert scanned_date("9Sep 2025") == date(2025, 9, 9)
    assert scanned_date("March 18,-2026") == date(2026, 3, 18)
    assert scanned_date("Main12, 2025") is None  # a street's word, not a month
    rows: list[Row] = [[(40, "Hawaiian|Telcom", 0.9)], [(400, "Bill|Date|JUL06,|2025", 0.85)]]
    assert _date(rows, top=200) == date(2025, 7, 6)


def test_a_labels_id_read_as_digits_is_still_the_customer_id() -> None:
    rows: list[Row] = [[(40, "MetroLine", 0.9), (360, "Customer|10.", 0.35),
                        (440, "9597549", 0.95)],
                       [(40, "Invoice|No.|5206960742", 0.9)],
                       [(40, "Ridgeway|Dental", 0.95)]]
    fields = extract_fields(_doc(rows))
    assert fields.account_number == "9597549"
    case = PortCase(account_name="", account_number="9597549")
    assert compare(case, fields).fields["account_number"].verdict == Verdict.EXACT


def test_a_block_whose_dash_ocr_lost_is_one_when_its_count_agrees() -> None:
    def row(count: str) -> list[Row]:
        return [[(40, "Main|Number|419.555.0185", 0.95)],
                [(40, f"419.555.0151|0155|{count}", 0.89)]]

    verdicts = _verdicts(row("(5|DIDs)"), _block(152, 154, "+1419555"))
    assert set(verdicts.values()) == {Verdict.EXACT}
    for other in ("(9|DIDs)", "DIDs"):  # a count that disagrees, or none
        assert _verdicts(row(other), ["+14195550153"])["+14195550153"] == Verdict.NOT_FOUND


def test_a_typed_dash_read_as_a_colon_between_digit_groups_is_the_print() -> None:
    rows: list[Row] = [[(40, "Account|Number:", 0.95), (160, "600063:002,", 0.73)],
                       [(40, "Ridgeway|Dental", 0.95)]]
    case = PortCase(account_name="", account_number="600063-002")
    fields = extract_fields(_doc(rows), require_account=False)
    check = compare(case, fields).fields["account_number"]
    assert check.verdict == Verdict.EXACT


def test_a_speck_mark_in_a_typed_number_read_in_the_list_still_confirms_it() -> None:
    def verdict(cell: str, conf: float) -> Verdict:
        rows: list[Row] = [[(40, "Your|Lines", 0.95)], [(40, cell, conf), (200, "Voice", 0.95)]]
        return _verdicts(rows, ["+15035550155"])["+15035550155"]

    assert verdict("503|555'0155", 0.52) == Verdict.EXACT
    assert verdict("503.555.0155,", 0.45) == Verdict.EXACT
    # at noise level, or a digit read for a letter, it stays a question
    assert verdict("503|555'0155", 0.3) == Verdict.UNVERIFIABLE
    assert verdict("503|555'O155", 0.52) == Verdict.UNVERIFIABLE
