"""Blind15 text classes (first half), each a general rule about how bills are written, tried on
bills drawn here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.billcorpus.draw import font_available

_MATCH = (Verdict.EXACT, Verdict.EQUIVALENT)
_UNICODE = "DejaVuSans"


def _draw(path: Path, items: list[tuple[float, float, str, float]]) -> Path:
    """A page in a font that holds Vietnamese letters (Helvetica has no 'ă', 'ạ', 'ờ')."""
    canvas = Canvas(str(path), pagesize=letter)
    for x, y, text, size in items:
        canvas.setFont(_UNICODE, size)
        canvas.drawString(x, letter[1] - y, text)
    canvas.showPage()
    canvas.save()
    return path


def _numbers(tmp_path: Path, items: list[tuple[float, float, str, float]],
             numbers: tuple[str, ...]) -> dict[str, Verdict]:
    fields = extract_fields(read_bill(_draw(tmp_path / "b.pdf", items)))
    result = compare(PortCase(account_name="Tran Thi Mai", losing_carrier="Sao Mobile",
                              numbers=tuple(CaseNumber(n) for n in numbers)), fields)
    assert result.numbers is not None
    return {i.number: i.verdict for i in result.numbers.items}


# -- a carrier's desks labelled in Vietnamese are its help lines ---------------------------------
@pytest.mark.skipif(not font_available(_UNICODE), reason="DejaVu fonts (fonts-dejavu) not installed")
@pytest.mark.parametrize("label", ["Chăm sóc khách hàng", "Tổng đài hỗ trợ", "Nạp tiền",
                                   "Đường dây nóng", "Liên hệ"])
def test_a_desk_labelled_in_vietnamese_is_the_carriers_help_line(tmp_path: Path,
                                                                  label: str) -> None:
    """Bills printed in Vietnamese for in-language customers label the carrier's customer care,
    support, hotline, contact and top-up desks in Vietnamese: their numbers are the carrier's
    help lines, so typed as a line to port they are never found as the customer's."""
    items = [(40, 40, "Sao Mobile", 20), (40, 80, "Chủ tài khoản", 8), (150, 80, "Tran Thi Mai", 9),
             (40, 94, "Số tài khoản", 8), (150, 94, "SM20418877", 9),
             (44, 140, "Số điện thoại", 8), (120, 140, "713-555-0142", 9),
             (44, 155, "Số điện thoại", 8), (120, 155, "713-555-0171", 9),
             (40, 260, f"{label}: 1-929-555-0188", 8)]
    got = _numbers(tmp_path, items, ("+17135550142", "+19295550188"))
    assert got["+17135550142"] in _MATCH
    assert got["+19295550188"] not in _MATCH


# -- a holder's name wrapped over the lines of a narrow 'Service for' cell -----------------------
def _wrapped(tmp_path: Path) -> Path:
    """Mailed to the party that pays (its block under 'Bill to'), the holder under a 'Service
    for' column whose narrow cell wraps the name over three lines, the second one running into
    the next column's city line."""
    items = [(40, 40, "Prairie Tel", 20), (60, 90, "Bill to:", 8),
             (60, 102, "Sandhill Property Partners", 9), (60, 114, "1200 Front St", 9),
             (60, 126, "Ogallala, NE 69153", 9),
             (44, 180, "Service for", 7.5), (140, 180, "Service address", 7.5),
             (250, 180, "Account", 7.5),
             (44, 195, "Lone Tree Feed &", 8), (140, 195, "412 Elm St", 8),
             (250, 195, "771-2040-19", 8),
             (44, 206, "Seed Supply Company", 8), (140, 206, "Arnold, NE 69120", 8),
             (44, 217, "of Custer, LLC", 8),
             (44, 260, "Telephone number", 8), (44, 274, "308-555-0131", 8)]
    path = tmp_path / "b.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    for x, y, text, size in items:
        canvas.setFont("Helvetica", size)
        canvas.drawString(x, letter[1] - y, text)
    canvas.showPage()
    canvas.save()
    return path


def _name_verdict(path: Path, name: str) -> Verdict:
    fields = extract_fields(read_bill(path))
    return compare(PortCase(account_name=name, losing_carrier="Prairie Tel"),
                   fields).fields["account_name"].verdict


def test_a_holders_name_wrapped_in_a_narrow_service_for_cell_is_printed(tmp_path: Path) -> None:
    """The name the cell wraps, read line by line down the column's left edge up to the next
    column, is the holder's as printed: never "another name" because the payer's block or the
    cell's first line was taken as the holder."""
    path = _wrapped(tmp_path)
    assert _name_verdict(path, "Lone Tree Feed & Seed Supply Company of Custer, LLC") in _MATCH


def test_a_name_that_only_begins_the_wrapped_cell_is_no_match(tmp_path: Path) -> None:
    path = _wrapped(tmp_path)
    assert _name_verdict(path, "Lone Tree Feed & Seed Supply Company") not in _MATCH
    assert _name_verdict(path, "Lone Tree Feed & Grain Supply Company of Custer, LLC") not in (
        _MATCH)
    # the same name written short is the same name: equivalent, the bill's form suggested
    assert _name_verdict(path, "Lone Tree Feed & Seed Supply Co of Custer, LLC") == (
        Verdict.EQUIVALENT)
