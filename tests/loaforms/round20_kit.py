"""Layout habits of round 20's drawn forms that the earlier kits draw only in one language: a
numbers table whose area code has a column of its own under any heading (on paper, or in widgets
whose names say nothing), numbers typed in widgets numbered across the rows of an annex, and a
caption printed inside the top of its box (the label inside the box, the value under it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tests.loaforms.kit import Sheet


def code_rows(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, first: int,
              rows: int, heads: tuple[str, str, str], widths: tuple[float, float, float],
              widgets: Iterator[str] | None = None, row_h: float = 16) -> float:
    """'No. | <area code> | <number>' rows: the row's area code in its own cell (truth field
    area_code for that row), the rest of the number in the slot; widgets when `widgets` is given
    (the area code's widget first, then the number's, row by row). Returns the y under them."""
    xs = (x, x + widths[0], x + widths[0] + widths[1])
    for head, cx, w in zip(heads, xs, widths, strict=True):
        s.frame(cx, top - row_h, w, row_h)
        s.text(cx + 3, top - row_h + 5, head, 7, bold=True)
    for r in range(rows):
        ry = top - row_h * (r + 2)
        s.frame(x, ry, widths[0], row_h)
        s.right_text(x + widths[0] - 6, ry + 5, f"{first + r}", 8)
        if widgets is None:
            place = s.box(xs[1], ry, widths[1], row_h, "area_code", f"{heads[1]} {first + r}")
            s.frame(xs[2], ry, widths[2], row_h)
            s.slot(slots, (xs[2] + 1, ry + 1, xs[2] + widths[2] - 1, ry + row_h - 1),
                   f"{heads[2]} {first + r}")
        else:
            s.frame(xs[1], ry, widths[1], row_h)
            s.frame(xs[2], ry, widths[2], row_h)
            place = s.widget(next(widgets), xs[1] + 1, ry + 1, widths[1] - 2, row_h - 2,
                             "area_code")
            name = next(widgets)
            s.widget(name, xs[2] + 1, ry + 1, widths[2] - 2, row_h - 2, None)
            s.places.pop()
            s.slot(slots, (xs[2] + 1, ry + 1, xs[2] + widths[2] - 1, ry + row_h - 1),
                   f"{heads[2]} {first + r}", name)
        place["row"] = first + r - 1
    return top - row_h * (rows + 1)


def across_widgets(s: Sheet, slots: list[dict[str, Any]], x0: float, top: float, cols: int,
                   rows: int, col_w: float, first: int, names: Iterator[str],
                   row_h: float = 18) -> float:
    """Number widgets printed first.. across each row (1 2 3 / 4 5 6), each with its printed
    number to its left; returns the y under the last row."""
    for r in range(rows):
        for c in range(cols):
            n = first + r * cols + c
            x, y = x0 + c * col_w, top - r * row_h
            s.right_text(x + 20, y + 4, f"{n}.", 8)
            name = next(names)
            s.widget(name, x + 24, y, col_w - 34, 14, None)
            s.places.pop()
            s.slot(slots, (x + 24, y, x + col_w - 10, y + 14), f"printed {n}", name)
    return top - rows * row_h


def label_in_box(s: Sheet, label: str, x: float, y: float, w: float, fld: str | None,
                 h: float = 26, optional: bool = False) -> dict[str, Any]:
    """A box with its label printed small inside its top edge; the value goes under the label."""
    place = s.box(x, y, w, h, fld, label, optional=optional)
    s.text(x + 3, y + h - 8, label, 6.5)
    return place


def letterhead(s: Sheet, right: float, top: float, lines: list[str]) -> None:
    """The form's own company printed top right in the sheet's own faces (a Unicode sheet
    embeds the letters the base-14 fonts lack): not the customer's."""
    s.c.setFont(s.bold_font, 10)
    s.c.drawRightString(right, top, lines[0])
    s.c.setFont(s.font, 7.5)
    for n, line in enumerate(lines[1:], start=1):
        s.c.drawRightString(right, top - 3 - n * 9.5, line)
