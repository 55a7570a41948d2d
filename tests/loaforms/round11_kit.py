"""Layout habits of the eleventh round of drawn forms that earlier rounds draw seldom or never: a
number written in three boxes "( NPA ) NXX - XXXX" on paper, labels right-aligned against their
widgets in a label column, a province chosen from a drop-down (a choice widget), a date on paper
as "__ / __ / ____" segments with no caption of its own, and a row of boxes each captioned in
small capitals along its top edge.

A three-box number is one slot over its three boxes: the scorer reads the characters inside it as
one number, whatever spaces the boxes leave between them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black, white

from tests.loaforms.kit import FONT, Sheet


def npa_slots(s: Sheet, slots: list[dict[str, Any]], x0: float, top: float, cols: int,
              rows: int, col_w: float, first: int = 1, row_h: float = 20) -> None:
    """Paper slots "n.  ( ___ ) ___ - ____" numbered `first`.. down each column; appended to
    `slots` in printed order."""
    made: dict[int, tuple[float, float]] = {}
    for r in range(rows):
        for c in range(cols):
            n = first + c * rows + r
            x, y = x0 + c * col_w, top - r * row_h
            s.right_text(x + 16, y + 4, f"{n}.", 8)
            s.text(x + 20, y + 3, "(", 10)
            s.frame(x + 26, y, 26, 14)
            s.text(x + 54, y + 3, ")", 10)
            s.frame(x + 62, y, 26, 14)
            s.text(x + 91, y + 3, "-", 10)
            s.frame(x + 98, y, 36, 14)
            made[n] = (x + 26, y)
    for n in sorted(made):
        x, y = made[n]
        s.slot(slots, (x, y, x + 108, y + 14), f"number {n} (NPA NXX XXXX)")


def right_label(s: Sheet, label: str, name: str, x_label_end: float, y: float, w: float,
                fld: str | None, h: float = 15, size: float = 8,
                optional: bool = False) -> dict[str, Any]:
    """A label printed right-aligned so it ends just before its widget (a label column)."""
    s.c.setFont(FONT, size)
    s.c.setFillColor(black)
    s.c.drawRightString(x_label_end, y + 4, label)
    return s.widget(name, x_label_end + 5, y, w, h, fld, optional=optional)


def choice_widget(s: Sheet, name: str, x: float, y: float, w: float, options: list[str],
                  fld: str | None, h: float = 15) -> None:
    """A drop-down list (combo box) with a blank first option."""
    s.c.acroForm.choice(name=name, tooltip="", value=" ", options=[" ", *options], x=x, y=y,
                        width=w, height=h, fontSize=8, borderWidth=0.5, borderColor=black,
                        fillColor=white, textColor=black, forceBorder=True, fieldFlags="combo")
    s._place((x, y, x + w, y + h), fld, widget=name)


def seg_date(s: Sheet, x: float, y: float, parts: list[tuple[float, str | None]],
             what: str) -> float:
    """A paper date as underlined segments "____ / ____ / ________" with no caption at all
    (the form's order is said elsewhere, or not at all); returns the x after it."""
    for n, (w, fld) in enumerate(parts):
        s.rule(x, y - 2, x + w)
        s._place((x, y - 4, x + w, y + 11), fld, what=f"{what} part {n + 1}")
        x += w
        if n < len(parts) - 1:
            s.text(x + 3, y, "/", 10)
            x += 12
    return x


def label_box_row(s: Sheet, x: float, y: float, cells: list[tuple[str, float, str | None]],
                  h: float = 26, size: float = 6.5) -> float:
    """A row of boxes, each with its caption in small capitals along its top edge inside the box
    and the value below it; returns the x after the row."""
    for caption, w, fld in cells:
        s.frame(x, y, w, h)
        s.text(x + 3, y + h - 7.5, caption.upper(), size)
        s._place((x + 1, y + 1, x + w - 1, y + h - 9), fld, what=caption)
        x += w
    return x
