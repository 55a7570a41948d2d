"""Print the LOAs of several cases as one print job, with progress and Cancel.

Each case's letter is drawn and painted on a worker thread, one case at a time; a case that cannot
be printed (deleted meanwhile, bad data) is reported by name and the batch goes on: one bad case
must not cost the other forty their printout.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from portdesk.config import Settings
from portdesk.domain.errors import PortDeskError
from portdesk.domain.words import counted
from portdesk.services import loa as loa_service
from portdesk.services import lookup
from portdesk.services.desk_types import Store
from portdesk.ui.loa.common import StatusLine, TaskDialog
from portdesk.ui.loa.printing import PdfPrinter, PrinterAsk
from portdesk.ui.loa.tasks import Cancelled, Job


@dataclass
class BatchOutcome:
    printed: list[str] = field(default_factory=list)  # case references
    failed: list[str] = field(default_factory=list)  # "REF: why"
    pages: int = 0
    cancelled: bool = False


def print_batch(store: Store, settings: Settings, case_ids: list[int], printer: QPrinter,
                job: Job) -> BatchOutcome:
    outcome = BatchOutcome()
    out = PdfPrinter(printer)
    try:
        for n, case_id in enumerate(case_ids):
            if job.cancelled:
                outcome.cancelled = True
                break
            try:
                case = lookup.case(store, case_id)
                job.progress(n, len(case_ids), f"Printing the LOA of {case.reference}…")
                _case, pdf = loa_service.render_case_loa(store, case.reference, settings.branding)
                out.add(pdf, f"LOA {case.reference}", job)
                outcome.printed.append(case.reference)
            except Cancelled:
                outcome.cancelled = True
                break
            except PortDeskError as exc:
                outcome.failed.append(f"case {case_id}: {exc}")
        job.progress(len(outcome.printed) + len(outcome.failed), len(case_ids), "")
    finally:
        out.finish()
    outcome.pages = out.pages
    return outcome


class BatchPrintDialog(TaskDialog):
    finished_batch = Signal(object)  # BatchOutcome

    def __init__(self, store: Store, settings: Settings, case_ids: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.case_ids = store, settings, list(case_ids)
        self.job: Job | None = None
        self.outcome: BatchOutcome | None = None
        self.setWindowTitle(f"Print {len(self.case_ids)} LOAs")
        self.label = QLabel(f"{len(self.case_ids)} cases selected.")
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, len(self.case_ids)))
        self.progress.setValue(0)
        self.status = StatusLine()
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.on_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(460, 180)

    @classmethod
    def ask(cls, store: Store, settings: Settings, case_ids: list[int],
            parent: QWidget | None = None) -> BatchOutcome | None:
        printer = PrinterAsk.ask(parent, f"Print {len(case_ids)} LOAs")
        if printer is None:
            return None
        dialog = cls(store, settings, case_ids, parent)
        dialog.start(printer)
        dialog.exec()
        return dialog.outcome

    def start(self, printer: QPrinter) -> None:
        if not self.case_ids:
            self.status.warn("No case selected: nothing to print.")
            self._finished()
            return
        self.status.busy("Starting the print job…")
        self.job = self.runner.run(print_batch, self.store, self.settings, self.case_ids,
                                   printer, wants_job=True, on_progress=self._on_progress,
                                   on_success=self._on_done, on_failure=self._on_failed, lane="background")

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        if text:
            self.label.setText(f"{text} ({done + 1} of {total})")

    def on_cancel(self) -> None:
        if self.job is not None and self.runner.busy:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.busy("Cancelling after the current page…")
        else:
            self.reject()

    def _on_done(self, outcome: BatchOutcome) -> None:
        self.outcome = outcome
        done = (f"{counted(len(outcome.printed), 'LOA')} printed, "
                f"{counted(outcome.pages, 'page')}")
        if outcome.cancelled:
            self.status.warn(f"Cancelled: {done}; {len(self.case_ids) - len(outcome.printed)} "
                             "not printed.")
        elif outcome.failed:
            self.status.error(f"{done}. Not printed: " + "; ".join(outcome.failed))
        else:
            self.status.ok(f"{done}.")
        self.label.setText("Batch finished.")
        self._finished()
        self.finished_batch.emit(outcome)

    def _on_failed(self, message: str) -> None:
        self.status.error(message)
        self._finished()

    def _finished(self) -> None:
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
