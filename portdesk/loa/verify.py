"""Checking a signed LOA: intact or not, who signed and when, and whether it is too old to send.

"Intact" means the signed bytes hash to what was signed and nothing but allowed additions came after.
Trust in the workstation certificate is reported separately: it is self-signed by design.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from pyhanko.pdf_utils.misc import PdfReadError as HankoReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from portdesk.loa.errors import BadPdf
from portdesk.loa.files import check_pdf_bytes, refuses_damaged_pdf

TOLL_FREE_LIMIT_DAYS = 30


@dataclass
class SignatureCheck:
    field: str
    signer: str
    signed_at: datetime | None
    intact: bool
    covers_whole_file: bool
    certified: bool
    self_signed: bool  # a workstation certificate: trust it by knowing the workstation
    summary: str


@dataclass
class Verification:
    sha256: str
    signatures: list[SignatureCheck] = field(default_factory=list)
    age_days: int | None = None
    age_limit_days: int = 30
    too_old: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and not self.problems

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["ok"] = self.ok
        for sig in out["signatures"]:
            sig["signed_at"] = sig["signed_at"].isoformat() if sig["signed_at"] else None
        return out


def calendar_days_between(signed_at: datetime, now: datetime) -> int:
    """Age as a carrier counts it: calendar days on the workstation's calendar, not 24-hour spans.

    Signed on the 1st at 23:59 and checked on the 31st at 00:01 is 30 days, whatever the hours.
    """
    return (now.astimezone().date() - signed_at.astimezone().date()).days


def age_limit(settings_days: int, toll_free: bool) -> int:
    """Toll-free LOAs are valid 30 days whatever a carrier setting says (RespOrg rules)."""
    return TOLL_FREE_LIMIT_DAYS if toll_free else settings_days


def _is_toll_free(reader: PdfFileReader) -> bool:
    """Our letter says so in its keywords, a filled carrier form in its own info key."""
    info = reader.trailer_view.get("/Info")
    if info is None:
        return False
    info = info.get_object()
    return str(info.get("/PortDeskTollFree", "")) == "true" or \
        "toll-free" in str(info.get("/Keywords", ""))


@refuses_damaged_pdf
def verify_loa(pdf: bytes, limit_days: int = 30, now: datetime | None = None,
               label: str = "document") -> Verification:
    check_pdf_bytes(pdf, label)
    now = now or datetime.now(UTC)
    result = Verification(hashlib.sha256(pdf).hexdigest(), age_limit_days=limit_days)
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
        toll_free = _is_toll_free(reader)
    except (HankoReadError, ValueError, KeyError, TypeError) as exc:
        raise BadPdf(f"{label}: the PDF is damaged and cannot be read ({type(exc).__name__})") \
            from None
    result.age_limit_days = age_limit(limit_days, toll_free)
    if not embedded:
        result.problems.append("not digitally signed: nothing proves who signed it or that it "
                               "is unchanged")
        return result
    for sig in embedded:
        result.signatures.append(_check_one(sig))
    for check in result.signatures:
        if not check.intact:
            result.problems.append(f"signature '{check.field}' is broken: the document was "
                                   "changed after signing")
        elif not check.covers_whole_file:
            result.problems.append(f"content was added after signature '{check.field}'")
    first = min((s.signed_at for s in result.signatures if s.signed_at), default=None)
    if first is not None:
        result.age_days = calendar_days_between(first, now)
        if result.age_days > result.age_limit_days:
            result.too_old = True
            result.problems.append(f"signed {result.age_days} days ago: older than the "
                                   f"{result.age_limit_days}-day limit; have it signed again")
    return result


def _check_one(sig: Any) -> SignatureCheck:
    name = str(sig.field_name)
    try:
        # Each workstation's certificate is self-signed: trust it for the maths, report trust apart.
        vc = ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
        status = validate_pdf_signature(sig, vc)
    except Exception as exc:  # noqa: BLE001 - any validator failure means "not intact"
        return SignatureCheck(name, "", None, False, False, False, False,
                              f"cannot be validated ({type(exc).__name__})")
    signer = str(sig.signer_cert.subject.native.get("common_name", ""))
    pdf_name = sig.sig_object.get("/Name")
    if pdf_name:
        signer = f"{pdf_name} ({signer})" if signer else str(pdf_name)
    coverage = getattr(status, "coverage", None)
    whole = coverage is not None and coverage.name == "ENTIRE_FILE"
    modification = getattr(status, "modification_level", None)
    if not whole and modification is not None and modification.name in ("NONE", "LTA_UPDATES"):
        whole = True
    signed_at = status.signer_reported_dt or sig.self_reported_timestamp
    intact = bool(status.intact and status.valid)
    certified = sig.sig_object.get("/Reference") is not None
    cert = sig.signer_cert
    return SignatureCheck(name, signer, signed_at, intact, whole, certified,
                          cert.subject == cert.issuer, status.summary())
