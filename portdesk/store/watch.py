"""Hearing an SQLite queue change that another process made (the CLI, a second desk on the file).

SQLite has no server to send a NOTIFY, but every connection can ask `PRAGMA data_version`: a
number that moves when any *other* connection committed to the file, answered from the WAL index
without reading a page. The watcher holds one connection of its own on a thread and asks once a
second (about 20 µs); only when the number moved does it read the two markers the desk shows
(the newest audit entry: every change of a case or a comment appends to it; the pending outbox
count), and calls `on_change("cases")` or `on_change("outbox")` for what moved, or
`on_change("presence")` when something else was written (a desk's heartbeat).

The desk's own writes move the number too (its engine's connections are others to the watcher's),
and each would cost one more reload after the one the save already does. Given the desk's engine,
the watcher recognises them (OwnWrites): every write transaction of that engine reads the markers
right after it takes the write lock and again just before it commits, so each of this process's
commits is known as a step from one state of the file to the next (the newest audit entry's seal
is in the markers: no other writer can produce the same state). A change the watcher sees is the
desk's own only when a chain of those steps leads from the state it last knew to the state it
reads now; anything another process wrote in between breaks the chain and is told as before.

No Qt here: callbacks run on the watcher's thread; the desk hops them to its GUI thread.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable

from sqlalchemy import Engine

from portdesk.store.own_writes import MARKERS, Markers, OwnWrites, markers_of

log = logging.getLogger(__name__)
EVERY_S = 1.0  # the queue's reload cadence: faster would only queue reloads the desk skips


class SQLiteWatcher:
    """Same surface as the PostgreSQL listener (start, stop, connected), for one SQLite file."""

    def __init__(self, path: str, on_change: Callable[[str], None],
                 every_s: float = EVERY_S, own: Engine | None = None) -> None:
        """`own`: this process's engine on the file, whose writes are not told (OwnWrites)."""
        self._path = path
        self._on_change = on_change
        self._every = every_s
        self._own = OwnWrites.of(own) if own is not None else None
        if self._own is not None:
            self._own.arm()
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._known: Markers | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="portdesk-watch", daemon=True)
        self.connected = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._own is not None:
            self._own.disarm()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        if not self.open():
            return
        try:
            self.connected.set()
            while not self._stop.wait(self._every):
                self.poll()
        finally:
            self.close()

    def open(self) -> bool:
        """Hold the watcher's own connection and note where the file stands (the thread does
        this; a test may too and then `poll` by hand)."""
        try:
            self._conn = sqlite3.connect(self._path, timeout=0.2, check_same_thread=False)
        except sqlite3.Error as exc:
            log.info("not watching %s for outside changes: %s", self._path, exc)
            return False
        self._version = self._read(self._conn, None)
        self._known = self._markers(self._conn, None)
        return True

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def poll(self) -> None:
        """One look: tell what another process changed since the last look."""
        conn = self._conn
        assert conn is not None, "open() first"
        seen = self._read(conn, self._version)
        if seen == self._version:
            return
        self._version = seen
        known, now = self._known, self._markers(conn, self._known)
        if not (self._own and known and now and self._own.explains(known, now)):
            self._tell(known, now)
        self._known = now

    @staticmethod
    def _read(conn: sqlite3.Connection, before: int | None) -> int | None:
        try:
            return int(conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:  # busy or gone for a moment: ask again next time
            return before

    @staticmethod
    def _markers(conn: sqlite3.Connection, before: Markers | None) -> Markers | None:
        try:
            row = conn.execute(MARKERS).fetchone()
            conn.commit()  # end the read, so the next data_version sees later commits
            return markers_of(row)
        except sqlite3.Error as exc:
            log.debug("outside-change markers not read: %s", exc)
            return before

    def _tell(self, before: Markers | None, now: Markers | None) -> None:
        if before is None or now is None:
            self._on_change("*")
            return
        if now[:2] != before[:2]:
            self._on_change("cases")
        if now[2] != before[2]:
            self._on_change("outbox")
        if now == before:
            self._on_change("presence")
