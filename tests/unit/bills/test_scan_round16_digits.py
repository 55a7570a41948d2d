"""Scan classes of scans round 16 on the values written in digits (issue 10), each on OCR words
drawn here (never on a corpus bill):

- the bill's date whose label OCR lost ('te' over 'Jul 22, 2025', a date alone at the top right
  of a photo): the lone date at the head of an OCR page 1, none on a row or under a caption that
  names a due date, a payment or a period, the earliest of them, stands in for the bill's date
  when no label gave one; a text layer, a date lower on the page, or only a due date, gives none;
- a date OCR glued or specked ('JUL06, 2025', '9Sep 2025', 'March 18,-2026') is read under its
  label, where the letters are a month's own name.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from portdesk.bills.extract import extract_fields
from portdesk.bills.ocrdates import scanned_date
from portdesk.bills.reader import BillDocument, Page
from tests.unit.bills.test_scan_round9 import Row, _doc

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
    # a period, a text layer or a date low on the page gives none
    period: list[Row] = [[(40, "Arvig", 0.9), (400, "Jan|31,|2026|Mar|2,|2026", 0.9)]]
    assert _date(period) is None
    alone: list[Row] = [[(40, "Arvig", 0.9), (500, "Nov|13,|2025", 0.9)]]
    assert _date(alone, source="text") is None
    assert _date(alone, top=300) is None


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
