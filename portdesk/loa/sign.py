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
from pypdf import PdfWriter

from portdesk.loa.appearance import write_text
from portdesk.loa.certs import WorkstationCert
from portdesk.loa.errors import FormNotUsable, SigningError
from portdesk.loa.fields import LoaField, format_date
from portdesk.loa.files import is_xfa_only, open_pdf
from portdesk.loa.flatten import flatten
from portdesk.loa.formscan import Widget, extract_words, scan_widgets
from portdesk.loa.mapping import Placement, auto_map, auto_map_flat
from portdesk.loa.overlay import Stamp, apply_stamps, fit_overlay
from portdesk.loa.signature import png_size

SIGNATURE_FIELD_NAME = "PortDeskSignature"
_FLAT_SIGNATURE_HEIGHT = 28.0


@dataclass
class SignResult:
    pdf: bytes
    sha256: str
    signed_at: datetime
    signer: str
    certified: bool
    placed_on: str  # where the ink went, for the report
    notices: list[str] = field(default_factory=list)


def _ink_stamp(target: Placement, widget: Widget | None, ink_png: bytes) -> Stamp:
    if widget is not None:
        x0, y0, x1, y1 = widget.rect
        box_w, box_h = x1 - x0, y1 - y0
    else:
        x0, y0 = target.x, target.y - 2
        box_w, box_h = (target.width or 200.0), _FLAT_SIGNATURE_HEIGHT
    # A short field (one text line) still deserves a legible signature: let it rise above.
    box_h = max(box_h, min(36.0, box_w / 4))
    w, h = png_size(ink_png)
    scale = min(box_w / w, box_h / h)
    return Stamp(target.page, x0 + 2, y0 + 1, image_png=ink_png, width=w * scale - 4,
                 height=h * scale - 2)


def place_signature(pdf: bytes, ink_png: bytes, signer: str, title: str, signed_on: datetime,
                    label: str = "document") -> tuple[bytes, str, list[str]]:
    """Ink, printed name, title and date on the document, then flattened. Returns (pdf, where, notes)."""
    reader = open_pdf(pdf, label)
    if is_xfa_only(reader):
        raise FormNotUsable(f"{label}: XFA forms cannot be signed here; print and wet-sign it")
    writer = PdfWriter(clone_from=reader)
    widgets = scan_widgets(writer)
    words = extract_words(pdf)
    fillable = any(w.kind in ("text", "checkbox", "signature") for w in widgets)
    placements = auto_map(widgets, words) if fillable else auto_map_flat(words)
    by_key = {w.key: w for w in widgets}
    sig = sorted((p for p in placements if p.field == LoaField.SIGNATURE),
                 key=lambda p: -p.confidence)
    if not sig:
        raise FormNotUsable(f"{label}: no signature field or signature line found; print it and "
                            "sign by hand, or use the standard LOA")
    target = sig[0]
    widget = by_key.get(target.widget) if target.widget else None
    stamps = [_ink_stamp(target, widget, ink_png)]
    notes: list[str] = []
    wanted = {LoaField.DATE_SIGNED: format_date(signed_on.date()),
              LoaField.AUTHORIZED_NAME: signer, LoaField.AUTHORIZED_TITLE: title}
    for p in placements:
        value = wanted.get(p.field, "")
        if not value:
            continue
        if p.widget:
            result = write_text(writer, by_key[p.widget], value)
            if result.note:
                notes.append(f"{p.field.value}: {result.note}")
        else:
            size, _fits = fit_overlay(value, p.width)
            stamps.append(Stamp(p.page, p.x, p.y, value, size))
    if widget is not None and widget.kind == "text":
        widget.obj.pop("/AP", None)  # the text field under the ink stays empty
    apply_stamps(writer, stamps)
    flatten(writer)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue(), target.target(), notes


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
