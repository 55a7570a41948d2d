"""The sandbox platform's own SQLite state (stdlib sqlite3): orders, events, documents, port-outs.

Records are kept as the JSON the API returns, plus the few columns that are filtered or sorted on,
so a list page is a query and a join of stored JSON, not a rebuild. One connection guarded by one
lock: the server's event loop and a test's thread may both touch it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, customer_reference TEXT,
    status TEXT NOT NULL, created_at TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_orders_ref ON orders(customer_reference);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, created_at TEXT NOT NULL,
    event_type TEXT NOT NULL, porting_order_id TEXT, body TEXT NOT NULL, listed_at TEXT);
CREATE INDEX IF NOT EXISTS ix_events_created ON events(created_at);
CREATE TABLE IF NOT EXISTS comments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, porting_order_id TEXT NOT NULL,
    body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_comments_order ON comments(porting_order_id);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, body TEXT NOT NULL, content BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS portouts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, status TEXT NOT NULL,
    body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS portout_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, created_at TEXT NOT NULL,
    event_type TEXT NOT NULL, portout_id TEXT, body TEXT NOT NULL, listed_at TEXT);
CREATE INDEX IF NOT EXISTS ix_portout_events_created ON portout_events(created_at);
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, id TEXT UNIQUE NOT NULL,
    parent_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_records_parent ON records(kind, parent_id);
CREATE TABLE IF NOT EXISTS schedule (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, due_at TEXT NOT NULL, action TEXT NOT NULL,
    target_id TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}');
CREATE INDEX IF NOT EXISTS ix_schedule_due ON schedule(due_at);
"""

Json = dict[str, Any]


class SandboxState:
    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)
        for table in ("events", "portout_events"):  # a state file from before late listing
            columns = {row[1] for row in self._conn.execute(f"PRAGMA table_info({table})")}
            if "listed_at" not in columns:
                self._conn.execute(f"ALTER TABLE {table} ADD COLUMN listed_at TEXT")
        self.lock = threading.RLock()
        self._depth = 0

    def close(self) -> None:
        with self.lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One lock and one transaction per API call: a half-applied request never shows."""
        with self.lock:
            outer = self._depth == 0
            if outer:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outer:
                    self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._conn.execute("COMMIT")

    def _one(self, sql: str, args: tuple[Any, ...] = ()) -> Any:
        row = self._conn.execute(sql, args).fetchone()
        return None if row is None else row[0]

    # orders
    def insert_order(self, order: Json) -> None:
        self._conn.execute(
            "INSERT INTO orders (id, customer_reference, status, created_at, body) VALUES (?,?,?,?,?)",
            (order["id"], order.get("customer_reference"), order["status"]["value"],
             order["created_at"], json.dumps(order)),
        )

    def save_order(self, order: Json) -> None:
        self._conn.execute(
            "UPDATE orders SET customer_reference=?, status=?, body=? WHERE id=?",
            (order.get("customer_reference"), order["status"]["value"], json.dumps(order),
             order["id"]),
        )

    def get_order(self, order_id: str) -> Json | None:
        body = self._one("SELECT body FROM orders WHERE id=?", (order_id,))
        return None if body is None else dict(json.loads(body))

    def delete_order(self, order_id: str) -> None:
        self._conn.execute("DELETE FROM orders WHERE id=?", (order_id,))
        self._conn.execute("DELETE FROM schedule WHERE target_id=?", (order_id,))

    def list_orders(self, where: str, args: tuple[Any, ...], order_by: str, limit: int,
                    offset: int) -> tuple[list[Json], int]:
        total = int(self._one(f"SELECT COUNT(*) FROM orders WHERE {where}", args))
        rows = self._conn.execute(
            f"SELECT body FROM orders WHERE {where} ORDER BY {order_by} LIMIT ? OFFSET ?",
            (*args, limit, offset),
        ).fetchall()
        return [json.loads(r[0]) for r in rows], total

    def order_count(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM orders"))

    # events: the port-in log (events) and the port-out log (portout_events)
    # `listed_at`: from when the log lists the event (NULL: from its `created_at`); a late one
    # (Sandbox.late_events) is listed after later ones were, under its own earlier time
    def add_event(self, event: Json, created_at: str, listed_at: str | None = None) -> None:
        self._conn.execute(
            "INSERT INTO events (id, created_at, event_type, porting_order_id, body, listed_at) "
            "VALUES (?,?,?,?,?,?)",
            (event["id"], created_at, event["event_type"], event.get("porting_order_id"),
             json.dumps(event), listed_at),
        )

    def add_portout_event(self, event: Json, listed_at: str | None = None) -> None:
        self._conn.execute(
            "INSERT INTO portout_events (id, created_at, event_type, portout_id, body, "
            "listed_at) VALUES (?,?,?,?,?,?)",
            (event["id"], event["created_at"], event["event_type"], event.get("portout_id"),
             json.dumps(event), listed_at),
        )

    def list_events(self, where: str, args: tuple[Any, ...], limit: int,
                    offset: int, table: str = "events", listed_by: str | None = None,
                    newest_first: bool = False, payload_late: bool = False
                    ) -> tuple[list[Json], int]:
        """`listed_by`: only the events the log lists at that moment (late ones not yet), or
        with `payload_late`, every event, a late one without its payload yet
        (`payload_status: created`, `payload: null`); `newest_first`: the other order (the
        description promises none)."""
        if table not in ("events", "portout_events"):
            raise ValueError(table)
        if listed_by is not None and payload_late:
            total = int(self._one(f"SELECT COUNT(*) FROM {table} WHERE {where}", args))
            rows = self._conn.execute(
                f"SELECT body, listed_at FROM {table} WHERE {where} ORDER BY "
                + ("created_at DESC, seq DESC" if newest_first else "created_at, seq")
                + " LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
            return [_as_listed(json.loads(body), listed_at, listed_by)
                    for body, listed_at in rows], total
        if listed_by is not None:
            where = f"({where}) AND (listed_at IS NULL OR listed_at <= ?)"
            args = (*args, listed_by)
        total = int(self._one(f"SELECT COUNT(*) FROM {table} WHERE {where}", args))
        rows = self._conn.execute(
            f"SELECT body FROM {table} WHERE {where} ORDER BY "
            + ("created_at DESC, seq DESC" if newest_first else "created_at, seq")
            + " LIMIT ? OFFSET ?",
            (*args, limit, offset),
        ).fetchall()
        return [json.loads(r[0]) for r in rows], total

    def last_event_time(self) -> str | None:
        value = self._one("SELECT MAX(t) FROM (SELECT MAX(created_at) AS t FROM events UNION "
                          "ALL SELECT MAX(created_at) FROM portout_events)")
        return None if value is None else str(value)

    # small records hanging off an order or a port-out (comments, ranges, jobs)
    def add_record(self, kind: str, parent_id: str, record: Json) -> None:
        self._conn.execute("INSERT INTO records (kind, id, parent_id, body) VALUES (?,?,?,?)",
                           (kind, record["id"], parent_id, json.dumps(record)))

    def save_record(self, record: Json) -> None:
        self._conn.execute("UPDATE records SET body=? WHERE id=?",
                           (json.dumps(record), record["id"]))

    def delete_record(self, kind: str, record_id: str) -> None:
        self._conn.execute("DELETE FROM records WHERE kind=? AND id=?", (kind, record_id))

    def record_mentions(self, kind: str, text: str) -> bool:
        return self._one("SELECT 1 FROM records WHERE kind=? AND body LIKE ?",
                         (kind, f"%{text}%")) is not None

    def records(self, kind: str, parent_id: str) -> list[Json]:
        rows = self._conn.execute("SELECT body FROM records WHERE kind=? AND parent_id=? "
                                  "ORDER BY seq", (kind, parent_id)).fetchall()
        return [json.loads(r[0]) for r in rows]

    def all_documents(self) -> list[Json]:
        """Every upload, oldest first (as stored)."""
        return [json.loads(r[0]) for r in self._conn.execute(
            "SELECT body FROM documents ORDER BY rowid").fetchall()]

    def delete_document(self, doc_id: str) -> None:
        self._conn.execute("DELETE FROM documents WHERE id=?", (doc_id,))

    # comments
    def add_comment(self, comment: Json) -> None:
        self._conn.execute(
            "INSERT INTO comments (id, porting_order_id, body) VALUES (?,?,?)",
            (comment["id"], comment["porting_order_id"], json.dumps(comment)),
        )

    def list_comments(self, order_id: str, limit: int, offset: int) -> tuple[list[Json], int]:
        total = int(self._one("SELECT COUNT(*) FROM comments WHERE porting_order_id=?",
                              (order_id,)))
        rows = self._conn.execute(
            "SELECT body FROM comments WHERE porting_order_id=? ORDER BY seq LIMIT ? OFFSET ?",
            (order_id, limit, offset),
        ).fetchall()
        return [json.loads(r[0]) for r in rows], total

    # documents
    def add_document(self, document: Json, content: bytes) -> None:
        self._conn.execute("INSERT INTO documents (id, body, content) VALUES (?,?,?)",
                           (document["id"], json.dumps(document), content))

    def save_document(self, document: Json) -> None:
        self._conn.execute("UPDATE documents SET body=? WHERE id=?",
                           (json.dumps(document), document["id"]))

    def document_content(self, doc_id: str) -> bytes | None:
        row = self._conn.execute("SELECT content FROM documents WHERE id=?", (doc_id,)).fetchone()
        return None if row is None else bytes(row[0])

    def get_document(self, doc_id: str) -> Json | None:
        body = self._one("SELECT body FROM documents WHERE id=?", (doc_id,))
        return None if body is None else dict(json.loads(body))

    # port-outs
    def insert_portout(self, portout: Json) -> None:
        self._conn.execute("INSERT INTO portouts (id, status, body) VALUES (?,?,?)",
                           (portout["id"], portout["status"], json.dumps(portout)))

    def save_portout(self, portout: Json) -> None:
        self._conn.execute("UPDATE portouts SET status=?, body=? WHERE id=?",
                           (portout["status"], json.dumps(portout), portout["id"]))

    def get_portout(self, portout_id: str) -> Json | None:
        body = self._one("SELECT body FROM portouts WHERE id=?", (portout_id,))
        return None if body is None else dict(json.loads(body))

    def list_portouts(self, status: str | None, limit: int, offset: int) -> tuple[list[Json], int]:
        where, args = ("status=?", (status,)) if status else ("1=1", ())
        total = int(self._one(f"SELECT COUNT(*) FROM portouts WHERE {where}", args))
        rows = self._conn.execute(
            f"SELECT body FROM portouts WHERE {where} ORDER BY seq LIMIT ? OFFSET ?",
            (*args, limit, offset),
        ).fetchall()
        return [json.loads(r[0]) for r in rows], total

    def all_portouts(self) -> list[Json]:
        """Every port-out in arrival order (the list's filters are read in Python)."""
        rows = self._conn.execute("SELECT body FROM portouts ORDER BY seq").fetchall()
        return [json.loads(r[0]) for r in rows]

    # carrier schedule
    def schedule(self, due_at: str, action: str, target_id: str, data: Json | None = None) -> None:
        self._conn.execute(
            "INSERT INTO schedule (due_at, action, target_id, data) VALUES (?,?,?,?)",
            (due_at, action, target_id, json.dumps(data or {})),
        )

    def has_scheduled(self, action: str) -> bool:
        return self._one("SELECT 1 FROM schedule WHERE action=? LIMIT 1", (action,)) is not None

    def unschedule_action(self, target_id: str, action: str) -> None:
        self._conn.execute("DELETE FROM schedule WHERE target_id=? AND action=?",
                           (target_id, action))

    def unschedule(self, target_id: str) -> None:
        self._conn.execute("DELETE FROM schedule WHERE target_id=?", (target_id,))

    def pop_due(self, now: str) -> tuple[str, str, str, Json] | None:
        row = self._conn.execute(
            "SELECT seq, action, target_id, data, due_at FROM schedule WHERE due_at <= ? "
            "ORDER BY due_at, seq LIMIT 1", (now,),
        ).fetchone()
        if row is None:
            return None
        self._conn.execute("DELETE FROM schedule WHERE seq=?", (row[0],))
        return str(row[4]), str(row[1]), str(row[2]), dict(json.loads(row[3]))


def _as_listed(event: Json, listed_at: str | None, now: str) -> Json:
    """An event whose payload is still being made: "created", no payload; then "completed"."""
    if listed_at is not None and listed_at > now:
        return {**event, "payload_status": "created", "payload": None}
    return {**event, "payload_status": "completed"}


def page_meta(page_number: int, page_size: int, total: int) -> Json:
    """The PaginationMeta of the contract."""
    pages = (total + page_size - 1) // page_size if total else 0
    return {"page_number": page_number, "page_size": page_size, "total_pages": pages,
            "total_results": total}

