"""Synthetic bills with their ground truth, so tests and the benchmark can score the reader.

Real bills cannot be committed (they are customers' data), and a handful of real layouts would only
teach the extractor those layouts. The generator varies what matters: where the labels sit, how they
are worded, one or two columns, and the look-alikes that trip a careless reader (support numbers,
remit-to box, invoice and customer IDs, the stub's scan line, dialed numbers in call detail).
Scanned variants go through pixels only: rasterised, slightly rotated, noisy, no text layer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from portdesk.domain.case import Address
from portdesk.domain.numbers import format_display
from tests.billcorpus.layouts import LAYOUTS, render_bill

if TYPE_CHECKING:
    from portdesk.bills.extract import BillFields as BillFieldsLike

_NPAS = ("212", "312", "415", "512", "617", "702", "303", "404", "206", "615", "919", "480")
_TOLL_FREE = ("800", "866", "877", "888")
_BUSINESS = ("Acme Plumbing", "Harbor View Dental", "Blue Ridge Bakery", "Copper Kettle Cafe",
             "Northgate Logistics", "Silver Pine Realty", "Lakeside Veterinary", "Redwood Legal")
_SUFFIX = ("Inc", "LLC", "Corp.", "Incorporated", "Co.", "Ltd", "")
_PEOPLE = ("Maria L. Gonzalez", "James T. Whitfield", "Priya Raman", "Daniel O'Connor",
           "Grace Kim-Novak", "Robert Ellison Jr.")
_STREETS = ("Oak", "Maple", "Lakeview", "Main", "Cedar", "Washington", "Park", "Elm",
            "Hillcrest", "Sunset", "Willow", "Madison")
_STREET_TYPES = ("St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Way")
_UNITS = ("Suite 400", "Ste 210", "Apt 3B", "Unit 12", "Floor 2", "# 5", "Suite 1200")
_CITIES = (("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Denver", "CO", "802"),
           ("Portland", "OR", "972"), ("Columbus", "OH", "432"), ("Madison", "WI", "537"),
           ("Raleigh", "NC", "276"), ("Tampa", "FL", "336"), ("Saint Paul", "MN", "551"))
_CARRIERS = ("Northwind Telecom", "Bluepeak Communications", "Meridian Wireless",
             "Keystone Telephone Company", "Cascade Fiber", "Summit Mobile", "Prairie Link")


@dataclass(frozen=True, slots=True)
class BillTruth:
    """What a perfect reader would extract; numbers are E.164, the BTN is among them."""

    carrier: str
    account_name: str
    account_number: str
    statement_date: date
    service_address: Address | None
    billing_address: Address | None
    btn: str
    numbers: tuple[str, ...]
    support_numbers: tuple[str, ...] = ()
    dialed_numbers: tuple[str, ...] = ()
    invoice_id: str = ""
    customer_id: str = ""


@dataclass(frozen=True, slots=True)
class GeneratedBill:
    path: Path
    truth: BillTruth
    layout: str
    scanned: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def _number(rng: random.Random, used: set[str], npa: str | None = None) -> str:
    while True:
        e164 = f"+1{npa or rng.choice(_NPAS)}555{rng.randint(100, 199):04d}"
        if e164 not in used:
            used.add(e164)
            return e164


def _address(rng: random.Random, unit_chance: float = 0.5) -> Address:
    city, state, zip3 = rng.choice(_CITIES)
    street = f"{rng.randint(1, 9899)} "
    if rng.random() < 0.2:
        street += rng.choice(("N ", "W ", "South ", "East "))
    street += f"{rng.choice(_STREETS)} {rng.choice(_STREET_TYPES)}"
    unit = rng.choice(_UNITS) if rng.random() < unit_chance else ""
    postal = f"{zip3}{rng.randint(0, 99):02d}"
    if rng.random() < 0.3:
        postal += f"-{rng.randint(0, 9999):04d}"
    return Address(street, unit, city, state, postal)


def _account_number(rng: random.Random, btn: str) -> str:
    def d(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    style = rng.randrange(5)
    if style == 0:
        return f"8310 {d(4)} {d(4)} {d(3)}"
    if style == 1:
        return f"{rng.randint(1, 9)}{d(8)}-{d(4)}"
    if style == 2:
        return f"{format_display(btn)}-{d(3)}"
    if style == 3:
        return f"{rng.randint(1, 9)}{d(9)}"
    return f"A{rng.randint(10, 99)}-{d(7)}"


def random_truth(rng: random.Random, line_count: int | None = None) -> BillTruth:
    used: set[str] = set()
    count = line_count or rng.randint(1, 6)
    npa = rng.choice(_NPAS)
    numbers = tuple(_number(rng, used, npa if rng.random() < 0.7 else None) for _ in range(count))
    if rng.random() < 0.6:
        suffix = rng.choice(_SUFFIX)
        name = f"{rng.choice(_BUSINESS)} {suffix}".strip()
    else:
        name = rng.choice(_PEOPLE)
    service = _address(rng)
    billing: Address | None = service
    roll = rng.random()
    if roll < 0.3:
        city, state, zip3 = rng.choice(_CITIES)
        billing = Address(f"PO Box {rng.randint(100, 99999)}", "", city, state,
                          f"{zip3}{rng.randint(0, 99):02d}")
    elif roll < 0.55:
        billing = _address(rng, unit_chance=0.3)
    support = tuple(_number(rng, used, rng.choice(_TOLL_FREE)) for _ in range(2))
    support += (_number(rng, used),)  # a local pay-by-phone line, a trap for "numbers"
    dialed = tuple(_number(rng, used) for _ in range(rng.randint(4, 12)))
    return BillTruth(
        carrier=rng.choice(_CARRIERS),
        account_name=name,
        account_number=_account_number(rng, numbers[0]),
        statement_date=date(2025, 1, 1) + timedelta(days=rng.randint(0, 360)),
        service_address=service,
        billing_address=billing,
        btn=numbers[0],
        numbers=numbers,
        support_numbers=support,
        dialed_numbers=dialed,
        invoice_id=f"{rng.randint(10**8, 10**9 - 1)}",
        customer_id=f"{rng.randint(10**6, 10**7 - 1)}",
    )


def write_bill(path: Path, truth: BillTruth, layout: str, rng: random.Random,
               detail_pages: int = 1) -> GeneratedBill:
    """Write a text PDF bill; the layout may drop the service address (wireless bills often do)."""
    truth = render_bill(path, truth, layout, rng, detail_pages)
    return GeneratedBill(path, truth, layout)


def make_scan(pdf: Path, out: Path, rng: random.Random, *, dpi: int = 200,
              max_angle: float = 1.5, noise: float = 0.04, upside_down: bool = False) -> Path:
    """Turn a text PDF into pixels only (PNG, JPEG, TIFF or an image-only PDF, by suffix)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    doc = pdfium.PdfDocument(str(pdf))
    images: list[Image.Image] = []
    try:
        for page in doc:
            img = page.render(scale=dpi / 72).to_pil().convert("L")
            page.close()
            angle = rng.uniform(-max_angle, max_angle) + (180 if upside_down else 0)
            img = img.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True,
                             fillcolor=255)
            if noise:
                speckle = Image.effect_noise(img.size, 40).point(
                    lambda v: 0 if v < 128 * noise * 2 else 255)
                img = Image.composite(img, speckle, speckle).filter(
                    ImageFilter.GaussianBlur(0.4))
            images.append(img)
    finally:
        doc.close()
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    elif suffix in (".tif", ".tiff"):
        images[0].save(out, "TIFF", save_all=True, append_images=images[1:],
                       compression="tiff_deflate", dpi=(dpi, dpi))
    elif suffix in (".jpg", ".jpeg"):
        images[0].save(out, "JPEG", quality=85, dpi=(dpi, dpi))
    else:
        images[0].save(out, "PNG", dpi=(dpi, dpi))
    return out


def generate_corpus(out_dir: Path, count: int, seed: int = 7, *, scanned: bool = False,
                    detail_pages: int = 1) -> list[GeneratedBill]:
    """`count` bills cycling through every layout; scanned ones are image-only (PDF or PNG)."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    bills: list[GeneratedBill] = []
    for i in range(count):
        layout = LAYOUTS[i % len(LAYOUTS)]
        truth = random_truth(rng)
        pdf = out_dir / f"bill-{i:03d}-{layout}.pdf"
        bill = write_bill(pdf, truth, layout, rng, detail_pages)
        if scanned:
            out = out_dir / f"scan-{i:03d}-{layout}.{'png' if i % 2 else 'pdf'}"
            make_scan(pdf, out, rng)
            bill = GeneratedBill(out, bill.truth, layout, scanned=True)
        bills.append(bill)
    return bills


def score_fields(found: BillFieldsLike, truth: BillTruth) -> dict[str, bool]:
    """Field by field, is what was read exactly what was printed (addresses: all five parts)."""

    def addr(a: Address | None) -> tuple[str, ...] | None:
        return None if a is None else (a.line1, a.line2, a.city, a.state, a.postal_code)

    return {
        "carrier": found.carrier == truth.carrier,
        "account_name": found.account_name == truth.account_name,
        "account_number": found.account_number == truth.account_number,
        "statement_date": found.statement_date == truth.statement_date,
        "service_address": addr(found.service_address) == addr(truth.service_address),
        "billing_address": addr(found.billing_address) == addr(truth.billing_address),
        "btn": found.btn == truth.btn,
        "numbers": sorted(found.numbers) == sorted(truth.numbers),
    }
