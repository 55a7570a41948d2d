"""Values written into widgets with their own appearance streams, so every viewer prints the same.

Relying on NeedAppearances leaves printing to the viewer (and some print blanks); we draw each value
ourselves, shrinking the font when it does not fit, and say so instead of letting a viewer cut it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import cast

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    TextStringObject,
)
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from portdesk.loa.fonts import REGULAR, register_fonts
from portdesk.loa.formscan import Widget

MIN_FONT = 5.0
DEFAULT_FONT = 10.0
_DA_SIZE = re.compile(r"(/[^\s/]+)\s+([\d.]+)\s+Tf")
_FONT_KEY = "/PDHelv"


@dataclass(frozen=True, slots=True)
class WriteResult:
    font_size: float
    note: str = ""  # what the specialist should know (shrunk, does not fit, characters replaced)
    problem: bool = False


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _dict_at(parent: DictionaryObject, key: str) -> DictionaryObject:
    """parent[key] as a dictionary, made afresh when missing or damaged (null, a number...)."""
    value = parent.get(key)
    value = value.get_object() if value is not None else None
    if not isinstance(value, DictionaryObject):
        value = DictionaryObject()
        parent[NameObject(key)] = value
    return value


def _font_ref(writer: PdfWriter) -> DictionaryObject:
    """A Helvetica (WinAnsi) font in the form's resources: every viewer has it, no embedding."""
    acro = _dict_at(writer._root_object, "/AcroForm")  # widgets may come without a form dict
    if "/Fields" not in acro:
        acro[NameObject("/Fields")] = ArrayObject()
    fonts = _dict_at(_dict_at(acro, "/DR"), "/Font")
    if _FONT_KEY not in fonts:
        font = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        })
        fonts[NameObject(_FONT_KEY)] = writer._add_object(font)
    return DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject(_FONT_KEY): fonts[_FONT_KEY]})})


def printable(text: str) -> bool:
    """Whether the form's own Helvetica (WinAnsi) can print every character."""
    return text.encode("cp1252", errors="replace").decode("cp1252") == text


def fit_font(text: str, width: float, height: float, wanted: float | None,
             font: str = "Helvetica") -> tuple[float, bool]:
    """The size to draw at and whether the whole text (one line or several) fits at all."""
    lines = text.split("\n") or [""]
    per_line = height / len(lines)
    size = wanted if wanted else min(DEFAULT_FONT, max(MIN_FONT, (per_line - 2) * 0.78))
    size = round(min(size, max(MIN_FONT, per_line / 1.2 if len(lines) > 1 else height - 2)), 2)
    room = max(width - 4, 1)
    needed = max(stringWidth(line, font, size) for line in lines)
    if needed <= room:
        return size, True
    size = max(MIN_FONT, size * room / needed)
    return round(size, 2), max(stringWidth(line, font, size) for line in lines) <= room + 0.5


def _requested_size(da: str) -> float | None:
    m = _DA_SIZE.search(da)
    if m and float(m.group(2)) > 0:
        return float(m.group(2))
    return None


_SEPARATORS = re.compile(r"[\s\-./()]")
_CODE = re.compile(r"^[\w\s\-./()+]+$")


def within_limit(value: str, max_len: int | None) -> str:
    """A number or code longer than the field's /MaxLen whose separators alone make it too
    long ("405-771-8220" in a 10-character account field): the field counts characters, so it
    takes the digits and letters without them. Anything else is returned as it is (never cut:
    a cut value is a wrong one)."""
    if max_len is None or len(value) <= max_len or not _CODE.match(value):
        return value
    compact = _SEPARATORS.sub("", value)
    digits = sum(c.isdigit() for c in compact)
    return compact if len(compact) <= max_len and digits * 2 >= len(compact) else value


_COMB_FLAG = 1 << 24  # /Ff bit 25: a text field drawn as /MaxLen equal cells, a character each


def over_its_comb(widget: Widget, value: str) -> bool:
    """A value longer than a comb widget's cells: the cells are the field, so its limit cannot
    be lifted as a plain field's can (the value would run across the cells out of step), and a
    cut value is a wrong one: it is not written."""
    flags = int(widget.field_obj.get("/Ff", widget.obj.get("/Ff", 0)) or 0)
    return bool(flags & _COMB_FLAG) and widget.max_len is not None and \
        len(within_limit(value, widget.max_len)) > widget.max_len


def fits_whole(widget: Widget, value: str) -> bool:
    """Whether the whole value shows in the widget at the smallest font we print: a value cut by
    its box is a wrong value, so one that does not fit is not written (the specialist writes
    it by hand, shortened as the carrier's record has it)."""
    value = within_limit(value, widget.max_len)
    unicode = not printable(value)
    if unicode:
        register_fonts()
    wanted = _requested_size(widget.da) if "\n" not in value else None
    return fit_font(value, widget.width, widget.height, wanted,
                    REGULAR if unicode else "Helvetica")[1]


def write_text(writer: PdfWriter, widget: Widget, value: str) -> WriteResult:
    value = within_limit(value, widget.max_len)
    w, h = widget.width, widget.height
    wanted = _requested_size(widget.da) if "\n" not in value else None
    unicode = not printable(value)
    if unicode:
        register_fonts()
    size, fits = fit_font(value, w, h, wanted, REGULAR if unicode else "Helvetica")
    notes: list[str] = []
    problem = False
    if size < (wanted or min(DEFAULT_FONT, (h - 2) * 0.78)) - 0.01:
        notes.append(f"too long for the field: font reduced to {size:g} pt")
    if not fits:
        notes.append("does not fit even at the smallest font: part of it will not show; "
                     "shorten it or write it on the form by hand")
        problem = True
    if widget.max_len is not None and len(value) > widget.max_len:
        notes.append(f"longer than the form's {widget.max_len}-character limit: limit removed "
                     "so the whole value prints; check the carrier accepts it")
        problem = True
        widget.field_obj.pop(NameObject("/MaxLen"), None)
        widget.obj.pop(NameObject("/MaxLen"), None)
    if unicode:
        content, resources = _embedded_appearance(writer, value, w, h, size)
    else:
        content = b"/Tx BMC q 1 1 %.2f %.2f re W n BT %s %.2f Tf 0 g " % (
            max(w - 2, 1), max(h - 2, 1), _FONT_KEY.encode(), size)
        for n, (line, baseline) in enumerate(_baselines(value, h, size)):
            move = b"2 %.2f Td " % baseline if n == 0 else b"0 %.2f Td " % -(size * 1.2)
            content += move + b"(" + _escape(line) + b") Tj "
        content += b"ET Q EMC"
        resources = _font_ref(writer)
    _set_normal_ap(writer, widget, content, resources)
    target = widget.obj if "/T" in widget.obj else widget.field_obj
    target[NameObject("/V")] = TextStringObject(value)
    widget.obj[NameObject("/DA")] = TextStringObject(f"{_FONT_KEY} {size:g} Tf 0 g")
    return WriteResult(size, "; ".join(notes), problem)


def _baselines(value: str, height: float, size: float) -> list[tuple[str, float]]:
    """Each line with the baseline of the first (later lines step down by 1.2 x size)."""
    lines = value.split("\n")
    if len(lines) == 1:
        return [(value, max(1.0, (height - size * 0.72) / 2))]
    first = height - 2 - size
    return [(line, first) for line in lines]


def _embedded_appearance(writer: PdfWriter, value: str, width: float, height: float,
                         size: float) -> tuple[bytes, DictionaryObject]:
    """Text Helvetica cannot print ("Dvořák", "Łukasz"): drawn in the embedded DejaVu Sans."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(max(width, 1), max(height, 1)), invariant=True)
    canvas.setFont(REGULAR, size)
    for n, (line, baseline) in enumerate(_baselines(value, height, size)):
        canvas.drawString(2, baseline - n * size * 1.2, line)
    canvas.showPage()
    canvas.save()
    page = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    resources = cast(DictionaryObject, page["/Resources"].get_object()).clone(writer)
    contents = page.get_contents()
    return (contents.get_data() if contents is not None else b""), resources


def _background(widget: Widget) -> bytes:
    """The field's own fill colour (/MK /BG), so a filled box looks like its empty neighbours;
    painted inside q / Q, so the text after it is not drawn in that colour (the embedded
    font's text sets no colour of its own: it was white on white)."""
    mk = widget.obj.get("/MK")
    bg = mk.get_object().get("/BG") if mk is not None else None
    if bg is None or len(bg) not in (1, 3):
        return _cover(widget)
    vals = [float(v) for v in bg]
    op = b"g" if len(vals) == 1 else b"rg"
    return b"q " + b" ".join(b"%.3f" % v for v in vals) + b" " + op + \
        b" 0 0 %.2f %.2f re f Q " % (widget.width, widget.height)


def _cover(widget: Widget) -> bytes:
    """White over the grey placeholder printed in a see-through box (placeholder.py), so the
    value written after it is read alone."""
    if not widget.hide:
        return b""
    x, y = widget.rect[0], widget.rect[1]
    boxes = b" ".join(b"%.2f %.2f %.2f %.2f re" % (r[0] - x, r[1] - y, r[2] - r[0], r[3] - r[1])
                      for r in widget.hide)
    return b"q 1 g " + boxes + b" f Q "


def _border(widget: Widget) -> bytes:
    """The field's own border (/MK /BC in /BS /W points; an underline style draws only the
    bottom), so a filled box keeps the frame its empty neighbours show (a viewer draws it from
    the appearance stream once there is one)."""
    mk = widget.obj.get("/MK")
    bc = mk.get_object().get("/BC") if mk is not None else None
    if bc is None or len(bc) not in (1, 3):
        return b""
    bs = widget.obj.get("/BS")
    style = bs.get_object() if bs is not None else {}
    width = float(style.get("/W", 1))
    if width <= 0:
        return b""
    vals = [float(v) for v in bc]
    colour = b" ".join(b"%.3f" % v for v in vals) + (b" G" if len(vals) == 1 else b" RG")
    half, w, h = width / 2, widget.width, widget.height
    if str(style.get("/S", "/S")) == "/U":
        path = b"0 %.2f m %.2f %.2f l S" % (half, w, half)
    else:
        path = b"%.2f %.2f %.2f %.2f re S" % (half, half, max(w - width, 0), max(h - width, 0))
    return b"q " + colour + b" %.2f w " % width + path + b" Q "


def _set_normal_ap(writer: PdfWriter, widget: Widget, content: bytes,
                   resources: DictionaryObject) -> None:
    stream = DecodedStreamObject()
    stream.set_data(_background(widget) + _border(widget) + content)
    stream.update({
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0),
                                          FloatObject(widget.width), FloatObject(widget.height)]),
        NameObject("/Resources"): resources,
    })
    widget.obj[NameObject("/AP")] = DictionaryObject(
        {NameObject("/N"): writer._add_object(stream)})


def write_check(widget: Widget, checked: bool) -> WriteResult:
    """Use the form's own on-state name (/On, /Yes, /1 ...): a wrong name shows as unticked."""
    state = NameObject(widget.on_state or "/Yes") if checked else NameObject("/Off")
    widget.obj[NameObject("/AS")] = state
    target = widget.obj if "/T" in widget.obj else widget.field_obj
    if checked or target is widget.obj or target.get("/V") in (None, "/Off"):
        target[NameObject("/V")] = state  # a radio group's value is its one chosen button
    return WriteResult(0.0, "")


def split_shared_field(widget: Widget, index: int) -> None:
    """Widgets sharing one field share one value; slots need their own, so each becomes a field."""
    if "/T" not in widget.obj and widget.field_obj is not widget.obj:
        widget.obj[NameObject("/T")] = TextStringObject(str(index))
        widget.field_obj.pop(NameObject("/V"), None)


def finish_form(writer: PdfWriter) -> None:
    """Our appearances are complete: viewers must print them, not regenerate their own."""
    acro = writer._root_object.get("/AcroForm")
    if acro is not None:
        cast(DictionaryObject, acro.get_object())[NameObject("/NeedAppearances")] = \
            BooleanObject(False)
