"""Layout habits of round 35's drawn forms that earlier kits lack: comb widgets drawn over printed
cells (/MaxLen with the comb flag), a widget whose default value is its own label ("Name:"),
labels set flush right and ending in a colon with dotted leaders running to the blank, a Yes / No
pair of ticks under its question, a signature block drawn as a 2 x 2 grid of captioned cells,
the date's mask printed under its blank ("DD.MM.YYYY"), a "for office use only" block whose
blanks are captioned like the customer's, a numbers table "Number | Keep or port | Service
type", and a page that is one picture of a flat form, scanned a little askew.

A picture-only page keeps the drawn form's geometry turned by the skew: each place's rectangle
is the box around its drawn rectangle turned the same way about the page's centre."""

from __future__ import annotations

import io
import math
from typing import Any

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import black, white
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tests.loaforms.kit import Sheet

PHONES = ("number", "btn", "contact_phone", "new_btn", None)


def comb_widget(s: Sheet, name: str, x: float, y: float, cells: int, fld: str | None,
                cell: float = 12, h: float = 15, tooltip: str = "",
                what: str = "") -> dict[str, Any]:
    """A comb text widget (/MaxLen `cells`, comb flag) over printed cells, one character a
    cell; the place is the whole comb (its cells' spaces are not the value's)."""
    for k in range(cells):
        s.frame(x + k * cell, y, cell, h, 0.5)
    s.c.acroForm.textfield(name=name, tooltip=tooltip, x=x, y=y, width=cells * cell, height=h,
                           fontSize=9, borderWidth=0, fillColor=None, textColor=black,
                           maxlen=cells, fieldFlags="comb", annotationFlags="print")
    extra: dict[str, Any] = {"what": what} if what else {}
    if fld not in PHONES:
        extra["comb"] = True
    return s._place((x, y, x + cells * cell, y + h), fld, widget=name, **extra)


def label_widget(s: Sheet, name: str, x: float, y: float, w: float, h: float,
                 fld: str | None, label: str, tooltip: str = "") -> dict[str, Any]:
    """A widget whose default value is its own label ("Name:"): the form prints no other
    label; the value typed there replaces it (or follows it)."""
    s.c.acroForm.textfield(name=name, tooltip=tooltip, value=label, x=x, y=y, width=w,
                           height=h, fontSize=8, borderWidth=0.5, borderColor=black,
                           fillColor=white, textColor=black, forceBorder=True,
                           annotationFlags="print")
    return s._place((x, y, x + w, y + h), fld, widget=name, what=f"[{label}]")


def leader(s: Sheet, right: float, y: float, label: str, x0: float, x1: float,
           fld: str | None, size: float = 8, box: bool = False,
           optional: bool = False) -> dict[str, Any]:
    """'      Label : ........ ________': the label set flush right at `right`, ending in a
    colon, dots leading from it to the blank that starts at `x0` (a line, or a box)."""
    s.c.setFont(s.font, size)
    s.c.setFillColor(black)
    s.c.drawRightString(right, y, label)
    step = stringWidth(".", s.font, size)
    s.text(right + 3, y, "." * max(2, int((x0 - right - 6) / step)), size)
    extra: dict[str, Any] = {"optional": True} if optional else {}
    if box:
        s.frame(x0, y - 4, x1 - x0, 15)
        return s._place((x0, y - 4, x1, y + 11), fld, what=label, **extra)
    s.rule(x0, y - 2, x1)
    return s._place((x0, y - 4, x1, y + 11), fld, what=label, **extra)


def yes_no_under(s: Sheet, x: float, y: float, question: str, yes: str | None,
                 no: str | None, words: tuple[str, str] = ("Yes", "No"), size: float = 8,
                 names: tuple[str, str] | None = None, gap: float = 60) -> float:
    """The question on its line, its two ticks on the line under it ('[ ] Yes   [ ] No'):
    paper boxes, or check boxes named `names`. Returns the y under the ticks."""
    s.text(x, y, question, size)
    ty = y - 14
    for k, (word, fld) in enumerate(zip(words, (yes, no), strict=True)):
        bx = x + 6 + k * gap
        if names:
            s.checkbox(names[k], bx, ty - 1, fld, word, size=8)
        else:
            s.tick(bx, ty - 1, fld, word)
    return ty - 14


def grid2x2(s: Sheet, x: float, top: float, w: float, row_h: float,
            cells: list[tuple[str, str | None]], size: float = 6.5,
            names: list[str | None] | None = None) -> float:
    """A signature block as a 2 x 2 grid of cells captioned in their top-left corner
    (Authorised signatory | Print name / Title | Date); each cell's place is under its caption,
    a widget there when `names` gives one (never on the signature). Returns the y under."""
    cw = w / 2
    for k, (caption, fld) in enumerate(cells):
        cx, cy = x + (k % 2) * cw, top - (k // 2 + 1) * row_h
        s.frame(cx, cy, cw, row_h)
        s.text(cx + 3, cy + row_h - 8, caption, size)
        name = names[k] if names else None
        if name:
            s.c.acroForm.textfield(name=name, tooltip="", x=cx + 2, y=cy + 2, width=cw - 4,
                                   height=row_h - 12, fontSize=9, borderWidth=0,
                                   fillColor=None, textColor=black, annotationFlags="print")
            s._place((cx + 2, cy + 2, cx + cw - 2, cy + row_h - 10), fld, widget=name,
                     what=caption)
        else:
            s._place((cx + 2, cy + 2, cx + cw - 2, cy + row_h - 10), fld, what=caption)
    return top - 2 * row_h


def mask_under(s: Sheet, x: float, y: float, mask: str, size: float = 6) -> None:
    """The date's mask printed small under its blank ('DD.MM.YYYY', 'JJ/MM/AAAA')."""
    s.c.setFillGray(0.35)
    s.c.setFont(s.font, size)
    s.c.drawString(x, y, mask)
    s.c.setFillColor(black)


def office_block(s: Sheet, x: float, y: float, w: float, title: str, labels: list[str],
                 h: float = 44, names: list[str] | None = None) -> None:
    """A 'for office use only' block in a thin frame whose blanks are captioned like the
    customer's own ('Customer name', 'Account no.', 'Date'): none of them is ours."""
    s.frame(x, y, w, h, 0.8)
    s.text(x + 5, y + h - 10, title, 7, bold=True)
    step = (w - 10) / len(labels)
    for k, label in enumerate(labels):
        bx = x + 5 + k * step
        end = s.text(bx, y + 9, label, 7) + 3
        if names:
            s.widget(names[k], end, y + 5, bx + step - 6 - end, 13, None)
        else:
            s.rule(end, y + 7, bx + step - 6)
            s._place((end, y + 5, bx + step - 6, y + 20), None, what=f"office: {label}")


def keep_port_table(s: Sheet, x: float, top: float, heads: tuple[str, str, str],
                    widths: tuple[float, float, float], rows: int, first: int,
                    slots: list[dict[str, Any]], choice: tuple[str | None, list[str]],
                    names: str = "", row_h: float = 15) -> float:
    """'Number | Keep or port | Service type' rows: the number cell is a slot of `slots`, the
    keep-or-port cell holds `choice` (("port_choice", ["Port", "P"]) for the numbers that port,
    a row that holds a number; (None, ...) where the form prints the word itself), the service
    type is not ours. Widgets `{names}{n}{a|b|c}` when `names`. Returns the y under."""
    cx = x
    for head, cw in zip(heads, widths, strict=True):
        s.c.setFillGray(0.88)
        s.c.rect(cx, top - row_h, cw, row_h, stroke=1, fill=1)
        s.c.setFillColor(black)
        s.text(cx + 3, top - row_h + 4.5, head, 6.8, bold=True)
        cx += cw
    s.frame(x - 18, top - row_h, 18, row_h)
    for r in range(rows):
        ry = top - row_h * (r + 2)
        s.frame(x - 18, ry, 18, row_h)
        s.right_text(x - 4, ry + 4.5, f"{first + r}", 7)
        cx = x
        for k, cw in enumerate(widths):
            s.frame(cx, ry, cw, row_h)
            rect = (cx + 1, ry + 1, cx + cw - 1, ry + row_h - 1)
            widget = f"{names}{first + r}{'abc'[k]}" if names else None
            if widget:
                s.c.acroForm.textfield(name=widget, tooltip="", x=rect[0], y=rect[1],
                                       width=cw - 2, height=row_h - 2, fontSize=8,
                                       borderWidth=0, fillColor=None, textColor=black,
                                       annotationFlags="print")
            if k == 0:
                s.slot(slots, rect, f"row {first + r}", widget)
            elif k == 1 and choice[0]:
                place = s._place(rect, choice[0], what=f"{heads[1]} {first + r}")
                place.update(accept=choice[1], row=first + r - 1)
                if widget:
                    place["widget"] = widget
            else:
                place = s._place(rect, None, what=f"{heads[k]} {first + r}")
                if widget:
                    place["widget"] = widget
            cx += cw
    return top - row_h * (rows + 1)


def skewed_picture(pdf: bytes, truth: dict[str, Any], page: int, degrees: float,
                   dpi: int = 150) -> bytes:
    """The drawn page `page` (1-based) made a picture-only page: rendered, turned `degrees`
    counter-clockwise about its centre as a sheet fed askew, and put back as one image with no
    text layer; every place of that page moves with it (the box around its turned rectangle).
    The other pages stay as drawn."""
    doc = pdfium.PdfDocument(pdf)
    sizes = [doc[n].get_size() for n in range(len(doc))]
    image = doc[page - 1].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    doc.close()
    turned = image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
    buf = io.BytesIO()
    c = Canvas(buf, invariant=True)
    for n, (w, h) in enumerate(sizes, start=1):
        c.setPageSize((w, h))
        if n == page:
            c.drawImage(ImageReader(turned), 0, 0, w, h)
        c.showPage()
    c.save()
    pictured = buf.getvalue()
    if len(sizes) > 1:  # the other pages: the drawn ones, untouched
        from pypdf import PdfReader, PdfWriter
        drawn, shot = PdfReader(io.BytesIO(pdf)), PdfReader(io.BytesIO(pictured))
        out = PdfWriter()
        for n in range(len(sizes)):
            out.add_page(shot.pages[n] if n == page - 1 else drawn.pages[n])
        data = io.BytesIO()
        out.write(data)
        pictured = data.getvalue()
    w, h = sizes[page - 1]
    a = math.radians(degrees)

    def turn(rect: list[float]) -> list[float]:
        xs, ys = [], []
        for px in (rect[0], rect[2]):
            for py in (rect[1], rect[3]):
                dx, dy = px - w / 2, py - h / 2
                xs.append(w / 2 + dx * math.cos(a) - dy * math.sin(a))
                ys.append(h / 2 + dx * math.sin(a) + dy * math.cos(a))
        return [round(min(xs), 1), round(min(ys), 1), round(max(xs), 1), round(max(ys), 1)]

    for place in truth["places"]:
        for p in place.get("slots", [place]):
            if p.get("page") == page:
                p["rect"] = turn(p["rect"])
    return pictured
