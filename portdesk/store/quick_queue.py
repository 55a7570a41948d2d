"""A page of an SQLite queue read with the standard library alone, for `portdesk case list`.

When the file may be read so (store/quick_sqlite.py), the page is read here with `sqlite3`; else
None, and the caller opens the Store. A search matches the folded search column word by word as
the Store does (store/search_words.py), by a plain scan (on 100,000 cases a rare word costs ~80 ms
of scan, still half of what opening the Store costs); on a queue over SCAN_LIMIT cases a search is
left to the Store, whose trigram table finds a rare word without the scan (the same cases). The
rows are the same QueueRows as store/queue.py returns: a test runs both readers over the same
queue and compares every page.
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields, replace
from datetime import date, datetime
from typing import Any

from portdesk.domain.queue import OPEN_STATUSES, SORT_COLUMNS, QueuePage, QueueQuery, QueueRow
from portdesk.store.quick_sqlite import settled_file
from portdesk.store.search_words import escape_like, search_terms

# the cases table's own column names (foc_utc is the desk's mark, never stored in the row)
COLUMNS = tuple(f.name for f in fields(QueueRow) if f.name not in ("foc_utc", "submit_waiting"))
SCAN_LIMIT = 200_000
_DATES = {COLUMNS.index("foc_date"), COLUMNS.index("next_due")}
_UPDATED = COLUMNS.index("updated_at")


def _where(q: QueueQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []

    def within(name: str, values: tuple[str, ...]) -> None:
        clauses.append(f"{name} IN ({', '.join('?' for _ in values)})")
        params.extend(values)

    for name, values in (("status", q.statuses), ("kind", q.kinds),
                         ("sync_state", q.sync_states)):
        if values:
            within(name, values)
    if q.submit_waiting:  # as sync_repo.submits_waiting
        clauses.append("sync_state != 'failed' AND id IN (SELECT case_id FROM outbox WHERE "
                       "intent = 'confirm' AND state = 'pending')")
    if q.waiting_on_customer:
        clauses.append("customer_wait != ''")
    if q.overdue:
        clauses.append("next_due IS NOT NULL AND next_due < ?")
        params.append((q.today or date.today()).isoformat())
        within("status", OPEN_STATUSES)
    for op, day in ((">=", q.foc_from), ("<=", q.foc_to)):
        if day is not None:
            clauses.append(f"foc_date {op} ?")
            params.append(day.isoformat())
    if q.assignee is not None:
        clauses.append("assignee = ?")
        params.append(q.assignee)
    for term in search_terms(q.text):
        clauses.append("search_text LIKE ? ESCAPE '\\'")
        params.append(f"%{escape_like(term)}%")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _row(raw: tuple[Any, ...]) -> QueueRow:
    values = list(raw)
    for i in _DATES:
        values[i] = date.fromisoformat(values[i]) if values[i] else None
    values[_UPDATED] = datetime.fromisoformat(values[_UPDATED])
    return QueueRow(*values)


def quick_page(url: str, q: QueueQuery, timeout: float = 5.0) -> QueuePage | None:
    """The page, or None when this reader cannot answer it (see the module)."""
    if q.foc_utc_ids:
        return None  # the FOC range widened for UTC-stored days: the Store's query
    order = SORT_COLUMNS.get(q.sort, "updated_at")
    direction = "DESC" if q.descending else "ASC"
    where, params = _where(q)
    with settled_file(url, timeout) as conn:
        if conn is None:
            return None
        try:
            if q.text and (conn.execute("SELECT max(id) FROM cases").fetchone()[0] or 0) \
                    > SCAN_LIMIT:
                return None
            rows = conn.execute(
                f"SELECT {', '.join(COLUMNS)} FROM cases{where} ORDER BY {order} {direction}, "
                f"id {direction} LIMIT ? OFFSET ?", [*params, q.limit, q.offset]).fetchall()
            total = conn.execute(f"SELECT count(*) FROM cases{where}", params).fetchone()[0]
            page = [_row(r) for r in rows]
            waiting = _submits_waiting(conn, [r.id for r in page if r.next_milestone])
            return QueuePage([replace(r, submit_waiting=True) if r.id in waiting else r
                              for r in page], int(total), q)
        except (sqlite3.Error, ValueError):
            return None  # damaged, busy or strange: the Store says what is wrong


def quick_refused(url: str, case_id: int, timeout: float = 5.0) -> list[str] | None:
    """The intents of the case the platform refused, oldest first (sync_repo.refused); None:
    ask the Store."""
    with settled_file(url, timeout) as conn:
        if conn is None:
            return None
        try:
            return [r[0] for r in conn.execute(
                "SELECT intent FROM outbox WHERE case_id = ? AND state = 'failed' ORDER BY id",
                (case_id,))]
        except sqlite3.Error:
            return None


def quick_held(url: str, case_id: int, timeout: float = 5.0) -> list[str] | None:
    """The case's pending intents held for a person, behind its refusal or its conflict
    (sync_repo.held_behind); None: ask the Store."""
    with settled_file(url, timeout) as conn:
        if conn is None:
            return None
        try:
            return [r[0] for r in conn.execute(
                "SELECT outbox.intent FROM outbox JOIN cases ON cases.id = outbox.case_id "
                "WHERE outbox.case_id = ? AND outbox.state = 'pending' AND "
                "cases.sync_state IN ('conflict', 'failed') ORDER BY outbox.id", (case_id,))]
        except sqlite3.Error:
            return None


def _submits_waiting(conn: sqlite3.Connection, ids: list[int]) -> set[int]:
    """The cases among `ids` whose submit waits in the outbox (sync_repo.submits_waiting)."""
    if not ids:
        return set()
    marks = ", ".join("?" * len(ids))
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT outbox.case_id FROM outbox JOIN cases ON cases.id = outbox.case_id "
        f"WHERE outbox.case_id IN ({marks}) AND intent = 'confirm' AND state = 'pending' AND "
        "cases.sync_state != 'failed'", ids)}


UTC_DAYS = "sync.foc_utc_days"  # services.sync_dates.UTC_DAYS (a test holds them equal)


def quick_submit_waiting(url: str, case_id: int, timeout: float = 5.0) -> bool | None:
    """A submit of the case waits in the outbox (store/sync_repo.has_pending_intent); None:
    ask the Store."""
    with settled_file(url, timeout) as conn:
        if conn is None:
            return None
        try:
            return conn.execute(
                "SELECT 1 FROM outbox JOIN cases ON cases.id = outbox.case_id "
                "WHERE case_id = ? AND intent = 'confirm' AND state = 'pending' AND "
                "cases.sync_state != 'failed' LIMIT 1", (case_id,)).fetchone() is not None
        except sqlite3.Error:
            return None


def quick_utc_days(url: str, timeout: float = 5.0) -> frozenset[int] | None:
    """The cases whose FOC is still an older PortDesk's UTC date (migration 0009's list, emptied
    as sync reads each again), or None when only the Store can answer."""
    import json

    with settled_file(url, timeout) as conn:
        if conn is None:
            return None
        try:
            found = conn.execute("SELECT value FROM sync_state WHERE key = ?",
                                 (UTC_DAYS,)).fetchone()
            days = json.loads(found[0]) if found and found[0] else {}
            return frozenset(int(k) for k in days) if isinstance(days, dict) else frozenset()
        except (sqlite3.Error, ValueError, TypeError):
            return None
