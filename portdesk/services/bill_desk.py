"""The bill check as the desk uses it: attach a bill to a case, copy the bill's value, verify another way.

Each use case leaves a trace the readiness checks read (a stored "bill" document with its statement
date, one verification per compared field) and an audit entry, so "who decided this value is right,
and on what evidence" can always be answered. Everything returned is plain data: the screen calls
these on a worker thread and only shows the result.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from portdesk.bills.errors import OtherCustomersBill, ReadCancelled, UnreadableBill
from portdesk.bills.extract import BillFields
from portdesk.bills.parse import is_masked
from portdesk.bills.reader import CancelFn, ProgressFn, ReadLimits
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MIN_MATCH_CONFIDENCE, Verdict
from portdesk.config import Settings
from portdesk.domain.case import Address, PortCase
from portdesk.domain.errors import Conflict, PortDeskError
from portdesk.domain.file_kinds import BILL_MEDIA
from portdesk.domain.numbers import format_display
from portdesk.services import intents
from portdesk.services.bill_check import BillCheckReport, check_bill, compare_with_case
from portdesk.services.bill_display import display_copy
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


@dataclass(frozen=True, slots=True)
class AttachedBill:
    case: PortCase
    document: Document
    report: BillCheckReport
    display_pdf: bytes | None  # what the screen shows: the PDF unlocked, or the scan as a PDF
    again: bool = False  # the case's bill already: checked again, not filed a second time


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
@dataclass(frozen=True, slots=True)
class ReadBill:
    """A bill read and checked against its case, nothing written yet (the first of two steps)."""

    case: PortCase
    report: BillCheckReport
    filename: str
    media_type: str
    content: bytes
    display_pdf: bytes | None


def attach_bill(store: Store, settings: Settings, actor: str, case_id: int, path: Path, *,
                password: str | None = None, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None, today: date | None = None) -> AttachedBill:
    """Read and check the bill, then keep it with the case and record what it proved."""
    read = read_bill(store, settings, case_id, path, password=password, progress=progress,
                     cancel=cancel, today=today)
    return file_bill(store, actor, case_id, read)


def read_bill(store: Store, settings: Settings, case_id: int, path: Path, *,
              password: str | None = None, progress: ProgressFn | None = None,
              cancel: CancelFn | None = None, today: date | None = None) -> ReadBill:
    """Read and check the bill: seconds of OCR, so the desk runs it on its background lane.

    Nothing is written: a cancelled read, a wrong file or a wrong password leaves the case exactly
    as it was.
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
    return ReadBill(case, report, path.name,
                    BILL_MEDIA.get(path.suffix.lower(), "application/octet-stream"), content, display)


def file_bill(store: Store, actor: str, case_id: int, read: ReadBill) -> AttachedBill:
    """Keep a read bill with its case: the bill, what it proved and its upload (for a case the
    platform has) in one unit of work, all of it or none (the desk runs it on its database lane,
    in order with the other writes, not beside them under the write lock).

    The file the case's newest bill already is (checked again after the case was fixed) is not
    filed, nor sent to the platform, a second time: this check is recorded against that bill
    and becomes what it proves (walked: each re-check had kept one more identical copy, and a
    case on the platform uploaded it again). An upload of it the platform refused is filed anew,
    as before: that is how a refused bill goes again."""
    meta = bill_meta(read.report)
    with store.unit():
        document = _same_bill(store, case_id, read.content)
        again = document is not None
        if document is not None:
            store.documents.update_meta(document.id, meta)
            document = replace(document, meta={**document.meta, **meta})
        else:
            document = intents.attach_document(store, case_id, "bill", read.filename,
                                               read.content, actor, media_type=read.media_type,
                                               meta=meta)
        record_verifications(store, actor, case_id, read.report, document.id)
    return AttachedBill(read.case, document, read.report, read.display_pdf, again)


def _same_bill(store: Store, case_id: int, content: bytes) -> Document | None:
    """The case's newest bill when it holds exactly these bytes and the platform did not refuse
    its upload; else None (the file is filed as a new bill)."""
    from portdesk.services.sync_documents import refused_upload

    newest = store.documents.latest(case_id, "bill")
    if newest is None or newest.sha256 != hashlib.sha256(content).hexdigest():
        return None
    if newest.platform_document_id and refused_upload(store.outbox,
                                                      newest.platform_document_id):
        return None
    return newest


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
        intents.send_edit(repo, session, current, saved, actor)
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
