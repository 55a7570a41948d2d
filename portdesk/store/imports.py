"""Imported files and the numbers already being ported: what makes an import safe to run twice.

An import records the file's content hash in the same transaction as its cases, so a rerun after a
crash between the commit and the "imported" line finds the file was imported, and when. A number
already on an active case of the same kind (not ported, cancelled or expired) is refused per line:
two open port requests for one number are what a carrier rejects as "already porting".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from portdesk.store.queue import OPEN_STATUSES
from portdesk.store.schema import CaseRow, ImportRow, NumberRow

CHUNK = 900  # bound parameters per IN (...) under SQLite's limit


@dataclass(frozen=True, slots=True)
class ImportRecord:
    filename: str
    cases: int
    first_reference: str
    last_reference: str
    imported_at: datetime
    actor: str


class ImportRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    @staticmethod
    def earlier(session: Session, sha256: str) -> ImportRecord | None:
        row = session.scalars(select(ImportRow).where(ImportRow.sha256 == sha256)
                              .order_by(ImportRow.id.desc()).limit(1)).first()
        if row is None:
            return None
        return ImportRecord(row.filename, row.cases, row.first_reference, row.last_reference,
                            row.imported_at, row.actor)

    @staticmethod
    def record(session: Session, sha256: str, filename: str, references: list[str],
               at: datetime, actor: str) -> None:
        session.add(ImportRow(sha256=sha256, filename=filename, cases=len(references),
                              first_reference=references[0] if references else "",
                              last_reference=references[-1] if references else "",
                              imported_at=at, actor=actor))

    @staticmethod
    def active_numbers(session: Session, kind_numbers: Iterable[tuple[str, str]]
                       ) -> dict[tuple[str, str], tuple[str, str]]:
        """(kind, e164) -> (reference, status) of the active case already holding that number."""
        wanted = set(kind_numbers)
        numbers = sorted({e164 for _, e164 in wanted})
        found: dict[tuple[str, str], tuple[str, str]] = {}
        for start in range(0, len(numbers), CHUNK):
            rows = session.execute(
                select(CaseRow.kind, NumberRow.e164, CaseRow.reference, CaseRow.status)
                .join(CaseRow, CaseRow.id == NumberRow.case_id)
                .where(NumberRow.e164.in_(numbers[start:start + CHUNK]),
                       CaseRow.status.in_(OPEN_STATUSES)))
            for kind, e164, ref, status in rows:
                if (kind, e164) in wanted:
                    found.setdefault((kind, e164), (ref, status))
        return found
