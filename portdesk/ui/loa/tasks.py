"""Work off the GUI thread for the LOA screens, with the result or the error back by queued signal.

Each screen owns one TaskRunner (its own small thread pool), so closing the screen can wait for
its work to end instead of leaving a thread writing into a deleted widget. Errors become one
sentence for the specialist: a PortDeskError's own message, anything else a generic line (the
traceback goes to the log, never onto the screen).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from portdesk.domain.errors import PortDeskError

log = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong that PortDesk did not expect; the details are in the log."


class Cancelled(Exception):
    """Raised inside a job when the specialist pressed Cancel; reported as `cancelled`."""


class Job:
    """What a running job may use: progress reports and the cancel flag."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progressed.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


def error_text(exc: BaseException) -> str:
    if isinstance(exc, PortDeskError):
        return str(exc) or type(exc).__name__
    return UNEXPECTED


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int, str)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], signals: _Signals,
                 job: Job, wants_job: bool) -> None:
        super().__init__()
        self._fn, self._args, self._signals = fn, args, signals
        self._job, self._wants_job = job, wants_job

    def run(self) -> None:
        try:
            args = (*self._args, self._job) if self._wants_job else self._args
            result = self._fn(*args)
        except Cancelled:
            self._signals.cancelled.emit()
        except Exception as exc:
            if not isinstance(exc, PortDeskError):
                log.exception("LOA task %s failed", getattr(self._fn, "__name__", self._fn))
            self._signals.failed.emit(error_text(exc))
        else:
            self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


class TaskRunner(QObject):
    """Runs plain functions on worker threads; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._live: set[_Signals] = set()

    def run(self, fn: Callable[..., Any], *args: Any,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[str], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            on_cancelled: Callable[[], None] | None = None,
            wants_job: bool = False) -> Job:
        """Start fn(*args[, job]); the callbacks are invoked on this runner's (GUI) thread."""
        # Parentless and created here (GUI thread): worker emits are queued to this thread, and a
        # screen deleted early only drops the connection instead of leaving a dangling emitter.
        signals = _Signals()
        job = Job(signals)
        # Not busy any more as soon as the outcome arrives, in the same slot that then runs the
        # caller's callback (so it may start the next task, and nobody sees "not busy" before the
        # outcome was handled); the emitter is deleted only after its last emit.
        signals.succeeded.connect(partial(self._settle, signals, on_success))
        signals.failed.connect(partial(self._settle, signals, on_failure))
        signals.cancelled.connect(partial(self._settle, signals, on_cancelled))
        signals.finished.connect(signals.deleteLater)
        if on_progress:
            signals.progressed.connect(on_progress)
        self._live.add(signals)
        self._pool.start(_Runnable(fn, args, signals, job, wants_job))
        return job

    def _settle(self, signals: _Signals, callback: Callable[..., None] | None,
                *outcome: Any) -> None:
        self._live.discard(signals)
        if callback is not None:
            callback(*outcome)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the workers are done (closing a screen); queued results are then dropped."""
        return self._pool.waitForDone(msecs)
