"""Layout habits of round 28's drawn forms that earlier kits lack: captions in two languages (the
second in italics, under the first or after a slash), a widget with its own rules (/MaxLen,
read-only or hidden, JavaScript format / calculate / validate actions), an XFA stream beside the
AcroForm, a part of the page drawn as a picture with no text layer, one place spanning several
cells (street | house number | addition read as one street), and ranges rows
"From | To | Quantity".

A place over several cells is one place: the scorer reads every character inside it as one value
("Rua de Santa Catarina" | "112" | "3.º Esq." is the street "Rua de Santa Catarina 112, 3.º Esq.").
"""

from __future__ import annotations

import io
from typing import Any, cast

from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.lib.colors import black, white
from reportlab.lib.utils import ImageReader

from portdesk.loa.fonts import REGULAR, font_path
from tests.loaforms.kit import Sheet


def second(s: Sheet) -> str:
    """The italic face for a second-language caption (the embedded Unicode face has none: the
    caption then stays upright, as such forms print it)."""
    return "Helvetica-Oblique" if s.font == "Helvetica" else s.font


def bi(s: Sheet, x: float, y: float, first: str, other: str, size: float = 7.5,
       under: bool = True) -> float:
    """A caption in two languages: `other` in italics under `first` (or after ' / ').
    Returns the x where the caption ends."""
    end = s.text(x, y, first, size)
    s.c.setFont(second(s), size - (0.5 if under else 0))
    s.c.setFillColor(black)
    if under:
        s.c.drawString(x, y - size - 1, other)
        return max(end, x + float(s.c.stringWidth(other, second(s), size - 0.5)))
    s.c.drawString(end, y, " / " + other)
    return end + float(s.c.stringWidth(" / " + other, second(s), size))


def tf(s: Sheet, name: str, x: float, y: float, w: float, h: float, fld: str | None,
       maxlen: int = 0, flags: str = "", comb: bool = False, value: str = "",
       optional: bool = False, tooltip: str = "",
       what: str = "") -> dict[str, Any]:
    """A text widget with its own rules: /MaxLen, comb cells, read-only, a value already in it,
    or hidden (a place for nothing of ours: `finish(..., hidden=...)` sets its flag)."""
    field_flags = " ".join(f for f in (flags, "comb" if comb else "") if f)
    s.c.acroForm.textfield(name=name, tooltip=tooltip, value=value, x=x, y=y, width=w,
                           height=h, fontSize=9 if h >= 13 else 7, borderWidth=0.5,
                           borderColor=black, fillColor=white, textColor=black,
                           forceBorder=True, maxlen=maxlen or None, fieldFlags=field_flags,
                           annotationFlags="print")
    extra: dict[str, Any] = {"optional": True} if optional else {}
    if what:
        extra["what"] = what
    if comb and fld not in ("number", "btn", "contact_phone", "new_btn", None):
        extra["comb"] = True
    return s._place((x, y, x + w, y + h), fld, widget=name, **extra)


def choice(s: Sheet, name: str, x: float, y: float, w: float, options: list[str],
           fld: str | None, accept: list[str] | None = None, listbox: bool = False,
           h: float = 15) -> dict[str, Any]:
    """A drop-down (or a list box) whose options name things in the form's own spelling:
    `accept` is the option a careful specialist picks for the case's value (another spelling of
    it); with no option that is the case's value, the place stays empty (`fld` None)."""
    s.c.acroForm.choice(name=name, tooltip="", value=" ", options=[" ", *options], x=x, y=y,
                        width=w, height=h if not listbox else 40, fontSize=8, borderWidth=0.5,
                        borderColor=black, fillColor=white, textColor=black, forceBorder=True,
                        fieldFlags="" if listbox else "combo")
    place = s._place((x, y, x + w, y + (h if not listbox else 40)), fld, widget=name)
    if accept:
        place["accept"] = accept
    return place


def span(s: Sheet, count: int, fld: str | None, what: str) -> dict[str, Any]:
    """The last `count` places become one place over all their cells (a street over street |
    number | addition): one value read across them."""
    parts = [s.places.pop() for _ in range(count)]
    x0 = min(p["rect"][0] for p in parts)
    y0 = min(p["rect"][1] for p in parts)
    x1 = max(p["rect"][2] for p in parts)
    y1 = max(p["rect"][3] for p in parts)
    return s._place((x0, y0, x1, y1), fld, what=what)


def cell(s: Sheet, caption: str, other: str, x: float, y: float, w: float, h: float,
         fld: str | None, name: str | None = None, **kw: Any) -> dict[str, Any]:
    """A ruled cell with a two-language caption printed in its top edge and the value under it:
    a widget over the lower part when `name` is given, the paper cell otherwise."""
    s.frame(x, y, w, h)
    s.text(x + 2, y + h - 6.5, caption, 5.5)
    s.c.setFont(second(s), 5.5)
    s.c.drawString(x + 2 + s.c.stringWidth(caption + "  ", s.font, 5.5), y + h - 6.5, other)
    if name:
        return tf(s, name, x + 1.5, y + 1.5, w - 3, h - 10, fld, **kw)
    return s._place((x + 1, y + 1, x + w - 1, y + h - 8), fld, what=caption, **kw)


def picture(s: Sheet, x: float, y: float, w: float, h: float, lines: list[tuple[str, int]],
            fill: tuple[int, int, int] = (255, 255, 255)) -> None:
    """Printed matter drawn as a picture with no text layer (a scanned letterhead or a caption
    only in the image): a reader of the text layer never sees these words."""
    scale = 3
    img = Image.new("RGB", (int(w * scale), int(h * scale)), fill)
    draw = ImageDraw.Draw(img)
    ty = 4 * scale
    for text, size in lines:
        face = ImageFont.truetype(str(font_path(REGULAR)), size * scale)
        draw.text((4 * scale, ty), text, fill=(20, 20, 20), font=face)
        ty += int((size + 3) * scale)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    s.c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), x, y, w, h)


def ranges(s: Sheet, x: float, top: float, rows: int, widths: tuple[float, float, float],
           names: list[tuple[str, str, str]] | None = None, row_h: float = 16,
           headers: tuple[str, str, str] = ("From number", "To number", "Quantity")) -> float:
    """'From | To | Quantity' rows. The case's numbers to port are one block in a row: row 1
    holds the first and the last number and their count; the later rows may hold numbers of
    ours only (optional: a specialist who writes one number per row is not wrong) and any
    count. Returns the y under the table."""
    hx = x
    for head, w in zip(headers, widths, strict=True):
        s.frame(hx, top - row_h, w, row_h)
        s.text(hx + 3, top - row_h + 5, head, 7, bold=True)
        hx += w
    for r in range(rows):
        ry = top - row_h * (r + 2)
        cx = x
        for k, w in enumerate(widths):
            s.frame(cx, ry, w, row_h)
            fld = ("number" if k < 2 else "number_count") if r == 0 else (
                "number" if k < 2 else None)
            opt = r > 0
            what = f"range row {r + 1} {headers[k]}"
            if names:
                tf(s, names[r][k], cx + 1, ry + 1, w - 2, row_h - 2, fld, optional=opt,
                   what=what)
            else:
                s._place((cx + 1, ry + 1, cx + w - 1, ry + row_h - 1), fld, what=what,
                         **({"optional": True} if opt else {}))
            cx += w
    return top - row_h * (rows + 1)


# -- after the canvas: rules reportlab cannot draw ------------------------------------------------
def _js(code: str) -> DictionaryObject:
    return DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                             NameObject("/JS"): TextStringObject(code)})


_XFA = """<?xml version="1.0" encoding="UTF-8"?>
<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">
<subform name="form1" layout="tb"><pageSet><pageArea name="Page1"/></pageSet>{fields}</subform>
</template><xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data>
<form1/></xfa:data></xfa:datasets></xdp:xdp>"""


def finish(pdf: bytes, actions: dict[str, dict[str, str]] | None = None,
           xfa: bool = False, hidden: tuple[str, ...] = ()) -> bytes:
    """Widget actions by name (`{"Date1": {"F": 'AFDate_FormatEx("dd.mm.yyyy");'}}`: F format,
    K keystroke, V validate, C calculate), and an XFA stream beside the AcroForm (a hybrid form:
    a viewer that reads the XFA shows its data, the others the widgets, so a value must be in
    both or the XFA must go); the `hidden` widgets get the annotation flag Hidden (2): no
    viewer draws them or what is typed into them."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    actions = actions or {}
    names: list[str] = []
    for page in writer.pages:
        for ref in cast(ArrayObject, page.get("/Annots") or ArrayObject()):
            annot = cast(DictionaryObject, ref.get_object())
            name = str(annot.get("/T", ""))
            names.append(name)
            if name in hidden:
                annot[NameObject("/F")] = NumberObject(2)
            if name in actions:
                annot[NameObject("/AA")] = DictionaryObject({
                    NameObject(f"/{k}"): _js(v) for k, v in actions[name].items()})
    form = cast(DictionaryObject, writer._root_object["/AcroForm"])
    if any("C" in a for a in actions.values()):
        order = [ref for ref in cast(ArrayObject, form["/Fields"])
                 if "C" in actions.get(str(ref.get_object().get("/T", "")), {})]
        form[NameObject("/CO")] = ArrayObject(order)
    if xfa:
        fields = "".join(f'<field name="{n}"/>' for n in names if n)
        stream = DecodedStreamObject()
        stream.set_data(_XFA.format(fields=fields).encode())
        form[NameObject("/XFA")] = writer._add_object(stream)
        form[NameObject("/NeedsRendering")] = BooleanObject(False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
