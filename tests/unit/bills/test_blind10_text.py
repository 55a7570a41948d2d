"""Blind10 text classes, each a general rule about how bills are written, tried on bills drawn
here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
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


# -- a wordmark whose name ends on a smaller line under it (a logo lockup) ---------------------
def _lockup_bill(tmp_path: Path, under: str, payee: str = "Tamarack Communications") -> BillFields:
    page = [(40, 44, "B:Tamarack", 26), (40, 60, under, 9),
            *_flush_right(40, "55120-88", "Account Number"), *_MAIL,
            (40, 600, "Please detach and return this portion with your payment.", 7),
            (60, 630, f"B:{payee}", 9), (60, 642, "PO Box 12", 9),
            (60, 654, "Dayton, OH 45401-0012", 9)]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


@pytest.mark.parametrize("under", ["Communications", "Telephone Cooperative", "Fiber Networks"])
def test_a_wordmark_ends_on_the_smaller_line_under_it(tmp_path: Path, under: str) -> None:
    """A large 'Tamarack' over a small 'Communications' at its left edge is one name set as a
    logo: the line under it says what kind of carrier the name is, and belongs to it."""
    fields = _lockup_bill(tmp_path, under)
    assert fields.carrier == f"Tamarack {under}"


@pytest.mark.parametrize("under", ["Your local provider", "Since 1951", "Customer Statement"])
def test_a_tagline_under_a_wordmark_is_no_part_of_it(tmp_path: Path, under: str) -> None:
    """A slogan, a date or a document title under the wordmark is not the carrier's name."""
    fields = _lockup_bill(tmp_path, under)
    assert fields.carrier is None or under not in str(fields.carrier)


# -- the footer line saying what kind of organisation the sender is ----------------------------
@pytest.mark.parametrize("line", ["Tamarack Valley Telephone Corporation is a member-owned "
                                  "cooperative.",
                                  "Tamarack Valley Telephone Corporation is a not-for-profit "
                                  "telephone co-op."])
def test_a_cooperative_line_names_the_sender(tmp_path: Path, line: str) -> None:
    """'X is a member-owned cooperative' in the footer is the sender describing itself, a
    legal line like 'X is an equal opportunity provider': the typed legal name agrees with it."""
    page = [(40, 44, "B:Tamarack", 26), *_flush_right(40, "55120-88", "Account Number"),
            *_MAIL, (40, 500, line, 7)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    case = PortCase(account_name=_NAME, account_number="55120-88",
                    losing_carrier="Tamarack Valley Telephone Corp.")
    assert compare(case, fields).fields["carrier"].verdict == Verdict.EQUIVALENT


# -- a name wrapped twice by a narrow column ---------------------------------------------------
def _narrow(tmp_path: Path, whole_on_stub: bool) -> BillFields:
    window = [(60, 150, "Juniper Hollow", 10), (60, 162, "Family Dentistry", 10),
              (60, 174, "Inc.", 10), (60, 186, "PO Box 4471", 10), (60, 198, "Dayton, OH 45402", 10)]
    stub = [(40, 600, "Please detach and return this portion with your payment.", 7),
            (320, 640, "Juniper Hollow Family Dentistry Inc." if whole_on_stub else "", 9),
            (320, 652, "PO Box 4471", 9), (320, 664, "Dayton, OH 45402", 9)]
    return _fields(tmp_path, [*_flush_right(40, "55120-88", "Account Number"), *window, *stub])


def test_a_name_wrapped_twice_by_a_narrow_column_is_read_whole(tmp_path: Path) -> None:
    """'Juniper Hollow' / 'Family Dentistry' / 'Inc.': a suffix alone on its line says the
    column wraps the name at every line; the stub printing it whole confirms the three lines."""
    assert _narrow(tmp_path, whole_on_stub=True).account_name == (
        "Juniper Hollow Family Dentistry Inc.")


def test_a_line_over_a_wrapped_name_is_not_joined_unconfirmed(tmp_path: Path) -> None:
    """Without the name printed whole elsewhere, the line over a wrapped company name may be a
    person's: the name read is the wrapped pair, never the three lines."""
    name = _narrow(tmp_path, whole_on_stub=False).account_name
    assert name is None or "Juniper" not in str(name)
