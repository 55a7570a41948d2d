"""Layout habits of the fourteenth round of drawn forms that earlier rounds draw seldom or never:
a number typed into three widgets "( NPA ) NXX - XXXX" (one place over the three), paper combs
split into groups of uneven widths (an area code, then the number), radio groups whose export
values are 0 and 1 (which one means yes is the printed label's business, not the value's), a
question whose Yes / No ticks say whether numbers stay behind, an office-use panel of blanks, and
a signature block whose printed name, title and date sit under their own lines.

A place over several widgets or comb groups is one place: the scorer reads every character inside
it as one value (a number written "412 555 0142" across three widgets is that number).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from portdesk.loa.fonts import BOLD, REGULAR, font_path
from tests.loaforms.kit import Sheet
from tests.loaforms.round3_kit import under

UFONT, UBOLD = "FormSans", "FormSans-Bold"  # DejaVu under the form's own names, not the filler's
NPA_W = 108  # the width of "( NPA ) NXX - XXXX": 26 + 36 + 46 of widgets and brackets


def npa_widgets(s: Sheet, x: float, y: float, names: Iterator[str], h: float = 14) -> tuple[
        float, float, float, float]:
    """Three widgets for one North American number, "( ___ ) ___ - ____", named in turn from
    `names`; returns the rectangle over all three (the widgets themselves are not places)."""
    s.text(x, y + 3, "(", 10)
    for wx, ww in ((x + 5, 24), (x + 42, 24), (x + 74, 34)):
        s.c.acroForm.textfield(name=next(names), tooltip="", x=wx, y=y, width=ww, height=h,
                               fontSize=9, borderWidth=0.5, borderColor=black, fillColor=white,
                               textColor=black, forceBorder=True)
    s.text(x + 31, y + 3, ")", 10)
    s.text(x + 68, y + 3, "-", 10)
    return (x + 5, y, x + NPA_W, y + h)


def npa_field(s: Sheet, x: float, y: float, names: Iterator[str], fld: str | None,
              what: str) -> None:
    """A single North American number in three widgets (a BTN, a contact number)."""
    s._place(npa_widgets(s, x, y, names), fld, what=f"{what} (three widgets)")


def npa_widget_slots(s: Sheet, slots: list[dict[str, Any]], x0: float, top: float, cols: int,
                     rows: int, col_w: float, names: Iterator[str], first: int = 1,
                     row_h: float = 19) -> None:
    """Numbered slots of three widgets each, printed `first`.. down each column; the widgets are
    created (and named from `names`) across the rows, as a designer tabbing through them would."""
    made: dict[int, tuple[float, float, float, float]] = {}
    for r in range(rows):
        for c in range(cols):
            n = first + c * rows + r
            x, y = x0 + c * col_w, top - r * row_h
            s.right_text(x + 18, y + 4, f"{n}.", 8)
            made[n] = npa_widgets(s, x + 22, y, names)
    for n in sorted(made):
        s.slot(slots, made[n], f"number {n} (three widgets)")


def split_comb(s: Sheet, x: float, y: float, groups: list[int], fld: str | None, what: str,
               cell: float = 11, h: float = 15, gap: float = 7) -> float:
    """Paper comb boxes in groups of uneven widths with a gap between groups ("[][] [][][][]"):
    one place over all of them, read without the boxes' spaces when `fld` is a plain value.
    Returns the x after the last box."""
    x0 = x
    for count in groups:
        for n in range(count):
            s.frame(x + n * cell, y, cell, h)
        x += count * cell + gap
    place = s._place((x0, y, x - gap, y + h), fld, what=f"{what} (comb {'+'.join(map(str, groups))})")
    if fld not in ("number", "btn", "contact_phone", "new_btn", None):
        place["comb"] = True
    return x - gap


def comb_slot(s: Sheet, slots: list[dict[str, Any]], x: float, y: float, groups: list[int],
              what: str, cell: float = 11, h: float = 15) -> float:
    """A number slot written into split comb boxes (area code, then the number)."""
    end = split_comb(s, x, y, groups, "number", what, cell=cell, h=h)
    place = s.places.pop()
    x0, y0, x1, y1 = place["rect"]
    s.slot(slots, (x0, y0, x1, y1), place["what"])
    return end


def radio01(s: Sheet, group: str, x: float, y: float, first: tuple[str, str | None],
            second: tuple[str, str | None], gap: float = 50) -> None:
    """A radio group of two buttons exported as "0" and "1" (the first printed option is 0):
    what each means is said only by its printed label."""
    s.radio(group, "0", x, y, first[1], first[0])
    s.radio(group, "1", x + gap, y, second[1], second[0])


def office_panel(s: Sheet, x: float, y: float, w: float, title: str, labels: list[str],
                 h: float = 46, widgets: Iterator[str] | None = None) -> None:
    """A grey panel for the carrier's own use: its blanks (lines, or widgets) are not ours."""
    s.c.setFillGray(0.92)
    s.c.rect(x, y, w, h, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(x + 6, y + h - 11, title, 7.5, bold=True)
    step = (w - 12) / len(labels)
    for k, label in enumerate(labels):
        bx = x + 6 + k * step
        if widgets is not None:
            s.widget(next(widgets), bx, y + 14, step - 12, 13, None)
            s.text(bx, y + 5, label, 6.5)
        else:
            under(s, label, bx, y + 16, bx + step - 12, None, size=6.5)


def sign_block(s: Sheet, x: float, y: float, captions: list[tuple[str, str | None]],
               widths: list[float], gap: float = 14) -> None:
    """Lines in a row with their captions under them: "signature" draws the ink place (30 points
    over its line), the others are lines under which the form prints what they are for."""
    for (caption, fld), cw in zip(captions, widths, strict=True):
        if fld == "signature":
            s.sign_line(caption, x, y, x + cw, label_below=True)
        else:
            under(s, caption, x, y, x + cw, fld)
        x += cw + gap
    assert x - gap <= s.size[0] - 30, "the signature block runs off the page"


class UnicodeSheet(Sheet):
    """A sheet printed in an embedded Unicode font: Polish (ł, ś, ż) and other letters that the
    base-14 Helvetica cannot print, as a real form in those languages embeds its own font."""

    font: ClassVar[str] = UFONT
    bold_font: ClassVar[str] = UBOLD

    def __post_init__(self) -> None:
        super().__post_init__()
        if UFONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(UFONT, str(font_path(REGULAR))))
            pdfmetrics.registerFont(TTFont(UBOLD, str(font_path(BOLD))))


def unicode_a4(name: str, country: str, language: str, cases: list[str],
               notes: str) -> UnicodeSheet:
    return UnicodeSheet(name, country, language, notes, A4, cases)


def witness_line(s: Sheet, caption: str, x: float, y: float, x1: float) -> None:
    """A witness's signature line: a signature belongs there, but not the customer's (ours)."""
    s.rule(x, y, x1)
    s.text(x, y - 9, caption, 7)
    s._place((x, y - 3, x1, y + 30), None, what=caption)
