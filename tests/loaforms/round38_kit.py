"""Layout habits of round 38's drawn forms that earlier kits lack: a date as three widgets or
boxes in the form's own order (day | month | year, month | day | year), an example value printed
beside a blank ("e.g. John Smith") that is the form's, never a value, a section heading that
alone tells apart three blocks with the same labels ("Name", "Phone"), and a picture-only page
whose blanks sit on a coloured background under a diagonal watermark.

The places are recorded as drawn; the tinted picture keeps every place where it was drawn."""

from __future__ import annotations

import io
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from portdesk.loa.fonts import BOLD, font_path
from tests.loaforms.kit import Sheet


def date_widgets(s: Sheet, x: float, y: float, prefix: str | None,
                 parts: list[tuple[str, str, float]], names: list[str] | None = None,
                 sep: str = "", h: float = 15) -> float:
    """A date as three blanks in the form's own order, each captioned small under it: `parts`
    is (caption, part, width) with part day / month / year; `prefix` "requested" or
    "date_signed" (None: a date not ours). Widgets when `names` gives them, paper boxes
    otherwise; `sep` printed between the blanks. Returns the x after the last blank."""
    for k, (cap, part, wd) in enumerate(parts):
        fld = f"{prefix}_{part}" if prefix else None
        if names:
            s.c.acroForm.textfield(name=names[k], tooltip="", x=x, y=y, width=wd, height=h,
                                   fontSize=9, borderWidth=0.5, forceBorder=True,
                                   annotationFlags="print")
            s._place((x, y, x + wd, y + h), fld, widget=names[k], what=cap)
        else:
            s.box(x, y, wd, h, fld, cap)
        s.text(x + 1, y - 7, cap, 5.5)
        x += wd
        if sep and k < len(parts) - 1:
            s.text(x + 2, y + 4, sep, 9)
            x += 10
        else:
            x += 4
    return x


def example(s: Sheet, x: float, y: float, text: str, size: float = 6.5) -> None:
    """An example value printed beside or under a blank ("e.g. John Smith, 555-123-4567"):
    the form's own words, never a value to copy; no place of its own (it is outside every
    blank)."""
    s.c.setFillGray(0.35)
    s.c.setFont(s.font, size)
    s.c.drawString(x, y, text)
    s.c.setFillGray(0)


def tinted_picture(pdf: bytes, page: int, dpi: int = 150,
                   tint: tuple[int, int, int] = (255, 244, 214),
                   watermark: str = "", mark_ink: tuple[int, int, int] = (236, 214, 170)
                   ) -> bytes:
    """The drawn page `page` of a one-page form made a picture only, printed on coloured paper:
    rendered in colour at `dpi`, its white turned `tint`, a large diagonal `watermark` drawn
    behind the ink (under the blanks too), and put back as the page's one image with no text
    layer. The places keep their rectangles (no skew)."""
    doc = pdfium.PdfDocument(pdf)
    w, h = doc[page - 1].get_size()
    ink = doc[page - 1].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    paper = Image.new("RGB", ink.size, tint)
    if watermark:
        size = int(ink.size[0] / max(6, len(watermark)) * 1.1)
        font = ImageFont.truetype(str(font_path(BOLD)), size)
        layer = Image.new("L", ink.size, 0)
        ImageDraw.Draw(layer).text((ink.size[0] // 2, ink.size[1] // 2), watermark, fill=255,
                                   font=font, anchor="mm")
        layer = layer.rotate(35, resample=Image.Resampling.BICUBIC)
        paper.paste(Image.new("RGB", ink.size, mark_ink), (0, 0), layer)
    shot = ImageChops.multiply(paper, ink)  # the ink over the paper: black stays black
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(w, h), invariant=True)
    c.drawImage(ImageReader(shot), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


def heading(s: Sheet, x: float, y: float, width: float, title: str, size: float = 8.5) -> None:
    """A section heading as a thin rule over bold words: the only thing that tells one block of
    "Name | Phone" from the next."""
    s.rule(x, y + size + 3, x + width, 1.2)
    s.text(x, y, title, size, bold=True)


def place_of(places: list[dict[str, Any]]) -> int:
    """The index of the last place recorded (for `by_click`)."""
    return len(places) - 1
