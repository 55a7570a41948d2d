"""The audit trail says in words what the rest of the desk says in words: a status as the chip
says it (named for the case's kind), a rejection code as the rejection banner titles it, a
number's requirements state as Platform steps says it; the action in the timeline's words. The
codes as logged stay on hover (an auditor reads them). It showed "case.status", "at_carrier →
exception" and "LOCATION_MISMATCH"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from portdesk.domain.case import CaseKind
from portdesk.domain.kind_fields import status_label
from portdesk.domain.number_requirements import REQUIREMENTS_STATUS
from portdesk.domain.rejections import REASONS
from portdesk.services.timeline import change_lines
from portdesk.store.audit_entry import AuditEntry
from portdesk.ui.audit_dialog import AuditModel

AT = datetime(2026, 12, 6, 12, 40)
TIP = Qt.ItemDataRole.ToolTipRole
ENTRIES = [
    AuditEntry(1, AT, "ana", 7, "PD-000007", "case.created",
               {"account_name": "Harbor Dental Group", "numbers": 3, "pin": "****"}),
    AuditEntry(2, AT, "ana", 7, "PD-000007", "case.status",
               {"status": {"old": "submitted", "new": "at_carrier"}, "reason": "sent"}),
    AuditEntry(3, AT, "platform", 7, "PD-000007", "case.status",
               {"status": {"old": "at_carrier", "new": "exception"}}),
    AuditEntry(4, AT, "platform", 7, "PD-000007", "case.platform_edit",
               {"exception_code": {"old": None, "new": "LOCATION_MISMATCH"},
                "requirements_status": {"old": "requirement-info-pending", "new": "approved"}}),
    AuditEntry(5, AT, "platform", 7, "PD-000007", "case.platform_edit",
               {"exception_code": {"old": "LOCATION_MISMATCH", "new": "NEW_CODE_2027"}}),
]
CODES = ("case.created", "case.status", "case.platform_edit", "at_carrier", "exception\u201d",
         "LOCATION_MISMATCH", "requirement-info-pending", "account_name")


def _shown(model: AuditModel, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
           ) -> list[list[str]]:
    return [[model.data(model.index(r, c), role) for c in range(4)]
            for r in range(model.rowCount())]


def test_the_audit_trail_says_codes_in_the_desk_s_words(qtbot) -> None:
    model = AuditModel()
    model.kind = CaseKind.PORT_IN
    model.set_entries(ENTRIES)
    rows = _shown(model)[::-1]  # oldest first
    assert rows[0][2] == "Created" and "Customer name: Harbor Dental Group" in rows[0][3]
    assert rows[1][2] == f"Status: {status_label(CaseKind.PORT_IN, 'at_carrier')}"
    assert rows[1][3] == (f"Status: {status_label(CaseKind.PORT_IN, 'submitted')} → "
                          f"{status_label(CaseKind.PORT_IN, 'at_carrier')}; Why: sent")
    assert REASONS["LOCATION_MISMATCH"].title in rows[3][3]
    assert REQUIREMENTS_STATUS["approved"][0] in rows[3][3]
    assert REQUIREMENTS_STATUS["requirement-info-pending"][0] in rows[3][3]
    shown = " ".join(" ".join(row[2:]) for row in rows[:4])
    assert not [code for code in CODES if code in shown], shown
    assert "NEW_CODE_2027" in rows[4][3]  # a code no table knows is shown as written
    tips = _shown(model, TIP)[::-1]
    assert "at_carrier" in tips[1][3] and "case.status" in tips[1][2]
    assert "LOCATION_MISMATCH" in tips[3][3]


def test_a_transfer_s_status_is_named_for_its_kind_in_the_trail(qtbot) -> None:
    model = AuditModel()
    model.kind = CaseKind.SUBACCOUNT_TRANSFER
    model.set_entries(ENTRIES[1:2])
    assert model.data(model.index(0, 2)) == "Status: Transferring"


def test_the_timeline_s_edits_say_the_same_words() -> None:
    lines = change_lines(ENTRIES[3].changes, CaseKind.PORT_IN)
    assert lines[0] == f"Rejection: (empty) → {REASONS['LOCATION_MISMATCH'].title}"
