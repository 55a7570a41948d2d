"""This process's own commits to an SQLite file, as steps from one state of the file to the next,
so that the SQLite watcher (store.watch) can tell them from another process's.

A state is three markers: the newest audit entry, its seal, and the changes pending for the
platform. Every write transaction of a tracked engine reads them right after it takes the write
lock (`BEGIN IMMEDIATE`) and again just before it commits, under that lock: nobody else can
commit in between, so (before, after) is exactly what this commit did. The seal makes a state
unique: another writer cannot reach the same markers by appending entries of its own, and a step
whose commit failed never matches anything.

The listeners are registered once, when the engine is made (before any thread uses it: SQLAlchemy
does not allow adding listeners while another thread runs its events); they cost nothing until a
watcher arms them, and two small indexed reads per write transaction while armed.
"""

from __future__ import annotations

import threading
import weakref
from collections import deque
from typing import Any

from sqlalchemy import Connection, Engine, event

MARKERS = ("SELECT (SELECT coalesce(max(id), 0) FROM audit_log),"
           " (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),"
           " (SELECT count(*) FROM outbox WHERE state = 'pending')")
Markers = tuple[int, str, int]  # newest audit entry, its seal, changes pending for the platform
_BEFORE = "portdesk.own_write_before"
_TRACKED: weakref.WeakKeyDictionary[Engine, OwnWrites] = weakref.WeakKeyDictionary()


def markers_of(row: Any) -> Markers:
    head, seal, pending = row
    return int(head), str(seal or ""), int(pending)


class OwnWrites:
    KEEP = 256  # steps the watcher has not looked at yet; older ones are dropped (a reload then)

    def __init__(self, write_option: str) -> None:
        self._write_option = write_option
        self._lock = threading.Lock()
        self._steps: deque[tuple[Markers, Markers]] = deque(maxlen=self.KEEP)
        self._armed = 0

    @classmethod
    def track(cls, engine: Engine, write_option: str) -> OwnWrites:
        """Listen on a new engine's write transactions (store.engine, as it makes one)."""
        own = cls(write_option)
        event.listen(engine, "begin", own._on_begin)  # after the engine's BEGIN IMMEDIATE
        event.listen(engine, "commit", own._on_commit)
        event.listen(engine, "rollback", own._on_rollback)
        _TRACKED[engine] = own
        return own

    @classmethod
    def of(cls, engine: Engine) -> OwnWrites | None:
        return _TRACKED.get(engine)

    def arm(self) -> None:
        with self._lock:
            self._armed += 1

    def disarm(self) -> None:
        with self._lock:
            self._armed = max(0, self._armed - 1)
            if not self._armed:
                self._steps.clear()

    def _on_begin(self, conn: Connection) -> None:
        if self._armed and conn.get_execution_options().get(self._write_option):
            conn.info[_BEFORE] = markers_of(conn.exec_driver_sql(MARKERS).fetchone())

    def _on_commit(self, conn: Connection) -> None:
        before = conn.info.pop(_BEFORE, None)
        if before is None or not self._armed:
            return
        after = markers_of(conn.exec_driver_sql(MARKERS).fetchone())  # still under the lock
        if after != before:
            with self._lock:
                self._steps.append((before, after))

    def _on_rollback(self, conn: Connection) -> None:
        conn.info.pop(_BEFORE, None)

    def explains(self, known: Markers, now: Markers) -> bool:
        """Whether this process's own commits alone lead from `known` to `now`; the steps used
        (and any older) are forgotten."""
        with self._lock:
            at, used = known, -1
            for i, (before, after) in enumerate(self._steps):
                if before == at:
                    at, used = after, i
                    if at == now:
                        break
            if at != now:
                return False
            for _ in range(used + 1):
                self._steps.popleft()
            return True
