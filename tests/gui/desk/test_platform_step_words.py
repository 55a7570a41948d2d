"""The desk says the platform's steps and words as it says the rest: the audit trail names an
additional document sent, queued or removed and verification codes sent or checked in words (it
said 'Platform additional document requested' and 'Document type: invoice'); the port-out
screen says what the request's status means, by the port-out guide's table (it said
'Platform status: pending', then the chip's label, which read 'Cancel pending' for a rejection
under review); a rejected port-out is titled by its code's words as the platform's
list gave them (it said 'Port-out rejected (code 1001)')."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from portdesk.domain.additional_documents import type_words
from portdesk.domain.case import CaseKind
from portdesk.domain.numbers import format_display
from portdesk.domain.platform_status_words import PORTOUT_WORDS
from portdesk.domain.verification_codes import METHODS
from portdesk.services.desk_types import RejectionCode
from portdesk.services.sync_portout_review import PortoutReview
from portdesk.services.timeline import audit_entry
from portdesk.store.audit_entry import AuditEntry
from portdesk.ui.audit_dialog import AuditModel
from portdesk.ui.portout_screen import PortoutScreen
from portdesk.ui.taskman import TaskManager

AT = datetime(2026, 12, 6, 12, 40)
NOW = datetime(2026, 12, 6, 13, 0, tzinfo=UTC)
STEPS = [
    AuditEntry(1, AT, "ana", 7, "PD-000007", "platform.additional_document_requested",
               {"document": "bill-nov.pdf", "document_type": "invoice"}),
    AuditEntry(2, AT, "platform", 7, "PD-000007", "platform.additional_document",
               {"document": "bill-nov.pdf", "document_type": "invoice",
                "additional_id": "ad-1"}),
    AuditEntry(3, AT, "ana", 7, "PD-000007", "platform.additional_document_removal",
               {"additional_id": "ad-1"}),
    AuditEntry(4, AT, "platform", 7, "PD-000007", "platform.additional_document_removed",
               {"additional_id": "ad-1"}),
    AuditEntry(5, AT, "ana", 7, "PD-000007", "platform.verification_codes_sent",
               {"method": "sms", "numbers": ["+13125550101", "+13125550102"]}),
    AuditEntry(6, AT, "ana", 7, "PD-000007", "platform.verification_codes_checked",
               {"verified": ["+13125550101"], "not_accepted": ["+13125550102"]}),
]
RAW = ("platform.", "additional_document", "verification_codes", "invoice\u201d", "“invoice",
       "document_type", "+13125550101", "'sms'", ": sms")


def _rows(model: AuditModel) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(4)]
            for r in range(model.rowCount())][::-1]  # oldest first


def test_the_trail_says_additional_documents_and_codes_in_words(qtbot: QtBot) -> None:
    model = AuditModel()
    model.kind = CaseKind.PORT_IN
    model.set_entries(STEPS)
    rows = _rows(model)
    shown = "\n".join(" | ".join(row[2:]) for row in rows)
    assert not [raw for raw in RAW if raw in shown], shown
    assert len({row[2] for row in rows}) == len(STEPS), shown  # each step its own title
    assert f"bill-nov.pdf as {type_words('invoice')}" in rows[0][3]
    assert f"by {METHODS['sms']} to {format_display('+13125550101')}, {format_display('+13125550102')}" in rows[4][3]
    assert f"Verified: {format_display('+13125550101')}" in rows[5][3]
    assert f"Not accepted: {format_display('+13125550102')}" in rows[5][3]
    tips = [model.data(model.index(r, 2), 3) for r in range(model.rowCount())]
    assert any("platform.verification_codes_sent" in str(t) for t in tips)  # logged on hover


def _review(status: str) -> PortoutReview:
    return PortoutReview(case_id=1, reference="PD-000009", status=status,
                         gaining_carrier="Riverbend Wireless", numbers=("+13125550160",),
                         foc_date="", received_at=NOW, fields=(), account_source="this case")


def _header(screen: PortoutScreen) -> str:
    [label] = [w for w in screen.findChildren(QLabel) if "Platform: " in w.text()]
    return label.text()


def test_the_port_out_screen_says_what_the_platform_s_status_means(qtbot: QtBot) -> None:
    tasks = TaskManager()
    try:
        for raw in ("pending", "rejected-pending", "authorized"):
            screen = PortoutScreen(_review(raw), [RejectionCode(1001, "Other", True)],
                                   lambda *_: None, tasks, now=lambda: NOW)
            qtbot.addWidget(screen)
            assert f"Platform: {PORTOUT_WORDS[raw]} (platform status '{raw}')" in \
                _header(screen).replace("<br>", " ")
            assert f"status: {raw}" not in _header(screen)
            if raw == "rejected-pending":  # what the guide says, not "Cancel pending"
                assert "Porting Ops" in _header(screen)
        screen = PortoutScreen(_review("held-by-regulator"), [], lambda *_: None, tasks,
                               now=lambda: NOW)
        qtbot.addWidget(screen)
        assert "'held-by-regulator' (as the platform names it" in _header(screen)
    finally:
        tasks.shutdown()


def test_a_rejected_port_out_is_titled_by_its_code_s_words() -> None:
    said = audit_entry(AuditEntry(1, AT, "ana", 9, "PD-000009", "portout.decided",
                                  {"authorize": False, "reason": "PIN wrong", "code": 1003,
                                   "code_words": "Invalid PIN"}), kind=CaseKind.PORT_OUT)
    assert said.title == "Port-out rejected: Invalid PIN (code 1003)"
    older = audit_entry(AuditEntry(2, AT, "ana", 9, "PD-000009", "portout.decided",
                                   {"authorize": False, "reason": "", "code": 1001}),
                        kind=CaseKind.PORT_OUT)
    assert older.title != "Port-out rejected (code 1001)"
    assert "rejection code 1001" in older.title and "words were not kept" in older.title
