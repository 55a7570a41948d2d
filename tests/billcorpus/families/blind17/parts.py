"""SEVENTEENTH BLIND SPLIT: not for the reader's author (see families/blind17/__init__.py).

Print habits the blind17 families share: text drawn one glyph at a time (tracked headings and
account boxes), drawing in an order that is not the page's reading order, stamps and watermarks
over the text, the customer's own marks on the page (a circled number, a tick, a note in the
margin, a sticky note), long tables continued over a page break, and numbers printed that are not
the customer's.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

from tests.billcorpus.draw import _BOLD, H, Sheet
from tests.billcorpus.truth import Draft

_FONTS = "/usr/share/fonts/truetype/dejavu"


def outside(d: Draft, npa: str | None = None) -> str:
    """A number printed on the page that is on no line of this account: a trap."""
    n = d.pool.one(npa or d.customer.npa)
    d.help_numbers.append(n)
    return n


def glyphs(s: Sheet, x: float, y: float, value: str, size: float = 9, track: float = 0.0,
           bold: bool = False, color: Color | None = None, font: str | None = None) -> float:
    """`value` drawn one glyph at a time (a text object per character), each advanced by its
    width plus `track` points: what kerned and tracked print does to a text layer. The drawing
    log holds the value whole (the page reads it whole). Returns the width drawn."""
    name = font or s.font
    if bold:
        name = _BOLD.get(name, name)
    s.c.setFillColor(color or HexColor("#000000"))
    start = x
    for ch in value:
        s.c.setFont(name, size)
        s.c.drawString(x, H - y, ch)
        x += pdfmetrics.stringWidth(ch, name, size) + track
    s.c.setFillColor(HexColor("#000000"))
    s.drawn.append((s.page, s.role, value))
    s.rows.append((s.page, y, value))
    return x - start


def spaced(s: Sheet, x: float, y: float, word: str, size: float, space: float,
           color: Color | None = None, bold: bool = True) -> None:
    """A heading letter-spaced by the PDF's character spacing (one text object)."""
    name = _BOLD.get(s.font, s.font) if bold else s.font
    t = s.c.beginText(x, H - y)
    t.setFont(name, size)
    t.setCharSpace(space)
    t.textOut(word)
    t.setCharSpace(0)
    s.c.setFillColor(color or s.accent)
    s.c.drawText(t)
    s.c.setFillColor(HexColor("#000000"))
    s.drawn.append((s.page, s.role, word))
    s.rows.append((s.page, y, word))


class Later:
    """Drawing calls kept, then run in an order of the family's choosing: the content stream's
    order is then not the page's (values before their labels, one column's rows between the
    other's), and only the positions say what reads with what."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Callable[[], object]]] = []

    def add(self, kind: str, call: Callable[[], object]) -> None:
        self.calls.append((kind, call))

    def run(self, order: Sequence[str]) -> None:
        """Run the kept calls kind by kind in `order` (kinds not named run last)."""
        done: set[int] = set()
        for kind in order:
            for i, (k, call) in enumerate(self.calls):
                if k == kind and i not in done:
                    call()
                    done.add(i)
        for i, (_, call) in enumerate(self.calls):
            if i not in done:
                call()


def overlay_text(s: Sheet, x: float, y: float, word: str, size: float, angle: float,
                 color: str = "#C8102E", alpha: float = 0.35) -> None:
    """A watermark or stamp that is text: drawn turned and translucent across what is under it,
    so the text layer holds it among the page's words (the drawing log says it is a stamp)."""
    c = s.c
    c.saveState()
    c.translate(x, H - y)
    c.rotate(angle)
    c.setFillColor(HexColor(color), alpha=alpha)
    c.setStrokeColor(HexColor(color), alpha=alpha)
    c.setFont("Helvetica-Bold", size)
    c.drawString(0, 0, word)
    c.restoreState()
    with s.roled("stamp"):
        s.drawn.append((s.page, s.role, word))
    s.rows.append((s.page, -2000.0 - len(s.rows), word))  # shares no row with the page's text


def _raster(s: Sheet, x: float, y: float, rows: Sequence[str], color: str, size: float,
            slant: float, angle: float, face: str = "DejaVuSerif.ttf",
            frame: str | None = None) -> None:
    """Rows of hand-made marks as a picture: no text layer, OCR may or may not read them."""
    from PIL import Image, ImageDraw, ImageFont

    scale = 4
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    try:
        font = ImageFont.truetype(f"{_FONTS}/{face}", int(size * scale))
    except OSError:
        font = ImageFont.load_default()
    lead = int(size * scale * 1.35)
    w = int(max(font.getlength(r) for r in rows)) + 16 * scale
    h = lead * len(rows) + 8 * scale
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    if frame:
        draw.rectangle((2, 2, w - 3, h - 3), outline=frame, width=3 * scale // 2)
    for i, row in enumerate(rows):
        draw.text((8 * scale, 4 * scale + i * lead), row, font=font, fill=color)
    if slant:
        img = img.transform(img.size, Image.Transform.AFFINE, (1, slant, -slant * h / 2, 0, 1, 0))
    if angle:
        img = img.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    s.c.drawImage(ImageReader(buf), x, H - y - img.height / scale, width=img.width / scale,
                  height=img.height / scale, mask="auto")


def handwriting(s: Sheet, x: float, y: float, rows: Sequence[str], color: str = "#1F3FA0",
                size: float = 11, angle: float = 0.0) -> None:
    """A note in the customer's hand (slanted strokes, a picture with no text layer); (x, y) is
    its top left corner."""
    _raster(s, x, y, rows, color, size, 0.22, angle, "DejaVuSerif.ttf")


def rubber_stamp(s: Sheet, x: float, y: float, rows: Sequence[str], color: str = "#C8102E",
                 size: float = 15, angle: float = 12.0) -> None:
    """An inked stamp pressed on the paper (a framed picture, no text layer)."""
    _raster(s, x, y, rows, color, size, 0.0, angle, "DejaVuSans-Bold.ttf", frame=color)


def circle(s: Sheet, x: float, y: float, w: float, h: float, color: str = "#1F3FA0") -> None:
    """A pen circle drawn round something printed: (x, y) its top left, y growing downwards."""
    c = s.c
    c.saveState()
    c.setStrokeColor(HexColor(color))
    c.setLineWidth(1.3)
    c.ellipse(x, H - y - h, x + w, H - y, stroke=1, fill=0)
    c.ellipse(x + 2, H - y - h - 1.5, x + w + 3, H - y + 1, stroke=1, fill=0)
    c.restoreState()


def tick(s: Sheet, x: float, y: float, color: str = "#1F3FA0", size: float = 10) -> None:
    """A pen tick beside a value."""
    c = s.c
    c.saveState()
    c.setStrokeColor(HexColor(color))
    c.setLineWidth(1.6)
    p = c.beginPath()
    p.moveTo(x, H - y - size * 0.55)
    p.lineTo(x + size * 0.35, H - y - size)
    p.lineTo(x + size, H - y)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def sticky_note(s: Sheet, x: float, y: float, w: float, h: float, rows: Sequence[str],
                angle: float = -4.0) -> None:
    """A yellow sticky note stuck on the page before it was scanned: it hides what is under it
    on the page (the text layer still holds that text), with the customer's words on it."""
    c = s.c
    c.saveState()
    c.translate(x + w / 2, H - y - h / 2)
    c.rotate(angle)
    c.setFillColor(HexColor("#CFC36A"))
    c.rect(-w / 2 + 2, -h / 2 - 2, w, h, stroke=0, fill=1)  # its shadow
    c.setFillColor(HexColor("#FFF27A"))
    c.rect(-w / 2, -h / 2, w, h, stroke=0, fill=1)
    c.restoreState()
    handwriting(s, x + 4, y + 6, rows, color="#222222", size=10, angle=angle)


def continued_rows(s: Sheet, top: float, rows: Sequence[Sequence[str]],
                   header: Callable[[float, bool], float], row: Callable[[float, Sequence[str]],
                                                                        None],
                   lead: float, bottom: float, new_page: Callable[[], float]) -> float:
    """Rows of a table under its header; past `bottom` the page breaks, `new_page` draws the next
    page's running head (returning where the table goes on), and the header is drawn again
    with its 'continued' mark. Returns the y after the last row."""
    y = header(top, False)
    for cells in rows:
        if y > bottom:
            y = header(new_page(), True)
        row(y, cells)
        y += lead
    return y
