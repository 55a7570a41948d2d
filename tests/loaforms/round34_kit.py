"""Layout habits of round 34's drawn forms that earlier kits lack: check boxes printed as glyphs
in the text layer of a flat form ('☐ Business'), a label printed after its blank ('__________
account number'), a date in words ('this ____ day of __________, 20__'), one value split over
several widgets or boxes with printed separators ('( __ ) ____ - ____'), grey placeholder print
inside a paper box, footnote marks, and section titles turned 90 degrees in the left margin.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import Sheet
from tests.loaforms.round14_kit import UnicodeSheet

EMPTY, TICKED = "\u2610", "\u2611"


def unicode_letter(name: str, country: str, language: str, cases: list[str],
                   notes: str) -> UnicodeSheet:
    return UnicodeSheet(name, country, language, notes, LETTER, cases)


def unicode_a4(name: str, country: str, language: str, cases: list[str],
               notes: str) -> UnicodeSheet:
    return UnicodeSheet(name, country, language, notes, A4, cases)


def glyph_tick(s: Sheet, x: float, y: float, fld: str | None, label: str, size: float = 8.5,
               glyph: str = EMPTY) -> float:
    """A check box that is a character of the text layer ('☐ Business'), on a flat form: the
    place is the glyph's own square. Returns the x after the label."""
    s.c.setFont(s.font, size + 2)
    s.c.setFillColor(black)
    s.c.drawString(x, y, glyph)
    gw = float(stringWidth(glyph, s.font, size + 2))
    end = s.text(x + gw + 3, y, label, size)
    s._place((x, y - 1.5, x + gw, y + size + 0.5), fld, what=f"{glyph} {label}")
    return end


def label_after(s: Sheet, x: float, y: float, x1: float, label: str, fld: str | None,
                size: float = 8, optional: bool = False) -> float:
    """'__________ account number': the blank first, its label printed after it."""
    s.rule(x, y - 2, x1)
    extra = {"optional": True} if optional else {}
    s._place((x, y - 4, x1, y + 11), fld, what=f"(before) {label}", **extra)
    return s.text(x1 + 4, y, label, size)


def grey_box(s: Sheet, x: float, y: float, w: float, h: float, fld: str | None,
             placeholder: str, what: str, size: float = 7, optional: bool = False
             ) -> dict[str, Any]:
    """A paper box with a grey placeholder printed inside it ('Nom / Name', 'DD/MM/YYYY'): the
    writing goes over the grey print, which is the form's."""
    s.frame(x, y, w, h)
    s.c.setFillGray(0.6)
    s.c.setFont(s.font, size)
    s.c.drawString(x + 3, y + (h - size) / 2 + 1, placeholder)
    s.c.setFillColor(black)
    extra = {"optional": True} if optional else {}
    return s._place((x, y, x + w, y + h), fld, what=what, **extra)


def words_date(s: Sheet, x: float, y: float, parts: list[str],
               blanks: list[tuple[float, str | None]],
               size: float = 8.5, year_prefix: str = "20") -> float:
    """A date written into a sentence: `parts` are the printed words around the blanks ('this',
    'day of', ',') and `blanks` (width, field) the lines between them; a `year_prefix` is printed
    before the last blank (its two last digits). Returns the x at the end."""
    for n, text in enumerate(parts):
        x = s.text(x, y, text, size) + 3 if text else x
        if n < len(blanks):
            w, fld = blanks[n]
            if n == len(blanks) - 1 and year_prefix:
                x = s.text(x, y, year_prefix, size) + 1
            s.rule(x, y - 2, x + w)
            s._place((x, y - 4, x + w, y + 11), fld, what=f"date in words blank {n + 1}")
            x += w + 3
    return x


def split_widgets(s: Sheet, x: float, y: float, parts: list[tuple[float, str]], seps: list[str],
                  h: float = 14, lead: str = "", trail: str = "", size: float = 9
                  ) -> tuple[float, float, float, float]:
    """One value over several widgets with printed separators between them ('( 41 ) 3555 -
    0140'): `parts` are (width, widget name), `seps` the print between two widgets, `lead` and
    `trail` around them. Returns the rectangle over the widgets (the value's one place)."""
    if lead:
        x = s.text(x, y + 3.5, lead, size) + 2
    x0 = x
    for n, (w, name) in enumerate(parts):
        s.c.acroForm.textfield(name=name, tooltip="", x=x, y=y, width=w, height=h, fontSize=9,
                               borderWidth=0.5, borderColor=black, fillColor=white,
                               textColor=black, forceBorder=True, annotationFlags="print")
        x += w
        if n < len(seps):
            x = s.text(x + 2, y + 3.5, seps[n], size) + 2
    if trail:
        s.text(x + 2, y + 3.5, trail, size)
    return (x0, y, x, y + h)


def split_boxes(s: Sheet, x: float, y: float, widths: list[float], seps: list[str],
                h: float = 14, lead: str = "", size: float = 9,
                fields: list[str | None] | None = None, what: str = ""
                ) -> tuple[float, float, float, float]:
    """The paper twin of `split_widgets`: printed boxes with separators between them; with
    `fields` each box is its own place (a date's day | month | year)."""
    if lead:
        x = s.text(x, y + 3.5, lead, size) + 2
    x0 = x
    for n, w in enumerate(widths):
        s.frame(x, y, w, h)
        if fields is not None:
            s._place((x, y, x + w, y + h), fields[n], what=f"{what} box {n + 1}")
        x += w
        if n < len(seps):
            x = s.text(x + 2, y + 3.5, seps[n], size) + 2
    return (x0, y, x, y + h)


def footnote_label(s: Sheet, x: float, y: float, label: str, mark: str, size: float = 7.5,
                   bold: bool = False) -> float:
    """A label with a footnote mark after it, raised and small ('Account number¹')."""
    end = s.text(x, y, label, size, bold)
    return s.text(end + 0.5, y + size * 0.4, mark, size * 0.7)


def margin_title(s: Sheet, x: float, y0: float, y1: float, text: str, size: float = 8) -> None:
    """A section's title turned 90 degrees in the left margin, in a thin frame from y0 to y1."""
    s.frame(x, y0, 13, y1 - y0)
    s.c.saveState()
    s.c.translate(x + 9.5, y0 + 5)
    s.c.rotate(90)
    s.c.setFont(s.bold_font, size)
    s.c.setFillColor(black)
    s.c.drawString(0, 0, text)
    s.c.restoreState()


def head_row(s: Sheet, x: float, top: float, heads: Sequence[tuple[str, float]], h: float = 13,
             size: float = 6.5) -> float:
    """A table's header row of labels in grey cells; returns the y under it."""
    cx = x
    for head, w in heads:
        s.c.setFillGray(0.88)
        s.c.rect(cx, top - h, w, h, stroke=1, fill=1)
        s.c.setFillColor(black)
        s.text(cx + 2.5, top - h + 4, head, size, bold=True)
        cx += w
    return top - h
