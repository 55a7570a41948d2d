"""The paper path: print the unsigned LOA, and later attach the scanned signed copy with its date.

The signing date is the one written by hand on the paper; it cannot be in the future, and it is
what the LOA's age (30 days for most carriers) is counted from.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.domain.readiness import Check
from portdesk.services import loa as loa_service
from portdesk.services import loa_desk
from portdesk.services.desk_types import Document, Store
from portdesk.ui.loa.common import (
    SCAN_FILTER,
    FileDropMixin,
    LetterWarning,
    OpenFileAsk,
    StatusLine,
    TaskDialog,
    case_line,
    read_file,
)
from portdesk.ui.loa.print_preview import PrintPreview


def attach_on_worker(store: Store, reference: str, path: Path, signed_on: date,
                     actor: str) -> Document:
    return loa_service.attach_wet_signed(store, reference, read_file(path), path.name,
                                         signed_on, actor)


class WetSignDialog(FileDropMixin, TaskDialog):
    attached = Signal(object)  # Document
    file_dropped = Signal(str)
    drop_suffixes = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")

    def __init__(self, store: Store, settings: Settings, actor: str, case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.actor, self.case_id = store, settings, actor, case_id
        self.case: PortCase | None = None
        self.result_value: Document | None = None
        self.setWindowTitle("Wet signature: print, sign by hand, attach the scan")
        self.setAcceptDrops(True)
        self._build()
        self.file_dropped.connect(self.path_edit.setText)
        self.status.busy("Loading the case…")
        self.runner.run(loa_desk.case_before_signing, self.store, settings, case_id,
                        on_success=self._on_case, on_failure=self.status.error)

    @classmethod
    def ask(cls, store: Store, settings: Settings, actor: str, case_id: int,
            parent: QWidget | None = None) -> Document | None:
        dialog = cls(store, settings, actor, case_id, parent)
        dialog.exec()
        return dialog.result_value

    def _build(self) -> None:
        self.header = QLabel()
        self.header.setStyleSheet("QLabel { font-weight: bold; }")
        # said before the print, never in its way: the paper path is never held back
        self.wrong_on_letter = LetterWarning()
        step1 = QGroupBox("1. Print the unsigned LOA for the customer to sign by hand")
        self.print_button = QPushButton("Print preview…")
        self.print_button.clicked.connect(self.on_print)
        row1 = QHBoxLayout(step1)
        row1.addWidget(QLabel("Every page signed and dated; no stamped signatures."), 1)
        row1.addWidget(self.print_button)
        step2 = QGroupBox("2. Attach the scanned signed copy (PDF or image; drop it here)")
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText("Scanned signed LOA")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self.on_browse)
        pick = QHBoxLayout()
        pick.addWidget(self.path_edit, 1)
        pick.addWidget(browse)
        self.signed_on = QDateEdit(QDate.currentDate())
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("MM/dd/yyyy")
        self.signed_on.setMaximumDate(QDate.currentDate())
        self.signed_on.setMinimumDate(QDate.currentDate().addYears(-2))
        form = QFormLayout(step2)
        form.addRow("Scanned copy", pick)
        form.addRow("Date signed (as written)", self.signed_on)
        self.status = StatusLine()
        self.buttons = QDialogButtonBox()
        self.attach_button = self.buttons.addButton(
            "Attach signed copy", QDialogButtonBox.ButtonRole.AcceptRole)
        self.attach_button.setEnabled(False)
        self.attach_button.clicked.connect(self.on_attach)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.wrong_on_letter)
        layout.addWidget(step1)
        layout.addWidget(step2)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(600, 340)

    def _on_case(self, loaded: tuple[PortCase, list[Document], list[Check]]) -> None:
        case, _forms, wrong = loaded
        self.case = case
        self.header.setText(case_line(case))
        self.wrong_on_letter.show_checks(wrong)
        self.attach_button.setEnabled(True)
        self.status.clear_status()

    def on_print(self) -> None:
        self.print_button.setEnabled(False)
        self.status.busy("Drawing the LOA…")
        self.runner.run(loa_desk.unsigned_letter, self.store, self.settings, self.case_id,
                        on_success=self._on_rendered, on_failure=self._on_print_failed)

    def _on_rendered(self, rendered: tuple[PortCase, bytes]) -> None:
        case, pdf = rendered
        self.print_button.setEnabled(True)
        self.status.clear_status()
        PrintPreview.ask(pdf, f"LOA {case.reference} (unsigned)", self,
                         f"LOA-{case.reference}-unsigned.pdf",
                         "To be signed and dated by hand on every page; no stamped signatures.")

    def _on_print_failed(self, message: str) -> None:
        self.print_button.setEnabled(True)
        self.status.error(message)

    def on_browse(self) -> None:
        path = OpenFileAsk.ask(self, "Scanned signed LOA", SCAN_FILTER)
        if path is not None:
            self.path_edit.setText(str(path))

    def on_attach(self) -> None:
        if self.case is None or self.runner.busy:
            return
        text = self.path_edit.text().strip()
        if not text:
            self.status.error("Choose the scanned signed copy first.")
            return
        signed_on = date.fromisoformat(self.signed_on.date().toString("yyyy-MM-dd"))
        if signed_on > date.today():
            self.status.error("The date signed cannot be in the future.")
            return
        self.attach_button.setEnabled(False)
        self.status.busy("Attaching the signed copy…")
        self.runner.run(attach_on_worker, self.store, self.case.reference, Path(text), signed_on,
                        self.actor, on_success=self._on_attached, on_failure=self._on_failed)

    def _on_failed(self, message: str) -> None:
        self.attach_button.setEnabled(True)
        self.status.error(message)

    def _on_attached(self, doc: Document) -> None:
        self.result_value = doc
        signed = doc.signed_at.date() if doc.signed_at else None
        self.status.ok(f"Attached {doc.filename}, signed on {signed:%m/%d/%Y}. "
                       f"SHA-256 {doc.sha256} is in the case's audit log.")
        self.attached.emit(doc)
