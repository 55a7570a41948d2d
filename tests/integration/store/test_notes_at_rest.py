"""Comments and check notes are not readable at rest (issue 19's leftover): a byte search of the
database and its WAL finds neither a comment, nor a bill check's reason, nor a "verified another
way" note, nor an outbox intent's copy of a comment; an older queue's plain ones are sealed when
it is opened, and the audit log still verifies (or still names a comment edited outside it)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from portdesk.config import Settings
from portdesk.domain.lifecycle import Status
from portdesk.domain.routing import CHECKS
from portdesk.services import intents
from portdesk.services.bill_desk import attach_bill, verify_another_way
from portdesk.services.postport import record_post_port
from portdesk.services.timeline import timeline
from portdesk.store.queue import QueueQuery
from portdesk.store.secrets import SecretBox
from portdesk.store.store import Store
from tests.billcorpus import GeneratedBill
from tests.helpers import case, case_for

COMMENT = "Customer read PIN 739146 aloud, gate code KINGFISHER-88"
NOTE = "CSR from Lumen shows MAPLEWOOD ORTHODONTICS exactly"
DAY = date(2026, 3, 2)


def found(path: Path, *needles: bytes) -> list[bytes]:
    data = path.read_bytes() if path.exists() else b""
    return [n for n in needles if n in data]


def files(db: Path) -> tuple[Path, Path]:
    return db, db.with_name(db.name + "-wal")


def on_platform(store: Store, case_id: int) -> None:
    """A create waits in the outbox: the case counts as on the platform, comments are sent."""
    with store.transaction() as session:
        store.outbox.enqueue(session, case_id, "create", f"create:{case_id}")


def test_comments_reasons_and_notes_are_sealed(tmp_path: Path, settings: Settings,
                                               bill: GeneratedBill) -> None:
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}")
    made = store.cases.create(case_for(bill, authorized_name="Ada Quinn"), "ana")
    assert made.id is not None
    on_platform(store, made.id)
    intents.comment(store, made.id, COMMENT, "ana")
    attach_bill(store, settings, "ana", made.id, bill.path)
    verify_another_way(store, "ana", made.id, "account_name", "csr", NOTE)
    reasons = {v.note for v in store.verifications.for_case(made.id) if v.method == "bill"}
    assert "same as on the bill" in reasons  # what the bill check wrote, read back
    for path in files(db):
        assert found(path, COMMENT.encode(), b"KINGFISHER", NOTE.encode(), b"MAPLEWOOD",
                     b"same as on the bill", b"every number is on the bill") == [], path.name
    assert [c.body for c in store.comments.for_case(made.id)] == [COMMENT]
    assert NOTE in {v.note for v in store.verifications.for_case(made.id)}
    details = "\n".join(f"{e.title} {e.detail}" for e in timeline(store, made.id))
    assert COMMENT in details and NOTE in details and "same as on the bill" in details
    pending = [i for i in store.outbox.pending() if i.intent == "comment"]
    assert [store.comments.bodies([int(i.payload["comment_id"])]) for i in pending] == \
        [{int(pending[0].payload["comment_id"]): COMMENT}]
    assert store.audit.verify().ok
    store.close()


def test_a_comment_does_not_open_as_a_note(store: Store) -> None:
    sealed = store.box.seal_text("hello", b"comment")
    assert store.box.open_text(sealed, b"comment") == "hello"
    with pytest.raises(Exception, match="cannot be opened"):
        store.box.open_text(sealed, b"check note")


def _older_queue(db: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """A queue as PortDesk 0007 left it: comments and notes plain (audited as plain, so the
    audit log covers them as they are), an outbox comment carrying its text."""
    with monkeypatch.context() as m:
        m.setattr(SecretBox, "seal_text", lambda self, text, purpose: text)
        store = Store.open(f"sqlite:///{db}")
        made = store.cases.create(case(), "ana")
        assert made.id is not None
        on_platform(store, made.id)
        comment_id = intents.comment(store, made.id, COMMENT, "ana")
        verify_another_way(store, "ana", made.id, "account_name", "csr", NOTE)
        ported = store.cases.create(case(numbers=["+12125550199"]), "ana")
        assert ported.id is not None
        store.cases.change_status(ported.id, Status.PORTED, "platform", "ported", enforce=False)
        for name, _label, _hint in CHECKS:
            record_post_port(store, ported.id, name, True, DAY, "rings", "ana", today=DAY)
        assert store.audit.verify().ok
        store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE cases SET next_milestone='Verify routing' WHERE status='ported'")
        for table in ("comments", "verifications"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN sealed")
        conn.execute("UPDATE outbox SET payload=? WHERE intent='comment'",
                     (json.dumps({"body": COMMENT, "comment_id": comment_id}),))
        conn.execute("UPDATE alembic_version SET version_num='0007'")
    assert found(db, COMMENT.encode(), NOTE.encode()) or \
        found(files(db)[1], COMMENT.encode(), NOTE.encode())
    return made.id


def test_opening_an_older_queue_seals_its_comments_and_notes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.sqlite3"
    case_id = _older_queue(db, monkeypatch)
    store = Store.open(f"sqlite:///{db}")
    for path in files(db):
        assert found(path, COMMENT.encode(), b"KINGFISHER", NOTE.encode()) == [], path.name
    assert [c.body for c in store.comments.for_case(case_id)] == [COMMENT]
    assert [v.note for v in store.verifications.for_case(case_id)] == [NOTE]
    payloads = [i.payload for i in store.outbox.pending() if i.intent == "comment"]
    assert payloads and all("body" not in p for p in payloads)
    ported = store.queue.page(QueueQuery(statuses=("ported",))).rows
    assert [r.next_milestone for r in ported] == [""]  # its four checks passed: nothing next
    report = store.audit.verify()
    assert report.ok, report.problem
    assert store.audit.for_case(case_id)[-1].action == "case.updated"
    store.close()


def test_a_comment_edited_outside_portdesk_is_not_blessed_by_the_upgrade(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.sqlite3"
    _older_queue(db, monkeypatch)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE comments SET body='all fine, no PIN here'")
    store = Store.open(f"sqlite:///{db}")
    report = store.audit.verify()
    store.close()
    assert not report.ok and "comments" in report.problem
