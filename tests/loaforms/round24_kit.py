"""Layout habits of round 24's drawn forms that earlier kits lack: blanks typed as underscores in
the text layer ("Name: ________") instead of drawn rules, labels in bold inside grey cells, a
table whose rows are labelled on the left with a column per number ("Number 1 | Number 2 |
..."), check boxes whose on-state is a word of the form's language ("Oui", "Ja", "Sí"), one
widget name shown in two places (a field with two widget kids: both places are truth), and a
page turned a quarter (/Rotate 90).
"""

from __future__ import annotations

import io
from typing import Any, cast

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import Sheet

TWIN = "~twin"  # a widget drawn under `name + TWIN` becomes a second kid of the field `name`


def underscores(s: Sheet, label: str, x: float, y: float, x1: float, fld: str | None,
                size: float = 8.5, bold: bool = False, optional: bool = False) -> dict[str, Any]:
    """'Label: ________' with the blank typed as underscore characters (no drawn rule): the
    place is the run of underscores."""
    end = s.text(x, y, label, size, bold) + 3
    step = stringWidth("_", s.font, size)
    s.text(end, y, "_" * max(3, int((x1 - end) / step)), size)
    extra = {"optional": True} if optional else {}
    return s._place((end, y - 3, x1, y + 11), fld, what=label, **extra)


def bold_grey_cells(s: Sheet, x: float, top: float, rows: list[tuple[str, str | None]],
                    label_w: float, value_w: float, row_h: float = 18,
                    names: list[str] | None = None) -> float:
    """Grey label cells with their labels in bold, the value cell (printed, or a widget named
    from `names`) to the right. Returns the y under the last row."""
    taken = iter(names or [])
    y = top
    for label, fld in rows:
        y -= row_h
        s.c.setFillGray(0.82)
        s.c.rect(x, y, label_w, row_h, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(x + 4, y + row_h / 2 - 2.5, label, 7.5, bold=True)
        s.frame(x + label_w, y, value_w, row_h)
        name = next(taken, None)
        if name:
            s.widget(name, x + label_w + 1, y + 1, value_w - 2, row_h - 2, fld)
        else:
            s._place((x + label_w + 1, y + 1, x + label_w + value_w - 1, y + row_h - 1), fld,
                     what=label)
    return y


def number_columns(s: Sheet, slots: list[dict[str, Any]], x: float, top: float,
                   rows: list[tuple[str, str | None]], count: int, label_w: float,
                   col_w: float, first: int = 1, row_h: float = 18,
                   names: list[str] | None = None, head: str = "Number {n}") -> float:
    """A table turned on its side: a header row 'Number 1 | Number 2 | ...' (`head`), then rows
    labelled on the left. The row whose field is "number" holds the slots (in column order); another
    row's cell belongs to its column's number (`row`), None is not ours. Widgets take `names`
    row by row when given. Returns the y under the table."""
    taken = iter(names or [])
    s.c.setFillGray(0.88)
    s.c.rect(x, top - row_h, label_w + count * col_w, row_h, stroke=1, fill=1)
    s.c.setFillGray(0)
    for c in range(count):
        s.text(x + label_w + c * col_w + 3, top - row_h + 5, head.format(n=first + c), 7,
               bold=True)
    for r, (label, fld) in enumerate(rows):
        y = top - row_h * (r + 2)
        s.frame(x, y, label_w, row_h)
        s.text(x + 3, y + 5, label, 7, bold=True)
        for c in range(count):
            cx = x + label_w + c * col_w
            s.frame(cx, y, col_w, row_h)
            rect = (cx + 1, y + 1, cx + col_w - 1, y + row_h - 1)
            name = next(taken, None)
            if name:
                s.widget(name, rect[0], rect[1], col_w - 2, row_h - 2, None)
                s.places.pop()
            what = f"{label} {first + c}"
            if fld == "number":
                s.slot(slots, rect, what, name)
                continue
            place = s._place(rect, fld, what=what)
            if name:
                place["widget"] = name
            if fld:
                place["row"] = first + c - 1
    return top - row_h * (len(rows) + 1)


def _writer(pdf: bytes) -> PdfWriter:
    return PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))


def _bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def export_states(pdf: bytes, states: dict[str, str]) -> bytes:
    """Check boxes whose on-state is a word of the form's language: each named box's /Yes
    appearance is renamed to states[name] (e.g. "/Oui"); the box stays unticked."""
    writer = _writer(pdf)
    for page in writer.pages:
        for ref in cast(ArrayObject, page.get("/Annots") or ArrayObject()):
            annot = cast(DictionaryObject, ref.get_object())
            wanted = states.get(str(annot.get("/T", "")))
            if wanted is None:
                continue
            ap = cast(DictionaryObject, annot["/AP"].get_object())
            for key in ("/N", "/D"):
                if key in ap:
                    faces = cast(DictionaryObject, ap[key].get_object())
                    if "/Yes" in faces:
                        faces[NameObject(wanted)] = faces.pop("/Yes")
            annot[NameObject("/AS")] = NameObject("/Off")
            annot[NameObject("/V")] = NameObject("/Off")
    return _bytes(writer)


def join_twins(pdf: bytes) -> bytes:
    """Every widget drawn as `name + TWIN` becomes, with the widget `name`, a kid of one text
    field `name` (one value, shown in both places)."""
    writer = _writer(pdf)
    root = writer._root_object
    form = cast(DictionaryObject, root["/AcroForm"].get_object())
    fields = cast(ArrayObject, form["/Fields"])
    by_name = {str(cast(DictionaryObject, f.get_object()).get("/T", "")): f for f in fields}
    for twin_name in [n for n in by_name if n.endswith(TWIN)]:
        name = twin_name.removesuffix(TWIN)
        kids = [by_name[name], by_name[twin_name]]
        parent = DictionaryObject({NameObject("/FT"): NameObject("/Tx"),
                                   NameObject("/T"): TextStringObject(name),
                                   NameObject("/Kids"): ArrayObject(kids)})
        first = cast(DictionaryObject, kids[0].get_object())
        if "/DA" in first:
            parent[NameObject("/DA")] = first["/DA"]
        parent_ref = writer._add_object(parent)
        for kid in kids:
            widget = cast(DictionaryObject, kid.get_object())
            for key in ("/T", "/FT", "/V", "/DA", "/Ff", "/TU", "/MaxLen"):
                if key in widget and key != "/DA":
                    del widget[key]
            widget[NameObject("/Parent")] = parent_ref
        keep = [f for f in fields if f not in kids]
        fields.clear()
        fields.extend([*keep, parent_ref])
    return _bytes(writer)


def turn_page(s: Sheet) -> tuple[float, float]:
    """Draw the current page as a landscape form on a portrait page that will carry /Rotate 90
    (`rotate_pages`): the canvas is turned so the design's (x, y) land upright once a viewer
    applies the rotation. Returns the design's width and height."""
    w, h = s.size
    s.c.translate(w, 0)
    s.c.rotate(90)
    return h, w


def unturn_places(s: Sheet, page: int) -> None:
    """Bring the places recorded on a turned page back into the page's own space (where the
    PDF's text and widgets live): design (x, y) is page (width - y, x)."""
    w = s.size[0]

    def back(place: dict[str, Any]) -> None:
        if place.get("page") != page:
            return
        x0, y0, x1, y1 = place["rect"]
        place["rect"] = [round(w - y1, 1), round(x0, 1), round(w - y0, 1), round(x1, 1)]

    for place in s.places:
        back(place)
    for group in s._slot_groups:
        for slot in group["slots"]:
            back(slot)


def rotate_pages(pdf: bytes, pages: set[int], angle: int = 90) -> bytes:
    """Give the listed pages (1-based) a /Rotate: the content stays where it was drawn in the
    page's own space (as the truth records it), a viewer shows the page turned."""
    writer = _writer(pdf)
    for n, page in enumerate(writer.pages, start=1):
        if n in pages:
            page[NameObject("/Rotate")] = NumberObject(angle)
    return _bytes(writer)
