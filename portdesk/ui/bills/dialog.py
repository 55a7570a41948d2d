"""Check a bill against a case: drop or pick the file, read it on a worker, compare side by side.

The bill is stored with the case only once it was read and recognised, so a cancel, a wrong file
or a wrong password leaves the case as it was. The screen then keeps the specialist's decisions
("Use bill value", "Verified another way") next to the page the evidence is on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.domain.file_kinds import BILL_SUFFIXES
from portdesk.services import bill_desk, lookup
from portdesk.services.bill_check import BillCheckReport
from portdesk.services.bill_desk import LABELS, VERIFY_METHODS, AttachedBill
from portdesk.services.desk_types import Document, PasswordRequired, ReadCancelled, Store
from portdesk.ui.bills.asks import BillFileAsk, PasswordAsk, VerifyNoteDialog
from portdesk.ui.bills.table import ComparisonPanel
from portdesk.ui.bills.viewer import BillPageView
from portdesk.ui.bills.worker import BillTask, TaskHost, error_text
from portdesk.ui.loa.common import FileDropMixin, SaveCopyAsk, StatusLine, case_line
from portdesk.ui.loa.print_preview import save_copy
from portdesk.ui.screen import fit_to_screen
from portdesk.ui.taskman import Cancelled

VIEWER_LEAST = 280  # px of the bill's page kept beside the table (its boxes still findable)


@dataclass(frozen=True, slots=True)
class BillCheckOutcome:
    document: Document | None  # the bill stored with the case, if one was
    case_changed: bool  # a value was copied from the bill: the case panel must reload
    checked_again: bool = False  # the bill was the case's already: checked again, not filed


class BillCheckDialog(FileDropMixin, QDialog):
    file_dropped = Signal(str)
    bill_attached = Signal(object)  # Document
    case_changed = Signal(object)  # PortCase, after "Use bill value"
    verification_recorded = Signal(object)  # store Verification
    drop_suffixes = BILL_SUFFIXES

    def __init__(self, store: Store, settings: Settings, actor: str, case_id: int,
                 parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.actor, self.case_id = store, settings, actor, case_id
        self.case: PortCase | None = None
        self.attached: AttachedBill | None = None
        self.filed_new = False  # a bill new to the case was filed from this screen
        self.report: BillCheckReport | None = None
        self.case_was_changed = False
        self.host = TaskHost(self)
        self.read_task: BillTask | None = None
        self.progress: QProgressDialog | None = None
        self._waiting_path = path
        self.setWindowTitle("Check the customer's bill")
        self.setAcceptDrops(True)
        self._build()
        self.file_dropped.connect(lambda p: self.check_file(Path(p)))
        self.status.busy("Loading the case…")
        self.host.start(lambda _t: lookup.case(store, case_id), self._on_case, self._on_load_failed)

    @classmethod
    def ask(cls, store: Store, settings: Settings, actor: str, case_id: int,
            parent: QWidget | None = None, path: Path | None = None) -> BillCheckOutcome:
        dialog = cls(store, settings, actor, case_id, parent, path)
        dialog.exec()
        return dialog.outcome()

    def outcome(self) -> BillCheckOutcome:
        return BillCheckOutcome(self.attached.document if self.attached else None,
                                self.case_was_changed,
                                self.attached is not None and not self.filed_new)

    def _build(self) -> None:
        self.header = QLabel()
        self.header.setStyleSheet("QLabel { font-weight: bold; }")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        drop = QFrame()
        drop.setObjectName("billDrop")
        drop.setStyleSheet("#billDrop { border: 1px dashed #8a8a8a; border-radius: 6px; }")
        hint = QLabel("Drop the customer's bill here (PDF, PNG, JPEG or TIFF), or")
        self.pick_button = QPushButton("Pick a file…")
        self.pick_button.clicked.connect(self.on_pick)
        row = QHBoxLayout(drop)
        row.addWidget(hint, 1)
        row.addWidget(self.pick_button)
        self.status = StatusLine()
        self.viewer = BillPageView()
        self.viewer.pdf.page_clicked.connect(self.on_page_clicked)
        self.panel = ComparisonPanel()
        self.panel.row_selected.connect(self.viewer.show_row)
        self.panel.use_requested.connect(self.use_bill_value)
        self.panel.verify_requested.connect(self.verify_another_way)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.viewer)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_copy_button = buttons.addButton("Save a copy…",
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_copy_button.setToolTip("The bill exactly as it was attached to the case")
        self.save_copy_button.setEnabled(False)  # once a bill is attached
        self.save_copy_button.clicked.connect(self.on_save_copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(drop)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(buttons)
        # at most what the screen shows (ui/screen): at 1280 x 800 on a 1024 x 700 laptop the
        # drop zone's "Choose a file" and the Close button were off the screen (walked)
        size = fit_to_screen(self, 1280, 800)
        self.splitter.setSizes([size.width() * 470 // 1260, size.width() * 790 // 1260])

    @property
    def busy(self) -> bool:
        return self.host.busy

    # -- loading ------------------------------------------------------------------------------
    def _on_case(self, case: PortCase) -> None:
        self.case = case
        self.header.setText(case_line(case))
        self.status.clear_status()
        if self._waiting_path is not None:
            path, self._waiting_path = self._waiting_path, None
            self.check_file(path)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.status.error(error_text(exc))
        self.pick_button.setEnabled(False)

    def on_pick(self) -> None:
        path = BillFileAsk.ask(self)
        if path is not None:
            self.check_file(path)

    # -- reading ------------------------------------------------------------------------------
    def check_file(self, path: Path, password: str | None = None) -> bool:
        """Read, check and attach the bill on a worker; False when it cannot start now."""
        if self.case is None or self.read_task is not None:
            return False
        store, settings, case_id = self.store, self.settings, self.case_id
        self.status.busy(f"Reading {path.name}…")
        self.progress = QProgressDialog(f"Reading {path.name}…", "Cancel", 0, 0, self)
        self.progress.setWindowTitle("Reading the bill")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # a text bill is read before it would flash up
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel_read)
        self.read_task = self.host.start(
            lambda task: bill_desk.read_bill(store, settings, case_id, path,
                                             password=password, progress=task.progress,
                                             cancel=task.is_cancelled),
            self._file, lambda exc: self._on_read_failed(path, exc), self._on_progress,
            lane="background")  # seconds of OCR: the desk's saves must not wait behind it
        return True

    def _file(self, read: bill_desk.ReadBill) -> None:
        """The bill was read: keep it with the case on the database lane, in order with the
        desk's other writes (a Cancel pressed before it starts still leaves nothing written)."""
        store, actor, case_id = self.store, self.actor, self.case_id
        if self.progress is not None:
            self.progress.setLabelText(f"Attaching {read.filename} to the case…")
        self.read_task = self.host.start(
            lambda _task: bill_desk.file_bill(store, actor, case_id, read), self._on_attached,
            lambda exc: self._on_read_failed(Path(read.filename), exc), lane="db")

    def cancel_read(self) -> None:
        if self.read_task is not None:
            self.read_task.cancel()
            self.status.busy("Cancelling… (the page being read is finished first)")
            if self.progress is not None:
                self.progress.setLabelText("Cancelling…")

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.progress is not None and self.read_task is not None \
                and not self.read_task.is_cancelled():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))
            self.progress.setLabelText(f"{text[:1].upper()}{text[1:]}…" if text else "Reading…")

    def _end_read(self) -> None:
        self.read_task = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_read)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_read_failed(self, path: Path, exc: BaseException) -> None:
        self._end_read()
        if isinstance(exc, PasswordRequired):
            password = PasswordAsk.ask(self, path.name, exc.wrong)
            if password is not None:
                self.check_file(path, password)
                return
            self.status.warn(f"{path.name} was not attached: it needs its password.")
        elif isinstance(exc, ReadCancelled | Cancelled):  # in the reader, or before it began
            self.status.warn(f"Reading {path.name} was cancelled; nothing was attached.")
        else:
            self.status.error(f"Not attached. {error_text(exc)}")

    def _on_attached(self, result: AttachedBill) -> None:
        self._end_read()
        self.attached, self.case = result, result.case
        self.viewer.set_bill(result.display_pdf, result.document.filename)
        self._show(result.report)
        self.filed_new = self.filed_new or not result.again
        self.status.ok(f"{result.document.filename} was already attached to "
                       f"{result.case.reference}: checked again (not filed twice); the readiness "
                       "checks now use this result." if result.again else
                       f"{result.document.filename} is attached to {result.case.reference}; "
                       "the readiness checks now use its result.")
        self.bill_attached.emit(result.document)
        self.save_copy_button.setEnabled(True)
        first = next((r for r in bill_desk.comparison_rows(result.report)
                      if r.verdict not in ("exact", "equivalent")), None)
        self.panel.select(first.key if first else "account_name")

    def _show(self, report: BillCheckReport) -> None:
        self.report = report
        rows = bill_desk.comparison_rows(report)
        self.panel.show_report(report, rows, self.settings.bill_age_limit_days)
        self.viewer.set_rows(rows, self.panel.model.verdict_of)
        self._give_table_room()

    def _give_table_room(self) -> None:
        """The comparison gets the width its columns need, the page keeping VIEWER_LEAST: at
        1024 px the page's share left the table too narrow for Action and Why."""
        viewer, panel = self.splitter.sizes()
        short = self.panel.wanted_width() - panel
        if short > 0 and viewer > VIEWER_LEAST:
            give = min(short, viewer - VIEWER_LEAST)
            self.splitter.setSizes([viewer - give, panel + give])

    # -- decisions ----------------------------------------------------------------------------
    def use_bill_value(self, key: str) -> None:
        if self.attached is None or self.report is None or self.case is None:
            return
        store, settings, actor, seen = self.store, self.settings, self.actor, self.case
        report, document_id = self.report, self.attached.document.id
        self.status.busy(f"Copying the bill's {LABELS.get(key, key).lower()} into the case…")
        self.host.start(
            lambda _t: bill_desk.use_bill_value(store, settings, actor, seen, key, report,
                                                document_id),
            lambda result: self._on_value_used(key, result), self._on_action_failed)

    def _on_value_used(self, key: str, result: tuple[PortCase, BillCheckReport]) -> None:
        self.case, report = result
        self.case_was_changed = True
        self.header.setText(case_line(self.case))
        self._show(report)
        self.status.ok(f"The bill's {LABELS.get(key, key).lower()} is now in the case, exactly "
                       "as printed; the change is in the audit log.")
        self.case_changed.emit(self.case)

    def verify_another_way(self, key: str) -> None:
        row = next((r for r in self.panel.model.rows() if r.key == key), None)
        if row is None:
            return
        label = row.label if row.label != "Number" else f"number {row.entered}"
        answer = VerifyNoteDialog.ask(self, label, row.entered)
        if answer is None:
            return
        method, note = answer
        store, actor, case_id = self.store, self.actor, self.case_id
        self.host.start(
            lambda _t: bill_desk.verify_another_way(store, actor, case_id, key, method, note),
            lambda done: self._on_verified(key, done), self._on_action_failed)

    def _on_verified(self, key: str, done: object) -> None:
        method, note = getattr(done, "method", ""), getattr(done, "note", "")
        self.panel.mark_verified(key, f"{VERIFY_METHODS.get(method, method)}: {note}")
        self.viewer.set_rows(self.panel.model.rows(), self.panel.model.verdict_of)
        self.status.ok("Recorded as verified another way; the readiness checks count it.")
        self.verification_recorded.emit(done)

    def _on_action_failed(self, exc: BaseException) -> None:
        self.status.error(error_text(exc))

    def on_save_copy(self) -> None:
        """The attached bill's own bytes (as filed, checked against its hash) to a file."""
        if self.attached is None:
            return
        document = self.attached.document
        path = SaveCopyAsk.ask(self, f"Save a copy of {document.filename}", document.filename)
        if path is None:
            return
        store = self.store
        self.status.busy(f"Saving {path.name}…")
        self.host.start(
            lambda _t: save_copy(lookup.document_content(store, document.id), path),
            lambda saved: self.status.ok(f"Saved a copy as {saved}"), self._on_action_failed,
            lane="background")

    def on_page_clicked(self, page: int, x: float, y: float) -> None:
        """A click on an evidence box selects its row (x, y in points, origin bottom-left)."""
        row = self.viewer.row_at(page, x, y)
        if row is not None:
            self.panel.select(row.key)

    # -- closing ------------------------------------------------------------------------------
    def shutdown(self) -> None:
        self.host.shutdown()
        self.viewer.shutdown()
        if self.progress is not None:
            self._end_read()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
