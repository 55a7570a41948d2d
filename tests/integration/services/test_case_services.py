from __future__ import annotations

from datetime import UTC, date, datetime

from portdesk.config import Settings
from portdesk.domain.lifecycle import Status
from portdesk.domain.readiness import Level
from portdesk.services import intents
from portdesk.services.cases import evidence_for, readiness
from portdesk.services.demo import load_demo
from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store
from tests.helpers import case


def test_evidence_reflects_documents_and_verifications(store: Store) -> None:
    c = store.cases.create(case(), "ana")
    assert c.id is not None
    settings = Settings()
    ev = evidence_for(store, c, settings, today=date(2026, 11, 23))
    assert not ev.loa_present and not ev.bill_present
    store.documents.add(c.id, "bill", "bill.pdf", b"%PDF-1.4 bill", "ana",
                        meta={"statement_date": "2026-11-10"})
    store.documents.add(c.id, "loa_signed", "loa.pdf", b"%PDF-1.4 loa", "ana",
                        signed_at=datetime(2026, 11, 20, tzinfo=UTC))
    store.verifications.record(c.id, "account_number", "mismatch", "bill", "", "ana")
    store.verifications.record(c.id, "account_name", "exact", "bill", "", "ana")
    ev = evidence_for(store, c, settings, today=date(2026, 11, 23))
    assert ev.loa_present and ev.loa_signed_on == date(2026, 11, 20)
    assert ev.bill_statement_date == date(2026, 11, 10)
    assert ev.bill_mismatches == ("account_number",)
    checks = {ch.id: ch for ch in readiness(store, c, settings, today=date(2026, 11, 23))}
    assert checks["exact_values"].level == Level.FAIL
    store.verifications.record(c.id, "account_number", "verified", "csr", "CSR dated 11/21",
                               "ana")
    checks = {ch.id: ch for ch in readiness(store, c, settings, today=date(2026, 11, 23))}
    exact = checks["exact_values"]
    assert exact.level == Level.WARN  # the address, the BTN and the numbers are not confirmed
    assert "service address" in exact.message and "2 numbers" in exact.message
    for name in ("service_address", "btn", "numbers"):
        store.verifications.record(c.id, name, "exact", "bill", "", "ana")
    checks = {ch.id: ch for ch in readiness(store, c, settings, today=date(2026, 11, 23))}
    assert checks["exact_values"].level == Level.PASS
    actions = [e.action for e in store.audit.for_case(c.id)]
    assert actions.count("field.verified") == 6 and actions.count("document.added") == 2


def test_demo_queue_covers_every_working_status(store: Store) -> None:
    refs = load_demo(store, "demo", today=date(2026, 11, 23))
    assert len(refs) >= 30
    for status in ("draft", "awaiting_signature", "submitted", "at_carrier", "exception",
                   "foc_confirmed", "ported", "cancelled"):
        assert store.queue.count(QueueQuery(statuses=(status,))) > 0, status
    assert store.queue.count(QueueQuery(kinds=("port_out",))) > 0
    assert store.queue.count(QueueQuery(kinds=("subaccount_transfer",))) > 0
    assert store.audit.verify().ok


def test_demo_dates_are_truthful(store: Store) -> None:
    """No FOC before the date asked for, and a port that happened had its FOC by today."""
    today = date(2026, 11, 23)
    load_demo(store, "demo", today=today)
    dated = [c for c in store.cases.iter_all() if c.foc_date is not None]
    assert {c.status.value for c in dated} == {"foc_confirmed", "ported"}
    for c in dated:
        assert c.requested_date is not None and c.requested_date <= c.foc_date, c.reference
        if c.status.value == "ported":
            assert c.foc_date <= today, c.reference
        else:
            assert c.foc_date > today, c.reference
    assert any(c.requested_date != c.foc_date for c in dated)  # some dates could not be met


def test_a_later_unreadable_bill_keeps_a_csr_verification(store: Store) -> None:
    c = store.cases.create(case(), "ana")
    assert c.id is not None
    store.verifications.record(c.id, "account_number", "verified", "csr", "CSR 11/21", "ana")
    store.verifications.record(c.id, "account_number", "not_found", "bill", "", "ana")
    assert "account_number" in evidence_for(store, c, Settings()).verified_fields
    store.verifications.record(c.id, "account_number", "mismatch", "bill", "", "ana")
    ev = evidence_for(store, c, Settings())
    assert ev.bill_mismatches == ("account_number",)


def test_a_signed_loa_filed_on_a_case_that_needs_a_signature_makes_it_a_draft_again(
        store: Store) -> None:
    # it stayed "Needs signature" (milestone "Signature") with the signed LOA filed
    made = store.cases.create(case(), "ana")
    other = store.cases.create(case(numbers=["+12125550142"]), "ana")
    assert made.id is not None and other.id is not None
    for c in (made, other):
        assert c.id is not None
        store.cases.change_status(c.id, Status.AWAITING_SIGNATURE, "ana", "sent to the customer")
    intents.attach_document(store, made.id, "loa_signed", "loa.pdf", b"%PDF-1.4 signed", "ana")
    intents.attach_document(store, other.id, "loa", "loa.pdf", b"%PDF-1.4 unsigned", "ana")
    assert store.cases.get(made.id).status == Status.DRAFT
    assert store.cases.status_history(made.id)[-1].reason == "signed LOA filed (loa.pdf)"
    assert store.cases.get(other.id).status == Status.AWAITING_SIGNATURE  # not signed yet
    assert store.audit.verify().ok
