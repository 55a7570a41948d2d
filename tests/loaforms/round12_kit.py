"""Layout habits of the twelfth round of drawn forms that earlier rounds draw seldom or never:
radio groups for the port's scope and the customer's kind, a two-cell label table (a grey label
cell, the value cell beside it), section numbers printed before each label ("2.3"), paper comb
boxes with their label above, and a single column of numbered widget slots whose widgets carry
names unrelated to their numbering.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import FONT, Sheet
from tests.loaforms.round9_kit import comb_boxes

# A radio option: (its export value, its printed label, what ticking it means or None)
Option = tuple[str, str, str | None]


def radio_row(s: Sheet, group: str, x: float, y: float, options: list[Option],
              gap: float = 16) -> float:
    """The options of one radio group side by side, each label printed to its button's right;
    returns the x after the last label."""
    for value, label, fld in options:
        s.radio(group, value, x, y, fld, label)
        x += 13 + stringWidth(label, FONT, 8.5) + gap
    return x


def label_cells(s: Sheet, x: float, top: float, rows: list[tuple[str, str | None]],
                label_w: float, value_w: float, row_h: float = 18,
                names: list[str] | None = None, size: float = 7.5) -> float:
    """A two-column table: each row a grey label cell and the value cell beside it (a widget
    named from `names` in order, or a printed cell). Returns the y under the table."""
    taken = iter(names or [])
    y = top
    for label, fld in rows:
        y -= row_h
        s.c.setFillGray(0.88)
        s.c.rect(x, y, label_w, row_h, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(x + 3, y + row_h / 2 - 2.5, label, size)
        name = next(taken, None)
        s.frame(x + label_w, y, value_w, row_h)
        if name:
            s.widget(name, x + label_w + 1, y + 1, value_w - 2, row_h - 2, fld)
        else:
            s._place((x + label_w + 1, y + 1, x + label_w + value_w - 1, y + row_h - 1), fld,
                     what=label)
    return y


def numbered_label(s: Sheet, x: float, y: float, number: str, label: str,
                   size: float = 8) -> float:
    """'2.3  Label' : a section number in bold, then the label; returns the x after it."""
    end = s.text(x, y, number, size, bold=True) + 5
    return s.text(end, y, label, size) + 4


def labelled_comb(s: Sheet, label: str, x: float, y: float, count: int, fld: str | None,
                  cell: float = 12, h: float = 15) -> float:
    """Paper comb boxes with their label printed above the first box; returns the x after."""
    s.text(x, y + h + 3, label, 7)
    return comb_boxes(s, x, y, count, fld, label, cell=cell, h=h)


def column_slots(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, count: int,
                 width: float, names: list[str], first: int = 1, row_h: float = 18) -> float:
    """One column of numbered widget slots ('1.' .. printed to their left) whose widgets take
    `names` in order; returns the y under the last."""
    y = top
    for n in range(count):
        s.right_text(x + 16, y + 4, f"{first + n}.", 8)
        s.widget(names[n], x + 20, y, width - 20, 14, None)
        s.places.pop()
        s.slot(slots, (x + 20, y, x + width, y + 14), f"printed {first + n}", names[n])
        y -= row_h
    return y


def right_label_widget(s: Sheet, label: str, name: str, right: float, y: float, w: float,
                       fld: str | None, h: float = 15, optional: bool = False,
                       size: float = 8) -> None:
    """A label set flush right against its widget ('Customer legal name: [    ]')."""
    s.c.setFont(FONT, size)
    s.c.drawRightString(right - 6, y + 4, label)
    s.widget(name, right, y, w, h, fld, optional=optional)


def continued_rows(s: Sheet, slots: list[dict[str, Any]], x: float, top: float,
                   columns: list[tuple[str, float, str | None]], rows: int, first: int = 1,
                   row_h: float = 18, names: list[str] | None = None) -> float:
    """A numbers table with its row numbers printed in a first column, which may continue a
    table begun on an earlier page (`first`): the "number" column's cells join `slots`, another
    column's cell holds its value only on a row that holds a number (`row`). Widgets take
    `names` across each row. Returns the y under the table."""
    taken = iter(names or [])
    xs = [x + 26]
    for _, w, _ in columns:
        xs.append(xs[-1] + w)
    s.frame(x, top - row_h, 26, row_h)
    s.text(x + 4, top - row_h + 5, "#", 7.5, bold=True)
    for (head, w, _), cx in zip(columns, xs, strict=False):
        s.frame(cx, top - row_h, w, row_h)
        s.text(cx + 3, top - row_h + 5, head, 7.5, bold=True)
    for r in range(rows):
        y = top - row_h * (r + 2)
        s.frame(x, y, 26, row_h)
        s.right_text(x + 20, y + 5, str(first + r), 8)
        for (head, w, fld), cx in zip(columns, xs, strict=False):
            s.frame(cx, y, w, row_h)
            rect = (cx + 1, y + 1, cx + w - 1, y + row_h - 1)
            name = next(taken, None)
            what = f"{head} row {first + r}"
            if name:
                s.widget(name, rect[0], rect[1], w - 2, row_h - 2, None)
                s.places.pop()
            if fld == "number":
                s.slot(slots, rect, what, name)
                continue
            place = s._place(rect, fld, what=what)
            if name:
                place["widget"] = name
            if fld:
                place["row"] = first + r - 1
    return top - row_h * (rows + 1)
