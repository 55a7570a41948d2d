"""FIFTEENTH BLIND SPLIT: not for the reader's author (see families/blind15/__init__.py).

Print habits the blind15 families share: words the page shows only as pixels (a raster box, a
bar code, a stamp or a note written on the paper), words the text layer holds and the page does
not show (text under a white box), and numbers printed that are not the customer's.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader

from portdesk.domain.case import Address
from tests.billcorpus.draw import H, Sheet
from tests.billcorpus.truth import Draft

_FONTS = "/usr/share/fonts/truetype/dejavu"


def move_to(d: Draft, service: Address, billing_too: bool = True) -> None:
    """The customer's premises are this address (record and draft both; the billing address
    follows when it was the same)."""
    same = d.customer.billing == d.customer.service
    billing = service if same and billing_too else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


def bill_to(d: Draft, billing: Address) -> None:
    """The bill is mailed to this address (a payer's, not the premises)."""
    d.customer = replace(d.customer, billing=billing)
    d.billing = billing


def outside(d: Draft, npa: str | None = None) -> str:
    """A number printed on the page that is on no line of this account: a trap."""
    n = d.pool.one(npa or d.customer.npa)
    d.help_numbers.append(n)
    return n


def picture(s: Sheet, x: float, y: float, w: float, h: float, rows: Sequence[str],
            size: float = 9, color: str = "#000000", bg: str = "#FFFFFF",
            border: str | None = None, bold_first: bool = False, italic: bool = False,
            angle: float = 0.0, transparent: bool = False) -> None:
    """Words drawn as a raster image: a person (and OCR of a scan) reads them, the text layer
    holds nothing of them."""
    from PIL import Image, ImageDraw, ImageFont

    scale = 4
    img = Image.new("RGBA", (int(w * scale), int(h * scale)),
                    (0, 0, 0, 0) if transparent else bg)
    draw = ImageDraw.Draw(img)
    face = "DejaVuSans-Oblique.ttf" if italic else "DejaVuSans.ttf"
    regular: ImageFont.FreeTypeFont | ImageFont.ImageFont
    bold: ImageFont.FreeTypeFont | ImageFont.ImageFont
    try:
        regular = ImageFont.truetype(f"{_FONTS}/{face}", int(size * scale))
        bold = ImageFont.truetype(f"{_FONTS}/DejaVuSans-Bold.ttf", int(size * scale))
    except OSError:
        regular = bold = ImageFont.load_default()
    if border:
        draw.rectangle((1, 1, img.width - 2, img.height - 2), outline=border, width=scale)
    for i, row in enumerate(rows):
        font = bold if bold_first and i == 0 else regular
        draw.text((4 * scale, (4 + i * size * 1.35) * scale), row, font=font, fill=color)
    if angle:
        img = img.rotate(angle, expand=False, resample=Image.Resampling.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    s.c.drawImage(ImageReader(buf), x, H - y - h, width=w, height=h, mask="auto")


def covered(s: Sheet, x: float, y: float, rows: Sequence[str], size: float = 8.5,
            pad: float = 3) -> None:
    """Text left in the text layer under an opaque white box: the page shows a blank there
    (a template's sample values, or a value the billing system overprinted)."""
    for i, row in enumerate(rows):
        s.c.setFont(s.font, size)
        s.c.setFillColor(HexColor("#000000"))
        s.c.drawString(x, H - (y + i * size * 1.3), row)
    width = max(s.width(r, size) for r in rows) + 2 * pad
    height = size * 1.3 * len(rows) + 2 * pad
    s.box(x - pad, y - size - pad, width, height, fill=HexColor("#FFFFFF"))


def barcode(s: Sheet, x: float, y: float, payload: str, height: float = 22,
            bar: float = 0.9) -> float:
    """Vector bars (no glyphs) encoding nothing a reader decodes; returns the width drawn."""
    c = s.c
    c.setFillColor(HexColor("#000000"))
    xx = x
    for ch in payload:
        v = ord(ch)
        for k in range(4):
            w = bar * (1 + (v >> k & 1))
            c.rect(xx, H - y - height, w, height, stroke=0, fill=1)
            xx += w + bar * (1 + (v >> (k + 2) & 1))
    return xx - x
