"""Any document of a case on screen (letters, filled forms, signed copies, scans), and printed.

The list offers the standard LOA drawn from the case as it is now, then every stored document,
newest first. A signed LOA or a filled carrier form the case has changed away from is flagged in
the list (red, with what changed) and said again when it is opened. Bytes are fetched on a worker;
pages render on the viewer's own thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.domain.errors import PortDeskError
from portdesk.domain.moments import shown_stamp
from portdesk.services import loa as loa_service
from portdesk.services import lookup
from portdesk.services.desk_types import Document, Store
from portdesk.services.loa_print import scan_as_pdf
from portdesk.ui.loa.common import StatusLine, TaskDialog, case_line
from portdesk.ui.loa.pdfview import PdfView
from portdesk.ui.loa.print_preview import DocumentButtons, PrintPreview
from portdesk.ui.screen import fit_to_screen

STANDARD = -1  # the list entry for the letter drawn from the case now
STALE_ROLE = Qt.ItemDataRole.UserRole + 1  # why the document no longer fits the case, or ""
STALE_COLOUR = "#b3261e"
_KIND_NAMES = {"loa": "LOA", "loa_signed": "Signed LOA", "loa_wet_signed": "Wet-signed LOA",
               "bill": "Bill", "other": "Document"}


@dataclass(frozen=True, slots=True)
class Shown:
    name: str
    content: bytes
    is_pdf: bool
    printable: bytes | None = None  # what Print sends: the PDF itself, or a scan made a PDF


def fetch(store: Store, settings: Settings, case: PortCase, doc_id: int, name: str) -> Shown:
    if doc_id == STANDARD:
        _case, pdf = loa_service.render_case_loa(store, case.reference, settings.branding)
        return Shown(name, pdf, True)
    content = lookup.document_content(store, doc_id)
    if content[:5] == b"%PDF-":
        return Shown(name, content, True, content)
    try:
        return Shown(name, content, False, scan_as_pdf(content, name))
    except PortDeskError:
        return Shown(name, content, False, None)


class DocumentPreviewDialog(TaskDialog):
    shown = Signal(str)  # the name of the document now on screen

    def __init__(self, store: Store, settings: Settings, case_id: int,
                 parent: QWidget | None = None, document_id: int | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.case_id = store, settings, case_id
        self.case: PortCase | None = None
        self.current: Shown | None = None
        self._wanted = document_id
        self.setWindowTitle("Documents of the case")
        self._build()
        self.status.busy("Loading the case's documents…")
        self.runner.run(lookup.case_documents_standing, store, case_id,
                        on_success=self._on_listed,
                        on_failure=self.status.error)

    @classmethod
    def ask(cls, store: Store, settings: Settings, case_id: int,
            parent: QWidget | None = None, document_id: int | None = None) -> None:
        cls(store, settings, case_id, parent, document_id).exec()

    def _build(self) -> None:
        self.header = QLabel()
        self.header.setStyleSheet("QLabel { font-weight: bold; }")
        self.documents = QListWidget()
        self.documents.setAccessibleName("Documents")
        self.documents.currentItemChanged.connect(lambda item, _old: self.show_item(item))
        self.view = PdfView()
        self.view.load_failed.connect(self.status_error)
        splitter = QSplitter()
        splitter.addWidget(self.documents)
        splitter.addWidget(self.view)
        splitter.setSizes([260, 760])
        self.status = StatusLine()
        self.buttons = QDialogButtonBox()
        self.document_buttons = DocumentButtons(self, self.buttons, self.status)
        self.print_button = self.document_buttons.print_button
        self.save_button = self.document_buttons.save_button
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1060, 860)

    def status_error(self, message: str) -> None:
        self.status.error(message)

    def _on_listed(self, listed: tuple[PortCase, list[tuple[Document, str]]]) -> None:
        self.case, docs = listed
        self.header.setText(case_line(self.case))
        self.status.clear_status()
        item = QListWidgetItem("Standard LOA (drawn from the case now)")
        item.setData(Qt.ItemDataRole.UserRole, (STANDARD, f"LOA-{self.case.reference}.pdf"))
        self.documents.addItem(item)
        start = item
        for doc, stale in reversed(docs):
            label = f"{_KIND_NAMES.get(doc.kind, doc.kind)}: {doc.filename}\n" \
                    f"{shown_stamp(doc.created_at)} by {doc.created_by}"
            entry = QListWidgetItem(label + ("\n⚠ No longer matches the case" if stale else ""))
            entry.setData(Qt.ItemDataRole.UserRole, (doc.id, doc.filename))
            entry.setData(STALE_ROLE, stale)
            if stale:
                entry.setForeground(QBrush(QColor(STALE_COLOUR)))
                entry.setToolTip(stale)
            self.documents.addItem(entry)
            if doc.id == self._wanted:
                start = entry
        self.documents.setCurrentItem(start)

    def show_item(self, item: QListWidgetItem | None) -> None:
        if item is None or self.case is None:
            return
        doc_id, name = item.data(Qt.ItemDataRole.UserRole)
        self.document_buttons.show(None, name)
        self.status.busy(f"Opening {name}…")
        stale = str(item.data(STALE_ROLE) or "")
        self.runner.run(fetch, self.store, self.settings, self.case, doc_id, name,
                        on_success=lambda shown: self._on_fetched(shown, stale),
                        on_failure=self.status.error)

    def _on_fetched(self, shown: Shown, stale: str = "") -> None:
        self.current = shown
        if stale:
            self.status.warn(stale)
        else:
            self.status.clear_status()
        if shown.is_pdf:
            self.view.set_pdf(shown.content, shown.name)
        else:
            self.view.set_image(shown.content, shown.name)
        self.document_buttons.show(shown.content, shown.name, shown.printable)
        self.shown.emit(shown.name)

    def on_print(self) -> None:
        """The print preview of the document shown (its own Print… and Save a copy…)."""
        if self.current is not None and self.current.printable is not None:
            PrintPreview.ask(self.current.printable, self.current.name, self, self.current.name)
