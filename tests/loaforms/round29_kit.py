"""Layout habits of round 29's drawn forms that earlier kits lack: paper comb boxes with printed
separators ('( _ _ _ ) _ _ _ - _ _ _ _'), 'Yes [] No []' per question, labels drawn a glyph at a
time or split by a font change mid-word, a signature row drawn as a table, widgets that do not
sit on their drawn boxes, hierarchical widget names ('customer.address.street' as a tree of
fields), and a page whose MediaBox does not start at 0,0.

A place is where the value is written: for a widget off its drawn box, the widget (that is
where a viewer prints what is typed)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, cast

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    RectangleObject,
    TextStringObject,
)
from reportlab.lib.colors import black, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import Sheet


def spaced(s: Sheet, x: float, y: float, text: str, size: float = 8, gap: float = 1.6) -> float:
    """A label drawn a glyph at a time, letter-spaced (each glyph its own text object)."""
    for ch in text:
        s.text(x, y, ch, size)
        x += float(stringWidth(ch, s.font, size)) + gap
    return x


def mixed(s: Sheet, x: float, y: float, parts: Sequence[str], size: float = 8) -> float:
    """A label split by a font change mid-word: the parts alternate regular and bold."""
    for n, part in enumerate(parts):
        x = s.text(x, y, part, size, bold=n % 2 == 1)
    return x


def comb(s: Sheet, x: float, y: float, pattern: str, fld: str | None, what: str,
         cell: float = 10, h: float = 14, optional: bool = False) -> dict[str, Any]:
    """Paper comb boxes from a pattern: '_' a box, any other character printed between boxes
    ('(___) ___-____'). One place over all of it; plain text values are read without the
    boxes' spaces."""
    x0 = x
    for ch in pattern:
        if ch == "_":
            s.frame(x, y, cell, h)
            x += cell
        elif ch == " ":
            x += 3
        else:
            s.text(x + 1, y + 3.5, ch, 9)
            x += float(stringWidth(ch, s.font, 9)) + 2
    extra: dict[str, Any] = {"optional": True} if optional else {}
    place = s._place((x0, y, x, y + h), fld, what=f"{what} (comb {pattern})", **extra)
    if fld not in ("number", "btn", "contact_phone", "new_btn", None):
        place["comb"] = True
    return place


def comb_slot(s: Sheet, slots: list[dict[str, Any]], x: float, y: float, pattern: str,
              what: str, cell: float = 10, h: float = 14) -> None:
    """A number slot written into paper comb boxes with printed separators."""
    place = comb(s, x, y, pattern, "number", what, cell, h)
    s.places.remove(place)
    x0, y0, x1, y1 = place["rect"]
    s.slot(slots, (x0, y0, x1, y1), what)


def yes_no(s: Sheet, x: float, y: float, question: str, yes: str | None, no: str | None,
           words: tuple[str, str] = ("Yes", "No"), at: float = 0, size: float = 8) -> float:
    """'Question?  Yes [] No []' on paper: the tick boxes after their words. Returns the y under."""
    s.text(x, y, question, size)
    bx = at or x + float(stringWidth(question, s.font, size)) + 10
    for word, fld in zip(words, (yes, no), strict=True):
        end = s.text(bx, y, word, size) + 3
        s.frame(end, y - 1, 8, 8)
        s._place((end, y - 1, end + 8, y + 7), fld, what=f"{question} {word} [ ]")
        bx = end + 24
    return y - 15


def radio_yes_no(s: Sheet, group: str, x: float, y: float, question: str, yes: str | None,
                 no: str | None, words: tuple[str, str] = ("Yes", "No"), at: float = 0,
                 size: float = 8) -> float:
    """The same question with a radio group: the buttons export '0' and '1', only their printed
    words say which is which."""
    s.text(x, y, question, size)
    bx = at or x + float(stringWidth(question, s.font, size)) + 10
    for value, word, fld in (("0", words[0], yes), ("1", words[1], no)):
        s.c.acroForm.radio(name=group, value=value, selected=False, x=bx, y=y - 1.5, size=9,
                           buttonStyle="circle", borderWidth=0.5, borderColor=black,
                           fillColor=white, forceBorder=True)
        s.text(bx + 12, y, word, size)
        s._place((bx, y - 1.5, bx + 9, y + 7.5), fld, widget=f"{group}={value}",
                 what=f"{question} {word}")
        bx += 24 + float(stringWidth(word, s.font, size))
    return y - 15


def sign_table(s: Sheet, x: float, top: float, heads: Sequence[tuple[str, float]],
               rows: Sequence[tuple[str, Sequence[str | None]]], row_h: float = 26) -> float:
    """A signature row drawn as a table: column headings ('Signature | Print name | Position |
    Date'), then one row per signer, each captioned at its left ('Customer', 'Witness').
    Returns the y under the table."""
    cap_w = 62
    s.frame(x, top - 12, cap_w, 12)
    cx = x + cap_w
    for head, w in heads:
        s.c.setFillGray(0.9)
        s.c.rect(cx, top - 12, w, 12, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(cx + 3, top - 9, head, 7, bold=True)
        cx += w
    y = top - 12
    for caption, fields in rows:
        y -= row_h
        s.frame(x, y, cap_w, row_h)
        s.text(x + 3, y + row_h / 2 - 3, caption, 7.5, bold=True)
        cx = x + cap_w
        for (head, w), fld in zip(heads, fields, strict=True):
            s.frame(cx, y, w, row_h)
            s._place((cx + 1, y + 1, cx + w - 1, y + row_h - 1), fld, what=f"{caption} {head}")
            cx += w
    return y


def off_box(s: Sheet, name: str, x: float, y: float, w: float, h: float, fld: str | None,
            dx: float, dy: float, dw: float = 0, dh: float = 0, **extra: Any) -> dict[str, Any]:
    """A drawn box with its widget shifted (dx, dy) and resized (dw, dh) off it: the widget
    is where the value is written."""
    s.frame(x, y, w, h)
    wx, wy, ww, wh = x + dx, y + dy, w + dw, h + dh
    s.c.acroForm.textfield(name=name, tooltip="", x=wx, y=wy, width=ww, height=wh, fontSize=8,
                           borderWidth=0, fillColor=None, textColor=black)
    return s._place((wx, wy, wx + ww, wy + wh), fld, widget=name, what=name, **extra)


def multiline(s: Sheet, name: str, x: float, y: float, w: float, h: float, fld: str | None,
              what: str) -> dict[str, Any]:
    """A multi-line text widget (one box for several values: an address, a list of numbers)."""
    s.c.acroForm.textfield(name=name, tooltip="", x=x, y=y, width=w, height=h, fontSize=8,
                           borderWidth=0.5, borderColor=black, fillColor=white,
                           textColor=black, forceBorder=True, fieldFlags="multiline")
    return s._place((x, y, x + w, y + h), fld, widget=name, what=what)


def shift_places(s: Sheet, page: int, dx: float, dy: float) -> None:
    """Move the places recorded on `page` by (dx, dy): the page was drawn translated."""
    def move(place: dict[str, Any]) -> None:
        if place.get("page") == page:
            x0, y0, x1, y1 = place["rect"]
            place["rect"] = [round(x0 + dx, 1), round(y0 + dy, 1), round(x1 + dx, 1),
                             round(y1 + dy, 1)]
    for place in s.places:
        move(place)
    for group in s._slot_groups:
        for slot in group["slots"]:
            move(slot)


def _writer(pdf: bytes) -> PdfWriter:
    return PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))


def _bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def offset_boxes(pdf: bytes, page: int, dx: float, dy: float) -> bytes:
    """Give a page (1-based) a MediaBox and CropBox that start at (dx, dy), not 0,0 (its content
    was drawn translated by the same amount, so it looks as before)."""
    writer = _writer(pdf)
    p = writer.pages[page - 1]
    x0, y0, x1, y1 = (float(v) for v in p.mediabox)
    box = RectangleObject([x0 + dx, y0 + dy, x1 + dx, y1 + dy])
    p[NameObject("/MediaBox")] = box
    p[NameObject("/CropBox")] = RectangleObject(list(box))
    return _bytes(writer)


def nest_names(pdf: bytes) -> bytes:
    """Widgets named with dots ('customer.address.street') become a tree of fields: a parent
    per name part, the widget a kid holding its last part (a fully qualified name that is the
    drawn name)."""
    writer = _writer(pdf)
    form = cast(DictionaryObject, writer._root_object["/AcroForm"].get_object())
    fields = cast(ArrayObject, form["/Fields"])
    parents: dict[str, IndirectObject] = {}
    top: list[Any] = []
    for ref in list(fields):
        widget = cast(DictionaryObject, ref.get_object())
        name = str(widget.get("/T", ""))
        if "." not in name:
            top.append(ref)
            continue
        *path, leaf = name.split(".")
        parent: IndirectObject | None = None
        prefix = ""
        for part in path:
            prefix = f"{prefix}.{part}" if prefix else part
            if prefix not in parents:
                node = DictionaryObject({NameObject("/T"): TextStringObject(part),
                                         NameObject("/Kids"): ArrayObject()})
                node_ref = writer._add_object(node)
                if parent is None:
                    top.append(node_ref)
                else:
                    node[NameObject("/Parent")] = parent
                    cast(ArrayObject, cast(DictionaryObject, parent.get_object())["/Kids"]
                         ).append(node_ref)
                parents[prefix] = node_ref
            parent = parents[prefix]
        assert parent is not None
        widget[NameObject("/T")] = TextStringObject(leaf)
        widget[NameObject("/Parent")] = parent
        cast(ArrayObject, cast(DictionaryObject, parent.get_object())["/Kids"]).append(ref)
    fields.clear()
    fields.extend(top)
    return _bytes(writer)
