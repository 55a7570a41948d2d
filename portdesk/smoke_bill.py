"""One fixed sample bill for the installed app's smoke test, and a scan of it.

The smoke test must check the bill reader inside the bundle, which needs a bill; the corpus
generator is test tooling (tests/billcorpus) and is not shipped. This draws one fixed, plain
bill with reportlab (which the LOA already ships) and knows the values printed on it, so the
smoke test can type them back and expect every field to match. It says nothing about accuracy:
that is measured on the corpus in tests/benchmarks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Fictional values (555-01XX numbers); the entries shape of the README
SAMPLE_ENTRY: dict[str, Any] = {
    "account_name": "Harbor View Dental LLC",
    "carrier": "Northwind Telecom",
    "account_number": "8310 4471 0925 118",
    "btn": "+12125550142",
    "numbers": ["+12125550142", "+12125550143"],
    "service_address": {"line1": "1200 Harbor Blvd", "line2": "Suite 210", "city": "Oxnard",
                        "state": "CA", "postal_code": "93035"},
}


def write_sample_bill(path: Path) -> Path:
    """A one-page text PDF bill: header, account box, service address, lines, help line."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    e, height = SAMPLE_ENTRY, letter[1]
    canvas = Canvas(str(path), pagesize=letter)

    def text(x: float, y: float, s: str, size: float = 10, bold: bool = False) -> None:
        canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        canvas.drawString(x, height - y, s)

    text(50, 60, e["carrier"], 18, bold=True)
    text(370, 60, "Statement Date: March 4, 2026")
    text(370, 74, f"Account Number: {e['account_number']}")
    for i, line in enumerate((e["account_name"], "PO Box 4410", "Oxnard, CA 93031")):
        text(72, 130 + 12 * i, line)
    text(50, 210, "Account Summary", 13, bold=True)
    text(50, 235, "Service Address", bold=True)
    address = e["service_address"]
    for i, line in enumerate((address["line1"], address["line2"],
                              f"{address['city']}, {address['state']} {address['postal_code']}")):
        text(50, 247 + 12 * i, line)
    text(320, 235, "Billing Telephone Number", bold=True)
    text(460, 235, "(212) 555-0142")
    text(50, 320, "Telephone Numbers on this Account", bold=True)
    for i, number in enumerate(("(212) 555-0142", "(212) 555-0143")):
        text(50, 333 + 13 * i, number)
        text(180, 333 + 13 * i, "Business Line")
    text(50, 560, "Questions? Call Customer Service at 1-800-555-0199", 8)
    canvas.showPage()
    canvas.save()
    return path


def write_sample_scan(pdf: Path, out: Path, dpi: int = 200) -> Path:
    """The bill as pixels only (a PNG with no text layer), slightly turned as a scanner does."""
    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[0]
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        page.close()
    finally:
        doc.close()
    image.rotate(0.8, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255).save(
        out, "PNG", dpi=(dpi, dpi))
    return out
