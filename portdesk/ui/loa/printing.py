"""Printing PDFs through Qt: each page rendered on white at up to 300 dpi, at true size.

QPainter may paint on a QPrinter from a worker thread (Qt documents QImage, QPrinter and QPicture
as thread-safe paint devices), so batch printing runs entirely off the GUI thread and can be
cancelled between pages. The preview dialog uses the same painting, so what is previewed is
exactly what prints.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from portdesk.domain.errors import PortDeskError
from portdesk.ui.loa.render import LoadedPdf, render_on_white
from portdesk.ui.loa.tasks import Job

MAX_PRINT_DPI = 300


class PrintFailed(PortDeskError):
    pass


def new_printer() -> QPrinter:
    """A printer at true scale: the LOA's own margins are kept, nothing is shrunk to fit."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    return printer


def pdf_file_printer(path: str) -> QPrinter:
    """A 'printer' writing a PDF file: the tests' printer, and Save-as-PDF from the print dialog."""
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    return printer


class PdfPrinter:
    """Paints PDFs one after another onto one printer job (a batch is one job, one stack)."""

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        self.pages = 0
        self._painter: QPainter | None = None

    def add(self, pdf: bytes, label: str = "document", job: Job | None = None) -> int:
        loaded = LoadedPdf(pdf, label)
        try:
            for n in range(loaded.page_count):
                if job is not None:
                    job.check()
                size_pt = loaded.doc.pagePointSize(n)
                self._next_sheet(size_pt)
                self._paint_page(loaded, n, size_pt)
                self.pages += 1
        finally:
            loaded.close()
        return loaded.page_count

    def _next_sheet(self, size_pt: QSizeF) -> None:
        if self._painter is None:
            self.printer.setPageSize(QPageSize(size_pt, QPageSize.Unit.Point, "",
                                               QPageSize.SizeMatchPolicy.FuzzyMatch))
            self.printer.setPageOrientation(QPageLayout.Orientation.Portrait)
            self._painter = QPainter()
            if not self._painter.begin(self.printer):
                self._painter = None
                raise PrintFailed("the printer could not be started (is it connected and "
                                  "is the output file writable?)")
        elif not self.printer.newPage():
            raise PrintFailed("the printer refused a new page")

    def _paint_page(self, loaded: LoadedPdf, page: int, size_pt: QSizeF) -> None:
        assert self._painter is not None
        target = QRectF(self._painter.viewport())
        dpi = min(self.printer.resolution(), MAX_PRINT_DPI)
        scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
        drawn = QSizeF(size_pt.width() * scale, size_pt.height() * scale)
        pixels = QSize(round(size_pt.width() * dpi / 72), round(size_pt.height() * dpi / 72))
        image = render_on_white(loaded.doc, page, pixels)
        self._painter.drawImage(QRectF(target.topLeft(), drawn), image)

    def finish(self) -> None:
        if self._painter is not None:
            self._painter.end()
            self._painter = None


def print_pdf(pdf: bytes, printer: QPrinter, label: str = "document",
              job: Job | None = None) -> int:
    """One document, one job. Returns the pages printed."""
    out = PdfPrinter(printer)
    try:
        out.add(pdf, label, job)
    finally:
        out.finish()
    return out.pages


class PrinterAsk:
    """Which printer (the system print dialog). Tests replace `ask` with a PDF-file printer."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str = "Print") -> QPrinter | None:
        printer = new_printer()
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class PrintPreview:
    """Qt's print preview over our painting; its Print button goes to the real printer."""

    @classmethod
    def ask(cls, pdf: bytes, label: str, parent: QWidget | None) -> bool:
        dialog = cls.dialog(pdf, label, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def dialog(cls, pdf: bytes, label: str, parent: QWidget | None) -> QPrintPreviewDialog:
        printer = new_printer()
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.printer_ref = printer  # type: ignore[attr-defined]  # Qt does not own it
        dialog.setWindowTitle(f"Print preview: {label}")
        dialog.paintRequested.connect(lambda target: print_pdf(pdf, target, label))
        dialog.resize(900, 1000)
        return dialog
