"""Layout habits of round 39's drawn forms that earlier kits lack: a signature place that is a
push-button (an image placeholder a viewer offers to click), check boxes whose "on" export value
is not "Yes" (/On, /Oui, /Ja), a tick box printed as "[ ]" in the text of a flat form, a
widget or a line whose label is printed AFTER it ("________ (surname)"), and two columns of
blanks under the same labels (the customer's left, the installer's right).

The places are recorded as drawn; the changes made after the canvas (a push-button, an export
value) keep every widget's rectangle."""

from __future__ import annotations

import io
from typing import Any, cast

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from tests.loaforms.kit import Sheet

PUSHBUTTON = 1 << 16  # field flag: a push-button, neither a check box nor a radio


def bracket_tick(s: Sheet, x: float, y: float, fld: str | None, label: str,
                 size: float = 8.5) -> float:
    """A tick box printed as the three characters "[ ]" followed by its label, on a flat form:
    the place is the brackets' own span. Returns the x after the label."""
    end = s.text(x, y, "[   ]", size)
    s._place((x, y - 1.5, end, y + size * 0.8), fld, what=f"[ ] {label}")
    return s.text(end + 3, y, label, size)


def widget_then_label(s: Sheet, name: str, x: float, y: float, w: float, fld: str | None,
                      label: str, h: float = 15, size: float = 7.5,
                      tooltip: str = "") -> float:
    """A text widget whose label is printed right AFTER it ("[______] (nom du titulaire)").
    Returns the x after the label."""
    s.c.acroForm.textfield(name=name, tooltip=tooltip, x=x, y=y, width=w, height=h, fontSize=9,
                           borderWidth=0.5, forceBorder=True, annotationFlags="print")
    s._place((x, y, x + w, y + h), fld, widget=name, what=f"(label after) {label}")
    return s.text(x + w + 4, y + 4, label, size)


def side_by_side(s: Sheet, top: float, heads: tuple[str, str],
                 rows: list[tuple[str, str | None, str | None]], left: float = 40,
                 right: float = 310, width: float = 245, label_w: float = 70,
                 step: float = 22, size: float = 8) -> float:
    """Two columns of blanks under the SAME labels: `heads` over each column (the customer's
    on the left, the installer's / agent's on the right), then rows of (label, left field,
    right field) printed as 'Label ________' in both columns. Returns the y under the rows."""
    for x, head in ((left, heads[0]), (right, heads[1])):
        s.rule(x, top + size + 3, x + width, 1.0)
        s.text(x, top, head, size + 0.5, bold=True)
    y = top - step
    for label, fl, fr in rows:
        for x, fld in ((left, fl), (right, fr)):
            s.text(x, y, label, size)
            s.rule(x + label_w, y - 2, x + width)
            s._place((x + label_w, y - 4, x + width, y + 11), fld,
                     what=f"{label} ({'left' if x == left else 'right'} column)")
        y -= step
    return y


def finish39(pdf: bytes, exports: dict[str, str] | None = None,
             buttons: tuple[tuple[str, int, tuple[float, float, float, float], str], ...] = ()
             ) -> bytes:
    """What reportlab cannot draw: each check box named in `exports` gets that "on" export
    value instead of /Yes (its appearance kept under the new name); each (name, page, rect,
    caption) of `buttons` becomes a push-button widget (/FT /Btn with the push-button flag, a
    caption in /MK, no value) on that page: an image placeholder a viewer offers to click."""
    exports = exports or {}
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        for ref in cast(ArrayObject, page.get("/Annots") or ArrayObject()):
            annot = cast(DictionaryObject, ref.get_object())
            name = str(annot.get("/T", ""))
            if name not in exports:
                continue
            on = NameObject("/" + exports[name])
            ap = cast(DictionaryObject, annot["/AP"])
            for key in ("/N", "/D"):
                states = cast(DictionaryObject, ap.get(key) or DictionaryObject())
                if "/Yes" in states:
                    states[on] = states["/Yes"]
                    del states["/Yes"]
            annot[NameObject("/AS")] = NameObject("/Off")
            annot[NameObject("/V")] = NameObject("/Off")
    acro = cast(DictionaryObject, writer._root_object["/AcroForm"])
    for name, page_no, rect, caption in buttons:
        page = writer.pages[page_no - 1]
        button = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Btn"),
            NameObject("/Ff"): NumberObject(PUSHBUTTON),
            NameObject("/T"): TextStringObject(name),
            NameObject("/F"): NumberObject(4),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/MK"): DictionaryObject({
                NameObject("/CA"): TextStringObject(caption),
                NameObject("/TP"): NumberObject(1)}),
        })
        button[NameObject("/P")] = page.indirect_reference
        made = writer._add_object(button)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        cast(ArrayObject, page["/Annots"]).append(made)
        cast(ArrayObject, acro["/Fields"]).append(made)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def button_place(s: Sheet, name: str, x: float, y: float, w: float, h: float,
                 caption: str) -> tuple[str, int, tuple[float, float, float, float], str]:
    """A signature place drawn as a framed image placeholder with a small caption inside (the
    push-button itself is added by `finish39`); returns the button for `finish39`."""
    rect = (x, y, x + w, y + h)
    s.frame(x, y, w, h, 0.6)
    s.c.setFillGray(0.55)
    s.c.setFont(s.font, 6.5)
    s.c.drawString(x + 3, y + 3, caption)
    s.c.setFillGray(0)
    s._place(rect, "signature", widget=name, what=f"push-button: {caption}")
    return (name, s.page, rect, caption)


def place_index(places: list[dict[str, Any]]) -> int:
    """The index of the last place recorded (for `by_click`)."""
    return len(places) - 1
