"""Carrier-like LOA forms drawn on demand, for tests and benchmarks (test material: it lives
under tests/, not in the product package).

Each reproduces a trap found in real carrier forms: opaque names (Text1, undefined_6), a widget
named "Service Address" sitting on the printed "Street:" line, numbered slots whose names are not
in printed order, checkboxes whose on-state is not "Yes", a paper-only form, an encrypted one, an
XFA-only one.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from tests.loaforms.round24_kit import export_states

LABEL_FONT = ("Helvetica", 10)


def _label(c: Canvas, x: float, y: float, text: str) -> None:
    c.setFont(*LABEL_FONT)
    c.drawString(x, y, text)


def _field(c: Canvas, name: str, x: float, y: float, w: float, h: float = 16,
           tooltip: str | None = None) -> None:
    c.acroForm.textfield(name=name, tooltip=tooltip, x=x, y=y, width=w, height=h, borderWidth=0,
                         fillColor=None, fontSize=0, maxlen=0)
    c.setLineWidth(0.5)
    c.line(x, y, x + w, y)


def opaque_form() -> bytes:
    """One page with every naming trap; checkboxes get odd on-states afterwards."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=LETTER, invariant=True)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 740, "Acme Telecom - Port Out Authorization")
    rows = [("Customer Name:", "Text1", None), ("Account number:", "undefined_6", None),
            ("Street:", "Service Address", "Service Address"), ("City:", "Text3", None),
            ("State:", "Text4", "State"), ("ZIP:", "Text5", None),
            ("PIN / Passcode:", "undefined_7", "Security"),
            ("Billing Telephone Number:", "Text8", None),
            ("Authorized Name:", "Text9", "Name")]
    y = 700
    for label, name, tip in rows:
        _label(c, 72, y + 4, label)
        _field(c, name, 230, y, 300, tooltip=tip)
        y -= 26
    _label(c, 72, y + 4, "Telephone numbers to port:")
    y -= 24
    slot_names = ["Text20", "Text17", "Text21", "Text16", "Text19", "Text18"]  # not in order
    for row in range(3):
        for col in range(2):
            _field(c, slot_names[row * 2 + col], 90 + col * 220, y, 180)
        y -= 24
    y -= 10
    c.acroForm.checkbox(name="Check Box1", x=72, y=y, size=11, buttonStyle="check")
    _label(c, 90, y + 1, "I am porting all numbers on the account")
    y -= 20
    c.acroForm.checkbox(name="Check Box2", x=72, y=y, size=11, buttonStyle="check")
    _label(c, 90, y + 1, "Partial port (some of the numbers)")
    y -= 40
    _label(c, 72, y + 4, "Authorized signature:")
    _field(c, "Text30", 200, y, 220, 24)
    _label(c, 430, y + 4, "Date:")
    _field(c, "Text31", 462, y, 90)
    c.showPage()
    c.save()
    return export_states(buf.getvalue(), {"Check Box1": "/Choice1", "Check Box2": "/1"})


def flat_form() -> bytes:
    """No fields at all: printed labels with underlines, as a scanned-then-OCRed form would be."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=LETTER, invariant=True)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, 740, "Letter of Agency")
    y = 700
    for label in ("Customer name:", "Account number:", "Service address:", "City:",
                  "Authorized name:", "Title:"):
        _label(c, 72, y, f"{label} {'_' * 45}")
        y -= 28
    _label(c, 72, y, "Telephone numbers:")
    y -= 24
    for _ in range(4):
        _label(c, 90, y, "_" * 30)
        y -= 22
    y -= 20
    _label(c, 72, y, f"Signature: {'_' * 35}   Date: {'_' * 15}")
    c.showPage()
    c.save()
    return buf.getvalue()


def tiny_fields_form(name_width: float = 60) -> bytes:
    """Fields too short for real values: the fill must shrink and say so, or leave a value that
    does not fit even at the smallest type empty and say so (never cut)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=LETTER, invariant=True)
    _label(c, 72, 704, "Customer name:")
    _field(c, "name", 160, 700, name_width, 14)
    _label(c, 72, 674, "Account number:")
    c.acroForm.textfield(name="acct", x=170, y=670, width=120, height=14, maxlen=6,
                         borderWidth=0, fontSize=10)
    c.showPage()
    c.save()
    return buf.getvalue()


def blank_page() -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=LETTER, invariant=True)
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_form() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(opaque_form())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def xfa_only_form() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(blank_page())))
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): ArrayObject(),
        NameObject("/XFA"): TextStringObject("<xdp:xdp/>"),
    })
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
