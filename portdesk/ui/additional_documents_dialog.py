"""Case > Additional documents: what the carrier asked for beside the LOA and the bill (a CSR, a
signed invoice, another page), sent to the case's platform order as the type the platform lists.

The specialist picks one of the case's files (or a new PDF or image, filed with the case) and a
type, and sends it; a wrong one on the order is removed. Both wait in the outbox until the next
sync, so the dialog works offline and says so; the list says what the order holds (when the
platform answers) and what still waits. Every call runs on the background lane through the
callables given (services.additional_documents).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.additional_documents import DOCUMENT_TYPES, default_type, type_words
from portdesk.services.additional_documents import AdditionalListing
from portdesk.services.timeline import DOCUMENT_KINDS
from portdesk.ui.taskman import TaskManager, describe

NEW_FILE = -1
USER_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class CaseFile:
    id: int
    filename: str
    kind: str


@dataclass(frozen=True, slots=True)
class Loaded:
    listing: AdditionalListing
    files: list[CaseFile]


class AdditionalDocumentsDialog(QDialog):
    def __init__(self, tasks: TaskManager, reference: str, load: Callable[[], Loaded],
                 attach: Callable[[int, str], str], attach_new: Callable[[Path, str], str],
                 remove: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._load = tasks, load
        self._attach, self._attach_new, self._remove = attach, attach_new, remove
        self.setWindowTitle(f"Additional documents of {reference}")
        layout = QVBoxLayout(self)
        intro = QLabel("Documents the carrier asked for beside the LOA and the bill. They go "
                       "to the platform order at the next sync; offline they wait, nothing "
                       "is lost.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Sent as", "File", "State"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.file_box = QComboBox()
        self.file_box.setToolTip("one of the case's files, or a new PDF or image")
        self.type_box = QComboBox()
        for value, words in DOCUMENT_TYPES.items():
            self.type_box.addItem(words, value)
        self.type_box.setToolTip("what the platform is told the document is")
        self.file_box.currentIndexChanged.connect(self.on_file_box_changed)
        self.send_button = QPushButton("Send")
        self.send_button.clicked.connect(self.on_send_clicked)
        row.addWidget(QLabel("File:"))
        row.addWidget(self.file_box, 2)
        row.addWidget(QLabel("as:"))
        row.addWidget(self.type_box, 1)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        self.remove_button = QPushButton("Remove selected from the order")
        self.remove_button.clicked.connect(self.on_remove_clicked)
        layout.addWidget(self.remove_button)
        self.status = QLabel("Reading…")
        self.status.setWordWrap(True)
        self.status.setObjectName("additionalStatus")
        layout.addWidget(self.status)
        self.loaded: Loaded | None = None
        self.resize(720, 380)
        self.reload()

    # loading
    def reload(self, said: str = "") -> None:
        self._busy(True)
        self._tasks.run(self._load, lambda loaded: self.show_loaded(loaded, said),
                        self.on_failed, lane="background")

    def show_loaded(self, loaded: Loaded, said: str = "") -> None:
        self.loaded = loaded
        rows = loaded.listing.rows
        self.table.setRowCount(len(rows))
        for r, item in enumerate(rows):
            cells = (type_words(item.document_type), item.filename, item.words)
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(USER_ROLE, item.platform_id)
                self.table.setItem(r, c, cell)
        chosen = self.file_box.currentData()
        self.file_box.blockSignals(True)
        self.file_box.clear()
        for f in loaded.files:
            self.file_box.addItem(f"{f.filename} ({DOCUMENT_KINDS.get(f.kind, f.kind)})", f.id)
        self.file_box.addItem("New file…", NEW_FILE)
        index = self.file_box.findData(chosen)
        self.file_box.setCurrentIndex(max(index, 0))
        self.file_box.blockSignals(False)
        self.on_file_box_changed()
        notes = [n for n in (said, loaded.listing.note) if n]
        if not rows and not loaded.listing.note:
            notes.append("No additional document on the order.")
        self.status.setText("\n".join(notes))
        self._busy(False)

    def on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(describe(exc))

    def _busy(self, busy: bool) -> None:
        for button in (self.send_button, self.remove_button):
            button.setEnabled(not busy)

    def on_file_box_changed(self, *_: Any) -> None:
        """A case file's kind proposes its type (an LOA as loa, a bill as invoice); the
        specialist may change it."""
        if self.loaded is None:
            return
        kind = next((f.kind for f in self.loaded.files if f.id == self.file_box.currentData()),
                    None)
        if kind is not None:
            self.type_box.setCurrentIndex(self.type_box.findData(default_type(kind)))

    # sending
    def ask_file(self) -> Path | None:
        """The file picker (tests replace it)."""
        name, _ = QFileDialog.getOpenFileName(self, "Document to send", "",
                                              "PDF or image (*.pdf *.png *.jpg *.jpeg *.tif "
                                              "*.tiff)")
        return Path(name) if name else None

    def on_send_clicked(self) -> None:
        document_type = str(self.type_box.currentData())
        chosen = self.file_box.currentData()
        if chosen == NEW_FILE:
            path = self.ask_file()
            if path is None:
                return

            def task() -> str:
                return self._attach_new(path, document_type)
        elif chosen is None:
            self.status.setText("Choose a file first.")
            return
        else:
            def task() -> str:
                return self._attach(int(chosen), document_type)
        self._busy(True)
        # queued in the outbox with its audit entry: a write, so on the database lane in order with
        # the desk's other writes (the sync sends it; nothing here talks to the platform)
        self._tasks.run(task, self.reload, self.on_failed, lane="db")

    def selected_id(self) -> str:
        items = self.table.selectedItems()
        return str(items[0].data(USER_ROLE) or "") if items else ""

    def on_remove_clicked(self) -> None:
        platform_id = self.selected_id()
        if not platform_id:
            self.status.setText("Select a document the order holds (one still waiting is not "
                                "on the platform yet).")
            return
        self._busy(True)
        self._tasks.run(lambda: self._remove(platform_id), self.reload, self.on_failed,
                        lane="db")  # an outbox intent and its audit entry: a write
