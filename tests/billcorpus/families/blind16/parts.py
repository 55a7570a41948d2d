"""SIXTEENTH BLIND SPLIT: not for the reader's author (see families/blind16/__init__.py).

Print habits the blind16 families share: text drawn turned (90 or 180 degrees), labels drawn as
icons only (a house, a handset, a person, a calendar), a page that is a picture with a scanner's
invisible OCR layer over it, and numbers printed that are not the customer's.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader

from tests.billcorpus.draw import H, Sheet, W
from tests.billcorpus.truth import Draft

_FONTS = "/usr/share/fonts/truetype/dejavu"


def outside(d: Draft, npa: str | None = None) -> str:
    """A number printed on the page that is on no line of this account: a trap."""
    n = d.pool.one(npa or d.customer.npa)
    d.help_numbers.append(n)
    return n


def turned(s: Sheet, x: float, y: float, rows: Sequence[str], angle: float, size: float = 8,
           bold: bool = False, color: str = "#000000") -> None:
    """Lines drawn turned by `angle` degrees (counter-clockwise) about (x, y), the first line's
    baseline origin; the text layer holds them (turned), and so does the page."""
    c = s.c
    c.saveState()
    c.translate(x, H - y)
    c.rotate(angle)
    name = f"{s.font}-Bold" if bold and s.font == "Helvetica" else s.font
    c.setFont(name, size)
    c.setFillColor(HexColor(color))
    for i, row in enumerate(rows):
        c.drawString(0, -i * size * 1.3, row)
        s.drawn.append((s.page, s.role, row))
        s.rows.append((s.page, -1000.0 - len(s.rows), row))  # shares no row with other text
    c.restoreState()


def icon(s: Sheet, kind: str, x: float, y: float, size: float = 10,
         color: str = "#444444") -> None:
    """A label drawn as a glyph of vector shapes only (no text): 'house', 'handset', 'person',
    'calendar'. (x, y) is the icon's top left corner, y growing downwards."""
    c = s.c
    c.saveState()
    c.setFillColor(HexColor(color))
    c.setStrokeColor(HexColor(color))
    c.setLineWidth(size / 9)
    top, u = H - y, size / 10
    if kind == "house":
        p = c.beginPath()
        p.moveTo(x, top - 4.5 * u)
        p.lineTo(x + 5 * u, top)
        p.lineTo(x + 10 * u, top - 4.5 * u)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(x + 1.5 * u, top - 10 * u, 7 * u, 5.5 * u, stroke=0, fill=1)
        c.setFillColor(HexColor("#FFFFFF"))
        c.rect(x + 4 * u, top - 10 * u, 2 * u, 3.5 * u, stroke=0, fill=1)
    elif kind == "handset":
        c.roundRect(x + 3.5 * u, top - 10 * u, 3 * u, 10 * u, u, stroke=0, fill=1)
        c.roundRect(x + 1 * u, top - 3 * u, 8 * u, 3 * u, u, stroke=0, fill=1)
        c.roundRect(x + 1 * u, top - 10 * u, 8 * u, 3 * u, u, stroke=0, fill=1)
    elif kind == "person":
        c.circle(x + 5 * u, top - 3 * u, 2.6 * u, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(x + 0.5 * u, top - 10 * u)
        p.curveTo(x + 0.5 * u, top - 5 * u, x + 9.5 * u, top - 5 * u, x + 9.5 * u, top - 10 * u)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    else:  # calendar
        c.rect(x + 0.5 * u, top - 10 * u, 9 * u, 8.5 * u, stroke=1, fill=0)
        c.rect(x + 0.5 * u, top - 4 * u, 9 * u, 2.5 * u, stroke=0, fill=1)
        for k in range(3):
            c.rect(x + (2 + 2.4 * k) * u, top - 1.5 * u, 0.8 * u, 1.5 * u, stroke=0, fill=1)
    c.restoreState()


def invisible(s: Sheet, x: float, y: float, text: str, size: float, seen: str) -> None:
    """A scanner's OCR text over its picture: drawn in render mode 3 (not painted), so the page
    shows only the picture while the text layer holds `text`, the OCR's reading (errors and
    all). The drawing log records `seen`, what the page shows there."""
    t = s.c.beginText()
    t.setTextRenderMode(3)
    t.setFont("Helvetica", size)
    t.setTextOrigin(x, H - y)
    t.textOut(text)
    s.c.drawText(t)
    s.drawn.append((s.page, s.role, seen))
    s.rows.append((s.page, y, seen))


# x, y, shown, size, bold, the OCR's reading, the role of the words ('help', 'stub', ...)
Item = tuple[float, float, str, float, bool, str, str]


def scanned_page(s: Sheet, items: Sequence[Item], rules: Sequence[tuple[float, float, float]],
                 tint: str = "#F7F5EF", seed: int = 0) -> None:
    """A whole page as a scanner's searchable PDF: one picture of the printed page (the words in
    `items` as printed, slightly grey paper, a few specks) and, over it, the OCR's invisible
    reading of each word run. `rules` are horizontal lines (x0, y, x1) of the printed form."""
    import random

    from PIL import Image, ImageDraw, ImageFont

    scale = 2.0
    img = Image.new("RGB", (int(W * scale), int(H * scale)), tint)
    draw = ImageDraw.Draw(img)
    fonts: dict[tuple[float, bool], ImageFont.FreeTypeFont | ImageFont.ImageFont] = {}

    def font(size: float, bold: bool) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        if (size, bold) not in fonts:
            face = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
            try:
                fonts[size, bold] = ImageFont.truetype(f"{_FONTS}/{face}", int(size * scale))
            except OSError:
                fonts[size, bold] = ImageFont.load_default()
        return fonts[size, bold]

    for x0, y, x1 in rules:
        draw.line((x0 * scale, y * scale, x1 * scale, y * scale), fill="#222222",
                  width=int(scale))
    for x, y, shown, size, bold, _, _ in items:
        # the baseline at y: PIL places the top of the line box, so lift it by the ascent
        draw.text((x * scale, (y - size * 0.95) * scale), shown, font=font(size, bold),
                  fill="#151515")
    specks = random.Random(seed)
    for _ in range(160):
        px, py = specks.randrange(img.width), specks.randrange(img.height)
        draw.point((px, py), fill="#8A8A8A")
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    buf.seek(0)
    s.c.drawImage(ImageReader(buf), 0, 0, width=W, height=H)
    for x, y, shown, size, _bold, read, role in items:
        with s.roled(role):
            invisible(s, x, y, read, size, shown)
