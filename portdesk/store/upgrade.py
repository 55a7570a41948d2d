"""What a migration cannot do because it has no key: sealing what an older PortDesk left plain.

Run each time the store opens; each step is quick when there is nothing to do.
- Documents stored plain (before revision 0003) are sealed with the secrets key, then the plain
  copies are wiped from free pages and the WAL (SQLite: checkpoint + VACUUM; PostgreSQL: VACUUM
  FULL of the documents table).
- An audit log from before revision 0004 (unkeyed hashes) gets one sealed entry that records how
  many old entries there were and the last one's hash (so they cannot be rewritten unseen from
  now on), and one "case.baseline" entry per case, covering each case as it stands.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from portdesk.store import audit
from portdesk.store.audit import GENESIS, SYSTEM_ACTOR, legacy_digest
from portdesk.store.schema import AuditRow, CaseRow, DocumentRow, SyncStateRow

if TYPE_CHECKING:
    from portdesk.store.store import Store

log = logging.getLogger(__name__)
UPGRADE_PENDING = "audit.upgrade_pending"
BATCH = 50


def upgrade_on_open(store: Store) -> None:
    """Only when an older PortDesk left work to do: the check is a read, so opening a queue to
    read it never waits for the write lock."""
    with store.sessions() as session:
        plain = session.scalar(select(DocumentRow.id).where(DocumentRow.sealed.is_(False))
                               .limit(1))
        marked = session.get(SyncStateRow, UPGRADE_PENDING)
    if plain is not None and seal_plain_documents(store):
        wipe_free_pages(store.engine)
    if marked is not None:
        key_legacy_log(store)


def seal_plain_documents(store: Store) -> int:
    sealed = 0
    while True:
        with store.sessions.begin() as session:
            rows = session.execute(select(DocumentRow.id, DocumentRow.content)
                                   .where(DocumentRow.sealed.is_(False)).limit(BATCH)).all()
            for doc_id, content in rows:
                session.execute(update(DocumentRow).where(DocumentRow.id == doc_id)
                                .values(content=store.box.seal(bytes(content)), sealed=True))
        if not rows:
            break
        sealed += len(rows)
    if sealed:
        log.info("sealed %d document(s) stored plain by an older PortDesk", sealed)
    return sealed


def wipe_free_pages(engine: Engine) -> None:
    """No plain copy left behind in free pages or the write-ahead log."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        elif engine.dialect.name == "postgresql":
            conn.exec_driver_sql("VACUUM FULL documents")


def key_legacy_log(store: Store) -> None:
    with store.sessions.begin() as session:
        marker = session.get(SyncStateRow, UPGRADE_PENDING)
        if marker is None:
            return
        session.delete(marker)
        identity = store.sealer.database_id
        if identity and store.sealer.anchors.get(identity) is not None:
            log.warning("an audit upgrade was asked for a log this workstation has sealed "
                        "before; refused (audit verify will say what changed)")
            return
        count, head, problem = legacy_summary(session)
        audit.append(session, actor=SYSTEM_ACTOR, action="audit.keyed",
                     changes={"legacy_entries": count, "legacy_head": head,
                              "legacy_problem": problem})
        cases = session.execute(select(CaseRow.id, CaseRow.reference).order_by(CaseRow.id))
        for case_id, ref in cases:
            audit.append(session, actor=SYSTEM_ACTOR, action="case.baseline", case_id=case_id,
                         case_reference=ref)


def legacy_summary(session: Session) -> tuple[int, str, str]:
    """How many unkeyed entries, the last one's hash, and the first break found among them."""
    count, prev, problem = 0, GENESIS, ""
    for row in session.scalars(select(AuditRow).where(AuditRow.scheme == 1)
                               .order_by(AuditRow.id)).yield_per(2000):
        expected = legacy_digest(prev, row.at, row.actor, row.case_id, row.case_reference,
                                 row.action, dict(row.changes or {}))
        if not problem and (row.prev_hash != prev or expected != row.hash):
            problem = f"entry {row.id} was altered, inserted or removed before the upgrade"
        count, prev = count + 1, row.hash
    return count, prev, problem
