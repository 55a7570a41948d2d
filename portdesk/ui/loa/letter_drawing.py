"""Print LOA draws the letter on a worker, with progress and Cancel, then shows the preview.

Drawing the standard letter (or reading the signed one and checking it against the case) took
120-330 ms on the GUI thread: the desk froze on every Print LOA. Now it runs on a worker (the
database lane, in order behind the save of what was just typed, so the letter holds it), like
the desk's other long work (the bill read, batch print): a busy indicator with Cancel comes up
if it takes longer than a moment, Cancel drops the letter when it is drawn, and a failure is
said on the status bar. Nothing is written anywhere, so nothing can be lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from portdesk.config import Settings
    from portdesk.services.desk_types import Store
    from portdesk.services.loa_print import LetterToPrint
    from portdesk.ui.taskman import Job, TaskManager

SHOWN_AFTER_MS = 300  # a quick drawing never flashes a dialog up


def draw_letter(store: Store, settings: Settings, case_id: int) -> LetterToPrint:
    """The worker's part (services.loa_print): plain data back to the GUI thread."""
    from portdesk.services.loa_print import letter_to_print

    return letter_to_print(store, settings, case_id)


class LetterDrawing:
    """One Print LOA in flight for a window; a second press while it draws is ignored."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None,
                 failed: Callable[[BaseException], None],
                 show: Callable[[LetterToPrint, QWidget | None], Any]) -> None:
        self.tasks, self.parent, self.failed, self.show = tasks, parent, failed, show
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None

    def start(self, store: Store, settings: Settings, case_id: int, reference: str = "") -> bool:
        if self.job is not None:
            return False
        what = f"the LOA of {reference}" if reference else "the LOA"
        progress = self.progress = QProgressDialog(f"Drawing {what}…", "Cancel", 0, 0,
                                                   self.parent)
        progress.setWindowTitle("Print LOA")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOWN_AFTER_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.on_progress_canceled)
        self.job = self.tasks.start(draw_letter, store, settings, case_id,
                                    on_success=self._on_drawn, on_failure=self._on_failed,
                                    on_cancelled=self._on_cancelled,
                                    # after the save Print LOA flushes first (the lane is
                                    # serial): the letter holds what was just typed
                                    lane="db")
        return True

    def on_progress_canceled(self) -> None:
        if self.job is not None:
            self.job.cancel()  # a drawing under way finishes; its letter is dropped

    def _finish(self) -> bool:
        """Done with the job: True when it was cancelled (its outcome is not wanted)."""
        job, self.job = self.job, None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        return job is None or job.cancelled

    def _on_cancelled(self) -> None:
        self._finish()

    def _on_drawn(self, letter: LetterToPrint) -> None:
        if not self._finish():
            self.show(letter, self.parent)

    def _on_failed(self, exc: BaseException) -> None:
        if not self._finish():
            self.failed(exc)
