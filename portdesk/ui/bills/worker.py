"""One bill task on its own QThread: progress, a cancel flag, and the outcome back by signal.

The outcome carries the exception object itself (not just its text): the screen must tell a
password-protected PDF (ask for the password, read again) from a file that is not a bill.
Signals are emitted on the worker and delivered queued to the screen, which lives on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from portdesk.domain.errors import PortDeskError

log = logging.getLogger(__name__)
UNEXPECTED = "Something went wrong that PortDesk did not expect; the details are in the log."


def error_text(exc: BaseException) -> str:
    """One sentence for the specialist; a traceback only ever goes to the log."""
    if isinstance(exc, PortDeskError):
        return str(exc) or type(exc).__name__
    return UNEXPECTED


class BillTask(QThread):
    progressed = Signal(int, int, str)  # done, total, what is happening
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, fn: Callable[[BillTask], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.progressed.emit(done, total, text)

    def run(self) -> None:
        try:
            result = self._fn(self)
        except Exception as exc:  # every failure goes back to the screen
            if not isinstance(exc, PortDeskError):
                log.error("bill task failed", exc_info=exc)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class TaskHost(QObject):
    """The tasks of one screen; the screen waits for them before it goes away."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[BillTask] = []

    def start(self, fn: Callable[[BillTask], Any], on_success: Callable[[Any], None],
              on_failure: Callable[[BaseException], None],
              on_progress: Callable[[int, int, str], None] | None = None) -> BillTask:
        task = BillTask(fn)
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        task.finished.connect(self._on_task_finished)  # queued: this object is on the GUI thread
        self._tasks.append(task)
        task.start()
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def _on_task_finished(self) -> None:
        for task in [t for t in self._tasks if t.isFinished()]:
            self._tasks.remove(task)
            task.deleteLater()

    def shutdown(self) -> None:
        """Cancel and wait: a worker must never outlive the screen it reports to."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            for signal in (task.succeeded, task.failed, task.progressed):
                signal.disconnect()
            task.wait()
        self._on_task_finished()
