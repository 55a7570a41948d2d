"""Flattening: every widget's appearance becomes part of the page, and the form fields go away.

A signed LOA must not stay editable: after flattening, a value can only change by changing the
page itself, which the digital signature then exposes.
"""

from __future__ import annotations

from typing import cast

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    StreamObject,
)

from portdesk.loa.formscan import is_rect

_HIDDEN = 2


def _appearance(annot: DictionaryObject) -> StreamObject | None:
    ap = annot.get("/AP")
    if ap is None:
        return None
    normal = cast(DictionaryObject, ap.get_object()).get("/N")
    if normal is None:
        return None
    normal = normal.get_object()
    if isinstance(normal, StreamObject):
        return normal
    if isinstance(normal, DictionaryObject):
        state = annot.get("/AS")
        chosen = normal.get(state) if state is not None else None
        return cast(StreamObject, chosen.get_object()) if chosen is not None else None
    return None


def _placement(annot: DictionaryObject, stream: StreamObject) -> str | None:
    """The cm operator mapping the appearance's box onto the widget's rectangle (PDF 12.5.5);
    None when the widget has no rectangle (four numbers): it has no place on the page to burn."""
    if not is_rect(annot.get("/Rect")):
        return None
    rx0, ry0, rx1, ry1 = (float(v) for v in cast(ArrayObject, annot["/Rect"]))
    rx0, rx1, ry0, ry1 = min(rx0, rx1), max(rx0, rx1), min(ry0, ry1), max(ry0, ry1)
    bbox = [float(v) for v in cast(ArrayObject, stream.get("/BBox", [0, 0, 1, 1]))]
    a, b, c, d, e, f = (float(v) for v in cast(ArrayObject, stream.get(
        "/Matrix", [1, 0, 0, 1, 0, 0])))
    corners = [(a * x + c * y + e, b * x + d * y + f)
               for x in (bbox[0], bbox[2]) for y in (bbox[1], bbox[3])]
    tx0, tx1 = min(p[0] for p in corners), max(p[0] for p in corners)
    ty0, ty1 = min(p[1] for p in corners), max(p[1] for p in corners)
    if tx1 - tx0 <= 0 or ty1 - ty0 <= 0:
        return None
    sx, sy = (rx1 - rx0) / (tx1 - tx0), (ry1 - ry0) / (ty1 - ty0)
    return f"{sx:.6f} 0 0 {sy:.6f} {rx0 - sx * tx0:.4f} {ry0 - sy * ty0:.4f} cm"


def _xobjects(writer: PdfWriter, page: PageObject) -> DictionaryObject:
    if "/Resources" not in page:
        page[NameObject("/Resources")] = DictionaryObject()
    resources = cast(DictionaryObject, page["/Resources"].get_object())
    if "/XObject" not in resources:
        resources[NameObject("/XObject")] = DictionaryObject()
    return cast(DictionaryObject, resources["/XObject"].get_object())


def flatten(writer: PdfWriter) -> int:
    """Burn every visible widget into its page; returns how many were burnt in."""
    burnt = 0
    for page_no, page in enumerate(writer.pages):
        annots = page.get("/Annots")
        if annots is None:
            continue
        kept = ArrayObject()
        drawing: list[bytes] = []
        xobjects: DictionaryObject | None = None
        for ref in cast(ArrayObject, annots.get_object()):
            annot = cast(DictionaryObject, ref.get_object())
            if annot.get("/Subtype") != "/Widget":
                kept.append(ref)
                continue
            stream = _appearance(annot)
            flags = int(cast(int, annot.get("/F", 0)))
            cm = _placement(annot, stream) if stream is not None else None
            if stream is None or cm is None or flags & _HIDDEN:
                continue
            xobjects = xobjects if xobjects is not None else _xobjects(writer, page)
            name = f"/PDFlat{page_no}_{burnt}"
            stream_ref = stream.indirect_reference or writer._add_object(stream)
            xobjects[NameObject(name)] = stream_ref
            drawing.append(f"q {cm} {name} Do Q\n".encode())
            burnt += 1
        if drawing:
            _wrap_contents(writer, page, b"".join(drawing))
        page[NameObject("/Annots")] = kept
    writer._root_object.pop(NameObject("/AcroForm"), None)
    return burnt


def _wrap_contents(writer: PdfWriter, page: PageObject, extra: bytes) -> None:
    """q <original> Q <extra>: whatever state the page leaves, our drawing starts clean."""
    pre, post = DecodedStreamObject(), DecodedStreamObject()
    pre.set_data(b"q\n")
    post.set_data(b"\nQ\n" + extra)
    existing = page.get("/Contents")
    parts = ArrayObject([writer._add_object(pre)])
    if existing is not None:
        obj = existing.get_object()
        if isinstance(obj, ArrayObject):
            parts.extend(obj)
        else:
            parts.append(existing)
    parts.append(writer._add_object(post))
    page[NameObject("/Contents")] = parts
