"""Layout habits of round 30's drawn forms that earlier kits lack: labels drawn a glyph at a time
(letter-spaced) or split by a font change mid-word, widgets that do not sit on their drawn boxes,
widgets whose names are a hierarchy ("customer.address.street": a parent field with kids), Yes /
No ticks per question, label codes with a key elsewhere, a table of numbers whose columns are
numbers of several kinds (main | additional | fax | ISDN MSN), a signature row drawn as a table
with a second row for somebody else, and a page whose CropBox does not start at 0,0.
"""

from __future__ import annotations

import io
from typing import Any, cast

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    RectangleObject,
    TextStringObject,
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import Sheet
from tests.loaforms.round28_kit import tf


def spaced(s: Sheet, x: float, y: float, text: str, size: float = 8, track: float = 1.6,
           bold: bool = False) -> float:
    """A label drawn one glyph at a time with extra room between them (letter-spaced capitals,
    as a designer's form prints them): the text layer holds single characters far apart.
    Returns the x where it ends."""
    font = s.bold_font if bold else s.font
    for ch in text:
        s.c.setFont(font, size)
        s.c.drawString(x, y, ch)
        x += float(stringWidth(ch, font, size)) + track
    return x


def mixed(s: Sheet, x: float, y: float, parts: list[tuple[str, bool]], size: float = 8) -> float:
    """A label whose font changes mid-word ("Adre" regular, "sa" bold): each part its own text
    object. Returns the x where it ends."""
    for text, bold in parts:
        x = s.text(x, y, text, size, bold=bold)
    return x


def off_box(s: Sheet, name: str, box: tuple[float, float, float, float],
            shift: tuple[float, float, float, float], fld: str | None,
            **kw: Any) -> dict[str, Any]:
    """A drawn box with its widget shifted off it (dx, dy, dw, dh points): the value belongs in
    the widget, wherever it sits (its rectangle is the place)."""
    x, y, w, h = box
    s.frame(x, y, w, h)
    dx, dy, dw, dh = shift
    return tf(s, name, x + dx, y + dy, w + dw, h + dh, fld, **kw)


def yes_no(s: Sheet, x: float, y: float, question: str, yes: str | None, no: str | None,
           words: tuple[str, str] = ("Yes", "No"), at: float = 0, size: float = 8) -> None:
    """'Question?  Yes [ ]  No [ ]' on paper: each tick box after its word."""
    s.text(x, y, question, size)
    bx = at or x + float(stringWidth(question, s.font, size)) + 10
    for word, fld in zip(words, (yes, no), strict=True):
        end = s.text(bx, y, word, size) + 3
        s.frame(end, y - 1, 8, 8)
        s._place((end, y - 1, end + 8, y + 7), fld, what=f"{question} {word} [ ]")
        bx = end + 24


def kinds_table(s: Sheet, x: float, top: float, heads: list[tuple[str, float, str]],
                rows: int, slots: list[dict[str, Any]], row_h: float = 15,
                names: str = "", size: float = 6.5) -> float:
    """Rows pre-numbered past any case's count, one column per kind of number: "main" (one cell,
    row 1: the account's main number, a slot of the group), "more" (a cell a row: the other
    numbers to port, slots of the group), "other" (fax, DDI range, ISDN MSN: not ours, the case
    has none of them), "#" the printed row number. With `names` every cell is a widget
    `{names}{row}_{col}`. Returns the y under the table."""
    cx = x
    for head, w, _ in heads:
        s.c.setFillGray(0.88)
        s.c.rect(cx, top - row_h, w, row_h, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(cx + 2, top - row_h + 4.5, head, size, bold=True)
        cx += w
    for r in range(rows):
        ry = top - row_h * (r + 2)
        cx = x
        for k, (head, w, kind) in enumerate(heads):
            s.frame(cx, ry, w, row_h)
            rect = (cx + 1, ry + 1, cx + w - 1, ry + row_h - 1)
            widget = f"{names}{r + 1}_{k + 1}" if names else None
            if kind == "#":
                s.right_text(cx + w - 3, ry + 4.5, str(r + 1), 7)
            elif kind == "main" and r > 0:
                s.c.setFillGray(0.8)
                s.c.rect(cx, ry, w, row_h, stroke=1, fill=1)
                s.c.setFillGray(0)
            elif kind in ("main", "more"):
                if widget:
                    tf(s, widget, *rect[:2], w - 2, row_h - 2, None)
                    s.places.pop()
                s.slot(slots, rect, f"{head} row {r + 1}", widget)
            elif widget:
                tf(s, widget, *rect[:2], w - 2, row_h - 2, None, what=f"{head} row {r + 1}")
            else:
                s._place(rect, None, what=f"{head} row {r + 1}")
            cx += w
    return top - row_h * (rows + 1)


def sign_table(s: Sheet, x: float, top: float, heads: list[tuple[str, float]],
               rows: list[tuple[str, list[str | None]]], row_h: float = 30,
               head_h: float = 13, size: float = 6.5) -> float:
    """'Signature | Print name | Position | Date' as column headings, a row per party under them
    (a caption in the first column): the customer's row ours, a witness's or the carrier's not.
    A "signature" cell is the ink's place. Returns the y under the table."""
    cx = x
    for head, w in heads:
        s.c.setFillGray(0.88)
        s.c.rect(cx, top - head_h, w, head_h, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(cx + 2, top - head_h + 3.5, head, size, bold=True)
        cx += w
    y = top - head_h
    for caption, flds in rows:
        y -= row_h
        cx = x
        for k, ((head, w), fld) in enumerate(zip(heads, flds, strict=True)):
            s.frame(cx, y, w, row_h)
            if k == 0:
                s.text(cx + 2, y + row_h - 8, caption, 6.5, bold=True)
            else:
                s._place((cx + 1, y + 1, cx + w - 1, y + row_h - 1), fld,
                         what=f"{caption} {head}")
            cx += w
    return y


# -- after the canvas ---------------------------------------------------------------------------
def nest(pdf: bytes) -> bytes:
    """Widgets named with dots ("customer.address.street") become a hierarchy of fields: parent
    "customer", its kid "address", whose kid is the widget "street" (its full name is the dotted
    one, its own /T only the last part)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    form = cast(DictionaryObject, writer._root_object["/AcroForm"].get_object())
    fields = cast(ArrayObject, form["/Fields"])
    parents: dict[str, Any] = {}
    keep = []
    for ref in list(fields):
        widget = cast(DictionaryObject, ref.get_object())
        name = str(widget.get("/T", ""))
        if "." not in name:
            keep.append(ref)
            continue
        *path, leaf = name.split(".")
        above = None
        for depth in range(len(path)):
            key = ".".join(path[:depth + 1])
            if key not in parents:
                node = DictionaryObject({NameObject("/T"): TextStringObject(path[depth]),
                                         NameObject("/Kids"): ArrayObject()})
                node_ref = writer._add_object(node)
                parents[key] = node_ref
                if above is None:
                    keep.append(node_ref)
                else:
                    node[NameObject("/Parent")] = above
                    cast(ArrayObject, above.get_object()["/Kids"]).append(node_ref)
            above = parents[key]
        widget[NameObject("/T")] = TextStringObject(leaf)
        widget[NameObject("/Parent")] = above
        cast(ArrayObject, cast(Any, above).get_object()["/Kids"]).append(ref)
    fields.clear()
    fields.extend(keep)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def crop(pdf: bytes, pages: set[int], box: tuple[float, float, float, float]) -> bytes:
    """Give the listed pages (1-based) a CropBox that does not start at 0,0 (a printer's trim):
    a viewer shows only that part, the content keeps the page's own coordinates."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for n, page in enumerate(writer.pages, start=1):
        if n in pages:
            page[NameObject("/CropBox")] = RectangleObject(box)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
