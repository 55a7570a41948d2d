"""What a migration cannot do because it has no key: sealing what an older PortDesk left plain.

Run each time the store opens; a queue marked settled (store/at_rest.py) is not scanned at all.
- Documents stored plain (before revision 0003) are sealed with the secrets key, then the plain
  copies are wiped from free pages and the WAL (SQLite: checkpoint + VACUUM; PostgreSQL: VACUUM
  FULL of the tables concerned).
- Comments and check notes stored plain (before revision 0008) are sealed the same way; each case
  whose comments or checks were sealed gets an audit entry covering it as it now stands.
- An audit log from before revision 0004 (unkeyed hashes) gets one sealed entry that records how
  many old entries there were and the last one's hash (so they cannot be rewritten unseen from
  now on), and one "case.baseline" entry per case, covering each case as it stands.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from portdesk.domain.errors import PortDeskError
from portdesk.store import at_rest, audit
from portdesk.store.audit import GENESIS, SYSTEM_ACTOR, legacy_digest
from portdesk.store.audit_state import case_states
from portdesk.store.documents import COMMENT, NOTE, seal_note
from portdesk.store.engine import writer
from portdesk.store.schema import (
    AuditRow,
    CaseRow,
    CommentRow,
    DocumentRow,
    SyncStateRow,
    VerificationRow,
)

if TYPE_CHECKING:
    from portdesk.store.store import Store

log = logging.getLogger(__name__)
UPGRADE_PENDING = at_rest.AUDIT_PENDING
BATCH = 50
NOTE_BATCH = 500
_NOTES = ((CommentRow, CommentRow.body, COMMENT), (VerificationRow, VerificationRow.note, NOTE))


def upgrade_on_open(store: Store) -> None:
    """Only when an older PortDesk (or a start cut short) left work to do: a settled queue costs
    one read, so opening a queue to read it never scans it nor waits for the write lock."""
    if at_rest.settled(_marks(store)):
        return
    with store.sessions() as session:
        plain = session.scalar(select(DocumentRow.id).where(DocumentRow.sealed.is_(False))
                               .limit(1))
        notes = any(session.scalar(select(model.id).where(model.sealed.is_(False)).limit(1))
                    is not None for model, _column, _purpose in _NOTES)
    try:
        if plain is not None:
            seal_plain_documents(store)
        if notes:
            seal_plain_notes(store)
    except PortDeskError as exc:  # a desk without this queue's key seals nothing (it says so)
        log.warning("plain data an older PortDesk left waits for a desk with this queue's key: "
                    "%s", exc)
        return
    marks = _marks(store)
    if at_rest.WIPE_PENDING in marks and not _wiped(store):
        return
    if at_rest.AUDIT_PENDING in marks:
        key_legacy_log(store)
    try:
        _mark(store, at_rest.CHECKED, at_rest.stamp())
    except (PortDeskError, SQLAlchemyError) as exc:  # a read-only or busy file: next time
        log.info("the queue's at-rest check is not recorded yet: %s", type(exc).__name__)


def _marks(store: Store) -> dict[str, str]:
    with store.sessions() as session:
        rows = session.execute(select(SyncStateRow.key, SyncStateRow.value)
                               .where(SyncStateRow.key.in_(at_rest.KEYS))).all()
    return {key: value for key, value in rows}


def _mark(store: Store, key: str, value: str | None) -> None:
    """A mark of the upgrade's own (no secret, no case): written without the key check."""
    with writer(store.engine).begin() as conn:
        conn.execute(delete(SyncStateRow).where(SyncStateRow.key == key))
        if value is not None:
            conn.execute(insert(SyncStateRow).values(key=key, value=value))


def _wiped(store: Store) -> bool:
    """Wipe the plain copies; a queue busy now keeps its mark and is wiped at the next start."""
    try:
        wipe_free_pages(store.engine)
    except PortDeskError as exc:
        log.warning("the plain copies an older PortDesk left are not wiped yet (%s); the next "
                    "start wipes them", exc)
        return False
    _mark(store, at_rest.WIPE_PENDING, None)
    return True


def _wipe_pending(session: Session) -> None:
    """In the transaction that seals: its plain copies are wiped later, even after a crash."""
    if session.get(SyncStateRow, at_rest.WIPE_PENDING) is None:
        session.add(SyncStateRow(key=at_rest.WIPE_PENDING, value="1"))


def seal_plain_documents(store: Store) -> int:
    sealed = 0
    while True:
        with store.sessions.begin() as session:
            rows = session.execute(select(DocumentRow.id, DocumentRow.content)
                                   .where(DocumentRow.sealed.is_(False)).limit(BATCH)).all()
            for doc_id, content in rows:
                session.execute(update(DocumentRow).where(DocumentRow.id == doc_id)
                                .values(content=store.box.seal(bytes(content)), sealed=True))
            if rows:
                _wipe_pending(session)
        if not rows:
            break
        sealed += len(rows)
    if sealed:
        log.info("sealed %d document(s) stored plain by an older PortDesk", sealed)
    return sealed


def seal_plain_notes(store: Store) -> int:
    """Comments and check notes an older PortDesk kept plain, sealed; their cases audited.

    The audit state covers the stored text, so each case's newest entry must cover the sealed
    text: a case that still matched its newest entry gets one. A case that did not (its comments
    were edited outside PortDesk) gets none, so `audit verify` still names it."""
    sealed = 0
    for model, column, purpose in _NOTES:
        while True:
            with store.sessions.begin() as session:
                rows = session.execute(select(model.id, model.case_id, column)
                                       .where(model.sealed.is_(False)).limit(NOTE_BATCH)).all()
                intact = _intact_cases(session, {case_id for _id, case_id, _text in rows})
                for row_id, case_id, text in rows:
                    session.execute(update(model).where(model.id == row_id)
                                    .values({column: seal_note(store.box, text or "", purpose),
                                             model.sealed: True})
                                    .execution_options(synchronize_session=False))
                    if case_id in intact:
                        audit.touch(session, case_id, (model.__tablename__,))
                if rows:
                    _wipe_pending(session)
            if not rows:
                break
            sealed += len(rows)
    if sealed:
        log.info("sealed %d comment(s) and check note(s) stored plain by an older PortDesk",
                 sealed)
    return sealed


def _intact_cases(session: Session, case_ids: set[int]) -> set[int]:
    states = case_states(session, case_ids)
    latest = audit.latest_states(session, sorted(case_ids))
    return {cid for cid, state in states.items() if latest.get(cid) == state}


def wipe_free_pages(engine: Engine) -> None:
    """No plain copy left behind in free pages or the write-ahead log."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        elif engine.dialect.name == "postgresql":
            conn.exec_driver_sql("VACUUM FULL documents, comments, verifications, outbox")


def key_legacy_log(store: Store) -> None:
    with store.sessions.begin() as session:
        marker = session.get(SyncStateRow, UPGRADE_PENDING)
        if marker is None:
            return
        session.delete(marker)
        identity = store.sealer.database_id
        if identity and store.sealer.anchors.read(identity).anchor is not None:
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
