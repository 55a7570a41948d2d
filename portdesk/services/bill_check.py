"""Bill check use cases: read a bill, extract its fields, compare them with a case.

The desk calls these on a worker thread with a progress callback and a cancel flag; the CLI calls
them directly. Everything returned is plain data, nothing holds a file or a session open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from portdesk.bills.billmemo import one_bill
from portdesk.bills.compare import compare
from portdesk.bills.errors import NotABill
from portdesk.bills.extract import BillFields, extract_fields, with_logo_carrier
from portdesk.bills.ocr import configure as configure_ocr
from portdesk.bills.reader import CancelFn, ProgressFn, ReadLimits, read_bill
from portdesk.bills.report import check_json, extraction_json
from portdesk.bills.verdicts import MATCHES, BillCheckSummary, BillComparison, summarize
from portdesk.config import Settings
from portdesk.domain.case import PortCase

if TYPE_CHECKING:
    from portdesk.store.store import Store

# what the command line and the desk get back (and the JSON shapes other tools read)
__all__ = ["BillCheckReport", "BillCheckSummary", "BillFields", "bill_age_days", "check_bill",
           "check_bill_for_reference", "check_json", "compare_with_case", "extract_bill",
           "extraction_json"]


@dataclass(frozen=True, slots=True)
class BillCheckReport:
    fields: BillFields
    comparison: BillComparison
    bill_age_days: int | None
    summary: BillCheckSummary


def extract_bill(path: Path, settings: Settings, *, password: str | None = None,
                 progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                 limits: ReadLimits | None = None, require_account: bool = True,
                 logo: bool = True) -> BillFields:
    """Raises a PortDeskError (PasswordRequired, NotABill, UnreadableBill...) on bad input.
    `logo`: a text bill whose text names no carrier reports the one its raster logo draws,
    marked as read from the logo (the check judges a typed name against the logo itself)."""
    configure_ocr(settings.tesseract_cmd)
    with one_bill():  # the text rules' answers remembered for this bill only (billmemo.py)
        doc = read_bill(path, password=password, limits=limits or settings.limits,
                        progress=progress, cancel=cancel)
        fields = extract_fields(doc, require_account=require_account)
        return with_logo_carrier(fields) if logo else fields


def bill_age_days(fields: BillFields, today: date | None = None) -> int | None:
    if fields.statement_date is None:
        return None
    return ((today or date.today()) - fields.statement_date).days


def compare_with_case(fields: BillFields, case: PortCase, settings: Settings,
                      today: date | None = None) -> BillCheckReport:
    comparison = compare(case, fields)
    age = bill_age_days(fields, today)
    return BillCheckReport(fields, comparison, age,
                           summarize(comparison, age, settings.bill_age_limit_days))


def check_bill(path: Path, case: PortCase, settings: Settings, *, password: str | None = None,
               progress: ProgressFn | None = None, cancel: CancelFn | None = None,
               today: date | None = None) -> BillCheckReport:
    """The case's values searched on the bill; a document with no account details on it and
    none of the case's values is refused as not a bill (NotABill), like `bill extract` does."""
    with one_bill():  # one memo for the read and the comparison (billmemo.py)
        fields = extract_bill(path, settings, password=password, progress=progress,
                              cancel=cancel, require_account=False, logo=False)
        report = compare_with_case(fields, case, settings, today)
    if not fields.looks_like_a_bill() and not _any_typed_value_seen(report) \
            and not fields.scan_with_a_bills_sign():
        raise NotABill(f"{path.name}: no account details found (no account number, billing "
                       "number or phone numbers); is this the customer's bill?")
    return report


def _any_typed_value_seen(report: BillCheckReport) -> bool:
    return any(c.verdict in MATCHES for c in report.comparison.fields.values())


def check_bill_for_reference(store: Store, reference: str, path: Path, settings: Settings,
                             **kwargs: object) -> BillCheckReport:
    """The case is loaded first, so a wrong reference fails before any OCR is spent."""
    case = store.cases.get_by_reference(reference)
    return check_bill(path, case, settings, **kwargs)  # type: ignore[arg-type]
