"""The document as it will print, with Print… and Save a copy…, sized to the screen.

What is previewed is what goes out: a signed LOA is shown and printed as the signed document (sent
as its own PDF where the printer can take one, see printing.py), and "Save a copy…" writes its
exact bytes, the file a carrier portal or an e-mail needs, its digital signature intact.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from portdesk.domain.words import counted
from portdesk.ui.loa.common import SaveCopyAsk, StatusLine, TaskDialog
from portdesk.ui.loa.pdfview import PdfView
from portdesk.ui.loa.printing import PrinterAsk, destination, print_pdf, write_file
from portdesk.ui.screen import fit_to_screen


def save_copy(content: bytes, path: Path) -> Path:
    write_file(path, content)
    return path


def print_on_worker(pdf: bytes, printer: QPrinter, label: str) -> int:
    return print_pdf(pdf, printer, label)


class DocumentButtons:
    """Print… and Save a copy… for whatever document a screen shows; one place for both."""

    def __init__(self, dialog: TaskDialog, buttons: QDialogButtonBox, status: StatusLine) -> None:
        self.dialog, self.status = dialog, status
        self.content: bytes | None = None
        self.printable: bytes | None = None
        self.name = "document.pdf"
        self.print_button = buttons.addButton("Print…", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton("Save a copy…",
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.on_print)
        self.save_button.clicked.connect(self.on_save_copy)
        self.show(None, "")

    def show(self, content: bytes | None, name: str, printable: bytes | None = None) -> None:
        """`content` is saved as it is; `printable` (the PDF itself by default) is printed."""
        self.content, self.name = content, name or "document.pdf"
        self.printable = printable if printable is not None else (
            content if content is not None and content[:5] == b"%PDF-" else None)
        self.print_button.setEnabled(self.printable is not None)
        self.save_button.setEnabled(content is not None)

    def on_print(self) -> None:
        if self.printable is None:
            return
        printer = PrinterAsk.ask(self.dialog, f"Print {self.name}")
        if printer is None:
            return
        self.print_button.setEnabled(False)
        self.status.busy(f"Printing {self.name}…")
        self.dialog.runner.run(print_on_worker, self.printable, printer, self.name,
                               on_success=lambda pages: self._on_printed(pages, printer),
                               on_failure=self._on_failed, lane="background")

    def _on_printed(self, pages: int, printer: QPrinter | None = None) -> None:
        self.print_button.setEnabled(True)
        what = f"{counted(pages, 'page')} of {self.name}"
        # "Print to file" wrote a file: say where, not "to the printer" (walked, session 19)
        self.status.ok(f"Wrote {what} to {printer.outputFileName()}."
                       if printer is not None and destination(printer) == "file"
                       else f"Sent {what} to the printer.")
        printed = getattr(self.dialog, "printed", None)
        if printed is not None:
            printed.emit(pages)

    def _on_failed(self, message: str) -> None:
        self.print_button.setEnabled(self.printable is not None)
        self.status.error(message)

    def on_save_copy(self) -> None:
        if self.content is None:
            return
        path = SaveCopyAsk.ask(self.dialog, f"Save a copy of {self.name}", self.name)
        if path is None:
            return
        self.status.busy(f"Saving {path.name}…")
        self.dialog.runner.run(save_copy, self.content, path,
                               on_success=lambda p: self.status.ok(f"Saved a copy as {p}"),
                               on_failure=self.status.error, lane="background")


class PrintPreview(TaskDialog):
    """A document on screen with Print… and Save a copy…; never taller than the screen."""

    printed = Signal(int)  # pages sent

    def __init__(self, pdf: bytes, label: str, parent: QWidget | None = None,
                 filename: str = "", note: str = "", warning: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Print preview: {label}")
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        if warning:
            self.note.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.view = PdfView()
        self.status = StatusLine()
        self.view.load_failed.connect(self.status.error)
        buttons = QDialogButtonBox()
        self.documents = DocumentButtons(self, buttons, self.status)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 1000)
        self.view.set_pdf(pdf, label)
        self.documents.show(pdf, filename or f"{label}.pdf")

    @classmethod
    def ask(cls, pdf: bytes, label: str, parent: QWidget | None, filename: str = "",
            note: str = "", warning: bool = False) -> bool:
        """Show the preview until it is closed; True when it was accepted.

        The closed dialog is deleted then (deleteLater, on the GUI thread), not kept as a
        hidden child of the window with the document, its rendered pages and its worker lane
        until the window closes: a specialist previews dozens of LOAs a day."""
        dialog = cls(pdf, label, parent, filename, note, warning)
        try:
            return bool(dialog.exec())
        finally:
            dialog.deleteLater()
