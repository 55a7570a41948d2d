"""Hearing an SQLite queue change that another process made (the CLI, a second desk on the file).

SQLite has no server to send a NOTIFY, but every connection can ask `PRAGMA data_version`: a
number that moves when any *other* connection committed to the file, answered from the WAL index
without reading a page. The watcher holds one connection of its own on a thread and asks once a
second (about 20 µs); only when the number moved does it read the two markers the desk shows
(the newest audit entry: every change of a case or a comment appends to it; the pending outbox
count), and calls `on_change("cases")` or `on_change("outbox")` for what moved, or
`on_change("presence")` when something else was written (a desk's heartbeat). The desk's own
writes move the number too: the debounced reload it triggers is the one the desk does anyway.

No Qt here: callbacks run on the watcher's thread; the desk hops them to its GUI thread.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)
EVERY_S = 1.0  # the queue's reload cadence: faster would only queue reloads the desk skips
_MARKERS = ("SELECT (SELECT coalesce(max(id), 0) FROM audit_log),"
            " (SELECT count(*) FROM outbox WHERE state = 'pending')")


class SQLiteWatcher:
    """Same surface as the PostgreSQL listener (start, stop, connected), for one SQLite file."""

    def __init__(self, path: str, on_change: Callable[[str], None],
                 every_s: float = EVERY_S) -> None:
        self._path = path
        self._on_change = on_change
        self._every = every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="portdesk-watch", daemon=True)
        self.connected = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._path, timeout=0.2, check_same_thread=False)
        except sqlite3.Error as exc:
            log.info("not watching %s for outside changes: %s", self._path, exc)
            return
        try:
            version, markers = self._read(conn, None), self._markers(conn, None)
            self.connected.set()
            while not self._stop.wait(self._every):
                seen = self._read(conn, version)
                if seen == version:
                    continue
                version = seen
                now = self._markers(conn, markers)
                self._tell(markers, now)
                markers = now
        finally:
            conn.close()

    @staticmethod
    def _read(conn: sqlite3.Connection, before: int | None) -> int | None:
        try:
            return int(conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:  # busy or gone for a moment: ask again next time
            return before

    @staticmethod
    def _markers(conn: sqlite3.Connection,
                 before: tuple[int, int] | None) -> tuple[int, int] | None:
        try:
            head, pending = conn.execute(_MARKERS).fetchone()
            conn.commit()  # end the read, so the next data_version sees later commits
            return int(head), int(pending)
        except sqlite3.Error as exc:
            log.debug("outside-change markers not read: %s", exc)
            return before

    def _tell(self, before: tuple[int, int] | None, now: tuple[int, int] | None) -> None:
        if before is None or now is None:
            self._on_change("*")
            return
        if now[0] != before[0]:
            self._on_change("cases")
        if now[1] != before[1]:
            self._on_change("outbox")
        if now == before:
            self._on_change("presence")
