"""Append-only, hash-chained audit log.

Each entry's hash covers its content and the previous entry's hash, so editing or deleting any past row
breaks the chain from that row on; `portdesk audit verify` walks it. The chain head lives in one row
that appenders lock (SELECT ... FOR UPDATE on PostgreSQL; SQLite serialises writers anyway).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from portdesk.store.schema import AuditHeadRow, AuditRow

GENESIS = "0" * 64
SECRET_FIELDS = frozenset({"pin", "pin_encrypted", "api_key"})
MASK = "****"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    case_id: int | None
    case_reference: str
    action: str
    changes: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    problem: str = ""


def mask_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Old and new values of secret fields never enter the log; only that they changed."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key in SECRET_FIELDS:
            out[key] = {"old": MASK, "new": MASK} if isinstance(value, dict) else MASK
        else:
            out[key] = value
    return out


def _digest(prev_hash: str, at: datetime, actor: str, case_id: int | None, ref: str, action: str,
            changes: dict[str, Any]) -> str:
    body = json.dumps(
        {"prev": prev_hash, "at": _iso(at), "actor": actor, "case_id": case_id, "ref": ref,
         "action": action, "changes": changes},
        sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _iso(at: datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def append(session: Session, *, actor: str, action: str, changes: dict[str, Any] | None = None,
           case_id: int | None = None, case_reference: str = "") -> None:
    """Add one entry inside the caller's transaction (so the entry and the change commit together)."""
    head = session.execute(
        select(AuditHeadRow).where(AuditHeadRow.id == 1).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = AuditHeadRow(id=1, last_id=0, last_hash=GENESIS)
        session.add(head)
        session.flush()
    at = datetime.now(UTC)
    clean = json.loads(json.dumps(mask_changes(changes or {}), default=str))
    digest = _digest(head.last_hash, at, actor, case_id, case_reference, action, clean)
    row = AuditRow(at=at, actor=actor, case_id=case_id, case_reference=case_reference,
                   action=action, changes=clean, prev_hash=head.last_hash, hash=digest)
    session.add(row)
    session.flush()
    head.last_id = row.id
    head.last_hash = digest


class AuditLog:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def append(self, *, actor: str, action: str, changes: dict[str, Any] | None = None,
               case_id: int | None = None, case_reference: str = "") -> None:
        with self._sessions.begin() as session:
            append(session, actor=actor, action=action, changes=changes, case_id=case_id,
                   case_reference=case_reference)

    def for_case(self, case_id: int) -> list[AuditEntry]:
        with self._sessions() as session:
            rows = session.scalars(
                select(AuditRow).where(AuditRow.case_id == case_id).order_by(AuditRow.id)
            )
            return [_entry(r) for r in rows]

    def iter_all(self, batch: int = 2000) -> Iterator[AuditEntry]:
        last = 0
        while True:
            with self._sessions() as session:
                rows = list(session.scalars(
                    select(AuditRow).where(AuditRow.id > last).order_by(AuditRow.id).limit(batch)
                ))
            if not rows:
                return
            for row in rows:
                yield _entry(row)
            last = rows[-1].id

    def verify(self, batch: int = 5000) -> ChainReport:
        """Recompute every hash in order; report the first row where the chain breaks."""
        prev, count, last_id = GENESIS, 0, 0
        while True:
            with self._sessions() as session:
                rows = list(session.scalars(
                    select(AuditRow).where(AuditRow.id > last_id).order_by(AuditRow.id).limit(batch)
                ))
                head = session.get(AuditHeadRow, 1)
            if not rows:
                break
            for row in rows:
                if row.prev_hash != prev:
                    return ChainReport(False, count, row.id,
                                       f"entry {row.id} does not follow entry {last_id} "
                                       "(an entry was removed or inserted)")
                expected = _digest(prev, row.at, row.actor, row.case_id, row.case_reference,
                                   row.action, row.changes)
                if expected != row.hash:
                    return ChainReport(False, count, row.id,
                                       f"entry {row.id} was altered after it was written")
                prev, last_id, count = row.hash, row.id, count + 1
        if head is not None and (head.last_hash != prev or head.last_id != last_id):
            return ChainReport(False, count, last_id or None,
                               "the newest entries were removed (chain head does not match)")
        return ChainReport(True, count)


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(row.id, row.at, row.actor, row.case_id, row.case_reference, row.action,
                      dict(row.changes or {}))


def append_many(session: Session, *, actor: str,
                entries: list[tuple[int | None, str, str, dict[str, Any]]]) -> None:
    """Append (case_id, reference, action, changes) entries in one go: bulk import."""
    from sqlalchemy import insert

    if not entries:
        return
    head = session.execute(
        select(AuditHeadRow).where(AuditHeadRow.id == 1).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = AuditHeadRow(id=1, last_id=0, last_hash=GENESIS)
        session.add(head)
        session.flush()
    prev = head.last_hash
    at = datetime.now(UTC)
    rows = []
    for case_id, ref, action, changes in entries:
        clean = json.loads(json.dumps(mask_changes(changes), default=str))
        digest = _digest(prev, at, actor, case_id, ref, action, clean)
        rows.append({"at": at, "actor": actor, "case_id": case_id,
                     "case_reference": ref, "action": action, "changes": clean,
                     "prev_hash": prev, "hash": digest})
        prev = digest
    session.connection().execute(insert(AuditRow.__table__), rows)  # type: ignore[arg-type]
    head.last_id = int(session.scalar(select(func.max(AuditRow.id))) or 0)
    head.last_hash = prev
