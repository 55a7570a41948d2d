"""Layout habits of round 36's drawn forms that earlier kits lack: a caption printed UNDER its
blank line (the signature-line style: line first, caption below), a blank inside a legal
sentence ("I, ________, authorise ..."), a column-header table ("Telephone number | Account
number | Service address") over empty cells, a 3-column grid of number slots numbered row by
row, a date as three boxes (day / month / year), an address split over boxes on one row, an
existing unsigned signature field (/FT /Sig), text widgets with auto font size (0) and centred
quadding, and a page that is one 150 dpi JPEG picture of a flat form (its artefacts kept).

The /Sig field and the auto-size / centred widgets are set after reportlab has drawn the page
(`finish`): reportlab writes neither."""

from __future__ import annotations

import io
import re
from typing import Any

import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from tests.loaforms.kit import Sheet


def caption_under(s: Sheet, x: float, y: float, x1: float, fld: str | None, caption: str,
                  size: float = 6.5, optional: bool = False) -> dict[str, Any]:
    """A bare line with its caption printed small UNDER it: the value goes above the line."""
    s.rule(x, y, x1)
    s.text(x, y - size - 2, caption, size)
    extra: dict[str, Any] = {"optional": True} if optional else {}
    return s._place((x, y - 2, x1, y + 13), fld, what=f"{caption} (under)", **extra)


def sentence(s: Sheet, x: float, y: float, parts: list[str | tuple[float, str | None, str]],
             size: float = 8) -> float:
    """A legal sentence with blanks inside it: strings are printed, (width, field, what) are
    blanks drawn as a line of that width. Returns the x where the sentence ends."""
    for part in parts:
        if isinstance(part, str):
            x = s.text(x, y, part, size) + 2
        else:
            width, fld, what = part
            s.rule(x, y - 2, x + width)
            s._place((x, y - 4, x + width, y + 11), fld, what=f"inline: {what}")
            x += width + 2
    return x


def header_table(s: Sheet, x: float, top: float, heads: list[tuple[str, float, str | None]],
                 rows: int, slots: list[dict[str, Any]], row_h: float = 16,
                 names: str = "") -> float:
    """Column headers over empty cells. The column whose field is "number" is a slot of `slots`
    (row order); every other column's cell holds its field only on a row that holds a number
    (`row`). Widgets `{names}{r}{k}` when `names`. Returns the y under the table."""
    cx = x
    for head, cw, _fld in heads:
        s.c.setFillGray(0.9)
        s.c.rect(cx, top - row_h, cw, row_h, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(cx + 3, top - row_h + 5, head, 7, bold=True)
        cx += cw
    for r in range(rows):
        ry = top - row_h * (r + 2)
        cx = x
        for k, (head, cw, fld) in enumerate(heads):
            s.frame(cx, ry, cw, row_h)
            rect = (cx + 1, ry + 1, cx + cw - 1, ry + row_h - 1)
            widget = f"{names}{r + 1}{k + 1}" if names else None
            if widget:
                s.c.acroForm.textfield(name=widget, tooltip="", x=rect[0], y=rect[1],
                                       width=cw - 2, height=row_h - 2, fontSize=8,
                                       borderWidth=0, fillColor=None, annotationFlags="print")
            if fld == "number":
                s.slot(slots, rect, f"row {r + 1}", widget)
            else:
                place = s._place(rect, fld, what=f"{head} {r + 1}")
                if fld:
                    place["row"] = r
                if widget:
                    place["widget"] = widget
            cx += cw
    return top - row_h * (rows + 1)


def grid3(s: Sheet, x: float, top: float, rows: int, slots: list[dict[str, Any]],
          col_w: float = 165, row_h: float = 20, names: str = "",
          first: int = 1) -> float:
    """Number slots in a grid of three columns numbered ACROSS each row (1 2 3 / 4 5 6 / ...):
    the reading order is the truth. Widgets `{names}{n}` when `names`. Returns the y under."""
    n = first
    for r in range(rows):
        ry = top - (r + 1) * row_h
        for c in range(3):
            bx = x + c * col_w
            s.right_text(bx + 14, ry + 4, f"{n}.", 7.5)
            w = col_w - 26
            widget = f"{names}{n}" if names else None
            if widget:
                s.c.acroForm.textfield(name=widget, tooltip="", x=bx + 18, y=ry, width=w,
                                       height=15, fontSize=9, borderWidth=0.5,
                                       forceBorder=True, annotationFlags="print")
            else:
                s.rule(bx + 18, ry + 1, bx + 18 + w)
            s.slot(slots, (bx + 18, ry, bx + 18 + w, ry + 15), f"no. {n}", widget)
            n += 1
    return top - rows * row_h


def date_boxes(s: Sheet, x: float, y: float, prefix: str, captions: tuple[str, str, str],
               widths: tuple[float, float, float] = (22, 22, 38),
               names: tuple[str, str, str] | None = None) -> float:
    """A date as three boxes side by side, each captioned small under it (day / month / year;
    `prefix` is "requested" or "date_signed"). Returns the x after the last box."""
    for k, (cap, wd, part) in enumerate(zip(captions, widths, ("day", "month", "year"),
                                            strict=True)):
        if names:
            s.c.acroForm.textfield(name=names[k], tooltip="", x=x, y=y, width=wd, height=15,
                                   fontSize=9, borderWidth=0.5, forceBorder=True,
                                   annotationFlags="print")
            s._place((x, y, x + wd, y + 15), f"{prefix}_{part}", widget=names[k], what=cap)
        else:
            s.box(x, y, wd, 15, f"{prefix}_{part}", cap)
        s.text(x + 1, y - 7, cap, 5.5)
        x += wd + 4
    return x


def address_row(s: Sheet, x: float, y: float, cells: list[tuple[str, float, str | None]],
                names: list[str] | None = None, h: float = 15) -> None:
    """An address split over boxes on one row, each captioned small above it ("Street | Unit |
    City | Province | Postal code"); widgets when `names` gives them."""
    for k, (cap, wd, fld) in enumerate(cells):
        s.text(x + 1, y + h + 2, cap, 6)
        if names and names[k]:
            s.c.acroForm.textfield(name=names[k], tooltip="", x=x, y=y, width=wd, height=h,
                                   fontSize=9, borderWidth=0.5, forceBorder=True,
                                   annotationFlags="print")
            s._place((x, y, x + wd, y + h), fld, widget=names[k], what=cap)
        else:
            s.box(x, y, wd, h, fld, cap)
        x += wd + 3


def finish(pdf: bytes, auto_centred: tuple[str, ...] = (),
           sigs: tuple[tuple[str, int, tuple[float, float, float, float]], ...] = ()) -> bytes:
    """Set what reportlab cannot: the widgets named in `auto_centred` get auto font size (0 Tf)
    and centred quadding (/Q 1); each (name, page, rect) of `sigs` becomes an unsigned signature
    field (/FT /Sig, no /V) on that page."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            name = str(annot.get("/T", ""))
            if name in auto_centred:
                da = str(annot.get("/DA", "/Helv 0 Tf 0 g"))
                annot[NameObject("/DA")] = TextStringObject(
                    re.sub(r"[\d.]+\s+Tf", "0 Tf", da))
                annot[NameObject("/Q")] = NumberObject(1)
    acro = writer._root_object["/AcroForm"]
    for name, page_no, rect in sigs:
        page = writer.pages[page_no - 1]
        sig = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Sig"),
            NameObject("/T"): TextStringObject(name),
            NameObject("/F"): NumberObject(4),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
        })
        sig[NameObject("/P")] = page.indirect_reference
        ref = writer._add_object(sig)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
        acro["/Fields"].append(ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def jpeg_page(pdf: bytes, page: int = 1, dpi: int = 150, quality: int = 35) -> bytes:
    """The drawn page `page` of a one-page flat form made a picture only: rendered at `dpi`,
    saved as a JPEG of low `quality` (its block artefacts kept) and put back as the page's one
    image, with no text layer. The places keep their rectangles (no skew)."""
    doc = pdfium.PdfDocument(pdf)
    w, h = doc[page - 1].get_size()
    image = doc[page - 1].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    doc.close()
    jpeg = io.BytesIO()
    image.save(jpeg, format="JPEG", quality=quality)
    jpeg.seek(0)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(w, h), invariant=True)
    c.drawImage(ImageReader(jpeg), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()
