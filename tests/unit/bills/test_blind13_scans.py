"""blind13's scans, opened: its classes, each on a few lines drawn here (never a corpus bill).

- a scan or photo whose OCR lost every account detail (account number, billing number, lines)
  but read a sign of a bill (its dated heading) is answered, not refused as 'not a bill': the
  check of another customer's values ended in an error (blind13's photographed directory
  invoice, 8 verdicts 'error', and its extraction refused); what the pixels lost is a verdict, never an exception. A scanned
  letter with no sign of a bill is still refused.
- a typed line matched on one reading on a scan, where a line one digit off it is read again and
  again (a call detail of one line prints it on every row), is a question: most likely that line
  misread (blind13's call detail: '435-555-0151' read once as '...0191', another customer's
  typed line, called exact: a false match).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from portdesk.bills.compare import compare
from portdesk.bills.errors import NotABill
from portdesk.bills.extract import extract_fields
from portdesk.bills.ocr import tesseract_available
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import MATCHES, Verdict
from portdesk.config import Settings
from portdesk.domain.case import Address, CaseNumber, PortCase
from portdesk.services.bill_check import check_bill, extract_bill
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
    assert extract_bill(scan, Settings()).account_number is None  # read, not refused
    verdicts = [c.verdict for c in report.comparison.fields.values()]
    assert verdicts and not any(v in MATCHES for v in verdicts)
    # a scanned letter: no sign of a bill at all, still refused
    note = _page(tmp_path / "letter.pdf", [(72, 700, "Dear customer,"),
                                           (72, 680, "Thank you for your order of garden chairs.")])
    with pytest.raises(NotABill):
        check_bill(make_scan(note, tmp_path / "letter.png", random.Random(13), noise=0.0),
                   _stranger(), Settings())


def _call_detail(lines: list[str], source: str) -> BillDocument:
    """A one-line call detail read by OCR: 'From' holds the line on every outgoing row."""
    rows = [[("Account", 40), ("Number:", 100), ("5521-0087", 170)],
            [("Call", 40), ("Detail", 70)],
            [("Date", 40), ("Time", 100), ("From", 160), ("To", 260), ("Type", 360)]]
    rows += [[(f"12/{10 + n}", 40), ("1:06", 100), (line, 160), ("212-555-0122", 260),
              ("Outgoing", 360)] for n, line in enumerate(lines)]
    words = [Word(text, x, 100 + 14 * r, x + 6 * len(text), 110 + 14 * r, 0.95)
             for r, row in enumerate(rows) for text, x in row]
    page = Page(1, 612, 792, tuple(words), source)  # type: ignore[arg-type]
    return BillDocument(Path("scan.png"), (page,), 1)


def _number_verdict(doc: BillDocument, typed: str) -> Verdict:
    case = PortCase(reference="T-2", account_name="Prairie Wind Pharmacy", btn=typed,
                    account_number="5521-0087", numbers=(CaseNumber(typed),))
    items = compare(case, extract_fields(doc)).numbers.items
    return next(i.verdict for i in items if i.number == typed)


def test_a_lone_reading_one_digit_off_a_line_read_again_and_again_is_a_question() -> None:
    rows = ["435-555-0151"] * 5 + ["435-555-0191"] + ["435-555-0151"] * 3
    assert _number_verdict(_call_detail(rows, "ocr"), "+14355550191") == Verdict.UNVERIFIABLE
    # the repeated line itself is still listed; so is a line read as often as its neighbour
    assert _number_verdict(_call_detail(rows, "ocr"), "+14355550151") == Verdict.EXACT
    twice = ["435-555-0151", "435-555-0191"] * 3
    assert _number_verdict(_call_detail(twice, "ocr"), "+14355550191") == Verdict.EXACT
    # a text layer prints what it prints: one row of another line is that line
    assert _number_verdict(_call_detail(rows, "text"), "+14355550191") == Verdict.EXACT
