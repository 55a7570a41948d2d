"""Drawing primitives for bills: a canvas with a top-left origin, fonts, boxes, tables, logos.

Logos come three ways, as on real bills: a wordmark typed in a display font (it lands in the text
layer, "cox" in lower case), a raster image (no text at all until OCR sees it) and vector art
(shapes only). The bill's own name for the carrier then has to come from its running text.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

W, H = letter
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_TTF = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
        "DejaVuSerif": "DejaVuSerif.ttf", "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
        "DejaVuCond": "DejaVuSansCondensed.ttf", "DejaVuCond-Bold": "DejaVuSansCondensed-Bold.ttf"}
_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
         "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold",
         "DejaVuCond": "DejaVuCond-Bold"}
GREY = HexColor("#555555")
LIGHT = HexColor("#EEEEEE")
_registered = False


def register_fonts() -> None:
    """DejaVu where installed (Debian's fonts-dejavu); the standard 14 fonts otherwise."""
    global _registered
    if _registered:
        return
    _registered = True
    for name, file in _TTF.items():
        if (_DEJAVU / file).exists():
            pdfmetrics.registerFont(TTFont(name, str(_DEJAVU / file)))
        else:
            _BOLD.pop(name.removesuffix("-Bold"), None)


def font_available(name: str) -> bool:
    register_fonts()
    return name in pdfmetrics.getRegisteredFontNames() or name in pdfmetrics.standardFonts


class Sheet:
    """One bill being drawn. y grows downwards; sizes in points."""

    def __init__(self, path: Path, rng: random.Random, font: str = "Helvetica",
                 accent: str = "#003366", title: str = "statement") -> None:
        register_fonts()
        self.c = Canvas(str(path), pagesize=letter, pageCompression=1, invariant=1)
        self.c.setTitle(title)
        self.rng = rng
        self.font = font if font_available(font) else "Helvetica"
        self.accent = HexColor(accent)
        self.page = 1
        self.role = ""  # what the text being drawn is ("stub", "scanline", "help", "detail")
        self.drawn: list[tuple[int, str, str]] = []  # (page, role, text) of every string drawn
        self.rows: list[tuple[int, float, str]] = []  # (page, baseline, text): what shares a row
        self.marks: dict[str, set[int]] = {}  # "btn:+1...", "service:LINE1" -> pages

    # where the truth is printed ------------------------------------------------------------
    @contextmanager
    def roled(self, role: str) -> Iterator[None]:
        """Text drawn inside is of this kind (a scan line proves nothing, call detail little)."""
        before, self.role = self.role, role
        try:
            yield
        finally:
            self.role = before

    def mark(self, field: str, value: str) -> None:
        """The family prints `value` as `field` on this page, under a label that says so.

        The BTN and the service address need it: whether a number or an address is *that*
        field depends on its label, which the drawn text alone does not say. (Numbers, names
        and account numbers are found in the drawn text, except a line no single drawn string
        holds whole: NPA, NXX and LINE in three cells, '555-0100' under an 'Area code 312'
        heading, or hyphens other than the ASCII one; such a line is marked as `number`.)"""
        self.marks.setdefault(f"{field}:{value}", set()).add(self.page)

    # text -----------------------------------------------------------------------------------
    def text(self, x: float, y: float, s: str, size: float = 9, bold: bool = False,
             font: str | None = None, color: Color | None = None, align: str = "left") -> float:
        """Draw `s` with its baseline at y; returns its width."""
        name = font or self.font
        if bold:
            name = _BOLD.get(name, name)
        self.c.setFont(name, size)
        self.c.setFillColor(color or HexColor("#000000"))
        width = pdfmetrics.stringWidth(s, name, size)
        if align == "right":
            x -= width
        elif align == "center":
            x -= width / 2
        self.c.drawString(x, H - y, s)
        self.c.setFillColor(HexColor("#000000"))
        self.drawn.append((self.page, self.role, s))
        self.rows.append((self.page, y, s))
        return width

    def lines(self, x: float, y: float, rows: Sequence[str], size: float = 9,
              leading: float | None = None, bold_first: bool = False, **kw: object) -> float:
        """Stacked lines from baseline y; returns the baseline after the last one."""
        lead = leading or size * 1.3
        for i, row in enumerate(rows):
            self.text(x, y + i * lead, row, size, bold=bold_first and i == 0, **kw)  # type: ignore[arg-type]
        return y + len(rows) * lead

    def width(self, s: str, size: float = 9, bold: bool = False) -> float:
        name = _BOLD.get(self.font, self.font) if bold else self.font
        return float(pdfmetrics.stringWidth(s, name, size))

    # shapes ---------------------------------------------------------------------------------
    def box(self, x: float, y: float, w: float, h: float, fill: Color | None = None,
            stroke: Color | None = None, radius: float = 0, line: float = 0.7) -> None:
        self.c.setLineWidth(line)
        if fill is not None:
            self.c.setFillColor(fill)
        if stroke is not None:
            self.c.setStrokeColor(stroke)
        draw = self.c.roundRect if radius else self.c.rect
        args = (x, H - y - h, w, h, radius) if radius else (x, H - y - h, w, h)
        draw(*args, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        self.c.setFillColor(HexColor("#000000"))
        self.c.setStrokeColor(HexColor("#000000"))

    def rule(self, x0: float, y: float, x1: float, width: float = 0.6,
             color: Color | None = None, dash: bool = False) -> None:
        self.c.setLineWidth(width)
        self.c.setStrokeColor(color or HexColor("#000000"))
        if dash:
            self.c.setDash(3, 3)
        self.c.line(x0, H - y, x1, H - y)
        self.c.setDash()
        self.c.setStrokeColor(HexColor("#000000"))

    def band(self, y: float, h: float, color: Color | None = None, x0: float = 36,
             x1: float = W - 36) -> None:
        self.box(x0, y, x1 - x0, h, fill=color or self.accent)

    # tables ---------------------------------------------------------------------------------
    def table(self, x: float, y: float, headers: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float], size: float = 8, shade: bool = True,
              lead: float = 12, align: Sequence[str] | None = None) -> float:
        """A header row (shaded or ruled) and rows under it; returns the y after the table."""
        total = sum(widths)
        if shade:
            self.box(x - 2, y - size - 2, total + 4, size + 6, fill=LIGHT)
        else:
            self.rule(x, y + 3, x + total, 0.8)
        cols = list(align or ["left"] * len(headers))
        self._row(x, y, headers, widths, size, cols, bold=True)
        yy = y + lead + 2
        for row in rows:
            self._row(x, yy, row, widths, size, cols)
            yy += lead
        return yy

    def _row(self, x: float, y: float, cells: Sequence[str], widths: Sequence[float],
             size: float, cols: Sequence[str], bold: bool = False) -> None:
        xx = x
        for cell, w, how in zip(cells, widths, cols, strict=True):
            if how == "right":
                self.text(xx + w - 4, y, cell, size, bold=bold, align="right")
            else:
                self.text(xx, y, cell, size, bold=bold)
            xx += w

    # logos ----------------------------------------------------------------------------------
    def wordmark(self, x: float, y: float, s: str, size: float = 26, color: str | None = None,
                 font: str = "DejaVuSans-Bold") -> None:
        """A wordmark typed in a display font: it is text, so it is in the text layer."""
        self.text(x, y, s, size, font=font if font_available(font) else "Helvetica-Bold",
                  color=HexColor(color) if color else self.accent)

    def image_logo(self, x: float, y: float, s: str, height: float = 28,
                   color: str = "#003366", bg: str | None = None, mark: str = "") -> None:
        """A raster logo (PNG inside the PDF): no text layer; a scanner or OCR still sees it."""
        from PIL import Image, ImageDraw, ImageFont

        scale = 4
        px = int(height * scale)
        try:
            font = ImageFont.truetype(str(_DEJAVU / "DejaVuSans-Bold.ttf"), int(px * 0.7))
        except OSError:
            font = ImageFont.load_default()
        text_w = int(font.getlength(s)) + px // 3
        mark_w = px if mark else 0
        img = Image.new("RGB", (text_w + mark_w + 8, px), bg or "white")
        draw = ImageDraw.Draw(img)
        if mark == "globe":
            for i in range(5):
                draw.ellipse((2, 2 + i * 0, px - 4, px - 4), outline=color, width=px // 10)
                draw.line((4, px * (i + 1) // 6, px - 6, px * (i + 1) // 6), fill=color,
                          width=px // 14)
        elif mark == "square":
            draw.rectangle((2, 2, px - 6, px - 6), fill=color)
        draw.text((mark_w + 4, px * 0.1), s, font=font, fill=color)
        buf = io.BytesIO()
        img.save(buf, "PNG")
        buf.seek(0)
        w = img.width / scale
        self.c.drawImage(ImageReader(buf), x, H - y - height, width=w, height=height, mask=None)

    def vector_mark(self, x: float, y: float, kind: str, size: float = 28,
                    color: str = "#003366") -> None:
        """Vector art only (no glyphs): a globe of stripes, a 'T' of rectangles, a swoosh."""
        c = self.c
        c.setFillColor(HexColor(color))
        c.setStrokeColor(HexColor(color))
        top = H - y
        if kind == "globe":
            c.circle(x + size / 2, top - size / 2, size / 2, stroke=0, fill=1)
            c.setFillColor(HexColor("#FFFFFF"))
            for i in range(1, 5):
                c.rect(x, top - i * size / 5 - 1.2, size, 1.6, stroke=0, fill=1)
        elif kind == "tee":
            c.rect(x, top - size * 0.3, size, size * 0.3, stroke=0, fill=1)
            c.rect(x + size * 0.36, top - size, size * 0.28, size, stroke=0, fill=1)
            c.rect(x - size * 0.25, top - size * 0.62, size * 0.18, size * 0.18, stroke=0, fill=1)
            c.rect(x + size * 1.07, top - size * 0.62, size * 0.18, size * 0.18, stroke=0, fill=1)
        elif kind == "swoosh":
            p = c.beginPath()
            p.moveTo(x, top - size * 0.7)
            p.curveTo(x + size * 0.5, top, x + size, top - size * 0.2, x + size * 1.6, top - size * 0.5)
            p.curveTo(x + size, top - size * 0.35, x + size * 0.5, top - size * 0.3, x, top - size * 0.7)
            c.drawPath(p, stroke=0, fill=1)
        else:  # bars
            for i in range(4):
                c.rect(x + i * size * 0.28, top - size, size * 0.18, size * (0.4 + 0.2 * i),
                       stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        c.setStrokeColor(HexColor("#000000"))

    # pages ----------------------------------------------------------------------------------
    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1

    def save(self) -> int:
        self.c.showPage()
        self.c.save()
        return self.page
