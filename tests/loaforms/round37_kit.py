"""Layout habits of round 37's drawn forms that earlier kits lack: two columns of label / blank
pairs whose right column's labels sit nearer the left column's blanks than their own, a grey
placeholder word printed inside a blank over its line, a numbers table with a per-row "port /
keep" letter column and a PIN column, a page 2 that repeats page 1's header ("continued from
page 1"), service-kind tick boxes (landline / mobile / VoIP / toll-free), a date sentence whose
month is a word of the form's language, a two-signer block (customer and witness / notary) and a
picture-only page fed askew, scanned at 200 dpi.

The places are recorded as drawn; the askew page moves its places with it (round 35's
`skewed_picture`)."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import Sheet
from tests.loaforms.round33_kit import placeholder


def two_columns(s: Sheet, top: float, rows: list[tuple[tuple[str, str | None],
                                                        tuple[str, str | None]]],
                left: tuple[float, float, float] = (40, 112, 268),
                right: tuple[float, float, float] = (272, 352, 555),
                step: float = 24, size: float = 8,
                widgets: tuple[str, ...] | None = None) -> float:
    """Rows of two label / blank pairs side by side. Each right label is printed right after
    the left blank's end (4 points from it) while its own blank starts well after the label:
    by distance the right label belongs to the left blank, by reading order to its own.
    `left`/`right` are (label x, blank x0, blank x1). With `widgets` (one name per blank, left
    then right, row by row) the blanks are text widgets, else printed lines. Returns the y
    under the last row."""
    names = iter(widgets or ())
    y = top
    for pair in rows:
        for (label, fld), (lx, bx0, bx1) in zip(pair, (left, right), strict=True):
            s.text(lx, y + 4, label, size)
            if widgets:
                name = next(names)
                s.c.acroForm.textfield(name=name, tooltip="", x=bx0, y=y, width=bx1 - bx0,
                                       height=15, fontSize=9, borderWidth=0.5,
                                       forceBorder=True, annotationFlags="print")
                s._place((bx0, y, bx1, y + 15), fld, widget=name, what=label)
            else:
                s.rule(bx0, y + 1, bx1)
                s._place((bx0, y - 1, bx1, y + 14), fld, what=label)
        y -= step
    return y


def ph_line(s: Sheet, x: float, y: float, x1: float, fld: str | None, hint: str,
            optional: bool = False, size: float = 7.5) -> dict[str, Any]:
    """A bare line with its label printed grey INSIDE the blank, just above the line ("Name"):
    no label outside it; the value is written over the grey word."""
    s.rule(x, y, x1)
    placeholder(s, x + 2, y + 3, hint, size)
    extra: dict[str, Any] = {"optional": True} if optional else {}
    return s._place((x, y - 2, x1, y + 14), fld, what=f"[{hint}] (grey on the line)", **extra)


def choice_table(s: Sheet, x: float, top: float, heads: list[tuple[str, float]],
                 kinds: list[tuple[str, Any]], rows: int, slots: list[dict[str, Any]],
                 row_h: float = 17, names: str = "", first: int = 1,
                 pad: float = 1) -> float:
    """A numbers table: `kinds` says what each column holds: ("n", None) the printed row
    number, ("number", None) the row's number slot, ("choice", [words]) the header's word for
    "port" (on a row that holds a number), (field, None) a value on a row that holds a number
    ("pin"), ("none", None) a cell not ours. Widgets `{names}{row}_{col}` when `names`; `pad`
    insets each cell's place from its top and bottom rules. Returns the y under the table."""
    cx = x
    for head, cw in heads:
        s.c.setFillGray(0.88)
        s.c.rect(cx, top - row_h, cw, row_h, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(cx + 3, top - row_h + 5, head, 6.8, bold=True)
        cx += cw
    for r in range(rows):
        ry = top - row_h * (r + 2)
        cx = x
        for k, ((head, cw), (kind, arg)) in enumerate(zip(heads, kinds, strict=True)):
            s.frame(cx, ry, cw, row_h)
            rect = (cx + 1, ry + pad, cx + cw - 1, ry + row_h - pad)
            if kind == "n":
                s.text(cx + 4, ry + 5, f"{first + r}", 7.5)
                cx += cw
                continue
            widget = f"{names}{first + r}_{k}" if names else None
            if widget:
                s.c.acroForm.textfield(name=widget, tooltip="", x=rect[0], y=rect[1],
                                       width=cw - 2, height=row_h - 2 * pad, fontSize=8,
                                       borderWidth=0, fillColor=None, annotationFlags="print")
            if kind == "number":
                s.slot(slots, rect, f"row {first + r}", widget)
            else:
                fld = None if kind == "none" else ("port_choice" if kind == "choice" else kind)
                place = s._place(rect, fld, what=f"{head} {first + r}")
                if fld:
                    place["row"] = first + r - 1
                if kind == "choice":
                    place["accept"] = list(arg)
                if widget:
                    place["widget"] = widget
            cx += cw
    return top - row_h * (rows + 1)


def continued_header(s: Sheet, y: float, title: str,
                     cells: list[tuple[str, float, str | None]],
                     names: list[str] | None = None) -> float:
    """Page 2's repeat of page 1's header: a small title ("continued from page 1") over a row of
    captioned boxes (the holder's name, the account number) to be filled again on this page;
    widgets when `names` gives them. Returns the y under it."""
    s.text(40, y, title, 7.5, bold=True)
    y -= 24
    x = 40.0
    for k, (cap, wd, fld) in enumerate(cells):
        s.text(x, y + 17, cap, 6.5)
        if names:
            s.c.acroForm.textfield(name=names[k], tooltip="", x=x, y=y, width=wd, height=14,
                                   fontSize=9, borderWidth=0.5, forceBorder=True,
                                   annotationFlags="print")
            s._place((x, y, x + wd, y + 14), fld, widget=names[k], what=f"{cap} (page 2)")
        else:
            s.box(x, y, wd, 14, fld, f"{cap} (page 2)")
        x += wd + 8
    return y - 14


def service_kinds(s: Sheet, x: float, y: float, kinds: list[tuple[str, str]],
                  names: list[str] | None = None, gap: float = 18) -> float:
    """Tick boxes for the kind of service, in a row: (printed word, condition) with condition
    one of landline / mobile / voip / toll_free (the scorer decides it from the case's
    numbers). Widgets when `names` gives them, printed boxes otherwise. Returns the x after."""
    for k, (word, cond) in enumerate(kinds):
        if names:
            s.checkbox(names[k], x, y, f"check:{cond}", word)
        else:
            s.tick(x, y, f"check:{cond}", word)
        x += 9 + 4 + float(stringWidth(word, s.font, 8.5)) + gap
    return x


def month_sentence(s: Sheet, x: float, y: float, prefix: str | None,
                   parts: list[str | tuple[float, str]], size: float = 8,
                   names: list[str] | None = None) -> float:
    """A date written as words: printed words between blanks for the day, the month (a word of
    the form's language, or its number) and the year ("Data: __ ta' ________ 20__").
    Each blank is (width, part) with part day / month / year / year2; a line, or a widget when
    `names` gives one per blank; `prefix` None: blanks not ours. Returns the x after."""
    widgets = iter(names or ())
    for part in parts:
        if isinstance(part, str):
            x = s.text(x, y, part, size) + 2
        else:
            width, which = part
            fld = f"{prefix}_{which}" if prefix else None
            what = f"{prefix or 'other'} {which} (in words)"
            if names:
                name = next(widgets)
                s.c.acroForm.textfield(name=name, tooltip="", x=x, y=y - 3, width=width,
                                       height=14, fontSize=9, borderWidth=0.5,
                                       forceBorder=True, annotationFlags="print")
                s._place((x, y - 3, x + width, y + 11), fld, widget=name, what=what)
            else:
                s.rule(x, y - 2, x + width)
                s._place((x, y - 4, x + width, y + 11), fld, what=what)
            x += width + 2
    return x


def two_signers(s: Sheet, x: float, y: float, first: str, second: str,
                second_lines: list[str], width: float = 240, gap: float = 35,
                name_caption: str = "", date_caption: str = "",
                date_field: str | None = "date_signed") -> float:
    """Two signature blocks side by side: the customer's (signature, printed name, date: ours)
    and a witness's or notary's (signature and its captioned lines: not ours); `date_field`
    None draws no date line under the customer's. Returns the y under the blocks."""
    x2 = x + width + gap
    s.text(x, y + 36, first, 7.5, bold=True)
    s.text(x2, y + 36, second, 7.5, bold=True)
    s.rule(x, y, x + width)
    s._place((x, y - 2, x + width, y + 30), "signature", what=f"{first} (signature)")
    s.rule(x2, y, x2 + width)
    s._place((x2, y - 2, x2 + width, y + 30), None, what=f"{second} (signature)")
    yy = y - 26
    s.rule(x, yy, x + width)
    s.text(x, yy - 8, name_caption, 6.5)
    s._place((x, yy - 2, x + width, yy + 13), "authorized_name", what=name_caption)
    yy2 = y - 26
    for cap in second_lines:
        s.rule(x2, yy2, x2 + width)
        s.text(x2, yy2 - 8, cap, 6.5)
        s._place((x2, yy2 - 2, x2 + width, yy2 + 13), None, what=cap)
        yy2 -= 26
    if date_field is None:  # the form dates the signature elsewhere
        return min(yy, yy2) - 14
    yy -= 26
    s.rule(x, yy, x + width * 0.5)
    s.text(x, yy - 8, date_caption, 6.5)
    s._place((x, yy - 2, x + width * 0.5, yy + 13), date_field, what=date_caption)
    return min(yy, yy2) - 14
