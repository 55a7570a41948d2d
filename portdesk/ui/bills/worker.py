"""The bill screen's call form onto the desk's one task runner (ui/taskman.py).

The outcome carries the exception object itself (not just its text): the screen must tell a
password-protected PDF (ask for the password, read again) from a file that is not a bill. Its text
for the specialist comes from the runner's one error rule (`error_text` is ui.taskman.describe).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from portdesk.ui.taskman import Job, TaskManager, describe

__all__ = ["BillTask", "TaskHost", "error_text"]

BillTask = Job
error_text = describe


class TaskHost(QObject):
    """The tasks of one screen; the screen cancels and waits for them before it goes away."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = TaskManager(self)

    def start(self, fn: Callable[[Job], Any], on_success: Callable[[Any], None],
              on_failure: Callable[[BaseException], None],
              on_progress: Callable[[int, int, str], None] | None = None,
              lane: str = "db") -> Job:
        return self.tasks.start(fn, on_success=on_success, on_failure=on_failure,
                                on_progress=on_progress, wants_job=True, lane=lane)

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def shutdown(self) -> None:
        """Cancel and wait: a worker must never outlive the screen it reports to."""
        self.tasks.cancel_all()
        self.tasks.shutdown()
