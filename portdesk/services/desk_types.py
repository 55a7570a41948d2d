"""The plain data the services hand the desk, named once for it.

The desk (ui/) calls services and reads what they return; it never imports the store, loa, bills or
platform packages (an import contract says so). The types it holds, shows and hands back are listed
here, so that list is one reviewable place. `Store` among them is the open database the
composition root built: the desk only passes it back to services, it calls none of its methods.
"""

from __future__ import annotations

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

__all__ = [
    "CHECKBOX_FIELDS", "ActivationJob", "AuditEntry", "BillCheckSummary", "BillEvidence",
    "ChainReport", "Document", "FillResult", "FormAnalysis", "LoaField", "LoaValues",
    "LoaVerification", "PasswordRequired", "ReadCancelled", "RejectionCode", "Store", "Widget",
]
