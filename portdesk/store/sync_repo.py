"""The outbox and the sync cursor: what PortDesk still owes the platform, and how far it has read.

Intents are enqueued in the caller's session, so they commit with the local change they describe;
a `dedupe_key` makes enqueueing the same intent twice a no-op.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from portdesk.store.schema import CaseRow, OutboxRow, SyncStateRow


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    case_id: int
    intent: str
    payload: dict[str, Any]
    attempts: int


class SyncRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def enqueue(self, session: Session, case_id: int, intent: str, dedupe_key: str,
                payload: dict[str, Any] | None = None) -> bool:
        exists = session.scalar(select(OutboxRow.id).where(OutboxRow.dedupe_key == dedupe_key))
        if exists is not None:
            return False
        session.add(OutboxRow(case_id=case_id, intent=intent, payload=payload or {},
                              dedupe_key=dedupe_key, state="pending", attempts=0,
                              created_at=datetime.now(UTC)))
        session.execute(update(CaseRow).where(CaseRow.id == case_id)
                        .values(sync_state="pending", sync_error=""))
        return True

    def pending(self, limit: int = 500) -> list[OutboxItem]:
        with self._sessions() as session:
            rows = session.scalars(select(OutboxRow).where(OutboxRow.state == "pending")
                                   .order_by(OutboxRow.id).limit(limit))
            return [OutboxItem(r.id, r.case_id, r.intent, dict(r.payload or {}), r.attempts)
                    for r in rows]

    def pending_count(self) -> int:
        with self._sessions() as session:
            return int(session.scalar(select(func.count()).select_from(OutboxRow)
                                      .where(OutboxRow.state == "pending")) or 0)

    def mark_done(self, item_id: int, case_values: dict[str, Any] | None = None) -> None:
        """Done, and in the same transaction what the platform answered (order id, status)."""
        with self._sessions.begin() as session:
            row = session.get(OutboxRow, item_id)
            if row is None:
                return
            row.state, row.done_at, row.last_error = "done", datetime.now(UTC), ""
            row.attempts += 1
            session.flush()
            left = session.scalar(select(func.count()).select_from(OutboxRow).where(
                OutboxRow.case_id == row.case_id, OutboxRow.state == "pending"))
            values = dict(case_values or {})
            values.setdefault("sync_state", "pending" if left else "synced")
            values.setdefault("sync_error", "")
            session.execute(update(CaseRow).where(CaseRow.id == row.case_id).values(**values))

    def mark_failed(self, item_id: int, error: str, final: bool = False) -> None:
        with self._sessions.begin() as session:
            row = session.get(OutboxRow, item_id)
            if row is None:
                return
            row.attempts += 1
            row.last_error = error
            if final:
                row.state = "failed"
            session.execute(update(CaseRow).where(CaseRow.id == row.case_id)
                            .values(sync_state="failed", sync_error=error))

    def set_case_values(self, case_id: int, **values: Any) -> None:
        with self._sessions.begin() as session:
            session.execute(update(CaseRow).where(CaseRow.id == case_id).values(**values))

    def get(self, key: str, default: str = "") -> str:
        with self._sessions() as session:
            row = session.get(SyncStateRow, key)
            return row.value if row else default

    def put(self, key: str, value: str) -> None:
        with self._sessions.begin() as session:
            row = session.get(SyncStateRow, key)
            if row is None:
                session.add(SyncStateRow(key=key, value=value))
            else:
                row.value = value
