"""Drawing helpers for round 27's forms: captions in two languages (the second in italics, under
the first or after a slash), boxes and widgets captioned above or to their right, widgets with a
/MaxLen, a format action (AFDate_FormatEx) or read-only / hidden flags, an XFA stream beside the
AcroForm, ranges tables ('From | To | Quantity') and numbers tables with a per-row action column
or per-row columns that are not ours.

A place is where the value is written; a caption is never inside its own place."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)
from reportlab.lib.colors import black, white

from tests.loaforms.kit import Sheet

Cell = tuple[str, str, float, str | None]  # first caption, second caption, width, field


def italic_font(s: Sheet) -> str:
    """The sheet's italic face: Helvetica-Oblique, or the embedded face itself (a Greek or
    Turkish sheet has no oblique of its own; its second caption prints in grey)."""
    return "Helvetica-Oblique" if s.font == "Helvetica" else s.font


def bi(s: Sheet, first: str, second: str, x: float, y: float, size: float = 6.5,
       under: bool = True) -> None:
    """Two captions for one blank: the second in italics under the first, or after a slash."""
    end = s.text(x, y, first, size)
    if not second:
        return
    s.c.setFont(italic_font(s), size - (0.5 if under else 0))
    if italic_font(s) == s.font:
        s.c.setFillGray(0.35)
    if under:
        s.c.drawString(x, y - size - 0.5, second)
    else:
        s.c.drawString(end, y, f" / {second}")
    s.c.setFillColor(black)


def _opt(optional: bool) -> dict[str, Any]:
    return {"optional": True} if optional else {}


def widget(s: Sheet, name: str, x: float, y: float, w: float, h: float, fld: str | None,
           tooltip: str = "", maxlen: int | None = None, flags: str = "",
           optional: bool = False, what: str = "", size: float = 8.5) -> dict[str, Any]:
    """A text widget, with a /MaxLen and field flags ('readOnly', 'comb') when given."""
    extra: dict[str, Any] = {"maxlen": maxlen} if maxlen else {}
    s.c.acroForm.textfield(name=name, tooltip=tooltip, x=x, y=y, width=w, height=h,
                           fontSize=size, borderWidth=0.5, borderColor=black, fillColor=white,
                           textColor=black, forceBorder=True, fieldFlags=flags, **extra)
    place = s._place((x, y, x + w, y + h), fld, widget=name, what=what or name, **_opt(optional))
    if "comb" in flags:
        place["comb"] = True
    return place


def cells_row(s: Sheet, x: float, y: float, cells: Sequence[Cell], h: float = 15,
              names: list[str] | None = None, gap: float = 4, under: bool = True,
              maxlens: dict[str, int] | None = None) -> float:
    """A row of blanks, each captioned above in two languages; widgets when `names` is given
    (a name of '' draws a printed box there). Returns the y under the row."""
    cx = x
    for n, (first, second, w, fld) in enumerate(cells):
        bi(s, first, second, cx, y + h + (9.5 if under and second else 3), 6.3, under)
        name = names[n] if names else ""
        if name:
            widget(s, name, cx, y, w, h, fld, what=first,
                   maxlen=(maxlens or {}).get(name))
        else:
            s.box(cx, y, w, h, fld, first)
        cx += w + gap
    return y - 10


def choice(s: Sheet, name: str, x: float, y: float, w: float, options: list[str],
           fld: str | None, h: float = 15, list_box: bool = False) -> None:
    """A drop-down (or list box) with a blank first option."""
    s.c.acroForm.choice(name=name, tooltip="", value=" ", options=[" ", *options], x=x, y=y,
                        width=w, height=h, fontSize=7.5, borderWidth=0.5, borderColor=black,
                        fillColor=white, textColor=black, forceBorder=True,
                        fieldFlags="" if list_box else "combo")
    s._place((x, y, x + w, y + h), fld, widget=name)


def table(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, rows: int,
          cols: Sequence[tuple[str, float, Any]], row_h: float = 15, head_h: float = 16,
          names: list[str] | None = None, head_size: float = 6) -> float:
    """A numbers table. A column's kind: "no" (the row number), "number" (a slot, a widget
    from `names` when given), None (a cell not ours), "optional" (a cell the case does not
    decide), or ("accept", words): the row's action cell, which holds the header's word for
    "port" on a row that holds a number. Headers may hold two lines ('a\\nb'). Returns the y
    under the table."""
    cx = x
    for head, w, _ in cols:
        s.c.setFillGray(0.88)
        s.c.rect(cx, top - head_h, w, head_h, stroke=1, fill=1)
        s.c.setFillGray(0)
        for k, line in enumerate(head.split("\n")):
            s.text(cx + 2, top - 6.5 - k * 7, line, head_size, bold=k == 0)
        cx += w
    it = iter(names or [])
    for r in range(rows):
        y = top - head_h - (r + 1) * row_h
        cx = x
        for head, w, kind in cols:
            s.frame(cx, y, w, row_h)
            rect = (cx + 1, y + 1, cx + w - 1, y + row_h - 1)
            what = f"{head.splitlines()[0]} row {r + 1}"
            if kind == "no":
                s.right_text(cx + w - 3, y + 4.5, f"{r + 1}", 7)
            elif kind == "number":
                name = next(it) if names else None
                if name:
                    s.c.acroForm.textfield(name=name, tooltip="", x=rect[0], y=rect[1],
                                           width=w - 2, height=row_h - 2, fontSize=8,
                                           borderWidth=0, fillColor=white, textColor=black)
                s.slot(slots, rect, what, name)
            elif kind == "optional":
                s._place(rect, None, what=what, optional=True)
            elif isinstance(kind, tuple):
                s._place(rect, "port_choice", what=what, row=r, accept=list(kind[1]))
            else:
                s._place(rect, kind, what=what)
            cx += w
    return top - head_h - rows * row_h


def initials(s: Sheet, x: float, y: float, caption: str, fld: str | None = None) -> None:
    """'Initials: [   ]' at a clause or a page's foot. The customer's initials are not in the
    scorer's vocabulary: the box is optional (nobody's error either way)."""
    end = s.text(x, y + 3, caption, 7) + 3
    s.frame(end, y, 34, 13)
    s._place((end, y, end + 34, y + 13), fld, what=caption, optional=True)


def finish(pdf: bytes, formats: dict[str, str] | None = None, calculate: dict[str, str] | None
           = None, hidden: Sequence[str] = (), xfa: bool = False) -> bytes:
    """Add what reportlab cannot draw: a format action (/AA /F) per named widget, a calculate
    action (/AA /C), the hidden flag, and an XFA stream beside the AcroForm (a hybrid form:
    values must show in a viewer that reads either)."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            name = str(annot.get("/T", ""))
            actions = DictionaryObject()
            for key, table_ in (("/F", formats or {}), ("/C", calculate or {})):
                if name in table_:
                    actions[NameObject(key)] = DictionaryObject({
                        NameObject("/S"): NameObject("/JavaScript"),
                        NameObject("/JS"): TextStringObject(table_[name])})
            if actions:
                annot[NameObject("/AA")] = actions
            if name in hidden:
                annot[NameObject("/F")] = NumberObject(2)  # hidden
    if xfa:
        root = writer._root_object
        form = root["/AcroForm"].get_object()
        assert isinstance(form, DictionaryObject)
        stream = writer._add_object(_xfa_stream())
        form[NameObject("/XFA")] = stream
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _xfa_stream() -> StreamObject:
    stream = StreamObject()
    stream.set_data(b'<?xml version="1.0"?><xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">'
                    b'<template xmlns="http://www.xfa.org/schema/xfa-template/2.8/"/>'
                    b'<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/">'
                    b'<xfa:data/></xfa:datasets></xdp:xdp>')
    return stream
