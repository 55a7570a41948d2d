"""Pieces tune17's families share: the customer's marks on a kept bill (a circled number, a
tick, a handwritten note, a sticky note), stamps and watermarks over the print, text drawn one
glyph at a time (letter-spaced, or in an order the eye does not read), and moving the customer's
premises to an address written the way a family prints it."""

from __future__ import annotations

import io
from dataclasses import replace

from reportlab.lib.colors import HexColor

from portdesk.domain.case import Address
from tests.billcorpus.draw import H, Sheet
from tests.billcorpus.truth import Draft

INK = "#1F3FA0"  # a ballpoint's blue


def move_to(d: Draft, service: Address, billing_too: bool = True) -> None:
    """The customer's premises are this address (record and draft both, so what a specialist
    types is what the carrier prints; the mailing address follows when it was the same)."""
    same = d.customer.billing == d.customer.service
    billing = service if same and billing_too else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


def rename(d: Draft, name: str) -> None:
    """The account holder's name as the carrier holds it (the customer's record follows)."""
    d.customer = replace(d.customer, name=name)
    d.name = name


def tracked(s: Sheet, x: float, y: float, text: str, size: float = 9, track: float = 1.8,
            bold: bool = False, color: str | None = None) -> float:
    """Letter-spaced text: every glyph its own positioned string with a gap after it ('A C C O
    U N T' to a text extractor, which splits or glues the words). Returns the end x."""
    for ch in text:
        if ch != " ":
            s.text(x, y, ch, size, bold=bold, color=HexColor(color) if color else None)
        x += s.width(ch, size, bold) + track
    return x


def glyphs(s: Sheet, x: float, y: float, value: str, size: float = 9, bold: bool = False) -> float:
    """A value drawn one glyph at a time at its natural advance (one text object per glyph):
    the page reads it whole."""
    name = s.font if not bold else {"DejaVuSans": "DejaVuSans-Bold"}.get(s.font, "Helvetica-Bold")
    from reportlab.pdfbase import pdfmetrics

    s.c.setFont(name, size)
    for ch in value:
        s.c.drawString(x, H - y, ch)
        x += pdfmetrics.stringWidth(ch, name, size)
    s.drawn.append((s.page, s.role, value))
    s.rows.append((s.page, y, value))
    return x


def stamp(s: Sheet, x: float, y: float, words: str, size: float = 22, angle: float = 18,
          color: str = "#C8102E", sub: str = "", in_text: bool = True) -> None:
    """A rubber stamp over the print: a rotated box and its words (in the text layer when
    `in_text`, else drawn as outlines only, a picture to the text layer)."""
    c = s.c
    c.saveState()
    c.translate(x, H - y)
    c.rotate(angle)
    c.setStrokeColor(HexColor(color))
    c.setFillColor(HexColor(color))
    c.setLineWidth(2.2)
    from reportlab.pdfbase import pdfmetrics

    w = pdfmetrics.stringWidth(words, "Helvetica-Bold", size)
    c.roundRect(-8, -10 - (size * 0.5 if sub else 0), w + 16, size + 12 + (size * 0.5 if sub
                                                                          else 0), 4, stroke=1,
                fill=0)
    if in_text:
        c.setFont("Helvetica-Bold", size)
        c.drawString(0, 0, words)
        if sub:
            c.setFont("Helvetica-Bold", size * 0.4)
            c.drawString(0, -size * 0.45, sub)
    else:
        t = c.beginText(0, 0)
        t.setFont("Helvetica-Bold", size)
        t.setTextRenderMode(1)  # stroke only: seen, and no text to extract
        t.textOut(words)
        c.drawText(t)
    c.restoreState()
    if in_text:
        s.drawn.append((s.page, "stamp", words))
        if sub:
            s.drawn.append((s.page, "stamp", sub))


def watermark(s: Sheet, text: str, size: float = 88, angle: float = 38,
              color: str = "#D0D0D0") -> None:
    """A diagonal watermark across the page, in the text layer, crossing the values under it."""
    c = s.c
    c.saveState()
    c.translate(90, H - 640)
    c.rotate(angle)
    c.setFillColor(HexColor(color))
    c.setFont("Helvetica-Bold", size)
    c.drawString(0, 0, text)
    c.restoreState()
    s.drawn.append((s.page, "stamp", text))


def handwriting(s: Sheet, x: float, y: float, text: str, color: str = INK, size: int = 13,
                slant: float = 0.25) -> None:
    """A note in the customer's hand: a raster of slanted strokes (no text layer)."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    scale = 4
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
                                  size * scale)
    except OSError:
        try:
            font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                                      size * scale)
        except OSError:
            font = ImageFont.load_default()
    w = int(font.getlength(text)) + 40
    h = int(size * 1.7) * scale
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    ImageDraw.Draw(img).text((10, 4), text, font=font, fill=color)
    img = img.transform(img.size, Image.Transform.AFFINE, (1, slant, -slant * h / 2, 0, 1, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    s.c.drawImage(ImageReader(buf), x, H - y - h / scale, width=w / scale, height=h / scale,
                  mask="auto")


def circle(s: Sheet, x: float, y: float, w: float, h: float, color: str = INK) -> None:
    """A hand-drawn loop around what sits in (x, y, w, h) (top-left origin): two strokes that
    do not quite close."""
    c = s.c
    c.saveState()
    c.setStrokeColor(HexColor(color))
    c.setLineWidth(1.3)
    b = H - y - h
    p = c.beginPath()
    p.moveTo(x + w * 0.1, b + h * 1.15)
    p.curveTo(x - w * 0.12, b + h * 1.1, x - w * 0.1, b - h * 0.25, x + w * 0.45, b - h * 0.3)
    p.curveTo(x + w * 1.15, b - h * 0.3, x + w * 1.12, b + h * 1.2, x + w * 0.35, b + h * 1.3)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def tick(s: Sheet, x: float, y: float, size: float = 10, color: str = INK) -> None:
    """A check mark made with a pen (a stroke, no text)."""
    c = s.c
    c.saveState()
    c.setStrokeColor(HexColor(color))
    c.setLineWidth(1.6)
    p = c.beginPath()
    p.moveTo(x, H - y - size * 0.5)
    p.lineTo(x + size * 0.35, H - y - size)
    p.lineTo(x + size, H - y + size * 0.2)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def sticky(s: Sheet, x: float, y: float, w: float, h: float, note: str) -> None:
    """A yellow sticky note stuck over part of the page (over text the text layer still holds),
    with a handwritten word or two on it."""
    c = s.c
    c.saveState()
    c.setFillColor(HexColor("#FFF27A"))
    c.setStrokeColor(HexColor("#E0CF50"))
    c.setLineWidth(0.6)
    c.rect(x, H - y - h, w, h, stroke=1, fill=1)
    c.restoreState()
    handwriting(s, x + 4, y + 8, note, size=11, slant=0.15)


def paragraph(s: Sheet, x: float, y: float, text: str, size: float = 9, width: float = 500,
              leading: float | None = None, **kw: object) -> float:
    """Body text wrapped at spaces to `width`; returns the baseline after the last line."""
    rows, row = [], ""
    for w in text.split(" "):
        if row and s.width(f"{row} {w}", size) > width:
            rows.append(row)
            row = w
        else:
            row = f"{row} {w}".strip()
    rows.append(row)
    return s.lines(x, y, rows, size, leading=leading, **kw)
