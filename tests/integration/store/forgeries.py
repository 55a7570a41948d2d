"""A forger's toolkit: ways to tamper with a PortDesk database behind its back.

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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, text, update

from portdesk.domain.lifecycle import Status
from portdesk.store import checkpoint
from portdesk.store.anchors import Anchor, MemoryAnchors
from portdesk.store.audit import entry_body, legacy_digest
from portdesk.store.schema import (
    AuditHeadRow,
    AuditRow,
    CaseRow,
    CommentRow,
    DocumentRow,
    NumberRow,
    StatusChangeRow,
    VerificationRow,
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


@forgery("alter an entry's action", "entries", "altered")
def _f1(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], action="case.viewed")


@forgery("alter an entry's changes", "entries", "altered")
def _f2(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], changes={})


@forgery("alter an entry's actor", "entries", "altered")
def _f3(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], actor="mallory")


@forgery("alter an entry's time", "entries", "altered")
def _f4(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], at=datetime(2020, 1, 1, tzinfo=UTC))


@forgery("alter an entry's case reference", "entries", "altered")
def _f5(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], case_reference="PD-999999")


@forgery("move an entry to another case", "entries", "altered")
def _f6(c: Connection, t: Template) -> None:
    row = _mid(c)
    _set(c, row["id"], case_id=(row["case_id"] or 0) + 1)


@forgery("alter an entry's seal only", "entries", "altered")
def _f7(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], hash="f" * 64)


@forgery("alter an entry's link to the previous one", "entries", "altered")
def _f8(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], prev_hash="0" * 64)


@forgery("alter an entry's state digest", "entries", "altered")
def _f9(c: Connection, t: Template) -> None:
    row = next(r for r in _entries(c) if r["state"])
    _set(c, row["id"], state=row["state"][::-1])


@forgery("delete an entry in the middle", "entries", "removed")
def _f10(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT).where(AUDIT.c.id == _mid(c)["id"]))


@forgery("delete the first entry", "entries", "removed")
def _f11(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT).where(AUDIT.c.id == _entries(c)[0]["id"]))


@forgery("insert a forged entry (copying a real one)", "entries", "inserted")
def _f12(c: Connection, t: Template) -> None:
    row = {k: v for k, v in _mid(c).items() if k != "id"}
    c.execute(insert(AUDIT).values(**{**row, "action": "case.viewed"}))


@forgery("insert an exact copy of an entry", "entries", "inserted")
def _f13(c: Connection, t: Template) -> None:
    c.execute(insert(AUDIT).values(**{k: v for k, v in _mid(c).items() if k != "id"}))


@forgery("append a forged entry and move the head", "entries", "inserted")
def _f14(c: Connection, t: Template) -> None:
    last = _last(c)
    row = {k: v for k, v in last.items() if k != "id"}
    row.update(seq=last["seq"] + 1, prev_hash=last["hash"], action="case.edited")
    row["hash"] = _unkeyed(row, "")
    c.execute(insert(AUDIT).values(**row))
    c.execute(update(HEAD).values(last_seq=row["seq"], last_hash=row["hash"]))


@forgery("swap two entries", "entries", "reordered")
def _f15(c: Connection, t: Template) -> None:
    rows = _entries(c)
    a, b = rows[10], rows[20]
    _set(c, a["id"], **{k: v for k, v in b.items() if k != "id"})
    _set(c, b["id"], **{k: v for k, v in a.items() if k != "id"})


@forgery("truncate the tail (head left as it was)", "truncation", "truncated")
def _f16(c: Connection, t: Template) -> None:
    cut = _entries(c)[-3]["id"]
    c.execute(delete(AUDIT).where(AUDIT.c.id >= cut))


@forgery("truncate the tail and move the head back", "truncation", "head")
def _f17(c: Connection, t: Template) -> None:
    rows = _entries(c)
    c.execute(delete(AUDIT).where(AUDIT.c.id >= rows[-3]["id"]))
    keep = rows[-4]
    c.execute(update(HEAD).values(last_id=keep["id"], last_seq=keep["seq"],
                                  last_hash=keep["hash"]))


@forgery("truncate the tail and delete the head", "truncation", "head")
def _f18(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT).where(AUDIT.c.id >= _entries(c)[-3]["id"]))
    c.execute(delete(HEAD))


@forgery("restore an older copy of the log and head", "truncation", "truncated")
def _f19(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT))
    c.execute(insert(AUDIT), t.old_log)
    c.execute(delete(HEAD))
    c.execute(insert(HEAD).values(**t.old_head))


@forgery("replace the head with a forged one", "chain", "head")
def _f20(c: Connection, t: Template) -> None:
    mid = _mid(c)
    c.execute(update(HEAD).values(last_id=mid["id"], last_seq=mid["seq"],
                                  last_hash=mid["hash"]))


@forgery("alter an entry, recompute the chain unkeyed", "chain", "altered")
def _f21(c: Connection, t: Template) -> None:
    mid = _mid(c)
    _set(c, mid["id"], actor="mallory")
    _rewrite_from(c, mid["id"], _unkeyed)


@forgery("alter an entry, recompute the chain with a guessed key", "chain", "altered")
def _f22(c: Connection, t: Template) -> None:
    mid = _mid(c)
    _set(c, mid["id"], actor="mallory")
    _rewrite_from(c, mid["id"], _guessed_key, _database_id(c))


@forgery("delete an entry, recompute the chain unkeyed", "chain", "altered")
def _f23(c: Connection, t: Template) -> None:
    mid = _mid(c)
    c.execute(delete(AUDIT).where(AUDIT.c.id == mid["id"]))
    _rewrite_from(c, mid["id"], _unkeyed)


@forgery("insert an entry, recompute the chain unkeyed", "chain", "inserted")
def _f24(c: Connection, t: Template) -> None:
    rows = _entries(c)
    tail = [r for r in rows if r["id"] >= rows[len(rows) // 2]["id"]]
    c.execute(delete(AUDIT).where(AUDIT.c.id >= tail[0]["id"]))
    forged = {**{k: v for k, v in tail[0].items() if k != "id"}, "action": "case.viewed"}
    c.execute(insert(AUDIT).values(**forged))
    for r in tail:
        c.execute(insert(AUDIT).values(**{k: v for k, v in r.items() if k != "id"}))
    _rewrite_from(c, tail[0]["id"], _unkeyed)


@forgery("edit a case row and the entry covering it, recompute unkeyed", "chain", "altered")
def _f25(c: Connection, t: Template) -> None:
    row = _last(c)
    c.execute(update(CaseRow.__table__).where(CaseRow.id == row["case_id"])
              .values(account_number="AC-FORGED"))
    _set(c, row["id"], state="0" * 149)
    _rewrite_from(c, row["id"], _unkeyed)


@forgery("truncate the tail, recompute the head unkeyed", "chain", "head")
def _f26(c: Connection, t: Template) -> None:
    rows = _entries(c)
    c.execute(delete(AUDIT).where(AUDIT.c.id >= rows[-3]["id"]))
    _rewrite_from(c, rows[-4]["id"], _unkeyed)
    keep = rows[-4]
    c.execute(update(HEAD).values(last_id=keep["id"], last_seq=keep["seq"]))


@forgery("wipe the log", "wipe", "wiped")
def _f27(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT))


@forgery("wipe the head", "wipe", "head")
def _f28(c: Connection, t: Template) -> None:
    c.execute(delete(HEAD))


@forgery("wipe both audit tables", "wipe", "wiped")
def _f29(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT))
    c.execute(delete(HEAD))


@forgery("wipe both tables and the database identity", "wipe", "identity")
def _f30(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT))
    c.execute(delete(HEAD))
    c.exec_driver_sql("DELETE FROM sync_state WHERE key = 'database.id'")


@forgery("wipe both tables and plant the upgrade marker (to re-baseline)", "wipe", "wiped")
def _f31(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT))
    c.execute(delete(HEAD))
    c.exec_driver_sql("INSERT INTO sync_state (key, value) VALUES ('audit.upgrade_pending', '1')")


@forgery("edit a case's account number", "cases", "case_row")
def _f32(c: Connection, t: Template) -> None:
    c.execute(update(CaseRow.__table__).where(CaseRow.id == 3).values(account_number="AC-X"))


@forgery("edit a case's status", "cases", "case_row")
def _f33(c: Connection, t: Template) -> None:
    c.execute(update(CaseRow.__table__).where(CaseRow.id == 20).values(status="ported"))


@forgery("edit a case row and bump its version", "cases", "case_row")
def _f34(c: Connection, t: Template) -> None:
    c.execute(update(CaseRow.__table__).where(CaseRow.id == 4)
              .values(assignee="mallory", version=CaseRow.version + 1))


@forgery("swap two cases' PIN ciphertexts", "cases", "case_row")
def _f35(c: Connection, t: Template) -> None:
    table = CaseRow.__table__
    a, b = (c.execute(select(table.c.pin_encrypted).where(table.c.id == i)).scalar()
            for i in (5, 6))
    c.execute(update(table).where(table.c.id == 5).values(pin_encrypted=b))
    c.execute(update(table).where(table.c.id == 6).values(pin_encrypted=a))


@forgery("change a case's reference", "cases", "case_row")
def _f36(c: Connection, t: Template) -> None:
    c.execute(update(CaseRow.__table__).where(CaseRow.id == 7).values(reference="PD-777777"))


@forgery("roll a case row back to an older copy", "cases", "case_row")
def _f37(c: Connection, t: Template) -> None:
    table = CaseRow.__table__
    c.execute(update(table).where(table.c.id == t.old_case["id"]).values(
        **{k: v for k, v in t.old_case.items() if k != "id"}))


@forgery("edit a number", "cases", "case_numbers")
def _f38(c: Connection, t: Template) -> None:
    c.execute(update(NumberRow.__table__).where(NumberRow.case_id == 8)
              .values(e164="+12125550199"))


@forgery("add a number to a case", "cases", "case_numbers")
def _f39(c: Connection, t: Template) -> None:
    c.execute(insert(NumberRow.__table__).values(case_id=9, position=5, e164="+13125550150",
                                                 kind="fixed", country="US", status="pending"))


@forgery("delete a number", "cases", "case_numbers")
def _f40(c: Connection, t: Template) -> None:
    c.execute(delete(NumberRow.__table__).where(NumberRow.case_id == 10))


@forgery("mark a number ported", "cases", "case_numbers")
def _f41(c: Connection, t: Template) -> None:
    c.execute(update(NumberRow.__table__).where(NumberRow.case_id == 11).values(status="ported"))


@forgery("edit a status change's reason", "history", "case_history")
def _f42(c: Connection, t: Template) -> None:
    table = StatusChangeRow.__table__
    first = c.execute(select(func.max(table.c.id)).where(table.c.case_id == 2)).scalar()
    c.execute(update(table).where(table.c.id == first).values(reason="customer asked"))


@forgery("delete a status change", "history", "case_history")
def _f43(c: Connection, t: Template) -> None:
    table = StatusChangeRow.__table__
    last = c.execute(select(func.max(table.c.id)).where(table.c.case_id == 3)).scalar()
    c.execute(delete(table).where(table.c.id == last))


@forgery("insert a status change", "history", "case_history")
def _f44(c: Connection, t: Template) -> None:
    c.execute(insert(StatusChangeRow.__table__).values(
        case_id=30, from_status="draft", to_status="submitted", actor="mallory",
        at=datetime(2026, 1, 5, tzinfo=UTC), reason="backdated"))


@forgery("insert a whole case", "cases", "case_added")
def _f45(c: Connection, t: Template) -> None:
    table = CaseRow.__table__
    row = dict(c.execute(select(table).where(table.c.id == 31)).one()._mapping)
    row.update(id=None, reference="PD-900001", account_name="Ghost Co")
    row.pop("id")
    c.execute(insert(table).values(**row))


@forgery("delete a case", "cases", "case_deleted")
def _f46(c: Connection, t: Template) -> None:
    for table in (NumberRow.__table__, StatusChangeRow.__table__):
        c.execute(delete(table).where(table.c.case_id == 29))
    c.execute(delete(CaseRow.__table__).where(CaseRow.id == 29))


@forgery("edit a comment", "records", "case_comments")
def _f47(c: Connection, t: Template) -> None:
    c.execute(update(CommentRow.__table__).where(
        CommentRow.case_id == _case_with(c, CommentRow.__table__)).values(body="all fine"))


@forgery("delete a document", "records", "case_documents")
def _f48(c: Connection, t: Template) -> None:
    c.execute(delete(DocumentRow.__table__).where(
        DocumentRow.case_id == _case_with(c, DocumentRow.__table__)))


@forgery("swap a document's sealed content for another's", "records", "document")
def _f49(c: Connection, t: Template) -> None:
    table = DocumentRow.__table__
    first, second = (r.content for r in c.execute(select(table.c.content)
                                                  .order_by(table.c.id).limit(2)))
    low = c.execute(select(func.min(table.c.id))).scalar()
    c.execute(update(table).where(table.c.id == low).values(content=second))
    assert first != second


@forgery("edit a field verification", "records", "case_verifications")
def _f50(c: Connection, t: Template) -> None:
    c.execute(update(VerificationRow.__table__).values(verdict="mismatch"))


def _reseal_with_stolen_key(c: Connection, t: Template) -> Anchor:
    """A forger holding the workstation's key: alter an entry and reseal everything after it."""
    box, db = fixed_box(), _database_id(c)
    mid = _mid(c)
    _set(c, mid["id"], actor="mallory")

    def seal(row: dict[str, Any], _db: str) -> str:
        return box.audit_seal(entry_body(db, row["seq"], row["prev_hash"], row["at"],
                                         row["actor"], row["case_id"], row["case_reference"],
                                         row["action"], row["changes"], row["state"]))
    _rewrite_from(c, mid["id"], seal)
    last = _last(c)
    c.execute(update(HEAD).values(seal=box.audit_seal(
        f"head|{db}|{last['seq']}|{last['hash']}".encode())))
    return Anchor(last["seq"], last["hash"])


@forgery("stolen key: alter, reseal the chain, move the anchor (checkpoint kept)",
         "stolen key", "rewritten", needs_checkpoint=True, stolen_key=True)
def _f51(c: Connection, t: Template) -> None:
    anchor = _reseal_with_stolen_key(c, t)
    t.anchors = {k: anchor for k in t.anchors}


@forgery("stolen key: alter, reseal the chain, move the anchor (no checkpoint)",
         "stolen key", "rewritten", stolen_key=True, within_reach=False)
def _f52(c: Connection, t: Template) -> None:
    anchor = _reseal_with_stolen_key(c, t)
    t.anchors = {k: anchor for k in t.anchors}


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
