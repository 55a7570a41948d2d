"""The plain data the services hand the desk, named once for it.

The desk (ui/) calls services and reads what they return; it never imports the store, loa, bills or
platform packages (an import contract says so). The types it holds, shows and hands back are listed
here, so that list is one reviewable place. `Store` among them is the open database the
composition root built: the desk only passes it back to services, it calls none of its methods.

Each type is imported when the desk first asks for it, not when the desk starts: importing them
all at the top made starting the desk load form filling, pyHanko, pypdf, reportlab and the bill
reader (seconds at start-up; `tests/gui/desk/test_start_imports.py`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from portdesk.bills.errors import PasswordRequired as PasswordRequired
    from portdesk.bills.errors import ReadCancelled as ReadCancelled
    from portdesk.bills.values import Evidence as BillEvidence
    from portdesk.bills.verdicts import BillCheckSummary as BillCheckSummary
    from portdesk.loa.fields import CHECKBOX_FIELDS as CHECKBOX_FIELDS
    from portdesk.loa.fields import LoaField as LoaField
    from portdesk.loa.fields import LoaValues as LoaValues
    from portdesk.loa.fill import FillResult as FillResult
    from portdesk.loa.fill import FormAnalysis as FormAnalysis
    from portdesk.loa.formscan import Widget as Widget
    from portdesk.loa.verify import Verification as LoaVerification
    from portdesk.platform.port import ActivationJob as ActivationJob
    from portdesk.platform.port import RejectionCode as RejectionCode
    from portdesk.store.audit import AuditEntry as AuditEntry
    from portdesk.store.audit_findings import ChainReport as ChainReport
    from portdesk.store.documents import Document as Document
    from portdesk.store.store import Store as Store

# name the desk uses -> (module, name there); the same list as the imports above
_WHERE: dict[str, tuple[str, str]] = {
    "PasswordRequired": ("portdesk.bills.errors", "PasswordRequired"),
    "ReadCancelled": ("portdesk.bills.errors", "ReadCancelled"),
    "BillEvidence": ("portdesk.bills.values", "Evidence"),
    "BillCheckSummary": ("portdesk.bills.verdicts", "BillCheckSummary"),
    "CHECKBOX_FIELDS": ("portdesk.loa.fields", "CHECKBOX_FIELDS"),
    "LoaField": ("portdesk.loa.fields", "LoaField"),
    "LoaValues": ("portdesk.loa.fields", "LoaValues"),
    "FillResult": ("portdesk.loa.fill", "FillResult"),
    "FormAnalysis": ("portdesk.loa.fill", "FormAnalysis"),
    "Widget": ("portdesk.loa.formscan", "Widget"),
    "LoaVerification": ("portdesk.loa.verify", "Verification"),
    "ActivationJob": ("portdesk.platform.port", "ActivationJob"),
    "RejectionCode": ("portdesk.platform.port", "RejectionCode"),
    "AuditEntry": ("portdesk.store.audit", "AuditEntry"),
    "ChainReport": ("portdesk.store.audit_findings", "ChainReport"),
    "Document": ("portdesk.store.documents", "Document"),
    "Store": ("portdesk.store.store", "Store"),
}

__all__ = [
    "CHECKBOX_FIELDS", "ActivationJob", "AuditEntry", "BillCheckSummary", "BillEvidence",
    "ChainReport", "Document", "FillResult", "FormAnalysis", "LoaField", "LoaValues",
    "LoaVerification", "PasswordRequired", "ReadCancelled", "RejectionCode", "Store", "Widget",
]


def __getattr__(name: str) -> Any:
    """Import a named type at its first use and keep it here (PEP 562)."""
    try:
        module, attr = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module), attr)
    globals()[name] = value
    return value
