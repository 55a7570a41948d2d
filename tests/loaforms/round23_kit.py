"""Drawing helpers for round 23's forms: blanks typed as underscores in the text layer, a row of
labels with one column per number, bold labels in grey cells, checkboxes whose export value is a
word of the form's language, and one field shown by two widgets (one name, both places truth)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
from reportlab.lib.colors import black, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import FONT, Sheet
from tests.loaforms.round5_kit import Gap


def underscores(s: Sheet, label: str, x: float, y: float, count: int, fld: str | None,
                size: float = 8.5, bold: bool = False, optional: bool = False) -> float:
    """'Label: ________' typed in the text layer (no drawn rule): the underscores are where the
    value goes. Returns the x after them."""
    end = s.text(x, y, label, size, bold) + 3
    line = "_" * count
    s.text(end, y, line, size)
    x1 = end + float(stringWidth(line, FONT, size))
    extra = {"optional": True} if optional else {}
    s._place((end, y - 3, x1, y + 11), fld, what=f"{label} (underscores)", **extra)
    return x1


def underscore_gap(s: Sheet, x: float, y: float, gap: Gap) -> None:
    """A blank inside a sentence typed as underscores (for round5_kit.sentence's put_gap)."""
    count = max(3, int(gap.width / stringWidth("_", FONT, 9)))
    s.text(x, y, "_" * count, 9)
    extra = {"optional": True} if gap.optional else {}
    s._place((x, y - 3, x + gap.width, y + 11), gap.fld, what=gap.what, **extra)


def grey_bold(s: Sheet, x: float, y: float, w: float, h: float, label: str,
              size: float = 7.5) -> None:
    """A label in bold inside a grey-shaded cell."""
    s.c.setFillGray(0.82)
    s.c.setStrokeColor(black)
    s.c.setLineWidth(0.6)
    s.c.rect(x, y, w, h, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(x + 3, y + h / 2 - 2.6, label, size, bold=True)


def grey_row(s: Sheet, x: float, y: float, cells: list[tuple[str, float, float, str | None]],
             h: float = 18, names: Iterator[str] | None = None) -> None:
    """Bold labels in grey cells, each followed by its value cell (a widget named from `names`
    when given, else a printed cell)."""
    for label, lw, vw, fld in cells:
        grey_bold(s, x, y, lw, h, label)
        s.frame(x + lw, y, vw, h)
        name = next(names) if names is not None else None
        if name:
            s.widget(name, x + lw + 1, y + 1, vw - 2, h - 2, fld)
        else:
            s._place((x + lw + 1, y + 1, x + lw + vw - 1, y + h - 1), fld, what=label)
        x += lw + vw


def number_columns(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, label_w: float,
                   col_w: float, count: int, heads: str, rows: list[tuple[str, str | None]],
                   row_h: float = 18, names: Iterator[str] | None = None,
                   first: int = 1) -> float:
    """Row labels on the left and one column per number ('Number 1 | Number 2 | ...' across the
    head): the row whose field is "number" holds the numbers, column by column; the other rows'
    cells hold what their label says (None: not ours). Returns the y under the grid."""
    y = top - row_h
    grey_bold(s, x, y, label_w, row_h, "")
    for k in range(count):
        grey_bold(s, x + label_w + k * col_w, y, col_w, row_h, heads.format(n=first + k))
    for label, fld in rows:
        y -= row_h
        grey_bold(s, x, y, label_w, row_h, label)
        for k in range(count):
            cx = x + label_w + k * col_w
            s.frame(cx, y, col_w, row_h)
            rect = (cx + 1, y + 1, cx + col_w - 1, y + row_h - 1)
            name = next(names) if names is not None and fld == "number" else None
            if name:
                s.c.acroForm.textfield(name=name, tooltip="", x=rect[0], y=rect[1],
                                       width=col_w - 2, height=row_h - 2, fontSize=8,
                                       borderWidth=0, fillColor=white, textColor=black,
                                       maxlen=15)
            if fld == "number":
                s.slot(slots, rect, f"{label} {first + k}", widget=name)
            else:
                s._place(rect, fld, what=f"{label} {first + k}")
    return y


def export_words(pdf: bytes, words: dict[str, str]) -> bytes:
    """Give the named checkboxes an 'on' state in the form's own language ('Ja', 'Oui', 'Sí')
    instead of reportlab's /Yes, as a form designer in that language leaves them."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            word = words.get(str(annot.get("/T", "")))
            if word is None:
                continue
            ap = annot["/AP"]
            for state in ("/N", "/D"):
                table = ap[state].get_object() if state in ap else None
                if table is not None and "/Yes" in table:
                    table[NameObject("/" + word)] = table["/Yes"]
                    del table["/Yes"]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def twin_fields(pdf: bytes, names: list[str]) -> bytes:
    """Make the widgets that share a name one field with two kids (a field shown in two places
    of the form: whatever is typed in one shows in the other)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    acro = writer._root_object["/AcroForm"].get_object()
    assert isinstance(acro, DictionaryObject)
    fields = acro["/Fields"].get_object()
    assert isinstance(fields, ArrayObject)
    for name in names:
        kids = [ref for ref in fields if str(ref.get_object().get("/T", "")) == name]
        if len(kids) < 2:
            raise ValueError(f"{name}: fewer than two widgets to join")
        first = kids[0].get_object()
        parent = DictionaryObject({NameObject("/T"): TextStringObject(name),
                                   NameObject("/FT"): first["/FT"],
                                   NameObject("/Kids"): ArrayObject(kids)})
        for key in ("/Ff", "/V", "/DA", "/MaxLen"):
            if key in first:
                parent[NameObject(key)] = first[key]
        parent_ref = writer._add_object(parent)
        for ref in kids:
            kid = ref.get_object()
            for key in ("/T", "/FT", "/Ff", "/V", "/MaxLen"):
                if key in kid:
                    del kid[key]
            kid[NameObject("/Parent")] = parent_ref
        kept = [ref for ref in fields if ref not in kids]
        fields.clear()
        fields.extend(kept)
        fields.append(parent_ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
