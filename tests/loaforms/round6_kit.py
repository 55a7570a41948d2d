"""Layout habits of the sixth round of drawn forms: a numbers table whose other columns are ours
row by row (the current carrier, the account number, a Keep / Port choice, headed in the form's
language), number lines far below the heading that governs them, and two widgets stacked on one
place (a form designer's copy and paste).

A row-bound place holds a value only on a row that holds a number: its truth carries `row` (the
row's index in the numbers table), and the scorer expects nothing there on the rows past the case's
numbers. A choice column's truth carries `accept`, the words of its header that mean "port this
number".
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black, white

from tests.loaforms.kit import Sheet

# (header, width, what the column holds): "number" (the slots), None (not ours), a field of the
# scorer's vocabulary (one value per numbered row), or ("port_choice", [words that mean port])
Column = tuple[str, float, Any]


def row_table(s: Sheet, x: float, top: float, columns: list[Column], rows: int,
              row_h: float = 18, widgets: str | None = None, ordered: bool = True) -> float:
    """A numbers table: header cells, then rows of printed cells (or widgets named
    f"{widgets}{column}_{row}"). Returns the y under the table."""
    xs = [x]
    for _, w, _ in columns:
        xs.append(xs[-1] + w)
    for (head, w, _), cx in zip(columns, xs, strict=False):
        s.frame(cx, top - row_h, w, row_h)
        s.text(cx + 3, top - row_h + 5, head, 7.5, bold=True)
    slots = s.slot_group(ordered=ordered)
    for r in range(rows):
        y = top - row_h * (r + 2)
        for n, ((head, w, held), cx) in enumerate(zip(columns, xs, strict=False)):
            rect = (cx + 1, y + 1, cx + w - 1, y + row_h - 1)
            s.frame(cx, y, w, row_h)
            name = f"{widgets}{n + 1}_{r + 1}" if widgets else None
            if name:
                s.c.acroForm.textfield(name=name, tooltip="", x=rect[0], y=rect[1],
                                       width=w - 2, height=row_h - 2, fontSize=9,
                                       borderWidth=0, fillColor=white, textColor=black)
            what = f"{head} row {r + 1}"
            if held == "number":
                s.slot(slots, rect, what, name)
                continue
            place: dict[str, Any] = {"page": s.page, "rect": [round(v, 1) for v in rect],
                                     "what": what}
            if name:
                place["widget"] = name
            if isinstance(held, tuple):
                place.update(field=held[0], accept=list(held[1]), row=r)
            else:
                place.update(field=held, row=r) if held else place.update(field=None)
            s.places.append(place)
    return top - row_h * (rows + 1)


def stacked_widget(s: Sheet, name: str, twin: str, x: float, y: float, w: float, h: float,
                   fld: str | None) -> None:
    """Two text widgets on one place (the second drawn over the first, as a designer's copy and
    paste leaves them): one place in the truth, whichever widget holds the value."""
    s.widget(name, x, y, w, h, fld)
    s.places[-1].pop("widget")
    s.places[-1]["what"] = f"{name} / {twin} (stacked)"
    s.c.acroForm.textfield(name=twin, tooltip="", x=x, y=y, width=w, height=h, fontSize=9,
                           borderWidth=0.5, borderColor=black, fillColor=white, textColor=black,
                           forceBorder=True)


def lines(s: Sheet, x: float, top: float, x1: float, count: int, step: float,
          slots: list[dict[str, Any]], what: str) -> float:
    """Bare lines to write numbers on, one under the other; returns the y under the last."""
    y = top
    for n in range(count):
        s.rule(x, y, x1)
        s.slot(slots, (x, y - 2, x1, y + 13), f"{what} {n + 1}")
        y -= step
    return y
