"""Text and images laid over pages: values on paper-only forms, and the signature itself.

Drawn with reportlab in the embedded Unicode font (so "Núñez" prints on any form) on a page the size
of the target page, then merged onto it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from portdesk.loa.fonts import REGULAR, register_fonts
from portdesk.loa.turned import page_turn

OVERLAY_FONT = 10.0
OVERLAY_MIN_FONT = 5.0


@dataclass(frozen=True, slots=True)
class Stamp:
    page: int  # 0-based
    x: float
    y: float
    text: str = ""
    size: float = OVERLAY_FONT
    image_png: bytes | None = None  # drawn to fit (width, height) keeping its proportions
    width: float = 0.0
    height: float = 0.0


def fit_overlay(text: str, room: float | None, size: float = OVERLAY_FONT) -> tuple[float, bool]:
    register_fonts()
    if room is None:
        return size, True
    needed = stringWidth(text, REGULAR, size)
    if needed <= room:
        return size, True
    smaller = max(OVERLAY_MIN_FONT, size * room / needed)
    return round(smaller, 2), stringWidth(text, REGULAR, smaller) <= room + 0.5


def text_width(text: str, size: float) -> float:
    register_fonts()
    return float(stringWidth(text, REGULAR, size))


def apply_stamps(writer: PdfWriter, stamps: list[Stamp]) -> None:
    if not stamps:
        return
    register_fonts()
    by_page: dict[int, list[Stamp]] = {}
    for s in stamps:
        by_page.setdefault(s.page, []).append(s)
    for page_no, items in sorted(by_page.items()):
        page = writer.pages[page_no]
        turn = page_turn(page)
        buf = io.BytesIO()
        # Page coordinates are absolute: an overlay as big as the box's top-right corner lines up
        # (a turned page's, as a viewer shows it: drawn upright, turned back when merged)
        c = Canvas(buf, pagesize=turn.shown_size, invariant=True)
        for s in items:
            if s.image_png is not None:
                c.drawImage(ImageReader(io.BytesIO(s.image_png)), s.x, s.y, s.width, s.height,
                            mask="auto", preserveAspectRatio=True, anchor="sw")
            if s.text:
                c.setFont(REGULAR, s.size)
                c.drawString(s.x, s.y, s.text)
        c.showPage()
        c.save()
        drawn = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
        if turn.angle:
            page.merge_transformed_page(drawn, turn.back())
        else:
            page.merge_page(drawn)
