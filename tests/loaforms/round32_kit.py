"""Layout habits of round 32's drawn forms that earlier kits lack: specimen values printed in grey
(an example row or column, "Example: ..." under a blank: the form's own print, never a place), a
numbers table turned on its side (the numbers as columns, their attributes as rows), a role
matrix (Customer | Current provider | New provider: only the customer's column ours), text turned
90 degrees (column headings of a narrow table, a block's label beside it), a value split into one
widget per character, and a page whose content is drawn upside down for a tumble duplex (the page
carries /Rotate 180 so a viewer shows it upright).
"""

from __future__ import annotations

import io
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import black, white
from reportlab.lib.utils import ImageReader

from portdesk.loa.fonts import REGULAR, font_path
from tests.loaforms.kit import Sheet
from tests.loaforms.round28_kit import tf

PHONES = ("number", "btn", "contact_phone", "new_btn", None)


def vtext(s: Sheet, x: float, y: float, text: str, size: float = 7,
          bold: bool = False) -> None:
    """Text turned 90 degrees, read bottom to top, its baseline along x (a column heading of a
    narrow table, or a block's label written beside it)."""
    s.c.saveState()
    s.c.translate(x, y)
    s.c.rotate(90)
    s.c.setFont(s.bold_font if bold else s.font, size)
    s.c.setFillColor(black)
    s.c.drawString(0, 0, text)
    s.c.restoreState()


def grey(s: Sheet, x: float, y: float, text: str, size: float = 7.5) -> None:
    """A specimen value printed in grey (an example the form gives): the form's own print."""
    s.c.setFillGray(0.55)
    s.c.setFont(s.font, size)
    s.c.drawString(x, y, text)
    s.c.setFillColor(black)


def char_widgets(s: Sheet, prefix: str, x: float, y: float, count: int, fld: str | None,
                 what: str, cell: float = 12, h: float = 15, start: int = 1,
                 gap_after: tuple[int, ...] = ()) -> dict[str, Any]:
    """One text widget per character ("tel1_1".."tel1_10"), each /MaxLen 1, with an optional gap
    after some of them: one place over all of them, its value read across the widgets."""
    cx = x
    for k in range(count):
        s.c.acroForm.textfield(name=f"{prefix}{k + start}", tooltip="", x=cx, y=y, width=cell,
                               height=h, fontSize=9, maxlen=1, borderWidth=0.5,
                               borderColor=black, fillColor=white, textColor=black,
                               forceBorder=True, annotationFlags="print")
        cx += cell + (5 if k + 1 in gap_after else 0)
    place = s._place((x, y, cx, y + h), fld,
                     what=f"{what} ({count} one-character widgets {prefix}{start}..)")
    if fld not in PHONES:
        place["comb"] = True
    return place


def transposed(s: Sheet, x: float, top: float, label_w: float, col_w: float, cols: int,
               rows: list[tuple[str, str | None, str]], slots: list[dict[str, Any]],
               head: str = "Number", row_h: float = 16, example: float = 0,
               names: str = "", first: int = 1, example_head: str = "e.g.") -> float:
    """The numbers as columns ('Number 1 | Number 2 | ...') and their attributes as rows: the row
    whose field is "number" holds one slot per column; the other rows are not ours. An
    `example` column (its width) comes first with each row's specimen printed in grey. With
    `names` every cell is a widget `{names}{row}_{col}`; `first` numbers the first column (a
    second table for numbers 6-10). Returns the y under the table."""
    s.frame(x, top - row_h, label_w, row_h)
    cx = x + label_w
    if example:
        s.frame(cx, top - row_h, example, row_h)
        s.text(cx + 3, top - row_h + 5, example_head, 7, bold=True)
        cx += example
    for k in range(cols):
        s.c.setFillGray(0.88)
        s.c.rect(cx + k * col_w, top - row_h, col_w, row_h, stroke=1, fill=1)
        s.c.setFillColor(black)
        s.text(cx + k * col_w + 3, top - row_h + 5, f"{head} {first + k}", 7, bold=True)
    for r, (label, fld, specimen) in enumerate(rows):
        ry = top - row_h * (r + 2)
        s.frame(x, ry, label_w, row_h)
        s.text(x + 3, ry + 5, label, 7, bold=True)
        if example:
            s.frame(x + label_w, ry, example, row_h)
            grey(s, x + label_w + 3, ry + 5, specimen, 6.5)
        for k in range(cols):
            bx = cx + k * col_w
            s.frame(bx, ry, col_w, row_h)
            rect = (bx + 1, ry + 1, bx + col_w - 1, ry + row_h - 1)
            widget = f"{names}{r + 1}_{k + 1}" if names else None
            if widget:
                tf(s, widget, rect[0], rect[1], col_w - 2, row_h - 2, fld)
                if fld == "number":
                    s.places.pop()
            if fld == "number":
                s.slot(slots, rect, f"{label} {head} {first + k}", widget)
            elif not widget:
                s._place(rect, fld, what=f"{label} {head} {first + k}")
    return top - row_h * (len(rows) + 1)


def role_matrix(s: Sheet, x: float, top: float, label_w: float,
                heads: list[tuple[str, float]], rows: list[tuple[str, list[str | None]]],
                row_h: float = 16, names: str = "",
                prefilled: dict[tuple[int, int], str] | None = None) -> float:
    """Rows Name / Account / Address..., one column per party ('Customer | Current provider |
    New provider'): a cell's field is given per row and column (None for another party's).
    With `names` the cells are widgets `{names}{row}{col}`; a `prefilled` cell is a read-only
    widget whose value the new provider typed in (not ours to change). Returns the y under."""
    prefilled = prefilled or {}
    cx = x + label_w
    for head, w in heads:
        s.c.setFillGray(0.88)
        s.c.rect(cx, top - row_h, w, row_h, stroke=1, fill=1)
        s.c.setFillColor(black)
        s.text(cx + 3, top - row_h + 5, head, 6.5, bold=True)
        cx += w
    for r, (label, flds) in enumerate(rows):
        ry = top - row_h * (r + 2)
        s.frame(x, ry, label_w, row_h)
        s.text(x + 3, ry + 5, label, 7, bold=True)
        cx = x + label_w
        for k, ((head, w), fld) in enumerate(zip(heads, flds, strict=True)):
            s.frame(cx, ry, w, row_h)
            if names:
                value = prefilled.get((r, k), "")
                tf(s, f"{names}{r + 1}{chr(65 + k)}", cx + 1, ry + 1, w - 2, row_h - 2, fld,
                   value=value, flags="readOnly" if value else "",
                   what=f"{label} / {head}")
            else:
                s._place((cx + 1, ry + 1, cx + w - 1, ry + row_h - 1), fld,
                         what=f"{label} / {head}")
            cx += w
    return top - row_h * (len(rows) + 1)


def turn180(s: Sheet) -> None:
    """Draw the current page upside down in the page's own space (the back of a sheet printed
    for a tumble duplex); `rotate_pages(pdf, {page}, 180)` then shows it upright."""
    w, h = s.size
    s.c.translate(w, h)
    s.c.rotate(180)


def unturn180(s: Sheet, page: int) -> None:
    """The places recorded on a page drawn by `turn180`, in the page's own space: design (x, y)
    is page (w - x, h - y)."""
    w, h = s.size

    def back(place: dict[str, Any]) -> None:
        if place.get("page") == page:
            x0, y0, x1, y1 = place["rect"]
            place["rect"] = [round(w - x1, 1), round(h - y1, 1), round(w - x0, 1),
                             round(h - y0, 1)]

    for place in s.places:
        back(place)
    for group in s._slot_groups:
        for slot in group["slots"]:
            back(slot)


def scanned_page(s: Sheet, texts: list[tuple[float, float, str, float]],
                 boxes: list[tuple[float, float, float, float]],
                 blots: tuple[tuple[float, float, float, float], ...] = ()) -> None:
    """The whole page as one picture (a scanned paper form): its words and boxes only in the
    image, no text layer; `blots` are smudges over a word (a label nobody can read). The
    carrier's widgets go on top of it afterwards. Coordinates are the page's (points)."""
    scale = 2
    w, h = s.size
    img = Image.new("RGB", (int(w * scale), int(h * scale)), (247, 245, 239))
    draw = ImageDraw.Draw(img)
    for x, y, text, size in texts:
        face = ImageFont.truetype(str(font_path(REGULAR)), int(size * scale))
        draw.text((x * scale, (h - y - size) * scale), text, fill=(30, 30, 35), font=face)
    for x, y, bw, bh in boxes:
        draw.rectangle([x * scale, (h - y - bh) * scale, (x + bw) * scale, (h - y) * scale],
                       outline=(40, 40, 45), width=2)
    for x, y, bw, bh in blots:
        draw.ellipse([x * scale, (h - y - bh) * scale, (x + bw) * scale, (h - y) * scale],
                     fill=(80, 78, 84))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    s.c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, w, h)


def bare_check(s: Sheet, name: str, x: float, y: float, fld: str | None, what: str,
               size: float = 9) -> None:
    """A check box widget with no printed label of its own (its words are in the picture)."""
    s.c.acroForm.checkbox(name=name, tooltip="", x=x, y=y, size=size, buttonStyle="cross",
                          borderWidth=0.5, borderColor=black, fillColor=white,
                          forceBorder=True)
    s._place((x, y, x + size, y + size), fld, widget=name, what=what)


def own_letterhead(s: Sheet, right: float, top: float, lines: list[str]) -> None:
    """The form's own company printed top right in the sheet's own faces (an embedded Unicode
    font prints ī, ř, ħ where the base-14 faces cannot): not the customer's."""
    s.c.setFont(s.bold_font, 10)
    s.c.drawRightString(right, top, lines[0])
    s.c.setFont(s.font, 7.5)
    for n, line in enumerate(lines[1:], start=1):
        s.c.drawRightString(right, top - 3 - n * 9.5, line)
