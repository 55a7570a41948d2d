"""Carrier forms built to break the pipeline, each made at test time from a small drawn form.

An encrypted form (with a user password, and with only an owner password), an XFA-only form, a
form whose widgets have no /Rect, or a /Rect off the page, or an inverted one, a form of 0 pages,
a form of 50 pages. Each goes through fill, sign (typed) and the print path; each must end with a
document that opens and carries its signature on the page, or with one line saying why not.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, FloatObject, NameObject

from tests.loaforms.testforms import blank_page, encrypted_form, opaque_form, xfa_only_form


def _out(writer: PdfWriter) -> bytes:
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _widgets(writer: PdfWriter) -> list[object]:
    return [a.get_object() for page in writer.pages for a in page.get("/Annots", [])
            if a.get_object().get("/Subtype") == "/Widget"]


def owner_locked_form() -> bytes:
    """Opens without a password (the empty user password); only editing is 'forbidden'."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(opaque_form())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    return _out(writer)


def _with_rects(change: Callable[[object], None]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(opaque_form())))
    for widget in _widgets(writer):
        change(widget)
    return _out(writer)


def no_rect_form() -> bytes:
    return _with_rects(lambda w: w.pop("/Rect", None))  # type: ignore[attr-defined]


def _set(rect: list[float]) -> Callable[[object], None]:
    def change(widget: object) -> None:
        widget[NameObject("/Rect")] = ArrayObject(FloatObject(v) for v in rect)  # type: ignore[index]
    return change


def off_page_rect_form() -> bytes:
    return _with_rects(_set([5000, 5000, 5200, 5020]))


def negative_rect_form() -> bytes:
    return _with_rects(_set([-400, -300, -200, -280]))


def inverted_rect_form() -> bytes:
    """Corners given right-to-left and top-to-bottom (the PDF reference allows any order)."""
    return _with_rects(_set([400, 720, 200, 700]))


def zero_area_rect_form() -> bytes:
    return _with_rects(_set([200, 700, 200, 700]))


def garbage_rect_form() -> bytes:
    def change(widget: object) -> None:
        widget[NameObject("/Rect")] = NameObject("/Nonsense")  # type: ignore[index]
    return _with_rects(change)


def no_pages_form() -> bytes:
    return _out(PdfWriter())


def pages_form(pages: int = 50) -> bytes:
    """The small form, then `pages - 1` blank pages (terms and annexes)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(opaque_form())))
    blank = PdfReader(io.BytesIO(blank_page())).pages[0]
    for _ in range(pages - 1):
        writer.add_page(blank)
    return _out(writer)


HOSTILE_FORMS: dict[str, Callable[[], bytes]] = {
    "encrypted": encrypted_form,
    "owner-locked": owner_locked_form,
    "xfa-only": xfa_only_form,
    "no-rect": no_rect_form,
    "off-page-rect": off_page_rect_form,
    "negative-rect": negative_rect_form,
    "inverted-rect": inverted_rect_form,
    "zero-area-rect": zero_area_rect_form,
    "garbage-rect": garbage_rect_form,
    "no-pages": no_pages_form,
    "fifty-pages": pages_form,
}
