"""Layout habits of round 31's drawn forms that earlier kits lack: specimen values printed grey
in the form's own first row or under a blank ('e.g. 020 7946 0000'), labels and column headings
turned 90 degrees, one widget per character ('tel1_1'..'tel1_10') read as one value, and a
back page drawn upside down for a tumble duplex.

A place over several one-character widgets names no widget: the value is read across all of
them, one character per widget (the cells' own spacing is not the value's)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black, white

from tests.loaforms.kit import Sheet


def grey(s: Sheet, x: float, y: float, text: str, size: float = 7.5,
         gray: float = 0.55) -> float:
    """A specimen value printed in grey: the form's own print, never a place for the case."""
    s.c.setFillGray(gray)
    s.c.setFont(s.font, size)
    s.c.drawString(x, y, text)
    s.c.setFillGray(0)
    return x + float(s.c.stringWidth(text, s.font, size))


def vtext(s: Sheet, x: float, y: float, text: str, size: float = 7, bold: bool = False) -> None:
    """Text turned 90 degrees (reading bottom to top), its baseline start at (x, y)."""
    s.c.saveState()
    s.c.translate(x, y)
    s.c.rotate(90)
    s.c.setFont(s.bold_font if bold else s.font, size)
    s.c.setFillGray(0)
    s.c.drawString(0, 0, text)
    s.c.restoreState()


def side_label(s: Sheet, x: float, y0: float, y1: float, text: str, size: float = 8) -> None:
    """A block's label written vertically in a dark strip beside it (from y0 up to y1)."""
    s.c.setFillGray(0.25)
    s.c.rect(x, y0, 14, y1 - y0, stroke=0, fill=1)
    s.c.saveState()
    s.c.translate(x + 10, y0 + 6)
    s.c.rotate(90)
    s.c.setFont(s.bold_font, size)
    s.c.setFillColor(white)
    s.c.drawString(0, 0, text)
    s.c.restoreState()
    s.c.setFillColor(black)


def char_widgets(s: Sheet, prefix: str, x: float, y: float, count: int, fld: str | None,
                 what: str, cell: float = 11, h: float = 14, slots: list[dict[str, Any]] | None
                 = None, start: int = 1, sep: str = "_", comb: bool = False
                 ) -> dict[str, Any] | None:
    """`count` one-character widgets side by side ('tel1_1'..'tel1_10'); one place over them all
    (or one number slot in `slots`)."""
    for n in range(count):
        s.c.acroForm.textfield(name=f"{prefix}{sep}{n + start}", tooltip="", x=x + n * cell,
                               y=y, width=cell, height=h, fontSize=8, borderWidth=0.5,
                               borderColor=black, fillColor=white, textColor=black,
                               forceBorder=True, maxlen=1)
    rect = (x, y, x + count * cell, y + h)
    if slots is not None:
        s.slot(slots, rect, what)
        return None
    extra: dict[str, Any] = {"comb": True} if comb else {}
    return s._place(rect, fld, what=f"{what} ({count} one-character widgets {prefix}{sep}*)",
                    **extra)


def begin_flipped(s: Sheet) -> None:
    """Draw the current page upside down in its own space (the back of a tumble-duplex sheet);
    `rotate_pages(pdf, {page}, 180)` then shows it upright. Paper only: no widgets here."""
    w, h = s.size
    s.c.translate(w, h)
    s.c.rotate(180)


def unflip_places(s: Sheet, page: int) -> None:
    """Bring the places recorded on a flipped page into the page's own space: design (x, y) is
    page (width - x, height - y)."""
    w, h = s.size

    def back(place: dict[str, Any]) -> None:
        if place.get("page") != page:
            return
        x0, y0, x1, y1 = place["rect"]
        place["rect"] = [round(w - x1, 1), round(h - y1, 1), round(w - x0, 1), round(h - y0, 1)]

    for place in s.places:
        back(place)
    for group in s._slot_groups:
        for slot in group["slots"]:
            back(slot)
