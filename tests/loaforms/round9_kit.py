"""Layout habits of the ninth round of drawn forms that earlier rounds draw seldom or never:
labels followed by dot leaders that are themselves the line to write on, a one-row address table
whose labels are its header cells, comb fields (one box per character, on paper or as a comb
widget), a caption over a group of widgets in a frame, a question answered by Yes / No ticks, and
a page of terms with nothing to fill but an optional initials blank.

A comb place is one place over all its boxes (`comb`: the scorer reads its characters without the
boxes' spaces)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import FONT, Sheet


def dots(s: Sheet, label: str, x: float, y: float, x1: float, fld: str | None,
         size: float = 8.5, optional: bool = False) -> dict[str, Any]:
    """'Label ..............' : the dots after the label are where the value is written."""
    end = s.text(x, y, label, size) + 3
    step = stringWidth(".", FONT, size)
    s.text(end, y, "." * max(3, int((x1 - end) / step)), size)
    extra = {"optional": True} if optional else {}
    return s._place((end, y - 3, x1, y + 11), fld, what=label, **extra)


def header_table(s: Sheet, x: float, top: float, cells: list[tuple[str, float, str | None]],
                 head_h: float = 13, row_h: float = 20, widgets: list[str] | None = None
                 ) -> float:
    """A one-row table: the labels are its grey header cells, the values go in the row under
    them (printed cells, or widgets named from `widgets`). Returns the y under it."""
    names = iter(widgets or [])
    for label, w, fld in cells:
        s.c.setFillGray(0.85)
        s.c.rect(x, top - head_h, w, head_h, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(x + 3, top - head_h + 3.5, label, 6.8, bold=True)
        name = next(names, None)
        if name:
            s.frame(x, top - head_h - row_h, w, row_h)
            s.widget(name, x + 1, top - head_h - row_h + 1, w - 2, row_h - 2, fld)
        else:
            s.box(x, top - head_h - row_h, w, row_h, fld, label)
        x += w
    return top - head_h - row_h


def comb_boxes(s: Sheet, x: float, y: float, count: int, fld: str | None, what: str,
               cell: float = 13, h: float = 16) -> float:
    """`count` printed boxes side by side, one character each; one place over all of them.
    Returns the x after the last box."""
    for n in range(count):
        s.frame(x + n * cell, y, cell, h)
    s.places.append({"page": s.page, "rect": [round(x, 1), round(y, 1),
                                              round(x + count * cell, 1), round(y + h, 1)],
                     "field": fld, "what": f"{what} (comb)", "comb": True})
    return x + count * cell


def comb_widget(s: Sheet, name: str, x: float, y: float, count: int, fld: str | None,
                cell: float = 13, h: float = 16, tooltip: str = "") -> None:
    """A comb text widget: `count` characters in equal cells (the Comb flag with MaxLen)."""
    s.c.acroForm.textfield(name=name, tooltip=tooltip, x=x, y=y, width=count * cell, height=h,
                           fontSize=10, maxlen=count, fieldFlags="comb", borderWidth=0.5,
                           borderColor=black, fillColor=white, textColor=black, forceBorder=True)
    s.places.append({"page": s.page, "rect": [round(x, 1), round(y, 1),
                                              round(x + count * cell, 1), round(y + h, 1)],
                     "field": fld, "widget": name, "comb": True})


def captioned_group(s: Sheet, caption: str, x: float, y: float, w: float, h: float) -> None:
    """A thin frame with its caption breaking the top edge (a fieldset's legend)."""
    s.frame(x, y, w, h, 0.5)
    width = stringWidth(caption, FONT, 7.5) + 6
    s.c.setFillColor(white)
    s.c.rect(x + 8, y + h - 3, width, 7, stroke=0, fill=1)
    s.c.setFillColor(black)
    s.text(x + 11, y + h - 2.5, caption, 7.5)


def yes_no(s: Sheet, question: str, x: float, y: float, yes: str | None, no: str | None,
           at: float, words: tuple[str, str] = ("Yes", "No")) -> None:
    """A question answered by two printed ticks placed from `at`."""
    s.text(x, y, question, 8.5)
    s.tick(at, y - 1, yes, words[0])
    s.tick(at + 50, y - 1, no, words[1])


def terms_page(s: Sheet, title: str, clauses: list[str], width: float, top: float,
               size: float = 7.5) -> float:
    """A page of numbered terms (nothing of ours belongs on it); returns the y under them."""
    s.text(40, top, title, 11, bold=True)
    y = top - 20
    for n, clause in enumerate(clauses, start=1):
        s.text(40, y, f"{n}.", size, bold=True)
        y = s.para(54, y, clause, width - 14, size) - 4
    return y
