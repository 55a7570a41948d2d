"""The bill check as the desk uses it: attach a bill to a case, copy the bill's value, verify another way.

Each use case leaves a trace the readiness checks read (a stored "bill" document with its statement
date, one verification per compared field) and an audit entry, so "who decided this value is right,
and on what evidence" can always be answered. Everything returned is plain data: the screen calls
these on a worker thread and only shows the result.
"""

from __future__ import annotations

import io
import logging
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from portdesk.bills.errors import OtherCustomersBill, ReadCancelled, UnreadableBill
from portdesk.bills.extract import BillFields
from portdesk.bills.parse import is_masked
from portdesk.bills.photo import straighten_photo
from portdesk.bills.reader import CancelFn, ProgressFn, ReadLimits
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MIN_MATCH_CONFIDENCE, Verdict
from portdesk.config import Settings
from portdesk.domain.case import Address, PortCase
from portdesk.domain.errors import Conflict, PortDeskError
from portdesk.domain.numbers import format_display
from portdesk.services import intents
from portdesk.services.bill_check import BillCheckReport, check_bill, compare_with_case
from portdesk.store.documents import Document, Verification
from portdesk.store.store import Store

log = logging.getLogger(__name__)

COMPARED = ("account_name", "account_number", "btn", "carrier", "service_address")
LABELS = {"account_name": "Customer name", "account_number": "Account number", "btn": "BTN",
          "carrier": "Losing carrier", "service_address": "Service address", "numbers": "Numbers"}
VERIFY_METHODS = {"csr": "CSR", "phone_call": "Phone call with the carrier", "other": "Other"}
VERIFIED = "verified"  # the verdict written for "verified another way"
NUMBER_PREFIX = "number:"
MAX_NOTE = 1000
_MEDIA = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
          ".jpeg": "image/jpeg", ".tif": "image/tiff", ".tiff": "image/tiff"}


@dataclass(frozen=True, slots=True)
class AttachedBill:
    case: PortCase
    document: Document
    report: BillCheckReport
    display_pdf: bytes | None  # what the screen shows: the PDF unlocked, or the scan as a PDF


@dataclass(frozen=True, slots=True)
class CheckRow:
    """One line of the comparison table: a case field, or one of the case's numbers."""

    key: str  # a field name from COMPARED, or "number:+1..."
    label: str
    entered: str
    bill: str
    verdict: str  # a Verdict value
    reason: str
    evidence: Evidence | None
    can_use_bill_value: bool


# -- attach -----------------------------------------------------------------------------------
def attach_bill(store: Store, settings: Settings, actor: str, case_id: int, path: Path, *,
                password: str | None = None, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None, today: date | None = None) -> AttachedBill:
    """Read and check the bill, then keep it with the case and record what it proved.

    Nothing is written until the bill was read and recognised: a cancelled read, a wrong file or a
    wrong password leaves the case exactly as it was. The bill, what it proved and its upload (for
    a case the platform has) are then saved in one unit of work: all of it, or none.
    """
    path = Path(path)
    case = store.cases.get(case_id)
    report = check_bill(path, case, settings, password=password, progress=progress,
                        cancel=cancel, today=today)
    if report.comparison.headline:
        raise OtherCustomersBill(f"{path.name}: {report.comparison.headline} Nothing was "
                                 "attached.")
    content = _read(path)
    display = display_copy(content, password)
    if cancel is not None and cancel():
        raise ReadCancelled("reading the bill was cancelled; nothing was attached")
    with store.unit():
        document = intents.attach_document(
            store, case_id, "bill", path.name, content, actor,
            media_type=_MEDIA.get(path.suffix.lower(), "application/octet-stream"),
            meta=bill_meta(report))
        record_verifications(store, actor, case_id, report, document.id)
    return AttachedBill(case, document, report, display)


def bill_meta(report: BillCheckReport) -> dict[str, Any]:
    """What readiness and a later look at the case need without reading the file again."""
    fields = report.fields
    verdicts = {f: c.verdict.value for f, c in report.comparison.fields.items()}
    if report.comparison.numbers is not None:
        verdicts["numbers"] = report.comparison.numbers.verdict.value
    return {
        "statement_date": fields.statement_date.isoformat() if fields.statement_date else None,
        "source": fields.source,
        "summary": asdict(report.summary),
        "verdicts": verdicts,
        "pages_read": fields.pages_read,
        "page_count": fields.page_count,
        # which numbers the bill showed: readiness counts the others as unconfirmed
        "number_verdicts": {i.number: i.verdict.value for i in report.comparison.numbers.items}
        if report.comparison.numbers is not None else {},
    }


def record_verifications(store: Store, actor: str, case_id: int, report: BillCheckReport,
                         document_id: int) -> list[Verification]:
    """One verification per compared field (method "bill"), the numbers as one more."""
    done = [store.verifications.record(case_id, f, c.verdict.value, "bill", c.reason, actor,
                                       document_id)
            for f, c in report.comparison.fields.items()]
    numbers = report.comparison.numbers
    if numbers is not None:
        done.append(store.verifications.record(case_id, "numbers", numbers.verdict.value, "bill",
                                               numbers.reason, actor, document_id))
    return done


def _read(path: Path) -> bytes:
    limit = ReadLimits().max_bytes  # the reader refused anything larger already
    try:
        with path.open("rb") as fh:
            content = fh.read(limit + 1)
    except OSError as exc:
        raise UnreadableBill(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    if len(content) > limit:
        raise UnreadableBill(f"{path.name}: the file grew while it was read; try again")
    return content


# -- showing the bill -------------------------------------------------------------------------
def display_copy(content: bytes, password: str | None = None) -> bytes | None:
    """The bill as a PDF the viewer can open, in the reader's coordinates; None if impossible.

    An encrypted PDF is unlocked (the viewer never sees the password); a scan becomes a PDF whose
    page size is the one the reader measured boxes in, so evidence boxes land on the words, and a
    multi-page TIFF keeps its pages.
    """
    try:
        if content[:1024].find(b"%PDF") >= 0:
            return _unlocked_pdf(content, password) if password else content
        return _image_pdf(content)
    except Exception:  # noqa: BLE001 - only the picture is lost; the check itself succeeded
        log.warning("the bill could not be prepared for display", exc_info=True)
        return None


def _unlocked_pdf(content: bytes, password: str) -> bytes:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(content, password=password)
    try:
        out = io.BytesIO()
        doc.save(out, flags=raw.FPDF_REMOVE_SECURITY)
        return out.getvalue()
    finally:
        doc.close()


def _image_pdf(content: bytes) -> bytes:
    from PIL import Image

    limits = ReadLimits()
    out = io.BytesIO()
    with Image.open(io.BytesIO(content)) as image:
        frames = []
        for index in range(min(getattr(image, "n_frames", 1), limits.max_ocr_pages)):
            image.seek(index)
            gray = image.convert("L")
            flat, changed = straighten_photo(gray)
            if changed and flat.width != gray.width:
                # a phone photo: show the sheet as the reader flattened it, so the evidence
                # boxes (measured on the flattened sheet, a letter-wide page) land on the words
                frames.append((flat, flat.width / 8.5))
            else:
                frames.append((gray, _points_per_inch(image)))
        first, dpi = frames[0]
        first.save(out, "PDF", resolution=dpi, save_all=True,
                   append_images=[f for f, _ in frames[1:]])
    return out.getvalue()


def _points_per_inch(image: Any) -> float:
    """The same rule as the OCR reader: the scan's own dpi, else a letter-wide page."""
    try:
        value = float(image.info.get("dpi", (0, 0))[0])
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if value >= 100 else max(image.width / 612, 0.1) * 72


# -- the comparison table ---------------------------------------------------------------------
def comparison_rows(report: BillCheckReport) -> list[CheckRow]:
    """The table the desk shows: the compared fields in the CLI's order, then every number."""
    fields = report.fields
    rows = [CheckRow(f, LABELS[f], c.entered, c.bill or "", c.verdict.value, c.reason,
                     c.evidence or fields.evidence.get(f),
                     c.verdict != Verdict.EXACT and copyable(report, f) is not None)
            for f, c in report.comparison.fields.items()]
    numbers = report.comparison.numbers
    for item in numbers.items if numbers is not None else ():
        on_bill = item.verdict == Verdict.EXACT
        rows.append(CheckRow(f"{NUMBER_PREFIX}{item.number}", "Number",
                             format_display(item.number),
                             format_display(item.number) if on_bill else "", item.verdict.value,
                             item.reason, item.evidence or fields.number_evidence.get(item.number),
                             False))
    return rows


def copyable(report: BillCheckReport, field: str) -> str | Address | None:
    """What "Use bill value" would copy: the comparison's own reading of the bill when it has
    one (the case-first check offers only values read with confidence), else the extraction's."""
    check = report.comparison.fields.get(field)
    if report.fields.index is not None:
        value = check.bill_value if check is not None else None
        if isinstance(value, str) and (not value.strip() or is_masked(value)):
            return None
        return value
    return bill_value(report.fields, field)


def bill_value(fields: BillFields, field: str) -> str | Address | None:
    """The bill's value as the case stores it, or None when the bill cannot give it whole."""
    value: str | Address | None = {
        "account_name": fields.account_name, "account_number": fields.account_number,
        "btn": fields.btn, "carrier": fields.carrier, "service_address": fields.service_address,
    }.get(field)
    if isinstance(value, str) and (not value.strip() or is_masked(value)):
        return None
    return value


def _case_value(case: PortCase, field: str) -> str | Address:
    values: dict[str, str | Address] = {"account_name": case.account_name, "account_number": case.account_number,
            "btn": case.btn, "carrier": case.losing_carrier,
            "service_address": case.service_address}
    return values[field]


def _with_value(case: PortCase, field: str, value: str | Address) -> PortCase:
    if field == "service_address":
        assert isinstance(value, Address)
        return replace(case, service_address=replace(value,
                                                     country=case.service_address.country))
    name = "losing_carrier" if field == "carrier" else field
    return case.with_changes(**{name: value})


# -- the specialist's decisions ---------------------------------------------------------------
def use_bill_value(store: Store, settings: Settings, actor: str, seen: PortCase, field: str,
                   source: BillFields | BillCheckReport, document_id: int | None,
                   today: date | None = None) -> tuple[PortCase, BillCheckReport]:
    """Copy the bill's exact text into the case; returns the saved case and its new comparison.

    `source` is the check the specialist looked at (or the bill's fields alone). `seen` is the
    case the specialist compared: if someone changed this field since, the copy is refused
    (Conflict) rather than overwriting a value nobody looked at.
    """
    if field not in COMPARED:
        raise PortDeskError(f"{field} cannot be copied from the bill")
    if isinstance(source, BillCheckReport):
        fields, value = source.fields, copyable(source, field)
    else:
        fields, value = source, bill_value(source, field)
    if value is None:
        raise PortDeskError(f"the bill gives no complete {LABELS[field].lower()} to copy")
    assert seen.id is not None
    with store.unit() as unit:
        session, repo = unit.session, unit.outbox
        current = repo.case_by_id(session, seen.id)
        if current is None:
            raise PortDeskError(f"case {seen.reference} no longer exists")
        if _case_value(current, field) != _case_value(seen, field):
            raise Conflict(f"{current.reference}: the {LABELS[field].lower()} was changed by "
                           "someone else after this check; check the bill again")
        saved = store.cases.update(_with_value(current, field, value), actor, session,
                                   action="case.bill_value_used")
        intents.send_edit(repo, session, current, saved)
        if fields.confidence.get(field, 1.0) >= MIN_MATCH_CONFIDENCE:
            # a value read with doubt is copied when asked, but never recorded as proven
            unit.verifications.record(saved.id or seen.id, field, Verdict.EXACT.value, "bill",
                                      "the bill's value was copied into the case", actor,
                                      document_id)
    return saved, compare_with_case(fields, saved, settings, today)


def verify_another_way(store: Store, actor: str, case_id: int, field: str, method: str,
                       note: str) -> Verification:
    """The specialist confirmed the value elsewhere (a CSR, a call); the note says how."""
    if method not in VERIFY_METHODS:
        raise PortDeskError(f"unknown verification method {method!r}; use one of "
                            f"{', '.join(VERIFY_METHODS)}")
    if field not in COMPARED and field != "numbers" and not field.startswith(NUMBER_PREFIX):
        raise PortDeskError(f"{field} is not a field the bill check compares")
    text = " ".join(note.split())
    if not text:
        raise PortDeskError("say how the value was verified (who, when, what was checked)")
    if len(text) > MAX_NOTE:
        raise PortDeskError(f"the note is {len(text)} characters; keep it under {MAX_NOTE}")
    return store.verifications.record(case_id, field, VERIFIED, method, text, actor)
