"""Background work for the desk, modelled on Anki's qt/aqt/taskman.py.

Serial lanes and a parallel pool: `db` for writes and case loads (one at a time, in order, so a
save never races a reload), `query` for queue reads (so typing in the quick filter never waits behind
a save), `journal` for the recovery file (in edit order, off the GUI thread because of fsync) and
`background` for PDF, OCR and network work. Each task runs on a worker thread; its result
or its error comes back to the GUI thread through a queued signal, never by touching a widget from
the worker. Stale work is dropped with a `Latest` token: only the newest request's result is shown.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from portdesk.domain.errors import PortDeskError

log = logging.getLogger(__name__)
UNEXPECTED = "Something unexpected went wrong; the details are in the log."

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


def describe(exc: BaseException) -> str:
    """One sentence for the specialist; tracebacks go to the log only."""
    if isinstance(exc, PortDeskError):
        return str(exc)
    return UNEXPECTED


class TaskManager(QObject):
    _closures_pending = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes = {
            "db": ThreadPoolExecutor(1, thread_name_prefix="portdesk-db"),
            "query": ThreadPoolExecutor(1, thread_name_prefix="portdesk-query"),
            "journal": ThreadPoolExecutor(1, thread_name_prefix="portdesk-journal"),
            "background": ThreadPoolExecutor(2, thread_name_prefix="portdesk-bg"),
        }
        self._closures: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._inflight = 0
        self._closed = False
        # Queued even when emitted on the GUI thread: a task that finishes before run() has added
        # its done-callback would otherwise run its callback inside run(), re-entrantly.
        self._closures_pending.connect(self._on_closures_pending,
                                       Qt.ConnectionType.QueuedConnection)

    def run_on_main(self, closure: Callable[[], None]) -> None:
        with self._lock:
            self._closures.append(closure)
        self._closures_pending.emit()  # queued: the receiver lives on the GUI thread

    def run(self, task: Callable[[], Any], on_success: Success | None = None,
            on_failure: Failure | None = None, lane: str = "db") -> Future[Any]:
        """Run `task` on `lane`; the callbacks run on the GUI thread."""
        if self._closed:  # the window is closing: late timers must not start new work
            dead: Future[Any] = Future()
            dead.cancel()
            return dead
        with self._lock:
            self._inflight += 1
        future = self._lanes[lane].submit(task)

        def done(fut: Future[Any]) -> None:
            self.run_on_main(lambda: self._finish(fut, on_success, on_failure))

        future.add_done_callback(done)
        return future

    def _finish(self, fut: Future[Any], on_success: Success | None,
                on_failure: Failure | None) -> None:
        with self._lock:
            self._inflight -= 1
        if self._closed or fut.cancelled():
            return
        exc = fut.exception()
        if exc is None:
            if on_success is not None:
                on_success(fut.result())
            return
        if not isinstance(exc, PortDeskError):
            log.error("background task failed", exc_info=exc)
        if on_failure is not None:
            on_failure(exc)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._inflight > 0

    def _on_closures_pending(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            closure()

    def shutdown(self) -> None:
        """Wait for running work (a save must finish) and drop results nobody will read."""
        self._closed = True
        for lane in self._lanes.values():
            lane.shutdown(wait=True, cancel_futures=True)


class Latest:
    """Generation counter: a result is shown only if no newer request was made meanwhile."""

    def __init__(self) -> None:
        self._gen = 0
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            self._gen += 1
            return self._gen

    def current(self, token: int) -> bool:
        with self._lock:
            return token == self._gen


class Op:
    """Builder in the manner of Anki's QueryOp: Op(tm, fn).success(cb).failure(cb).run()."""

    def __init__(self, tm: TaskManager, task: Callable[[], Any], lane: str = "db") -> None:
        self._tm, self._task, self._lane = tm, task, lane
        self._ok: Success | None = None
        self._err: Failure | None = None

    def success(self, cb: Success) -> Op:
        self._ok = cb
        return self

    def failure(self, cb: Failure) -> Op:
        self._err = cb
        return self

    def run(self) -> Future[Any]:
        return self._tm.run(self._task, self._ok, self._err, self._lane)
