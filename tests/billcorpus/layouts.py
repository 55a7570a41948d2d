"""Six bill layouts for the synthetic corpus; labels are drawn at random from real-world wordings."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from portdesk.domain.case import Address
from portdesk.domain.numbers import format_display

if TYPE_CHECKING:
    from tests.billcorpus.corpus import BillTruth

LAYOUTS = ("classic", "two_column", "wireless", "stacked", "table", "invoice")
W, H = letter
LABELS = {
    "account_number": ("Account Number", "Account No.", "Acct No.", "Account ID", "Account #",
                       "Billing Account Number (BAN)"),
    "statement_date": ("Statement Date", "Bill Date", "Billing Date", "Date of Bill", "Issue Date"),
    "account_name": ("Account Name", "Customer Name", "Account Holder", "Name on Account"),
    "btn": ("Billing Telephone Number", "BTN", "Main Number", "Billing Number",
            "Account Telephone Number"),
    "service_address": ("Service Address", "Service Location", "Location of Service"),
    "billing_address": ("Billing Address", "Mailing Address"),
    "numbers": ("Telephone Numbers on this Account", "Your Lines", "Numbers on this account",
                "Lines on this account", "Phone Numbers"),
}


def _date_text(d: date, rng: random.Random) -> str:
    return rng.choice((
        f"{d:%B} {d.day}, {d.year}", f"{d:%b %d, %Y}", f"{d:%m/%d/%Y}", d.isoformat(),
        f"{d:%d %b %Y}", f"{d:%m-%d-%Y}",
    ))


def _phone(e164: str, rng: random.Random) -> str:
    d = e164[2:]
    return rng.choice((f"({d[:3]}) {d[3:6]}-{d[6:]}", format_display(e164), f"{d[:3]}.{d[3:6]}.{d[6:]}"))


def _lines(a: Address) -> list[str]:
    tail = f"{a.city}, {a.state} {a.postal_code}"
    return [a.line1, *([a.line2] if a.line2 else []), tail]


def _one_line(a: Address) -> str:
    return ", ".join(p for p in (a.line1, a.line2, a.city) if p) + f", {a.state} {a.postal_code}"


class Pen:
    """A canvas with a top-left origin, because bills are read top to bottom."""

    def __init__(self, canvas: Canvas, rng: random.Random) -> None:
        self.c = canvas
        self.rng = rng

    def text(self, x: float, y: float, s: str, size: float = 9, bold: bool = False,
             font: str = "Helvetica") -> None:
        self.c.setFont(f"{font}-Bold" if bold and font == "Helvetica" else font, size)
        self.c.drawString(x, H - y, s)

    def label(self, field: str, upper: bool = False) -> str:
        text = self.rng.choice(LABELS[field])
        return text.upper() if upper else text

    def inline(self, x: float, y: float, field: str, value: str) -> None:
        self.text(x, y, f"{self.label(field)}: {value}")

    def right(self, x: float, y: float, field: str, value: str, gap: float = 150) -> None:
        self.text(x, y, self.label(field), bold=True)
        self.text(x + gap, y, value)

    def below(self, x: float, y: float, field: str, values: list[str], upper: bool = False) -> float:
        self.text(x, y, self.label(field, upper), size=7 if upper else 9, bold=True)
        for i, v in enumerate(values):
            self.text(x, y + 12 * (i + 1), v)
        return y + 12 * (len(values) + 1)

    def support(self, y: float, t: BillTruth) -> None:
        self.text(50, y, f"Questions? Call Customer Service at 1-{format_display(t.support_numbers[0])}",
                  size=8)
        self.text(50, y + 11, f"Pay by phone: 1-{format_display(t.support_numbers[1])}  "
                  f"Repair: {_phone(t.support_numbers[2], self.rng)}", size=8)

    def stub(self, t: BillTruth) -> None:
        y = 640
        self.c.setDash(3, 3)
        self.c.line(36, H - y, W - 36, H - y)
        self.c.setDash()
        self.text(50, y + 14, "Please detach and return this portion with your payment.", size=7)
        self.text(50, y + 30, "Remit to:", size=8, bold=True)
        self.text(50, y + 42, t.carrier, size=8)
        self.text(50, y + 54, f"PO Box {self.rng.randint(1000, 9999)}", size=8)
        self.text(50, y + 66, "Carol Stream, IL 60197-6412", size=8)
        self.text(330, y + 30, f"Account Number: {t.account_number}", size=8)
        self.text(330, y + 42, f"Amount Due: ${self.rng.randint(40, 900)}.{self.rng.randint(0, 99):02d}",
                  size=8)
        digits = "".join(ch for ch in t.account_number if ch.isdigit())
        scan = f"{digits}{t.invoice_id} {self.rng.randint(10**7, 10**8 - 1)} {t.btn[2:]}7"
        self.text(60, y + 100, scan, size=10, font="Courier")

    def detail_page(self, t: BillTruth, page: int, pages: int, title: str = "Call Detail") -> None:
        self.c.showPage()
        self.text(50, 50, t.carrier, size=11, bold=True)
        self.text(450, 50, f"Page {page} of {pages}", size=8)
        self.text(50, 80, title, size=13, bold=True)
        for x, h in zip((50, 130, 190, 320, 450, 500),
                        ("Date", "Time", "Number Called", "Location", "Min", "Amount"), strict=True):
            self.text(x, 100, h, size=8, bold=True)
        for i in range(40):
            y = 114 + i * 14
            dialed = t.dialed_numbers[i % len(t.dialed_numbers)]
            self.text(50, y, f"{(t.statement_date.month % 12) + 1:02d}/{(i % 28) + 1:02d}", size=8)
            self.text(130, y, f"{(i * 7) % 12 + 1}:{(i * 13) % 60:02d}p", size=8)
            self.text(190, y, _phone(dialed, self.rng), size=8)
            self.text(320, y, self.rng.choice(("NEW YORK NY", "CHICAGO IL", "TOLL FREE")), size=8)
            self.text(450, y, str(1 + i % 9), size=8)
            self.text(500, y, f"{(i % 5) * 0.1:.2f}", size=8)


def _numbers_below(pen: Pen, x: float, y: float, t: BillTruth, upper: bool = False,
                   per_row: int = 1, with_desc: bool = True) -> None:
    pen.text(x, y, pen.label("numbers", upper), size=7 if upper else 10, bold=True)
    for i in range(0, len(t.numbers), per_row):
        chunk = t.numbers[i:i + per_row]
        yy = y + 13 * (i // per_row + 1)
        for j, n in enumerate(chunk):
            pen.text(x + j * 110, yy, _phone(n, pen.rng))
        if with_desc and per_row == 1:
            pen.text(x + 130, yy, pen.rng.choice(("Business Line", "Voice Line", "Fax Line")))
            pen.text(x + 240, yy, f"${pen.rng.randint(20, 80)}.00")


def _classic(pen: Pen, t: BillTruth) -> BillTruth:
    r = pen.rng
    pen.text(50, 60, t.carrier, size=18, bold=True)
    pen.text(50, 74, "1 Network Plaza, Dallas, TX 75201", size=7)
    pen.inline(370, 60, "statement_date", _date_text(t.statement_date, r))
    pen.inline(370, 74, "account_number", t.account_number)
    pen.text(370, 88, f"Invoice Number: {t.invoice_id}")
    billing = t.billing_address or t.service_address
    assert billing is not None
    for i, line in enumerate([t.account_name, *_lines(billing)]):
        pen.text(72, 130 + 12 * i, line)
    pen.text(50, 210, "Account Summary", size=13, bold=True)
    assert t.service_address is not None
    pen.below(50, 235, "service_address", _lines(t.service_address))
    pen.right(320, 235, "btn", _phone(t.btn, r), gap=140)
    _numbers_below(pen, 50, 320, t)
    pen.support(560, t)
    pen.stub(t)
    return replace(t, billing_address=billing)


def _two_column(pen: Pen, t: BillTruth) -> BillTruth:
    r = pen.rng
    pen.text(220, 50, t.carrier, size=18, bold=True)
    pen.text(240, 70, "Monthly Statement", size=12)
    y = pen.below(50, 110, "account_name", [t.account_name])
    billing = t.billing_address or t.service_address
    assert billing is not None and t.service_address is not None
    y = pen.below(50, y + 8, "billing_address", _lines(billing))
    pen.text(50, y + 8, "Customer ID", bold=True)
    pen.text(50, y + 20, t.customer_id)
    pen.text(50, y + 40, "Customer Service", bold=True)
    pen.text(50, y + 52, f"1-{format_display(t.support_numbers[0])}")
    pen.right(320, 110, "account_number", t.account_number, gap=110)
    pen.right(320, 124, "statement_date", _date_text(t.statement_date, r), gap=110)
    y2 = pen.below(320, 150, "service_address", _lines(t.service_address))
    pen.right(320, y2 + 8, "btn", _phone(t.btn, r), gap=130)
    _numbers_below(pen, 320, y2 + 36, t, with_desc=False)
    pen.support(560, t)
    pen.stub(t)
    return replace(t, billing_address=billing)


def _wireless(pen: Pen, t: BillTruth) -> BillTruth:
    r = pen.rng
    pen.text(50, 60, "Your Bill", size=22, bold=True)
    pen.text(380, 55, t.carrier, size=16, bold=True)
    pen.text(50, 90, f"Issue Date: {_date_text(t.statement_date, r)}")
    pen.text(50, 104, f"Bill period: {t.statement_date:%b} 06 - {t.statement_date:%b} 28")
    pen.text(300, 90, f"Billing Account Number (BAN): {t.account_number}")
    pen.inline(300, 104, "account_name", t.account_name)
    pen.text(300, 118, f"Primary Number: {_phone(t.btn, r)}")
    billing = t.billing_address or t.service_address
    assert billing is not None
    pen.text(50, 140, "Mailing Address", bold=True)
    for i, line in enumerate(_lines(billing)):
        pen.text(50, 152 + 12 * i, line)
    service = t.service_address if r.random() < 0.5 else None
    if service is not None:
        pen.text(300, 140, "Place of Primary Use", bold=True)
        for i, line in enumerate(_lines(service)):
            pen.text(300, 152 + 12 * i, line)
    pen.text(50, 215, "Your Lines", size=11, bold=True)
    for i, n in enumerate(t.numbers):
        pen.text(50, 232 + 13 * i, _phone(n, r))
        pen.text(170, 232 + 13 * i, r.choice(("Smartphone", "Tablet", "Hotspot", "Watch")))
        pen.text(300, 232 + 13 * i, f"${r.randint(20, 80)}.00")
    pen.text(50, 330, f"Pay by phone: #PAY or 1-{format_display(t.support_numbers[1])}", size=8)
    pen.text(50, 342, f"Customer care: 611 from your phone or 1-{format_display(t.support_numbers[0])}",
             size=8)
    pen.stub(t)
    return replace(t, billing_address=billing, service_address=service)


def _stacked(pen: Pen, t: BillTruth) -> BillTruth:
    r = pen.rng
    pen.text(50, 55, t.carrier, size=18, bold=True)
    assert t.service_address is not None
    cells = [
        ("account_number", [t.account_number]), ("statement_date", [t.statement_date.isoformat()]),
        (None, ["INVOICE #", t.invoice_id]), ("account_name", [t.account_name]),
        ("btn", [_phone(t.btn, r)]), (None, ["CUSTOMER ID", t.customer_id]),
    ]
    for i, (fld, vals) in enumerate(cells):
        x, y = 50 + 180 * (i % 3), 95 + 45 * (i // 3)
        if fld is None:
            pen.text(x, y, vals[0], size=7, bold=True)
            pen.text(x, y + 12, vals[1])
        else:
            pen.below(x, y, fld, vals, upper=True)
    pen.below(50, 200, "service_address", _lines(t.service_address), upper=True)
    if t.billing_address is not None:
        pen.below(320, 200, "billing_address", _lines(t.billing_address), upper=True)
    _numbers_below(pen, 50, 280, t, upper=True, per_row=3)
    pen.text(50, 580, f"CUSTOMER SUPPORT 1-{format_display(t.support_numbers[0])}", size=7)
    pen.text(300, 580, f"PAY BY PHONE 1-{format_display(t.support_numbers[1])}", size=7)
    pen.stub(t)
    return t


def _table(pen: Pen, t: BillTruth) -> BillTruth:
    r = pen.rng
    pen.text(230, 50, t.carrier, size=16, bold=True)
    pen.text(50, 90, "Account Summary", size=13, bold=True)
    assert t.service_address is not None
    rows = [("account_number", t.account_number),
            ("statement_date", _date_text(t.statement_date, r)),
            ("account_name", t.account_name), ("btn", _phone(t.btn, r)),
            ("service_address", _one_line(t.service_address))]
    if t.billing_address is not None:
        rows.append(("billing_address", _one_line(t.billing_address)))
    y = 115
    for fld, val in rows:
        pen.right(50, y, fld, val, gap=180)
        y += 16
    pen.text(50, y, pen.label("numbers"), bold=True)
    nums = [_phone(n, r) for n in t.numbers]
    for i in range(0, len(nums), 3):
        pen.text(230, y, ", ".join(nums[i:i + 3]))
        y += 13
    y += 6
    for lab, val in (("Invoice Number", t.invoice_id), ("Customer Number", t.customer_id),
                     ("Customer Service", f"1-{format_display(t.support_numbers[0])}")):
        pen.text(50, y, lab, bold=True)
        pen.text(230, y, val)
        y += 16
    pen.stub(t)
    return t


def _invoice(pen: Pen, t: BillTruth) -> BillTruth:
    r = pen.rng
    pen.text(50, 50, t.carrier, size=12, bold=True)
    pen.text(420, 55, "INVOICE", size=24, bold=True)
    pen.text(380, 80, f"Invoice Number: {t.invoice_id}")
    pen.text(380, 94, f"Invoice Date: {t.statement_date:%m-%d-%Y}")
    pen.inline(380, 108, "account_number", t.account_number)
    pen.text(380, 122, f"Customer No: {t.customer_id}")
    billing = t.billing_address or t.service_address
    assert billing is not None and t.service_address is not None
    pen.text(50, 100, "Bill To:", bold=True)
    for i, line in enumerate([t.account_name, *_lines(billing)]):
        pen.text(50, 112 + 12 * i, line)
    pen.below(50, 190, "service_address", _lines(t.service_address))
    pen.right(320, 190, "btn", _phone(t.btn, r), gap=140)
    y = 260
    for x, h in zip((50, 180, 420), ("Telephone Number", "Description", "Amount"), strict=True):
        pen.text(x, y, h, bold=True)
    for i, n in enumerate(t.numbers):
        pen.text(50, y + 14 * (i + 1), _phone(n, r))
        pen.text(180, y + 14 * (i + 1), r.choice(("Business line", "Hunt group line", "DID")))
        pen.text(420, y + 14 * (i + 1), f"${r.randint(20, 80)}.00")
    pen.text(50, 560, f"Billing inquiries: 1-{format_display(t.support_numbers[0])}", size=8)
    pen.text(50, 571, f"Make checks payable to {t.carrier}", size=8)
    pen.stub(t)
    return replace(t, billing_address=billing)


_RENDER = {"classic": _classic, "two_column": _two_column, "wireless": _wireless,
           "stacked": _stacked, "table": _table, "invoice": _invoice}


def render_bill(path: Path, truth: BillTruth, layout: str, rng: random.Random,
                detail_pages: int = 1) -> BillTruth:
    canvas = Canvas(str(path), pagesize=letter, pageCompression=1)
    canvas.setTitle(f"{truth.carrier} statement")
    pen = Pen(canvas, rng)
    truth = _RENDER[layout](pen, truth)
    title = "Talk Detail" if layout == "wireless" else "Call Detail"
    for p in range(detail_pages):
        pen.detail_page(truth, p + 2, detail_pages + 1, title)
    canvas.showPage()
    canvas.save()
    return truth
