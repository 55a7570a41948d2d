"""Queue queries for the desk and the CLI: filter, search, sort and page without loading cases.

Rows come back as small frozen tuples built from one SELECT over the cases table (the numbers are
matched through a denormalised search column), so a 200-row page of a 100,000-case queue stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from portdesk.domain.queue import OPEN_STATUSES, SORT_COLUMNS, QueuePage, QueueQuery, QueueRow
from portdesk.store.queue_pg import common_terms
from portdesk.store.schema import CaseRow, OutboxRow
from portdesk.store.search_words import escape_like as _escape_like
from portdesk.store.search_words import fold, search_terms

__all__ = ["OPEN_STATUSES", "QueuePage", "QueueQuery", "QueueRepository", "QueueRow", "fold",
           "search_terms"]

SORTABLE = {sort: getattr(CaseRow, col) for sort, col in SORT_COLUMNS.items()}
STOP_EVERY = 20_000  # SQLite steps between two questions to a scan's `stop`
RARE_LIMIT = 1000  # a search word matching fewer cases than this goes through the trigram index
_COLUMNS = (CaseRow.id, CaseRow.reference, CaseRow.account_name, CaseRow.losing_carrier,
            CaseRow.kind, CaseRow.status, CaseRow.platform_status, CaseRow.number_count,
            CaseRow.foc_date, CaseRow.next_milestone, CaseRow.next_due, CaseRow.assignee,
            CaseRow.updated_at, CaseRow.sync_state, CaseRow.exception_code, CaseRow.version,
            CaseRow.customer_wait)


def _never() -> bool:
    return False


@contextmanager
def _stopping(conn: Connection, stop: Callable[[], bool]) -> Iterator[None]:
    """While inside, SQLite abandons the statement running on `conn` once `stop()` is true
    (asked every STOP_EVERY virtual-machine steps, about a millisecond); other databases run
    it to its end."""
    raw = conn.connection.driver_connection
    handler = getattr(raw, "set_progress_handler", None)
    if conn.dialect.name != "sqlite" or handler is None:
        yield
        return
    handler(lambda: 1 if stop() else 0, STOP_EVERY)
    try:
        yield
    finally:
        handler(None, STOP_EVERY)  # the connection goes back to the pool without it


def _indexable(term: str) -> bool:
    # FTS5's trigram index serves LIKE only without an ESCAPE clause and with 3+ characters.
    return len(term) >= 3 and not any(ch in term for ch in "%_\\")


def _fts_match(term: str) -> Select[Any]:
    return select(literal_column("rowid")).select_from(table("case_fts")).where(
        column("search_text").like(f"%{term}%"))


def where_clauses(q: QueueQuery, rare_terms: frozenset[str] = frozenset(),
                  scan_terms: frozenset[str] = frozenset()) -> list[Any]:
    """SQL conditions for a query. `rare_terms` are searched through SQLite's trigram table;
    `scan_terms` are kept away from PostgreSQL's trigram index (see queue_pg)."""
    clauses: list[Any] = []
    if q.statuses:
        clauses.append(CaseRow.status.in_(q.statuses))
    if q.kinds:
        clauses.append(CaseRow.kind.in_(q.kinds))
    if q.sync_states:
        clauses.append(CaseRow.sync_state.in_(q.sync_states))
    if q.submit_waiting:  # as sync_repo.submits_waiting
        clauses.append(and_(CaseRow.sync_state != "failed", CaseRow.id.in_(
            select(OutboxRow.case_id).where(OutboxRow.intent == "confirm",
                                            OutboxRow.state == "pending"))))
    if q.waiting_on_customer:
        clauses.append(CaseRow.customer_wait != "")
    for term in search_terms(q.text):
        pattern = f"%{_escape_like(term)}%"
        if term in rare_terms:
            clauses.append(CaseRow.id.in_(_fts_match(term)))
        elif term in scan_terms:
            clauses.append(CaseRow.search_text.concat("").like(pattern, escape="\\"))
        else:
            clauses.append(CaseRow.search_text.like(pattern, escape="\\"))
    if q.overdue:
        today = q.today or date.today()
        clauses.append(and_(CaseRow.next_due.is_not(None), CaseRow.next_due < today,
                            CaseRow.status.in_(OPEN_STATUSES)))
    if q.foc_from or q.foc_to:
        clauses.append(_foc_range(q))
    if q.assignee is not None:
        clauses.append(CaseRow.assignee == q.assignee)
    return clauses


def _foc_range(q: QueueQuery) -> Any:
    """The FOC range; a day wider for FOCs still stored as a UTC date (QueueQuery.foc_utc_ids)."""
    def within(first: date | None, last: date | None) -> Any:
        return and_(*([CaseRow.foc_date >= first] if first else []),
                    *([CaseRow.foc_date <= last] if last else []))

    exact = within(q.foc_from, q.foc_to)
    if not q.foc_utc_ids:
        return exact
    day = timedelta(days=1)
    return or_(exact, and_(CaseRow.id.in_(q.foc_utc_ids),
                           within(q.foc_from and q.foc_from - day, q.foc_to and q.foc_to + day)))


def page_statement(q: QueueQuery, rare_terms: frozenset[str] = frozenset(),
                   scan_terms: frozenset[str] = frozenset()) -> Select[Any]:
    order = SORTABLE.get(q.sort, CaseRow.updated_at)
    primary = order.desc() if q.descending else order.asc()
    tiebreak = CaseRow.id.desc() if q.descending else CaseRow.id.asc()
    stmt: Select[Any] = select(*_COLUMNS)  # type: ignore[assignment]
    clauses = where_clauses(q, rare_terms, scan_terms)
    if clauses:
        stmt = stmt.where(*clauses)
    return stmt.order_by(primary, tiebreak).offset(q.offset).limit(q.limit)


class QueueRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def _rare_terms(self, conn: Connection, q: QueueQuery) -> frozenset[str]:
        """Words the trigram index should answer: those matching few cases.

        A word found in most cases is faster by a plain scan that stops at the first page; a
        word found in few is faster through the index. One capped count tells them apart.
        """
        if conn.dialect.name != "sqlite":
            return frozenset()
        rare = set()
        for term in search_terms(q.text):
            if not _indexable(term):
                continue
            probe = select(func.count()).select_from(_fts_match(term).limit(RARE_LIMIT).subquery())
            if (conn.scalar(probe) or 0) < RARE_LIMIT:
                rare.add(term)
        return frozenset(rare)

    def _terms(self, conn: Connection, q: QueueQuery) -> tuple[frozenset[str], frozenset[str]]:
        """(words for SQLite's trigram table, words kept from PostgreSQL's trigram index)."""
        if not q.text:
            return frozenset(), frozenset()
        return self._rare_terms(conn, q), common_terms(conn, search_terms(q.text))

    def page(self, q: QueueQuery, with_total: bool = True) -> QueuePage:
        # A plain connection, not a Session: the page is read-only and this path is hot.
        engine = self._sessions.kw["bind"]
        with engine.connect() as conn:
            rare, scan = self._terms(conn, q)
            rows = [QueueRow(*r) for r in conn.execute(page_statement(q, rare, scan))]
            total = self._count(conn, q, rare, scan) if with_total else len(rows)
        return QueuePage(rows, total, q)

    def count(self, q: QueueQuery) -> int:
        with self._sessions.kw["bind"].connect() as conn:
            return self._count(conn, q, *self._terms(conn, q))

    def counts(self, queries: dict[str, QueueQuery]) -> dict[str, int]:
        with self._sessions.kw["bind"].connect() as conn:
            return {name: self._count(conn, q, *self._terms(conn, q))
                    for name, q in queries.items()}

    def ids(self, q: QueueQuery) -> list[int]:
        """Every matching id in order (the desk keeps ids and builds rows lazily)."""
        found = self.ids_unless(q, _never)
        assert found is not None
        return found

    def ids_unless(self, q: QueueQuery, stop: Callable[[], bool]) -> list[int] | None:
        """Every matching id in order, or None when `stop()` turns true before the scan ends.

        The desk reads every id after each keystroke's first page; on 100,000 cases the scan
        takes 100-200 ms of CPU, and the next keystroke's page waited behind it on the query
        lane (keystroke p95 157 ms). A newer keystroke now stops the older scan: SQLite asks
        `stop` every few thousand steps (its progress handler) and abandons the statement."""
        order = SORTABLE.get(q.sort, CaseRow.updated_at)
        with self._sessions.kw["bind"].connect() as conn:
            rare, scan = self._terms(conn, q)
            stmt = select(CaseRow.id).where(*where_clauses(q, rare, scan)).order_by(
                order.desc() if q.descending else order.asc(),
                CaseRow.id.desc() if q.descending else CaseRow.id.asc())
            if stop():
                return None
            with _stopping(conn, stop):
                try:
                    return list(conn.scalars(stmt))
                except OperationalError:
                    if stop():  # SQLite said "interrupted": the handler stopped it
                        return None
                    raise

    def assignees(self, limit: int = 200) -> list[str]:
        """Names cases are assigned to (for Assign's list; the index on assignee answers it)."""
        with self._sessions() as session:
            return list(session.scalars(select(CaseRow.assignee).where(CaseRow.assignee != "")
                                        .distinct().limit(limit)))

    def rows_for_ids(self, ids: list[int]) -> list[QueueRow]:
        if not ids:
            return []
        with self._sessions() as session:
            found = {r[0]: QueueRow(*r) for r in  # type: ignore[call-arg]
                     session.execute(select(*_COLUMNS).where(CaseRow.id.in_(ids)))}
        return [found[i] for i in ids if i in found]

    @staticmethod
    def _count(session: Session | Connection, q: QueueQuery,
               rare: frozenset[str] = frozenset(), scan: frozenset[str] = frozenset()) -> int:
        stmt = select(func.count()).select_from(CaseRow)
        clauses = where_clauses(q, rare, scan)
        if clauses:
            stmt = stmt.where(*clauses)
        return int(session.scalar(stmt) or 0)


