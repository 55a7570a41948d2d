"""The platform's side of a port-in, as the documented flow has it: portability per number, the
order's requirements and their states, the allowed FOC windows, the exception types the platform
uses, and on-demand activation with the job's progress.

Everything is read on the `background` lane (network) through `load`; Activate runs `activate`
the same way and the job is followed by reloading until it completes or fails.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.number_requirements import unknown_note
from portdesk.services.desk_types import ActivationJob
from portdesk.services.sync_platform_view import PlatformView, window_rows, zone_label
from portdesk.ui.taskman import Op, TaskManager, describe

JOB_PROGRESS = {"created": 10, "in-process": 50, "completed": 100, "failed": 100}
STATE_TEXT = {"requirement-info-pending": "waiting for a value",
              "requirement-info-under-review": "under review",
              "requirement-info-exception": "refused: give another value",
              "approved": "approved"}


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


class PlatformStepsView(QDialog):
    def __init__(self, tm: TaskManager, reference: str, load: Callable[[], PlatformView],
                 activate: Callable[[], ActivationJob], parent: QWidget | None = None,
                 open_codes: Callable[[], None] | None = None,
                 open_additional: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._tm, self._load, self._activate = tm, load, activate
        self.setWindowTitle(f"Platform steps of {reference}")
        layout = QVBoxLayout(self)
        self.status = QLabel("Reading the platform...")
        self.status.setWordWrap(True)  # a long answer wrapped: it widened the screen past 1024 px
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.activate_button = QPushButton("Activate now")
        self.activate_button.setToolTip("FastPort: move the numbers now instead of at the FOC")
        self.activate_button.setEnabled(False)
        self.activate_button.clicked.connect(self.on_activate_clicked)
        self.codes_button = QPushButton("Verification codes…")
        self.codes_button.setToolTip("send the codes to the customer's numbers and type back "
                                     "what the customer reads out")
        self.codes_button.setEnabled(False)
        if open_codes is not None:
            self.codes_button.clicked.connect(open_codes)
        self.additional_button = QPushButton("Additional documents…")
        self.additional_button.setToolTip("send a CSR, an invoice or another document the "
                                          "carrier asked for; remove a wrong one")
        if open_additional is not None:
            self.additional_button.clicked.connect(open_additional)
        else:
            self.additional_button.setVisible(False)
        layout.addWidget(self.progress)
        layout.addWidget(self.codes_button)
        layout.addWidget(self.additional_button)
        layout.addWidget(self.activate_button)
        self._poll = QTimer(self)
        self._poll.setInterval(5_000)
        self._poll.timeout.connect(self.reload)
        self.view: PlatformView | None = None
        self.resize(760, 460)
        self.reload()

    def reload(self) -> None:
        Op(self._tm, self._load, "background").success(self.show_view).failure(
            self.on_failed).run()

    def on_failed(self, exc: BaseException) -> None:
        self._poll.stop()
        self.status.setText(describe(exc))

    def show_view(self, view: PlatformView) -> None:
        self.view = view
        self.tabs.clear()
        self.tabs.addTab(_table(["Number", "Portable", "FastPort", "Reason"], [
            [str(r.get("e164")), "yes" if r.get("portable") else "NO",
             "yes" if r.get("fast_portable") else "", str(r.get("reason") or "")]
            for r in view.portability]), "Portability")
        if view.number_requirements:
            rows = [[r.e164, r.state, r.todo] for r in view.number_requirements]
            if note := unknown_note(view.number_requirements):
                rows.append(["", "note", note])
            self.tabs.addTab(_table(["Number", "Requirements", "What to do"], rows),
                             "Numbers")
        self.tabs.addTab(_table(["Requirement", "Kind", "State", "What it is"], [
            [r.name, r.field_type, STATE_TEXT.get(r.status, r.status), r.description]
            for r in view.requirements]), "Requirements")
        self.tabs.addTab(_table([f"Allowed FOC window starts ({zone_label(view.zone)})",
                                 "ends"],
                                [list(row) for row in window_rows(view.windows, view.zone)]),
                         "FOC windows")
        self.tabs.addTab(_table(["Code", "What it means"], [
            [t.code, t.description] for t in view.exception_types]), "Exception types")
        status = f"Order status on the platform: {view.order_status or 'no order yet'}"
        if view.needs_codes:
            status += (". The platform asks for phone number verification codes: "
                       "Verification codes… below")
        self.status.setText(status)
        self.codes_button.setEnabled(view.needs_codes)
        self.activate_button.setEnabled(view.can_activate and not self._running())
        self._show_job(view.jobs[-1] if view.jobs else None)

    def _running(self) -> bool:
        return bool(self.view and self.view.jobs
                    and self.view.jobs[-1].status in ("created", "in-process"))

    def _show_job(self, job: ActivationJob | None) -> None:
        if job is None:
            self.progress.setVisible(False)
            return
        self.progress.setVisible(True)
        self.progress.setValue(JOB_PROGRESS.get(job.status, 0))
        self.progress.setFormat(f"activation {job.status}")
        if job.status in ("created", "in-process"):
            self._poll.start()
        else:
            self._poll.stop()

    def on_activate_clicked(self) -> None:
        self.activate_button.setEnabled(False)
        Op(self._tm, self._activate, "background").success(self.on_activated).failure(
            self.on_failed).run()

    def on_activated(self, job: ActivationJob) -> None:
        self._show_job(job)
        self.reload()
