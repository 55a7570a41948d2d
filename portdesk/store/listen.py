"""Hearing a shared queue change: PostgreSQL LISTEN/NOTIFY on a thread of its own.

Migration 0006 makes every statement that changes the cases, their comments or who has a case
open send a NOTIFY on CHANNEL at commit, naming the table. A desk listens on one connection of
its own (autocommit, taken out of the pool) and is told `on_change(table)` within milliseconds
of a colleague's save. The same connection is how the desk learns the server went away: a
broken connection calls `on_state(False, reason)`, the listener reconnects with a growing pause,
and once back calls `on_state(True, "")` and `on_change(ANY)`: whatever changed while it was
away, the desk reloads. SQLite has no server to hear from: `listener_for` gives a watcher of the
file instead (store/watch.py).

The desk's own saves are not news to it (it reloads after each save itself; hearing them cost one
more reload of the queue, and its own presence beats one more presence query every 15 s). Every
notification names the server process that committed it; the desk's engine knows the server
processes of its own pooled connections (OwnBackends, recorded as each connection is made), so a
notification from one of them is dropped and one from any other process, desk or CLI, is told.

No Qt here: callbacks run on the listener's thread; the desk hops them to its GUI thread.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

from portdesk.store.watch import SQLiteWatcher

log = logging.getLogger(__name__)
CHANNEL = "portdesk_changes"
ANY = "*"  # "reload everything": sent after a reconnect
WAIT = 0.5  # seconds a wait for notifications lasts, so stop() is heard quickly
PING_EVERY = 4  # quiet waits between two pings (2 s)
BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0)


class OwnBackends:
    """The PostgreSQL server processes behind one engine's pooled connections, as they open and
    close. Registered when the engine is made (store.engine), before any thread uses it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pids: dict[int, int] = {}  # id of the driver's connection -> its server process

    @classmethod
    def track(cls, engine: Engine) -> OwnBackends:
        own = cls()
        event.listen(engine, "connect", own._opened)
        for closing in ("close", "invalidate"):
            event.listen(engine, closing, own._closed)
        event.listen(engine, "close_detached", lambda conn: own._closed(conn, None))
        _BACKENDS[engine] = own
        return own

    @classmethod
    def of(cls, engine: Engine) -> OwnBackends | None:
        return _BACKENDS.get(engine)

    def _opened(self, conn: Any, _record: Any) -> None:
        pid = backend_pid(conn)
        if pid:
            with self._lock:
                self._pids[id(conn)] = pid

    def _closed(self, conn: Any, _record: Any, *_exc: Any) -> None:
        with self._lock:
            self._pids.pop(id(conn), None)

    def __contains__(self, pid: object) -> bool:
        with self._lock:
            return pid in self._pids.values()


def backend_pid(conn: Any) -> int:
    """The server process of a driver connection (psycopg 3 or psycopg2), 0 when unknown."""
    info = getattr(conn, "info", None)
    pid = getattr(info, "backend_pid", None)
    if pid is None and hasattr(conn, "get_backend_pid"):
        pid = conn.get_backend_pid()
    return int(pid or 0)


_BACKENDS: weakref.WeakKeyDictionary[Engine, OwnBackends] = weakref.WeakKeyDictionary()


class ChangeListener:
    def __init__(self, engine: Engine, on_change: Callable[[str], None],
                 on_state: Callable[[bool, str], None], own: Engine | None = None) -> None:
        """`own`: this process's engine on the queue, whose commits are not told (OwnBackends)."""
        self._engine = engine
        self._own = OwnBackends.of(own) if own is not None else None
        self._on_change = on_change
        self._on_state = on_state
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="portdesk-listen", daemon=True)
        self._conn: Any = None
        self.connected = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        failures = 0
        up: bool | None = None
        while not self._stop.is_set():
            try:
                self._conn = self._connect()
            except Exception as exc:  # noqa: BLE001 - any failure to reach the server: retry
                up = self._down(up, exc)
                self._stop.wait(BACKOFF[min(failures, len(BACKOFF) - 1)])
                failures += 1
                continue
            failures = 0
            if up is False:
                self._on_change(ANY)
            up = True
            self.connected.set()
            self._on_state(True, "")
            try:
                self._listen()
            except Exception as exc:  # noqa: BLE001 - the connection broke: say so, reconnect
                up = self._down(up, exc)
            finally:
                self._close()

    def _down(self, up: bool | None, exc: BaseException) -> bool:
        self.connected.clear()
        if up is not False:
            log.warning("the database stopped answering: %s", _first_line(exc))
            self._on_state(False, _first_line(exc))
        return False

    def _connect(self) -> Any:
        raw = self._engine.raw_connection()
        conn: Any = raw.driver_connection
        assert conn is not None
        raw.detach()  # this connection is the listener's for good, not the pool's
        try:
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANNEL}")
        except Exception:
            conn.close()
            raise
        return conn

    def _listen(self) -> None:
        quiet = 0
        while not self._stop.is_set():
            own = self._own
            tables = {n.payload for n in self._conn.notifies(timeout=WAIT)
                      if own is None or n.pid not in own}
            for table in sorted(tables):
                self._on_change(table)
            quiet = 0 if tables else quiet + 1
            if quiet >= PING_EVERY:  # a server gone without closing the socket is noticed too
                self._conn.execute("SELECT 1")
                quiet = 0

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - already broken
                pass


def listener_for(engine: Engine, on_change: Callable[[str], None],
                 on_state: Callable[[bool, str], None]) -> ChangeListener | SQLiteWatcher | None:
    """A listener for a PostgreSQL queue, a watcher for an SQLite file (the CLI or a second desk
    writes it too: store/watch.py); None for a database in memory (nobody else can write it)."""
    if engine.dialect.name == "postgresql":
        return ChangeListener(engine, on_change, on_state, own=engine)
    path = engine.url.database
    if engine.dialect.name != "sqlite" or not path or path == ":memory:":
        return None
    return SQLiteWatcher(path, on_change, own=engine)  # its own writes are not news to it


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
