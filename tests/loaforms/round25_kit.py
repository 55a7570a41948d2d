"""Drawing helpers for round 25's forms, in the sheet's own face (a Polish or Bulgarian sheet
embeds its font, so every width here is measured in `s.font`): boxes with their label printed
small inside the top-left corner and the value under it, labels in small capitals above their
line, dotted blanks typed in the text layer, dates as three blanks with printed separators,
coloured section bands with white text, widgets already holding a placeholder, a numbers table
whose cells hold a service-type tick per number, a cut line for a tear-off, and the carrier's own
letterhead and footer (never the customer's).

A place is where the value is written; a label is never inside its own place."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from reportlab.lib.colors import black, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import Sheet


def _opt(optional: bool) -> dict[str, Any]:
    return {"optional": True} if optional else {}


def width(s: Sheet, text: str, size: float, bold: bool = False) -> float:
    return float(stringWidth(text, s.bold_font if bold else s.font, size))


def text_widget(s: Sheet, name: str, x: float, y: float, w: float, h: float, fld: str | None,
                tooltip: str = "", value: str = "", optional: bool = False,
                border: bool = True, what: str = "") -> dict[str, Any]:
    """A text widget; `value` is text the designer left in it ('Enter name')."""
    s.c.acroForm.textfield(name=name, tooltip=tooltip, value=value, x=x, y=y, width=w, height=h,
                           fontSize=8.5, borderWidth=0.5 if border else 0, borderColor=black,
                           fillColor=white, textColor=black, forceBorder=border)
    return s._place((x, y, x + w, y + h), fld, widget=name, what=what or name, **_opt(optional))


def colour_band(s: Sheet, x: float, y: float, w: float, text: str, size: float = 8.5,
                rgb: tuple[float, float, float] = (0.05, 0.32, 0.58)) -> None:
    """A section heading in white on a coloured band."""
    s.c.setFillColorRGB(*rgb)
    s.c.rect(x, y - 4, w, size + 8, stroke=0, fill=1)
    s.c.setFillColor(white)
    s.c.setFont(s.bold_font, size)
    s.c.drawString(x + 5, y, text)
    s.c.setFillColor(black)


def corner_box(s: Sheet, label: str, x: float, y: float, w: float, h: float, fld: str | None,
               name: str | None = None, tooltip: str = "", optional: bool = False,
               size: float = 5.8, value: str = "") -> dict[str, Any]:
    """A box with its label printed small in the top-left corner; the value is written in the
    same box under the label (a borderless widget there when `name` is given)."""
    s.frame(x, y, w, h)
    s.text(x + 2.5, y + h - size - 1.5, label, size)
    top = y + h - size - 3.5
    if name:
        return text_widget(s, name, x + 1.5, y + 1.5, w - 3, top - y - 1.5, fld, tooltip,
                           value, optional, border=False, what=label)
    return s._place((x + 1.5, y + 1.5, x + w - 1.5, top), fld, what=label, **_opt(optional))


def caps_above(s: Sheet, label: str, x: float, y: float, x1: float, fld: str | None,
               optional: bool = False, hint: str = "") -> dict[str, Any]:
    """A line with its label in small capitals above it (and a hint under it, if any)."""
    s.text(x, y + 13, label.upper(), 6)
    s.rule(x, y - 2, x1)
    if hint:
        s.text(x, y - 9, hint, 5.5)
    return s._place((x, y - 3, x1, y + 11), fld, what=label, **_opt(optional))


def left_line(s: Sheet, label: str, x: float, y: float, x1: float, fld: str | None,
              optional: bool = False, hint: str = "", size: float = 8.5,
              bold: bool = False) -> dict[str, Any]:
    """'Label ________' with the label left of the line (a hint in small print under it)."""
    end = s.text(x, y, label, size, bold) + 4
    s.rule(end, y - 2, x1)
    if hint:
        s.text(end, y - 9, hint, 5.5)
    return s._place((end, y - 3, x1, y + 11), fld, what=label, **_opt(optional))


def dotted(s: Sheet, label: str, x: float, y: float, x1: float, fld: str | None,
           size: float = 8.5, optional: bool = False) -> float:
    """'Label ..........': dots typed in the text layer after the label are the blank. Returns
    the x after the dots."""
    end = s.text(x, y, label, size) + 3 if label else x
    count = max(3, int((x1 - end) / width(s, ".", size)))
    s.text(end, y, "." * count, size)
    x_end = end + count * width(s, ".", size)
    s._place((end, y - 3, x_end, y + 11), fld, what=label or "dots", **_opt(optional))
    return x_end


def date3(s: Sheet, x: float, y: float, parts: list[tuple[str, float, str | None]],
          sep: str = "/", names: list[str] | None = None, h: float = 15,
          prefix: list[str] | None = None) -> float:
    """A date as three blanks with printed separators and a caption under each ('DD', 'MM',
    'YYYY'); `prefix` prints text before a part's box ('20' before a two-digit year). Widgets
    when `names` is given. Returns the x after the last part."""
    for n, (caption, w, fld) in enumerate(parts):
        pre = (prefix or [""] * len(parts))[n]
        if pre:
            x = s.text(x, y + 4, pre, 9) + 1
        if names:
            text_widget(s, names[n], x, y, w, h, fld, what=caption)
        else:
            s.box(x, y, w, h, fld, caption)
        s.c.setFont(s.font, 5.5)
        s.c.drawCentredString(x + w / 2, y - 7, caption)
        x += w
        if n < len(parts) - 1:
            s.text(x + 2, y + 4, sep, 9)
            x += 9
    return x


def tick_right(s: Sheet, label: str, x: float, y: float, fld: str | None,
               size: float = 8, font: float = 8) -> float:
    """'Words [ ]': the tick box right of its words. Returns the x after the box."""
    end = s.text(x, y + 0.5, label, font) + 4
    s.frame(end, y, size, size)
    s._place((end, y, end + size, y + size), fld, what=f"{label} [ ]")
    return end + size + 12


def tick_left(s: Sheet, label: str, x: float, y: float, fld: str | None,
              size: float = 8, font: float = 8) -> float:
    """'[ ] Words': the tick box left of its words. Returns the x after the words."""
    s.frame(x, y, size, size)
    end = s.text(x + size + 4, y + 0.5, label, font)
    s._place((x, y, x + size, y + size), fld, what=f"[ ] {label}")
    return end + 12


def check_left(s: Sheet, name: str, label: str, x: float, y: float, fld: str | None,
               size: float = 9, tooltip: str = "") -> float:
    """A checkbox widget left of its words. Returns the x after the words."""
    s.c.acroForm.checkbox(name=name, tooltip=tooltip, x=x, y=y, size=size, buttonStyle="check",
                          borderWidth=0.5, borderColor=black, fillColor=white, forceBorder=True)
    end = s.text(x + size + 4, y + 1, label, 8)
    s._place((x, y, x + size, y + size), fld, widget=name, what=label)
    return end + 12


def check_right(s: Sheet, name: str, label: str, x: float, y: float, fld: str | None,
                size: float = 9, tooltip: str = "") -> float:
    """A checkbox widget right of its words. Returns the x after the box."""
    end = s.text(x, y + 1, label, 8) + 4
    s.c.acroForm.checkbox(name=name, tooltip=tooltip, x=end, y=y, size=size, buttonStyle="check",
                          borderWidth=0.5, borderColor=black, fillColor=white, forceBorder=True)
    s._place((end, y, end + size, y + size), fld, widget=name, what=label)
    return end + size + 12


Column = tuple[str, float, str | None]  # header, width, kind: "no" | "number" | "tick" | field


def number_rows(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, first: int,
                rows: int, cols: Sequence[Column], row_h: float = 16, head_h: float = 14,
                names: Iterator[str] | None = None, ticks: Iterator[str] | None = None,
                head_size: float = 6.5) -> float:
    """A numbers table: a header row, then `rows` rows numbered from `first`. A "number" cell
    joins `slots` (a widget named from `names` when given); a "tick" cell holds a small tick box
    (a checkbox widget named from `ticks` when given) that the case does not decide (a service
    type per number: optional, nobody's error either way); any other kind is the cell's field
    (None: a cell that is not ours). Returns the y under the table."""
    cx = x
    for head, w, _ in cols:
        s.c.setFillGray(0.9)
        s.c.rect(cx, top - head_h, w, head_h, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(cx + 2, top - head_h + 4, head, head_size, bold=True)
        cx += w
    for r in range(rows):
        y = top - head_h - (r + 1) * row_h
        cx = x
        for head, w, kind in cols:
            s.frame(cx, y, w, row_h)
            rect = (cx + 1, y + 1, cx + w - 1, y + row_h - 1)
            if kind == "no":
                s.right_text(cx + w - 4, y + 4.5, f"{first + r}", 7.5)
            elif kind == "number":
                name = next(names) if names is not None else None
                if name:
                    text_widget(s, name, *rect[:2], w - 2, row_h - 2, None, border=False)
                    s.places.pop()
                s.slot(slots, rect, f"{head} {first + r}", name)
            elif kind == "tick":
                bx, by = cx + w / 2 - 4, y + row_h / 2 - 4
                name = next(ticks) if ticks is not None else None
                if name:
                    s.c.acroForm.checkbox(name=name, tooltip="", x=bx, y=by, size=8,
                                          buttonStyle="cross", borderWidth=0.5,
                                          borderColor=black, fillColor=white, forceBorder=True)
                else:
                    s.frame(bx, by, 8, 8)
                extra = {"widget": name} if name else {}
                s._place((bx, by, bx + 8, by + 8), None, what=f"{head} row {first + r}",
                         optional=True, **extra)
            else:
                s._place(rect, kind, what=f"{head} row {first + r}")
            cx += w
    return top - head_h - rows * row_h


def cut_line(s: Sheet, y: float, words: str, x0: float = 30, x1: float | None = None) -> None:
    """A dashed cut line across the page with its words in the middle."""
    x1 = x1 if x1 is not None else s.size[0] - 30
    s.c.setDash(4, 3)
    s.c.setLineWidth(0.6)
    s.c.line(x0, y, x1, y)
    s.c.setDash()
    w = width(s, words, 7)
    mid = (x0 + x1) / 2
    s.c.setFillColor(white)
    s.c.rect(mid - w / 2 - 4, y - 4, w + 8, 9, stroke=0, fill=1)
    s.c.setFillColor(black)
    s.text(mid - w / 2, y - 2.5, words, 7)


def carrier_head(s: Sheet, x: float, y: float, name: str, lines: list[str],
                 right: bool = False) -> None:
    """The carrier's own name and contact lines (address, phone, fax, registration numbers,
    web, e-mail): printed matter, never a place."""
    if right:
        s.c.setFont(s.bold_font, 11)
        s.c.drawRightString(x, y, name)
        s.c.setFont(s.font, 7)
        for n, line in enumerate(lines, start=1):
            s.c.drawRightString(x, y - 2 - n * 8.5, line)
        return
    s.text(x, y, name, 11, bold=True)
    for n, line in enumerate(lines, start=1):
        s.text(x, y - 2 - n * 8.5, line, 7)


def sign_widget_box(s: Sheet, name: str, label: str, x: float, y: float, w: float,
                    h: float = 30) -> None:
    """A signature widget with its caption under it."""
    text_widget(s, name, x, y, w, h, "signature", what=label)
    s.text(x, y - 8, label, 6.5)
