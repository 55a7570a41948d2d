"""Signing an LOA: ink on the signature place, printed name and date, flatten, then a PDF signature.

The ink is what a carrier looks at; the PAdES signature is what proves who signed, when, and that
nothing changed afterwards. Both go on the same document, and its SHA-256 is returned for the audit.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pyhanko.keys import load_private_key_from_pemder_data
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pypdf import PdfReader, PdfWriter

from portdesk.loa.appearance import over_its_comb, write_text
from portdesk.loa.certs import WorkstationCert
from portdesk.loa.collect import page_texts
from portdesk.loa.errors import FormNotUsable, SigningError
from portdesk.loa.fields import LoaField
from portdesk.loa.files import is_xfa_only, open_pdf, refuses_damaged_pdf
from portdesk.loa.flatten import flatten
from portdesk.loa.formscan import Widget, Word, extract_words, scan_widgets
from portdesk.loa.inkplace import (
    every_page_stamps,
    ink_stamp,
    margin_y,
    plan_from_form,
    room_for,
    signed_text,
)
from portdesk.loa.labels import PageText
from portdesk.loa.overlay import Stamp, apply_stamps, fit_overlay
from portdesk.loa.signer_check import check_signer
from portdesk.loa.signplan import SignPlace, SignPlan, read_plan
from portdesk.loa.standard_marks import CREATOR, DATE_FIELD, SIGNATURE_FIELD
from portdesk.loa.turned import page_turn

SIGNATURE_FIELD_NAME = "PortDeskSignature"


@dataclass
class SignResult:
    pdf: bytes
    sha256: str
    signed_at: datetime
    signer: str
    certified: bool
    placed_on: str  # where the ink went, for the report
    notices: list[str] = field(default_factory=list)


def place_signature(pdf: bytes, ink_png: bytes, signer: str, title: str, signed_on: datetime,
                    label: str = "document") -> tuple[bytes, str, list[str]]:
    """Ink, date, printed name and title on the document, then flattened: (pdf, where, notes).

    Every signature place the form has gets the ink (some ask twice), every date-signed place the
    date in the form's own format; the name and title only where still empty. UK forms: every
    page signed and dated, in the margin of pages that have no place of their own.
    """
    reader = open_pdf(pdf, label, use="sign")
    if is_xfa_only(reader):
        raise FormNotUsable(f"{label}: XFA forms cannot be signed here; print and wet-sign it")
    check_signer(reader, signer, label)  # before any ink: the letter's authorized person only
    writer = PdfWriter(clone_from=reader)
    widgets = scan_widgets(writer)
    texts = LazyTexts(pdf, len(writer.pages))
    plan = _own_letter_plan(reader, widgets) or read_plan(reader) or \
        plan_from_form(widgets, texts.words(), len(writer.pages), pdf)
    places = [p for p in plan.places if p.field == LoaField.SIGNATURE]
    if not places:
        raise FormNotUsable(f"{label}: no signature field or signature line found; place the "
                            "signature by clicking in the desk's form screen, print it and sign "
                            "by hand, or use the standard LOA")
    stamps: list[Stamp] = []
    notes: list[str] = []
    for place in places:
        widget = _widget_at(widgets, place)
        room = (lambda p=place: p.room) if place.room is not None else \
            (lambda p=place: room_for(p, texts.pages()[p.page]))
        stamps.append(ink_stamp(place, widget, ink_png, room))
        if widget is not None and widget.kind == "text":
            widget.obj.pop("/AP", None)  # the text field under the ink stays empty
    wanted = {LoaField.AUTHORIZED_NAME: signer, LoaField.AUTHORIZED_TITLE: title}
    for place in plan.places:
        value = signed_text(place, signed_on.date(), plan) \
            if place.field == LoaField.DATE_SIGNED else wanted.get(place.field, "")
        if not value or place.filled:
            continue
        widget = _widget_at(widgets, place)
        if widget is not None and widget.kind == "text" and over_its_comb(widget, value):
            notes.append(f"{place.field.value}: longer than the form's {widget.max_len} comb "
                         "cells: left empty, write it by hand")
            continue
        if widget is not None and widget.kind == "text":
            widget.hide = place.hide  # the grey placeholder the fill saw in the box
            result = write_text(writer, widget, value)
            if result.note:
                notes.append(f"{place.field.value}: {result.note}")
        else:
            size, fits = fit_overlay(value, place.rect[2] - place.rect[0] - 2)
            if not fits:  # past its blank it runs into the next words: a cut value is a wrong one
                notes.append(f"{place.field.value}: '{value}' runs past the printed blank even "
                             "at the smallest font: left empty, write it by hand")
                continue
            stamps.append(Stamp(place.page, place.rect[0] + 2, _baseline(place), value, size))
    if plan.every_page:
        known = plan.margins if len(plan.margins) == len(writer.pages) else None
        margin = (lambda n: known[n]) if known else \
            (lambda n: margin_y(texts.pages()[n], page_turn(writer.pages[n]).shown_size[1]))
        stamps += every_page_stamps(writer, plan, margin, ink_png, signed_on.date())
    apply_stamps(writer, stamps)
    flatten(writer)
    buf = io.BytesIO()
    writer.write(buf)
    where = "; ".join(p.name or f"page {p.page + 1}" for p in places)
    return buf.getvalue(), where, notes


def _own_letter_plan(reader: PdfReader, widgets: list[Widget]) -> SignPlan | None:
    """PortDesk's own standard letter: its signing block is known, never guessed from the page.

    The letter prints the authorized name and title itself and leaves two fields for signing:
    ink on the signature field, the date on the date field. Reading the page as a carrier's form
    finds "name" blanks elsewhere (a wrapped row of the account holder table), so the letter is
    signed only in the places it drew for that. None for any other document.
    """
    info = reader.metadata
    creator = str(info.get("/Creator", "") or "") if info is not None else ""
    if creator != CREATOR:
        return None
    own = {SIGNATURE_FIELD: (LoaField.SIGNATURE, ""), DATE_FIELD: (LoaField.DATE_SIGNED, "%m/%d/%Y")}
    places = tuple(SignPlace(own[w.field_name][0], w.page, w.rect, widget=True,
                             fmt=own[w.field_name][1], kind="widget", name=w.key)
                   for w in widgets if w.field_name in own)
    if not any(p.field == LoaField.SIGNATURE for p in places):
        return None
    return SignPlan(places)


class LazyTexts:
    """The page's words, read only if a printed line or a margin needs them (they cost time)."""

    def __init__(self, pdf: bytes, pages: int) -> None:
        self._pdf, self._pages = pdf, pages
        self._words: list[Word] | None = None
        self._texts: dict[int, PageText] | None = None

    def words(self) -> list[Word]:
        if self._words is None:
            self._words = extract_words(self._pdf)
        return self._words

    def pages(self) -> dict[int, PageText]:
        if self._texts is None:
            self._texts = page_texts(self.words(), self._pages)
        return self._texts


def _widget_at(widgets: list[Widget], place: SignPlace) -> Widget | None:
    """The widget the place was planned in: by its name, else the one drawn on top of that
    rectangle (two widgets stacked on one place: the reader sees the upper one)."""
    if not place.widget:
        return None
    there = [w for w in widgets if w.page == place.page and all(
        abs(a - b) < 1.0 for a, b in zip(w.rect, place.rect, strict=True))]
    named = [w for w in there if w.key == place.name]
    return (named or sorted(there, key=lambda w: w.z))[-1] if there else None


def _baseline(place: SignPlace) -> float:
    _x0, y0, _x1, y1 = place.rect
    if place.kind in ("leader", "gap", "point"):
        return y0 + 3.0
    return y0 + max(1.5, (min(y1 - y0, 14) - 7) / 2)


class _SignerAt(signers.PdfSigner):
    """A PdfSigner whose signing time is the one PortDesk reports, not pyHanko's own clock read.

    pyHanko reads the clock itself when the session starts; the specialist must see the very instant
    that is inside the signature (the age of an LOA is counted from it).
    """

    def __init__(self, *args: Any, signing_time: datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._signing_time = signing_time

    def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self._signing_time
        return session


def digitally_sign(pdf: bytes, cert: WorkstationCert, signer: str, title: str = "",
                   certify: bool = False, signing_time: datetime | None = None) -> bytes:
    try:
        key = load_private_key_from_pemder_data(cert.key_pem, passphrase=cert.passphrase)
        x509 = load_cert_from_pemder_data(cert.cert_pem)
    except (ValueError, TypeError) as exc:
        raise SigningError(f"the workstation signing key cannot be unlocked ({exc})") from None
    signer_obj = signers.SimpleSigner(signing_cert=x509, signing_key=key,
                                      cert_registry=SimpleCertificateStore.from_certs([x509]))  # type: ignore[no-untyped-call]
    reason = f"Letter of Authorization signed by {signer}" + (f", {title}" if title else "")
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD_NAME, name=signer, reason=reason, location="PortDesk",
        certify=certify, docmdp_permissions=MDPPerm.NO_CHANGES if certify else MDPPerm.FILL_FORMS,
        subfilter=SigSeedSubFilter.PADES,
    )
    out = io.BytesIO()
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    at = signing_time or datetime.now(UTC).replace(microsecond=0)
    _SignerAt(meta, signer=signer_obj, signing_time=at).sign_pdf(writer, output=out)
    return out.getvalue()


def load_cert_from_pemder_data(data: bytes):  # type: ignore[no-untyped-def]
    from asn1crypto import pem, x509

    if pem.detect(data):
        _type, _headers, data = pem.unarmor(data)
    return x509.Certificate.load(data)


@refuses_damaged_pdf
def sign_loa(pdf: bytes, ink_png: bytes, signer: str, cert: WorkstationCert, title: str = "",
             certify: bool = False, now: datetime | None = None,
             label: str = "document") -> SignResult:
    if not signer.strip():
        raise SigningError("the signer's name is required (--signer)")
    # The CMS signing time holds whole seconds: report exactly what the signature holds.
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    placed, where, notes = place_signature(pdf, ink_png, signer.strip(), title.strip(),
                                           now.astimezone(), label)
    signed = digitally_sign(placed, cert, signer.strip(), title.strip(), certify, signing_time=now)
    if cert.notice:
        notes.append(cert.notice)
    return SignResult(signed, hashlib.sha256(signed).hexdigest(), now, signer.strip(), certify,
                      where, notes)
