"""Layout habits of the seventh round of drawn forms that earlier rounds draw seldom or never:
captions printed under bare lines (the same captions twice, in a service-address column beside a
billing-address column), captions printed inside a box's top-left corner (on paper, or over a
widget in the box's lower part), an "initials" blank at the foot of every page, and a grid of
label cells beside value cells on paper.

An initials blank has no field of its own in the scorer's vocabulary: it is drawn as optional and
meant for no value (nothing of ours is wrong there, nothing is required)."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import Sheet


def under(s: Sheet, caption: str, x: float, y: float, x1: float, fld: str | None,
          optional: bool = False) -> dict[str, Any]:
    """A bare line with its caption printed just under it (the US "labels under lines" habit)."""
    place = s.line_under(x, y, x1, fld, caption)
    if optional:
        place["optional"] = True
    s.text(x + 1, y - 8, caption, 6.5)
    return place


def corner_box(s: Sheet, caption: str, x: float, y: float, w: float, h: float,
               fld: str | None, widget: str | None = None, optional: bool = False) -> None:
    """A box with its caption printed in its top-left corner; the value goes in the box's lower
    part (a widget there when `widget` is given, else the lower part on paper)."""
    s.frame(x, y, w, h)
    s.text(x + 3, y + h - 7.5, caption, 6.2)
    if widget:
        s.widget(widget, x + 2, y + 1.5, w - 4, h - 11, fld, optional=optional)
        s.c.setLineWidth(0.6)
        return
    extra = {"optional": True} if optional else {}
    s._place((x + 1, y + 1, x + w - 1, y + h - 9), fld, what=caption, **extra)


def initials(s: Sheet, x: float, y: float) -> None:
    """'Customer initials ____' at a page's foot: optional, no value of ours belongs there."""
    s.blank("Customer initials:", x, y, x + 130, None, size=7.5, optional=True)


def grid_row(s: Sheet, x: float, y: float, cells: list[tuple[str, float, float, str | None]],
             h: float = 18, optional: tuple[str, ...] = ()) -> None:
    """A row of grey label cells each followed by a printed value cell: (label, label width,
    value width, field)."""
    for label, lw, vw, fld in cells:
        s.c.setFillGray(0.88)
        s.c.rect(x, y, lw, h, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(x + 3, y + 5.5, label, 7.5)
        s.box(x + lw, y, vw, h, fld, label, optional=label in optional)
        x += lw + vw


def range_rows(s: Sheet, x: float, top: float, heads: list[tuple[str, float]], rows: int,
               row_h: float = 17) -> float:
    """A number-range table (first number, last number, quantity) that our cases leave empty:
    their numbers are listed one by one. Returns the y under it."""
    cx = x
    for head, w in heads:
        s.frame(cx, top - row_h, w, row_h)
        s.text(cx + 3, top - row_h + 5, head, 7, bold=True)
        cx += w
    for r in range(rows):
        cx = x
        y = top - row_h * (r + 2)
        for head, w in heads:
            s.box(cx, y, w, row_h, None, f"{head} row {r + 1}")
            cx += w
    return top - row_h * (rows + 1)
