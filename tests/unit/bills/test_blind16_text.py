"""Blind16 text classes, each a general rule about how bills are written, tried on bills drawn
here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.domain.case import Address

_H = 792.0


def _bill(path: Path, lines: list[tuple[float, float, str]]) -> Path:
    c = Canvas(str(path), pagesize=(612, _H))
    c.setFont("Helvetica", 9)
    for x, y, text in lines:
        c.drawString(x, _H - y, text)
    c.save()
    return path


# -- a mailing address stated as the service address -------------------------------------------
def test_a_mailing_address_said_to_be_the_service_address_is_it(tmp_path: Path) -> None:
    """'Mailing address: Same as service address' (an account portal's summary): the page says
    where mail goes in words, and that place is the service address printed above."""
    path = _bill(tmp_path / "same.pdf", [
        (40, 40, "Northfield Telephone"),
        (40, 90, "Account number"), (200, 90, "7730219"),
        (40, 104, "Customer name"), (200, 104, "Harriet Quill"),
        (330, 90, "Service address"), (330, 104, "88 Orchard Lane"),
        (330, 116, "Brandon MB R7A 1K4"),
        (40, 150, "Mailing address:"), (130, 150, "Same as service address"),
        (40, 190, "Home phone 204-555-0143"),
    ])
    fields = extract_fields(read_bill(path))
    want = Address(line1="88 Orchard Lane", city="Brandon", state="MB", postal_code="R7A 1K4",
                   country="CA")
    assert fields.service_address is not None
    assert fields.service_address.line1 == want.line1
    assert fields.billing_address == fields.service_address
    # said of another place, the words give no billing address
    path = _bill(tmp_path / "other.pdf", [
        (40, 40, "Northfield Telephone"),
        (40, 90, "Account number"), (200, 90, "7730219"),
        (40, 104, "Customer name"), (200, 104, "Harriet Quill"),
        (330, 90, "Service address"), (330, 104, "88 Orchard Lane"),
        (330, 116, "Brandon MB R7A 1K4"),
        (40, 150, "Mailing address:"), (130, 150, "Same as last month"),
        (40, 190, "Home phone 204-555-0143"),
    ])
    assert extract_fields(read_bill(path)).billing_address is None


# -- the lone date at the head of a text bill ---------------------------------------------------
def test_the_lone_date_at_a_text_bills_head_is_its_date(tmp_path: Path) -> None:
    """A bill whose date's label is a picture (a small calendar drawn before it) prints the
    date alone at its head, the due date under it named by its own words: with no label giving
    the bill's date, the lone date at the head is it, as on a scan whose label OCR lost."""
    from datetime import date

    path = tmp_path / "icon.pdf"
    c = Canvas(str(path), pagesize=(612, _H))
    c.setFont("Helvetica", 9)
    c.drawString(40, _H - 50, "Canyonlands Rural Telephone")
    c.rect(342, _H - 52, 10, 10)  # the calendar, a drawing with no words
    c.drawString(360, _H - 50, "Mar 9, 2026")
    c.drawString(342, _H - 70, "Account")
    c.drawString(480, _H - 70, "CR552019")
    c.drawString(342, _H - 104, "by Mar 30, 2026")
    c.drawString(60, _H - 130, "Tobias Reyes")
    c.drawString(60, _H - 142, "41 Mesa View Rd")
    c.drawString(60, _H - 154, "Gallup, NM 87301")
    c.drawString(60, _H - 200, "(505) 555-0171")
    c.save()
    assert extract_fields(read_bill(path)).statement_date == date(2026, 3, 9)
    # only a due date at the head: no date of the bill
    path = tmp_path / "due.pdf"
    c = Canvas(str(path), pagesize=(612, _H))
    c.setFont("Helvetica", 9)
    c.drawString(40, _H - 50, "Canyonlands Rural Telephone")
    c.drawString(342, _H - 70, "Account")
    c.drawString(480, _H - 70, "CR552019")
    c.drawString(342, _H - 104, "Pay by Mar 30, 2026")
    c.drawString(60, _H - 130, "Tobias Reyes")
    c.drawString(60, _H - 142, "41 Mesa View Rd")
    c.drawString(60, _H - 154, "Gallup, NM 87301")
    c.save()
    assert extract_fields(read_bill(path)).statement_date is None
