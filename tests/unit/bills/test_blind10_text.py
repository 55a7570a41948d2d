"""Blind10 text classes, each a general rule about how bills are written, tried on bills drawn
here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from tests.unit.bills import drawn

_NAME = "Osprey Ridge Bakery"
_MAIL = [(60, 150, _NAME, 10), (60, 162, "PO Box 4471", 10), (60, 174, "Dayton, OH 45402", 10)]


def _fields(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    page = [(40, 40, "B:Larkspur Voice", 16),
            (40, 740, "Please make checks payable to Larkspur Voice Inc.", 7), *items]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


def _flush_right(y: float, value: str, caption: str) -> list[drawn.Item]:
    """A value set flush right against a column edge, its small caption just right of it."""
    return [(455 - stringWidth(value, "Helvetica-Bold", 9), y, f"B:{value}", 9),
            (462, y, caption, 7)]


# -- a value then its caption on one line: the value may start with a word ----------------------
@pytest.mark.parametrize(("printed", "caption"), [("June 3, 2026", "Statement Date"),
                                                  ("Jun 3, 2026", "Bill Date"),
                                                  ("3 June 2026", "Invoice Date")])
def test_a_date_before_its_caption_may_start_with_the_month(tmp_path: Path, printed: str,
                                                            caption: str) -> None:
    """'June 3, 2026  Statement Date': boxed headers print the value flush right and its
    caption after it; a date written month first is still the caption's value."""
    fields = _fields(tmp_path, [*_flush_right(40, "55120-88", "Account Number"),
                                *_flush_right(52, printed, caption),
                                *_flush_right(64, "Due upon receipt", "Payment Due"), *_MAIL])
    assert fields.statement_date == date(2026, 6, 3)
