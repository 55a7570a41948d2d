"""Values written into widgets with their own appearance streams, so every viewer prints the same.

Relying on NeedAppearances leaves printing to the viewer (and some print blanks); we draw each value
ourselves, shrinking the font when it does not fit, and say so instead of letting a viewer cut it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from pypdf import PdfWriter
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


def fit_font(text: str, width: float, height: float, wanted: float | None) -> tuple[float, bool]:
    """The size to draw at and whether the whole text fits at all."""
    size = wanted if wanted else min(DEFAULT_FONT, max(MIN_FONT, (height - 2) * 0.78))
    size = round(min(size, max(MIN_FONT, height - 2)), 2)
    room = max(width - 4, 1)
    needed = stringWidth(text, "Helvetica", size)
    if needed <= room:
        return size, True
    size = max(MIN_FONT, size * room / needed)
    return round(size, 2), stringWidth(text, "Helvetica", size) <= room + 0.5


def _requested_size(da: str) -> float | None:
    m = _DA_SIZE.search(da)
    if m and float(m.group(2)) > 0:
        return float(m.group(2))
    return None


def write_text(writer: PdfWriter, widget: Widget, value: str) -> WriteResult:
    w, h = widget.width, widget.height
    wanted = _requested_size(widget.da)
    size, fits = fit_font(value, w, h, wanted)
    notes: list[str] = []
    problem = False
    if size < (wanted or min(DEFAULT_FONT, (h - 2) * 0.78)) - 0.01:
        notes.append(f"too long for the field: font reduced to {size:g} pt")
    if not fits:
        notes.append("does not fit even at the smallest font: part of it will not show; "
                     "shorten it or write it on the form by hand")
        problem = True
    if value.encode("cp1252", errors="replace").decode("cp1252") != value:
        notes.append("has characters the form's font cannot print (shown as ?)")
        problem = True
    if widget.max_len is not None and len(value) > widget.max_len:
        notes.append(f"longer than the form's {widget.max_len}-character limit: limit removed "
                     "so the whole value prints; check the carrier accepts it")
        problem = True
        widget.field_obj.pop(NameObject("/MaxLen"), None)
        widget.obj.pop(NameObject("/MaxLen"), None)
    baseline = max(1.0, (h - size * 0.72) / 2)
    content = (b"/Tx BMC q 1 1 %.2f %.2f re W n BT %s %.2f Tf 0 g 2 %.2f Td (" % (
        max(w - 2, 1), max(h - 2, 1), _FONT_KEY.encode(), size, baseline)
        + _escape(value) + b") Tj ET Q EMC")
    _set_normal_ap(writer, widget, content, _font_ref(writer))
    target = widget.obj if "/T" in widget.obj else widget.field_obj
    target[NameObject("/V")] = TextStringObject(value)
    widget.obj[NameObject("/DA")] = TextStringObject(f"{_FONT_KEY} {size:g} Tf 0 g")
    return WriteResult(size, "; ".join(notes), problem)


def _set_normal_ap(writer: PdfWriter, widget: Widget, content: bytes,
                   resources: DictionaryObject) -> None:
    stream = DecodedStreamObject()
    stream.set_data(content)
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
    target[NameObject("/V")] = state
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
