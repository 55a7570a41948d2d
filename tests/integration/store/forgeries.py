"""A forger's toolkit for tampering with a PortDesk database behind its back (the forgeries
themselves are in forgery_kinds.py).

The forger has the database file (or a PostgreSQL login) and knows how PortDesk works (the
source is public), so before tampering they drop the append-only triggers and the unique index.
They do not have the secrets key, except in the "stolen key" forgeries, which also rewrite the
workstation's anchor: only a checkpoint kept elsewhere catches those. Shared by the tamper tests
(tests/integration/store/test_audit_forgeries.py) and the benchmark that prints the table.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, text, update

from portdesk.domain.lifecycle import Status
from portdesk.store import checkpoint
from portdesk.store.anchors import Anchor, MemoryAnchors
from portdesk.store.audit import entry_body, legacy_digest
from portdesk.store.schema import (
    AuditHeadRow,
    AuditRow,
    CaseRow,
)
from portdesk.store.secrets import SecretBox
from portdesk.store.store import Store
from tests.helpers import case

KEY = b"x4l0DLJCh0hD7mwlzJhM3d2MLd9eMz5d9uYq2lQ3s3Q="
AUDIT, HEAD = AuditRow.__table__, AuditHeadRow.__table__
GUARDS = {"sqlite": ["DROP TRIGGER IF EXISTS audit_log_no_update",
                     "DROP TRIGGER IF EXISTS audit_log_no_delete",
                     "DROP TRIGGER IF EXISTS audit_head_no_delete",
                     "DROP TRIGGER IF EXISTS audit_head_forward_only",
                     "DROP INDEX IF EXISTS uq_audit_log_seq"],
          "postgresql": ["DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log",
                         "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
                         "DROP TRIGGER IF EXISTS audit_head_no_delete ON audit_head",
                         "DROP TRIGGER IF EXISTS audit_head_no_truncate ON audit_head",
                         "DROP TRIGGER IF EXISTS audit_head_forward_only ON audit_head",
                         "DROP INDEX IF EXISTS uq_audit_log_seq"]}


def fixed_box() -> SecretBox:
    return SecretBox(KEY, "a test key")


@dataclass
class Template:
    """A queue of 32 cases with a history, and what the forger saw along the way."""

    anchors: dict[str, Anchor]
    checkpoint_file: Path
    old_log: list[dict[str, Any]] = field(default_factory=list)  # the log before the last changes
    old_head: dict[str, Any] = field(default_factory=dict)
    old_case: dict[str, Any] = field(default_factory=dict)  # a case row before its last edit
    cases: int = 0

    def anchor_book(self) -> MemoryAnchors:
        book = MemoryAnchors()
        book.book = dict(self.anchors)
        return book


def build(url: str, workdir: Path) -> Template:
    """Fill the queue at `url` through PortDesk, noting old copies a forger could keep."""
    anchors = MemoryAnchors()
    store = Store.open(url, box=fixed_box(), anchors=anchors)
    try:
        template = _fill(store, workdir)
        template.anchors = dict(anchors.book)
    finally:
        store.close()
    return template


def _fill(store: Store, workdir: Path) -> Template:
    made = []
    for i in range(32):
        made.append(store.cases.create(case(
            account_name=f"Customer {i} LLC", account_number=f"AC-{i:05d}",
            pin=f"{4821 + i}", numbers=[f"212-555-01{i:02d}"], btn=f"212-555-01{i:02d}"), "ana"))
    ids = [c.id for c in made if c.id is not None]
    for cid in ids[:10]:
        store.cases.change_status(cid, Status.AWAITING_SIGNATURE, "ana", "LOA sent")
    for cid in ids[:5]:
        store.cases.change_status(cid, Status.SUBMITTED, "ben", "signed")
    for cid in ids[10:18]:
        current = store.cases.get(cid)
        store.cases.update(replace(current, notes="call before noon", assignee="ben"), "ben")
    for cid in ids[18:23]:
        store.comments.add(cid, "ana", f"customer called about case {cid}")
    for cid in ids[23:26]:
        store.documents.add(cid, "bill", "bill.pdf", b"%PDF-1.4 bill of " + str(cid).encode(),
                            "ana")
    store.verifications.record(ids[26], "account_name", "exact", "bill", "as on the bill", "ana")
    old_log, old_head = _log(store), _head(store)
    old_case = _case_row(store, ids[12])
    for cid in ids[12:14]:
        current = store.cases.get(cid)
        store.cases.update(replace(current, notes="moved to Friday"), "ana")
    store.cases.change_status(ids[0], Status.AT_CARRIER, "sync", "platform: submitted",
                              enforce=False)
    path = workdir / "checkpoint.json"
    report = store.audit.verify()
    assert report.ok, report.problem
    checkpoint.write(path, checkpoint.make(store.box, store.sealer.database_id, report,
                                           store.audit.chain_end()))
    return Template({}, path, old_log, old_head, old_case, len(ids))


def _log(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(AUDIT).order_by(AUDIT.c.id))]


def _head(store: Store) -> dict[str, Any]:
    with store.engine.connect() as conn:
        return dict(conn.execute(select(HEAD)).one()._mapping)


def _case_row(store: Store, case_id: int) -> dict[str, Any]:
    table = CaseRow.__table__
    with store.engine.connect() as conn:
        return dict(conn.execute(select(table).where(table.c.id == case_id)).one()._mapping)


# -- helpers a forger uses ------------------------------------------------------------------------
def drop_guards(conn: Connection) -> None:
    for statement in GUARDS[conn.dialect.name]:
        conn.exec_driver_sql(statement)


def _entries(conn: Connection) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(select(AUDIT).order_by(AUDIT.c.id))]


def _mid(conn: Connection) -> dict[str, Any]:
    rows = _entries(conn)
    return rows[len(rows) // 2]


def _last(conn: Connection) -> dict[str, Any]:
    return _entries(conn)[-1]


def _set(conn: Connection, entry_id: int, **values: Any) -> None:
    conn.execute(update(AUDIT).where(AUDIT.c.id == entry_id).values(**values))


def _rewrite_from(conn: Connection, start_id: int, seal: Callable[[dict[str, Any], str], str],
                  database_id: str = "") -> None:
    """Recompute every hash from `start_id` on with `seal`, and the head: a forger's chain."""
    rows = _entries(conn)
    prev = next((r["hash"] for r in reversed(rows) if r["id"] < start_id), "0" * 64)
    for row in rows:
        if row["id"] < start_id:
            continue
        new = seal({**row, "prev_hash": prev}, database_id)
        _set(conn, row["id"], prev_hash=prev, hash=new)
        prev = new
    conn.execute(update(HEAD).values(last_hash=prev, seal=hashlib.sha256(prev.encode())
                                     .hexdigest()))


def _unkeyed(row: dict[str, Any], _db: str) -> str:
    return legacy_digest(row["prev_hash"], row["at"], row["actor"], row["case_id"],
                         row["case_reference"], row["action"], row["changes"])


def _guessed_key(row: dict[str, Any], db: str) -> str:
    body = entry_body(db, row["seq"], row["prev_hash"], row["at"], row["actor"], row["case_id"],
                      row["case_reference"], row["action"], row["changes"], row["state"])
    return hmac.new(b"portdesk", body, hashlib.sha256).hexdigest()


def _database_id(conn: Connection) -> str:
    return str(conn.execute(text("SELECT value FROM sync_state WHERE key = 'database.id'"))
               .scalar() or "")


def _case_with(conn: Connection, table: Any) -> int:
    return int(conn.execute(select(func.min(table.c.case_id))).scalar() or 0)


# -- the forgeries --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Forgery:
    name: str
    group: str
    expect: str  # the kind of break audit verify should name
    apply: Callable[[Connection, Template], None]
    needs_checkpoint: bool = False
    stolen_key: bool = False
    within_reach: bool = True  # False: no defence here can catch it (said so in the table)


FORGERIES: list[Forgery] = []


def forgery(name: str, group: str, expect: str, **kw: bool
            ) -> Callable[[Callable[[Connection, Template], None]],
                          Callable[[Connection, Template], None]]:
    def register(fn: Callable[[Connection, Template], None]
                 ) -> Callable[[Connection, Template], None]:
        FORGERIES.append(Forgery(name, group, expect, fn, **kw))
        return fn
    return register


def verify_forged(url: str, t: Template, f: Forgery) -> tuple[bool, set[str], str]:
    """Apply `f` as a forger would, then open PortDesk and verify: (caught, kinds, message)."""
    from sqlalchemy import create_engine

    t = replace(t)  # the forgery may move the anchors: on this copy only
    forger = create_engine(url)
    try:
        with forger.begin() as conn:
            drop_guards(conn)
            f.apply(conn, t)
    finally:
        forger.dispose()
    store = Store.open(url, box=fixed_box(), anchors=t.anchor_book())
    try:
        claim = checkpoint.read(t.checkpoint_file, store.box) if f.needs_checkpoint else None
        report = store.audit.verify(claim)
    finally:
        store.close()
    return (not report.ok, {x.kind for x in report.findings},
            "; ".join(x.message for x in report.findings[:3]))


def copy_sqlite(src: Path, dst: Path) -> str:
    """A copy of a closed SQLite queue (its WAL was checkpointed when the last user closed it)."""
    import shutil

    shutil.copyfile(src, dst)
    for suffix in ("-wal", "-shm"):
        extra = src.with_name(src.name + suffix)
        if extra.exists():
            shutil.copyfile(extra, dst.with_name(dst.name + suffix))
    return f"sqlite:///{dst}"
