"""Each use case commits once, or not at all: attaching a bill, using a bill value, marking ready
(with a written override) and submitting. A failure in its last step leaves nothing behind: no
document, no verification, no audit entry, no outbox item, the case as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, func, select

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.services import bill_desk, cases, desk, intents
from portdesk.store.documents import VerificationRepository
from portdesk.store.schema import AuditRow, DocumentRow, OutboxRow, VerificationRow
from portdesk.store.sessions import UnitFailed
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from tests.billcorpus import GeneratedBill
from tests.helpers import case, case_for

LOA = b"%PDF-1.4\n% a signed LOA\n"


class Boom(Exception):
    """The injected failure."""


@contextmanager
def commits(store: Store) -> Iterator[list[int]]:
    """Counts the store's committed transactions while the block runs."""
    seen: list[int] = []

    def count(_session: Any) -> None:
        seen.append(1)

    event.listen(store.sessions, "after_commit", count)
    try:
        yield seen
    finally:
        event.remove(store.sessions, "after_commit", count)


def rows(store: Store) -> dict[str, int]:
    """How many rows each table a use case writes holds now."""
    with store.reading() as session:
        return {t.__tablename__: int(session.scalar(select(func.count()).select_from(t)) or 0)
                for t in (AuditRow, DocumentRow, OutboxRow, VerificationRow)}


def fail_on_call(monkeypatch: pytest.MonkeyPatch, cls: type, name: str, nth: int = 1) -> None:
    """`cls.name` raises Boom on its nth call (the earlier ones work as usual)."""
    original = getattr(cls, name)
    calls: list[int] = []

    def failing(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) >= nth:
            raise Boom(f"{name} failed")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, failing)


def bill_case(store: Store, bill: GeneratedBill, **changes: Any) -> PortCase:
    created = store.cases.create(case_for(bill, **changes), "tester")
    assert created.id is not None
    return created


def attach(store: Store, created: PortCase, bill: GeneratedBill) -> bill_desk.AttachedBill:
    assert created.id is not None
    return bill_desk.attach_bill(store, Settings(), "tester", created.id, bill.path,
                                 today=bill.truth.statement_date + timedelta(days=3))


def test_attaching_a_bill_commits_once(store: Store, bill: GeneratedBill) -> None:
    created = bill_case(store, bill)
    with commits(store) as seen:
        got = attach(store, created, bill)
    assert len(seen) == 1
    assert got.document.meta["verdicts"]  # what it proved is on the document from the start
    assert len(store.verifications.for_case(created.id or 0)) == len(bill_desk.COMPARED) + 1


def test_attaching_a_bill_that_fails_at_the_last_verification_leaves_nothing(
        store: Store, bill: GeneratedBill, monkeypatch: pytest.MonkeyPatch) -> None:
    created = bill_case(store, bill)
    before = rows(store)
    fail_on_call(monkeypatch, VerificationRepository, "record", nth=len(bill_desk.COMPARED) + 1)
    with commits(store) as seen, pytest.raises(Boom):
        attach(store, created, bill)
    assert seen == [] and rows(store) == before
    assert store.documents.latest(created.id or 0, "bill") is None


def test_using_a_bill_value_commits_once_or_not_at_all(
        store: Store, bill: GeneratedBill, monkeypatch: pytest.MonkeyPatch) -> None:
    created = bill_case(store, bill, account_name=bill.truth.account_name + "s")
    got = attach(store, created, bill)
    before, version = rows(store), store.cases.get(created.id or 0).version
    with monkeypatch.context() as patched:
        fail_on_call(patched, VerificationRepository, "record")
        with commits(store) as seen, pytest.raises(Boom):
            bill_desk.use_bill_value(store, Settings(), "tester", got.case, "account_name",
                                     got.report.fields, got.document.id)
    assert seen == [] and rows(store) == before
    assert store.cases.get(created.id or 0).version == version
    with commits(store) as seen:
        saved, _ = bill_desk.use_bill_value(store, Settings(), "tester", got.case,
                                            "account_name", got.report.fields, got.document.id)
    assert len(seen) == 1 and saved.account_name == bill.truth.account_name


def ready_case(store: Store, **overrides: Any) -> PortCase:
    created = store.cases.create(case(**overrides), "tester")
    assert created.id is not None
    intents.attach_document(store, created.id, "loa_signed", "loa.pdf", LOA, "tester")
    return created


def test_marking_ready_with_an_override_commits_once_or_not_at_all(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    created = ready_case(store, authorized_name="")  # a failing check, overridden in writing
    assert created.id is not None
    failing = [c for c in cases.readiness(store, created, Settings()) if c.level == "fail"]
    assert failing and all(c.overridable for c in failing)
    before = rows(store)
    with monkeypatch.context() as patched:
        fail_on_call(patched, SyncRepository, "enqueue", nth=3)  # create, update, then boom
        with commits(store) as seen, pytest.raises(Boom):
            desk.mark_ready(store, Settings(), created.id, "tester", "customer confirmed by mail")
    assert seen == [] and rows(store) == before  # no override entry without its submission
    with commits(store) as seen:
        desk.mark_ready(store, Settings(), created.id, "tester", "customer confirmed by mail")
    assert len(seen) == 1
    actions = [e.action for e in store.audit.for_case(created.id)]
    assert actions[-2:] == ["readiness.override", "case.submit_requested"]


def test_submitting_commits_once(store: Store) -> None:
    created = ready_case(store)
    with commits(store) as seen:
        cases.submit_case(store, created.reference, Settings(), "tester",
                          override_reason="the bill is on its way")
    assert len(seen) == 1
    intents_queued = [item.intent for item, _, _ in store.outbox.items_for_case(created.id or 0)]
    assert intents_queued == ["create", "update", "upload", "confirm"]


def test_a_part_that_failed_inside_a_unit_fails_the_unit_even_when_caught(store: Store) -> None:
    created = store.cases.create(case(), "tester")
    assert created.id is not None
    before = rows(store)
    with pytest.raises(UnitFailed, match="none of it was saved"), store.unit():
        intents.comment(store, created.id, "first note", "tester")
        with pytest.raises(Exception, match="cannot be empty"):
            intents.comment(store, created.id, "   ", "tester")  # refused before writing ...
        with pytest.raises(Boom), store.unit():  # ... but this part wrote, then failed
            store.comments.add(created.id, "tester", "half done")
            raise Boom("the rest failed")
    assert rows(store) == before
    assert store.comments.for_case(created.id) == []
