"""The LOA and settings screens' call form onto the desk's one task runner (ui/taskman.py).

A screen owns one TaskRunner: closing the screen waits for its jobs instead of leaving a worker
writing into a deleted widget. Failures arrive as the one sentence the runner's error rule gives
(ui.taskman.describe), which is what these screens show. Jobs that read or write the store run on
the shared database lane, so they wait their turn behind the desk's saves; pure PDF work may ask
for the background lane.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from portdesk.ui.taskman import UNEXPECTED, Cancelled, Job, TaskManager, describe

__all__ = ["UNEXPECTED", "Cancelled", "Job", "TaskRunner", "error_text"]

error_text = describe


class TaskRunner(QObject):
    """Runs plain functions on the shared lanes; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = TaskManager(self)

    def run(self, fn: Callable[..., Any], *args: Any,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[str], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            on_cancelled: Callable[[], None] | None = None,
            wants_job: bool = False, lane: str = "db") -> Job:
        """Start fn(*args[, job]); the callbacks are invoked on the GUI thread."""
        failed = None if on_failure is None else (lambda exc: on_failure(describe(exc)))
        return self.tasks.start(fn, *args, on_success=on_success, on_failure=failed,
                                on_progress=on_progress, on_cancelled=on_cancelled, lane=lane,
                                wants_job=wants_job)

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def wait(self, msecs: int = -1) -> bool:
        """Block until this screen's jobs are done (closing it); their results are then dropped."""
        return self.tasks.wait(msecs)
