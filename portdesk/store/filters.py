"""The specialist's saved queue filters: a name and the query it stands for (as a dict)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from portdesk.store.schema import SavedFilterRow


class SavedFilterRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def all(self) -> list[tuple[int, str, dict[str, Any]]]:
        """(id, name, query) of every saved filter, by name."""
        with self._sessions() as session:
            rows = session.scalars(select(SavedFilterRow).order_by(SavedFilterRow.name))
            return [(r.id, r.name, dict(r.query or {})) for r in rows]

    def save(self, name: str, query: dict[str, Any]) -> int:
        """Saved under `name` (replacing a filter of that name); returns its id."""
        with self._sessions.begin() as session:
            row = session.scalar(select(SavedFilterRow).where(SavedFilterRow.name == name))
            if row is None:
                row = SavedFilterRow(name=name, query=query)
                session.add(row)
            else:
                row.query = query
            session.flush()
            return row.id

    def delete(self, filter_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(SavedFilterRow).where(SavedFilterRow.id == filter_id))
