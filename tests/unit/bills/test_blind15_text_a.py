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
