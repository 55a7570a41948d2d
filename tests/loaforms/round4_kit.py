"""Layout habits of the fourth round of drawn forms that the first three did not use: grey
placeholder text centred in a box or tiny in its top-left corner, labels set in small caps (a
capital then smaller capitals, two font sizes in one label), bold English labels above a line with
the French caption in italics under it, and a checkbox whose label sits to its right in small caps.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import BOLD, FONT, Sheet

ITALIC = "Helvetica-Oblique"


def grey_box(s: Sheet, label: str, x: float, y: float, w: float, fld: str | None,
             h: float = 22, corner: bool = False, optional: bool = False) -> dict[str, Any]:
    """A box whose only label is light grey text inside it: centred, or small in the top left."""
    place = s.box(x, y, w, h, fld, label, optional=optional)
    s.c.setFillGray(0.68)
    if corner:
        s.c.setFont(FONT, 5.5)
        s.c.drawString(x + 2.5, y + h - 6.5, label)
    else:
        s.c.setFont(FONT, 8)
        s.c.drawCentredString(x + w / 2, y + h / 2 - 2.8, label)
    s.c.setFillGray(0)
    return place


def small_caps(s: Sheet, x: float, y: float, text: str, size: float = 8.5) -> float:
    """Print text in small caps (each word's first letter full size, the rest as smaller
    capitals); returns the x where it ends."""
    s.c.setFillGray(0)
    for n, word in enumerate(text.split()):
        if n:
            x += stringWidth(" ", FONT, size)
        head, rest = word[0], word[1:].upper()
        s.c.setFont(FONT, size)
        s.c.drawString(x, y, head.upper())
        x += stringWidth(head.upper(), FONT, size)
        if rest:
            s.c.setFont(FONT, size * 0.76)
            s.c.drawString(x, y, rest)
            x += stringWidth(rest, FONT, size * 0.76)
    return x


def caps_widget(s: Sheet, label: str, name: str, x: float, y: float, label_w: float, w: float,
                fld: str | None, h: float = 14, optional: bool = False) -> None:
    """A small-caps label on the left, its widget after a fixed label column."""
    small_caps(s, x, y + 3.5, label)
    s.widget(name, x + label_w, y, w, h, fld, optional=optional)


def caps_check(s: Sheet, name: str, x: float, y: float, fld: str | None, label: str,
               size: float = 9) -> None:
    """A checkbox widget with its small-caps label to the right."""
    s.c.acroForm.checkbox(name=name, tooltip="", x=x, y=y, size=size, buttonStyle="check",
                          borderWidth=0.5, forceBorder=True)
    small_caps(s, x + size + 5, y + 1.5, label, 8)
    s._place((x, y, x + size, y + size), fld, widget=name, what=label)


def caps_tick(s: Sheet, x: float, y: float, fld: str | None, label: str) -> None:
    """A printed tick box (paper form) with its small-caps label to the right."""
    s.frame(x, y, 8, 8)
    small_caps(s, x + 12, y + 0.5, label, 8)
    s._place((x, y, x + 8, y + 8), fld, what=f"[ ] {label}")


def bilingual_line(s: Sheet, english: str, french: str, x: float, y: float, x1: float,
                   fld: str | None, optional: bool = False) -> dict[str, Any]:
    """A line to write on: the English label in bold above it, the French in italics under it."""
    s.c.setFillGray(0)
    s.c.setFont(BOLD, 7.5)
    s.c.drawString(x, y + 14, english)
    s.rule(x, y, x1)
    s.c.setFont(ITALIC, 6.5)
    s.c.drawString(x, y - 8, french)
    extra = {"optional": True} if optional else {}
    return s._place((x, y - 2, x1, y + 12), fld, what=english, **extra)
