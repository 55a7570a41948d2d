"""blind13's scans, opened: its classes, each on a few lines drawn here (never a corpus bill).

- a scan or photo whose OCR lost every account detail (account number, billing number, lines)
  but read a sign of a bill (its dated heading) is answered, not refused as 'not a bill': the
  check of another customer's values ended in an error (blind13's photographed directory
  invoice, 8 verdicts 'error'); what the pixels lost is a verdict, never an exception. A scanned
  letter with no sign of a bill is still refused.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from portdesk.bills.errors import NotABill
from portdesk.bills.ocr import tesseract_available
from portdesk.bills.verdicts import MATCHES
from portdesk.config import Settings
from portdesk.domain.case import Address, CaseNumber, PortCase
from portdesk.services.bill_check import check_bill
from tests.billcorpus import make_scan


def _page(path: Path, lines: list[tuple[float, float, str]]) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 12)
    for x, y, text in lines:
        canvas.drawString(x, y, text)
    canvas.showPage()
    canvas.save()
    return path


def _stranger() -> PortCase:
    return PortCase(reference="T-1", account_name="Blue Ridge Bakery L.L.C.",
                    account_number="CIP-81540", btn="+19205550165", losing_carrier="Hilltop Voice",
                    service_address=Address("9664 Madison Hwy", "Rm 25", "Albany", "NY", "12256"),
                    numbers=(CaseNumber("+19205550165"), CaseNumber("+19205550199")))


@pytest.mark.ocr
@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_a_scan_whose_account_details_were_lost_is_answered_not_refused(tmp_path: Path) -> None:
    # a bill's dated heading, and a directory whose rows hold no account detail OCR can take
    bill = _page(tmp_path / "bill.pdf", [(400, 720, "Monthly Invoice"),
                                         (360, 700, "Invoice Date"), (460, 700, "Apr 20, 2025"),
                                         (60, 620, "User & Extension Directory"),
                                         (60, 600, "Mei T. Morrison"), (260, 600, "Poly VVX 450"),
                                         (60, 585, "Elena Whitfield"), (260, 585, "Yealink T54W")])
    scan = make_scan(bill, tmp_path / "scan.png", random.Random(13), noise=0.0)
    report = check_bill(scan, _stranger(), Settings())
    verdicts = [c.verdict for c in report.comparison.fields.values()]
    assert verdicts and not any(v in MATCHES for v in verdicts)
    # a scanned letter: no sign of a bill at all, still refused
    note = _page(tmp_path / "letter.pdf", [(72, 700, "Dear customer,"),
                                           (72, 680, "Thank you for your order of garden chairs.")])
    with pytest.raises(NotABill):
        check_bill(make_scan(note, tmp_path / "letter.png", random.Random(13), noise=0.0),
                   _stranger(), Settings())
