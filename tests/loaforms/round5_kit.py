"""Layout habits of the fifth round of drawn forms that the first four did not use: the gaining
provider's own name and address printed as a letterhead, blanks inside a sentence ("between ____
(Customer), ABN ____ and ____ (Current Carrier)"), captions under boxes and widgets, labels above
widgets, split date boxes with their captions above or below, numbered slots in two or three
columns (down or across) that may continue on a second page, and a row of signature cells."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import BOLD, FONT, Sheet


@dataclass(frozen=True)
class Gap:
    """A blank inside a sentence: `width` points of underline for `fld`."""

    width: float
    fld: str | None
    what: str
    optional: bool = False


def letterhead(s: Sheet, right: float, top: float, lines: list[str]) -> None:
    """The form's own company (the gaining provider) printed top right: not the customer's."""
    s.c.setFont(BOLD, 10)
    s.c.drawRightString(right, top, lines[0])
    s.c.setFont(FONT, 7.5)
    for n, line in enumerate(lines[1:], start=1):
        s.c.drawRightString(right, top - 3 - n * 9.5, line)


def _blank(s: Sheet, x: float, y: float, gap: Gap) -> None:
    """A paper blank: a drawn line, its truth the Gap's field."""
    s.rule(x, y - 2, x + gap.width)
    extra = {"optional": True} if gap.optional else {}
    s._place((x, y - 4, x + gap.width, y + 11), gap.fld, what=gap.what, **extra)


def sentence(s: Sheet, x: float, y: float, parts: list[str | Gap], size: float = 9,
             leading: float = 20, right: float = 555,
             put_gap: Callable[[Sheet, float, float, Gap], None] = _blank) -> float:
    """Text with blanks inside it, wrapped at `right` (each blank drawn by `put_gap`: a line by
    default, a widget for a fillable form); returns the y of the last line."""
    left = x
    for part in parts:
        if isinstance(part, Gap):
            if x + part.width > right:
                x, y = left, y - leading
            put_gap(s, x, y, part)
            x += part.width + 3
            continue
        for word in part.split(" "):
            width = stringWidth(word + " ", FONT, size)
            if x + width > right and x > left:
                x, y = left, y - leading
            s.text(x, y, word, size)
            x += width
    return y


def box_caption_below(s: Sheet, label: str, x: float, y: float, w: float, fld: str | None,
                      h: float = 18, optional: bool = False) -> dict[str, Any]:
    """A printed box with its caption printed just under it."""
    place = s.box(x, y, w, h, fld, label, optional=optional)
    s.text(x + 1, y - 8, label, 6.5)
    return place


def widget_above(s: Sheet, label: str, name: str, x: float, y: float, w: float,
                 fld: str | None, h: float = 15, tooltip: str | None = None,
                 optional: bool = False, size: float = 7.5) -> None:
    """A widget with its label printed above it."""
    s.text(x, y + h + 3, label, size, bold=True)
    s.widget(name, x, y, w, h, fld, tooltip, optional=optional)


def widget_below(s: Sheet, label: str, name: str, x: float, y: float, w: float,
                 fld: str | None, h: float = 15, tooltip: str | None = None,
                 optional: bool = False) -> None:
    """A widget with its caption printed under it."""
    s.widget(name, x, y, w, h, fld, tooltip, optional=optional)
    s.text(x + 1, y - 8, label, 6.5)


def date_parts(s: Sheet, x: float, y: float, parts: list[tuple[str, float, str]],
               names: list[str] | None = None, above: bool = False, h: float = 16,
               sep: str = "/") -> float:
    """Split date boxes (day / month / year in the form's order) with a caption under (or over)
    each box and a slash between; widgets when `names` is given. Returns the x after them."""
    for n, (caption, w, fld) in enumerate(parts):
        if names:
            s.widget(names[n], x, y, w, h, fld)
        else:
            s.box(x, y, w, h, fld, caption)
        s.c.setFont(FONT, 6)
        s.c.drawCentredString(x + w / 2, y + h + 3 if above else y - 7, caption)
        x += w
        if n < len(parts) - 1:
            s.text(x + 2, y + 4, sep, 9)
            x += 10
    return x


def numbered_slots(s: Sheet, slots: list[dict[str, Any]], x0: float, top: float, cols: int,
                   rows: int, col_w: float, first: int = 1, down: bool = True,
                   row_h: float = 19, names: list[str] | None = None,
                   label: str = "{n}.") -> None:
    """Number slots in `cols` columns printed `first`.. down each column (or across the rows);
    appended to `slots` in printed order. `names` (if any) are given to widgets in the order the
    builder creates them: across the rows, whatever the printed numbering."""
    made: dict[int, tuple[float, float, str | None]] = {}
    k = 0
    for r in range(rows):
        for c in range(cols):
            n = first + (c * rows + r if down else r * cols + c)
            x, y = x0 + c * col_w, top - r * row_h
            s.right_text(x + 20, y + 4, label.format(n=n), 8)
            w = col_w - 34
            name = names[k] if names else None
            if name:
                s.widget(name, x + 24, y, w, 14, None)
                s.places.pop()
            else:
                s.rule(x + 24, y, x + 24 + w)
            made[n] = (x + 24, y, name)
            k += 1
    for n in sorted(made):
        x, y, name = made[n]
        rect = (x, y - (0 if name else 2), x + col_w - 34, y + 14)
        s.slot(slots, rect, f"printed {n}", name)


def sign_cells(s: Sheet, x: float, y: float, cells: list[tuple[str, float, str | None]],
               h: float = 34) -> None:
    """A row of cells captioned in their top-left corner: name, title, signature, date."""
    for caption, w, fld in cells:
        s.box(x, y, w, h, fld, caption)
        s.text(x + 3, y + h - 8, caption, 6.5)
        x += w


def numbers_table(s: Sheet, slots: list[dict[str, Any]], x: float, top: float,
                  columns: list[tuple[str, float, str | None, bool]], rows: int, first: int = 1,
                  row_h: float = 18, widgets: list[str] | None = None, head: str = "No.") -> float:
    """A numbers table with a printed row number in its first column; the "number" column's
    cells join `slots` (which may continue another page's). Each column is (header, width,
    field, optional): a carrier or account per row is optional, a device column stays empty.
    Returns the y under the table."""
    xs = [x + 24]
    for _, w, _, _ in columns:
        xs.append(xs[-1] + w)
    s.frame(x, top - row_h, 24, row_h)
    s.text(x + 4, top - row_h + 5, head, 7, bold=True)
    for (head, w, _, _), cx in zip(columns, xs, strict=False):
        s.frame(cx, top - row_h, w, row_h)
        s.text(cx + 3, top - row_h + 5, head, 7, bold=True)
    names = iter(widgets or [])
    for r in range(rows):
        y = top - row_h * (r + 2)
        s.frame(x, y, 24, row_h)
        s.right_text(x + 18, y + 5, str(first + r), 8)
        for (head, w, fld, optional), cx in zip(columns, xs, strict=False):
            s.frame(cx, y, w, row_h)
            rect = (cx + 1, y + 1, cx + w - 1, y + row_h - 1)
            name = next(names, None)
            extra = {"optional": True} if optional else {}
            if name:
                s.widget(name, rect[0], rect[1], w - 2, row_h - 2, fld, optional=optional)
            else:
                s._place(rect, fld, what=f"{head} row {first + r}", **extra)
            if fld == "number":
                s.places.pop()
                s.slot(slots, rect, f"{head} row {first + r}", name)
    return top - row_h * (rows + 1)
