"""Layout habits of the fifteenth round of drawn forms that the shared kit and earlier rounds'
kits lack: a scanned paper form (each page an image as a scanner makes it, the words kept as an
invisible OCR text layer over it, no vector line or box left to see), a web form builder's PDF
export (a label over every input and a small sub-label under it, widgets named after the
builder's question ids), and a label printed in two languages side by side in one cell.

A scanned page keeps the drawn form's geometry: the image is the drawn page rendered, so every
place the builder recorded is where the scan shows its blank.
"""

from __future__ import annotations

import io
import random
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream, NumberObject
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from tests.loaforms.kit import Sheet
from tests.loaforms.round4_kit import ITALIC

_TEXT_OPS = {b"BT", b"ET", b"Tf", b"Td", b"TD", b"Tm", b"T*", b"Tj", b"TJ", b"'", b'"', b"Tc",
             b"Tw", b"Tz", b"TL", b"Ts", b"q", b"Q", b"cm"}


def _scan_image(page: pdfium.PdfPage, seed: int, dpi: int) -> Image.Image:
    """The page as a cheap office scanner sees it: grey paper, toner specks, soft edges, the
    shadows of two punched holes in the margin."""
    img: Image.Image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    rnd = random.Random(seed)
    img = img.filter(ImageFilter.GaussianBlur(0.6)).point(lambda v: int(v * 0.86 + 14))
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(900):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice((0, 0, 0, 1))
        draw.ellipse((x, y, x + r, y + r), fill=rnd.randrange(40, 150))
    for cy in (h * 0.25, h * 0.75):
        draw.ellipse((int(w * 0.015), int(cy - 9), int(w * 0.015) + 18, int(cy + 9)), fill=70)
    return img


def _ocr_layer(page: Any, writer: PdfWriter) -> ContentStream:
    """The page's own words drawn invisibly (text render mode 3), as OCR lays them over a scan;
    every line, box and fill of the drawing is dropped (the scan shows them)."""
    ops = ContentStream(page.get_contents(), writer).operations
    kept: list[tuple[list[Any], bytes]] = []
    for operands, op in ops:
        if op not in _TEXT_OPS:
            continue
        kept.append((operands, op))
        if op == b"BT":
            kept.append(([NumberObject(3)], b"Tr"))
    layer = ContentStream(None, writer)
    layer.operations = kept
    return layer


def scanned(pdf: bytes, seed: int, dpi: int = 110) -> bytes:
    """A drawn paper form made into a scanned-then-OCRed one: every page an image of itself with
    its words as an invisible text layer at the same places."""
    doc = pdfium.PdfDocument(pdf)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    try:
        for n, page in enumerate(writer.pages):
            w, h = float(page.mediabox.width), float(page.mediabox.height)
            img = _scan_image(doc[n], seed + n, dpi)
            buf = io.BytesIO()
            c = Canvas(buf, pagesize=(w, h), invariant=True)
            c.drawImage(ImageReader(img), 0, 0, w, h)
            c.showPage()
            c.save()
            page.replace_contents(_ocr_layer(page, writer))
            page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0], over=False)
    finally:
        doc.close()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def builder_input(s: Sheet, label: str, name: str, x: float, y: float, w: float,
                  fld: str | None, sub: str = "", h: float = 18, required: bool = False,
                  optional: bool = False) -> dict[str, Any]:
    """A web form builder's input: its question label in bold above (a red asterisk when
    required), the input box, and a small grey sub-label under it."""
    end = s.text(x, y + h + 4, label, 8.5, bold=True)
    if required:
        s.c.setFillColorRGB(0.8, 0.1, 0.1)
        s.c.drawString(end + 2, y + h + 4, "*")
        s.c.setFillGray(0)
    place = s.widget(name, x, y, w, h, fld, optional=optional)
    if sub:
        s.c.setFillGray(0.45)
        s.c.setFont(s.font, 6.5)
        s.c.drawString(x + 1, y - 8, sub)
        s.c.setFillGray(0)
    return place


def two_tongues(s: Sheet, x: float, y: float, first: str, second: str, gap: float = 10,
                size: float = 7.5) -> float:
    """One label in two languages side by side, the first upright, the second in italics after
    a slash; returns the x after it."""
    end = s.text(x, y, first, size, bold=True)
    end = s.text(end + 3, y, "/", size) + 3
    s.c.setFont(ITALIC, size)
    s.c.drawString(end, y, second)
    return end + float(s.c.stringWidth(second, ITALIC, size)) + gap
