from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from portdesk.domain.errors import Conflict
from portdesk.domain.lifecycle import Status, TransitionRefused
from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store
from tests.helpers import case
from tests.integration.store.forgeries import drop_guards


def test_create_read_and_reference(store: Store) -> None:
    a = store.cases.create(case(), "ana")
    b = store.cases.create(case(account_name="Second Co"), "ana")
    assert (a.reference, b.reference) == ("PD-000001", "PD-000002")
    got = store.cases.get_by_reference("pd-000001")
    assert got.numbers == a.numbers and got.service_address == a.service_address
    assert got.pin == "4821" and got.version == 1
    assert store.cases.get_by_reference("2").account_name == "Second Co"


def test_pin_is_encrypted_at_rest(store: Store) -> None:
    store.cases.create(case(pin="987654"), "ana")
    with store.engine.connect() as conn:
        raw = conn.execute(text("SELECT pin_encrypted FROM cases")).scalar_one()
        dump = " ".join(str(r) for r in conn.execute(text("SELECT * FROM audit_log")))
    assert "987654" not in raw and raw
    assert "987654" not in dump


def test_second_writer_gets_a_conflict_not_an_overwrite(store: Store) -> None:
    created = store.cases.create(case(), "ana")
    mine = store.cases.get(created.id)  # type: ignore[arg-type]
    theirs = store.cases.get(created.id)  # type: ignore[arg-type]
    store.cases.update(replace(theirs, account_name="Harbor Dental Group, LLC"), "ben")
    with pytest.raises(Conflict, match="changed by someone else"):
        store.cases.update(replace(mine, account_name="Harbor Dental"), "ana")
    assert store.cases.get(created.id).account_name == "Harbor Dental Group, LLC"  # type: ignore[arg-type]


def test_status_changes_record_who_when_why(store: Store) -> None:
    c = store.cases.create(case(), "ana")
    assert c.id is not None
    store.cases.change_status(c.id, Status.SUBMITTED, "ana", "customer signed")
    with pytest.raises(TransitionRefused):
        store.cases.change_status(c.id, Status.DRAFT, "ana", "oops")
    history = store.cases.status_history(c.id)
    assert [(h.from_status, h.to_status, h.actor, h.reason) for h in history][-1] == \
        (Status.DRAFT, Status.SUBMITTED, "ana", "customer signed")
    assert store.cases.get(c.id).submitted_at is not None


def test_unknown_platform_status_is_kept(store: Store) -> None:
    c = store.cases.create(case(), "ana")
    assert c.id is not None
    store.cases.update(replace(c, platform_status="carrier-thinking"), "sync")
    assert store.cases.get(c.id).platform_status == "carrier-thinking"


def test_audit_log_is_append_only(store: Store) -> None:
    """Plain SQL cannot edit or delete an entry, nor move the head back: triggers refuse it."""
    c = store.cases.create(case(), "ana")
    store.cases.update(replace(c, account_name="Changed Name"), "ana")
    assert store.audit.verify().ok
    for statement in ("UPDATE audit_log SET actor='mallory'", "DELETE FROM audit_log",
                      "DELETE FROM audit_head", "UPDATE audit_head SET last_seq = 0"):
        with pytest.raises(DBAPIError, match="append-only"):
            with store.engine.begin() as conn:
                conn.execute(text(statement))
    assert store.audit.verify().ok


def test_audit_chain_detects_tampering(store: Store) -> None:
    c = store.cases.create(case(), "ana")
    store.cases.update(replace(c, account_name="Changed Name"), "ana")
    with store.engine.begin() as conn:
        drop_guards(conn)
        conn.execute(text("UPDATE audit_log SET actor='mallory' WHERE seq=1"))
    report = store.audit.verify()
    assert not report.ok and report.first_bad_id == 1 and "altered" in report.problem


def test_audit_chain_detects_removed_tail(store: Store) -> None:
    c = store.cases.create(case(), "ana")
    store.cases.update(replace(c, account_name="Changed Name"), "ana")
    with store.engine.begin() as conn:
        drop_guards(conn)
        conn.execute(text("DELETE FROM audit_log WHERE id=(SELECT MAX(id) FROM audit_log)"))
    report = store.audit.verify()
    assert "truncated tail" in report.problem
    assert "changed outside PortDesk" in " ".join(f.message for f in report.findings)


def test_edits_are_audited_with_old_and_new_and_pin_masked(store: Store) -> None:
    c = store.cases.create(case(), "ana")
    assert c.id is not None
    store.cases.update(replace(c, account_number="4410-2231-10", pin="1111"), "ana")
    last = store.audit.for_case(c.id)[-1]
    assert last.changes["account_number"] == {"old": "4410-2231-09", "new": "4410-2231-10"}
    assert last.changes["pin"] == {"old": "****", "new": "****"}


def test_queue_filters_search_sort_and_page(store: Store) -> None:
    created = [
        store.cases.create(case(account_name=f"Customer {i:02d}", numbers=[f"212-555-01{i:02d}"],
                                btn=f"212-555-01{i:02d}", account_number=f"AC-{i:04d}"), "ana")
        for i in range(30)]
    for c in created[:5]:
        store.cases.change_status(c.id, Status.SUBMITTED, "ana", "go")  # type: ignore[arg-type]
    page = store.queue.page(QueueQuery(statuses=("submitted",), limit=3, sort="account_name",
                                       descending=False))
    assert page.total == 5 and [r.account_name for r in page.rows] == \
        ["Customer 00", "Customer 01", "Customer 02"]
    assert store.queue.page(QueueQuery(text="(212) 555-0117")).rows[0].account_name == \
        "Customer 17"
    assert store.queue.page(QueueQuery(text="ac-0021")).total == 1
    assert store.queue.page(QueueQuery(text="lopez CUSTOMER")).total == 30  # every word must match
    assert store.queue.page(QueueQuery(text="lopez nobody")).total == 0
    assert store.queue.page(QueueQuery(text="100%_")).total == 0
    second = store.queue.page(QueueQuery(limit=10, offset=10, sort="reference",
                                         descending=False))
    assert second.rows[0].reference == "PD-000011" and second.total == 30


def test_overdue_and_foc_range(store: Store) -> None:
    c = store.cases.create(case(), "ana")
    assert c.id is not None
    store.cases.change_status(c.id, Status.SUBMITTED, "ana", "go")
    store.cases.change_status(c.id, Status.AT_CARRIER, "ana", "ack")
    store.cases.change_status(c.id, Status.FOC_CONFIRMED, "ana", "foc")
    got = store.cases.get(c.id)
    store.cases.update(replace(got, foc_date=date(2026, 12, 1)), "ana")
    assert store.queue.count(QueueQuery(overdue=True, today=date(2026, 12, 2))) == 1
    assert store.queue.count(QueueQuery(overdue=True, today=date(2026, 11, 30))) == 0
    assert store.queue.count(QueueQuery(foc_from=date(2026, 11, 30),
                                        foc_to=date(2026, 12, 4))) == 1


def test_split_moves_numbers_into_a_linked_case(store: Store) -> None:
    c = store.cases.create(case(numbers=["212-555-0142", "212-555-0143", "212-555-0144"]), "ana")
    assert c.id is not None
    child = store.cases.split(c.id, ["+12125550144"], "ana", "number on another account")
    parent = store.cases.get(c.id)
    assert [n.e164 for n in parent.numbers] == ["+12125550142", "+12125550143"]
    assert [n.e164 for n in child.numbers] == ["+12125550144"]
    assert child.parent_id == c.id and child.status == Status.DRAFT
    assert store.cases.children(c.id)[0].reference == child.reference
