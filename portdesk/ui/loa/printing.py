"""Printing PDFs as the documents they are: vector, with their text, signatures untouched.

A signed LOA is sent as its own bytes wherever the output can take a PDF: "Print to file" writes the
very document (its digital signature still verifies), and a printer on a CUPS system gets the PDF
through `lp`, which prints it as vector with its text. Only where neither exists (no spooler, e.g.
Windows) are pages painted through Qt, rendered on white at up to 300 dpi at true size.

QPainter may paint on a QPrinter from a worker thread (Qt documents QImage, QPrinter and QPicture as
thread-safe paint devices), so printing runs off the GUI thread and can be cancelled between pages.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from portdesk.domain.errors import PortDeskError
from portdesk.services.loa_print import owner_forbids_printing
from portdesk.ui.loa.render import LoadedPdf, render_on_white
from portdesk.ui.loa.tasks import Job

MAX_PRINT_DPI = 300
SPOOL_TIMEOUT_S = 60


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


def spooler() -> str | None:
    """The system's `lp` (CUPS: Linux, macOS), which prints a PDF as it is."""
    return shutil.which("lp")


def destination(printer: QPrinter) -> str:
    """"file" (print to a PDF file), "spool" (the PDF to `lp`) or "paint" (pages through Qt)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return "file"
    if printer.printerName() and spooler() is not None:
        return "spool"
    return "paint"


def sends_pdf(printer: QPrinter) -> bool:
    """Whether this printer gets the document itself (vector) rather than painted pages."""
    return destination(printer) != "paint"


def page_count(pdf: bytes) -> int:
    try:
        return len(PdfReader(io.BytesIO(pdf), strict=False).pages)
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds; one sentence for the user
        raise PrintFailed(f"the document cannot be printed: it is not a readable PDF "
                          f"({type(exc).__name__})") from None


def merged(parts: list[bytes]) -> bytes:
    if len(parts) == 1:
        return parts[0]
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part), strict=False))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_file(path: Path, data: bytes) -> None:
    """Atomically: a crash never leaves half a document behind under the chosen name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".portdesk-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise PrintFailed(f"{path} cannot be written ({exc.strerror})") from None


def spool(data: bytes, printer: QPrinter, title: str) -> None:
    lp = spooler()
    if lp is None:
        raise PrintFailed("no print spooler (lp) is installed")
    args = [lp, "-d", printer.printerName(), "-n", str(max(1, printer.copyCount())),
            "-t", title]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        args += ["-P", f"{printer.fromPage()}-{max(printer.fromPage(), printer.toPage())}"]
    try:
        done = subprocess.run(args, input=data, capture_output=True, timeout=SPOOL_TIMEOUT_S,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintFailed(f"the printer {printer.printerName()} did not take the job "
                          f"({type(exc).__name__})") from None
    if done.returncode != 0:
        why = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no reason"]
        raise PrintFailed(f"the printer {printer.printerName()} refused the job: {why[0]}")


class PdfPrinter:
    """Documents one after another onto one printer job (a batch is one job, one stack)."""

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        self.pages = 0
        self.vector = sends_pdf(printer)
        self._parts: list[bytes] = []
        self._titles: list[str] = []
        self._painter: QPainter | None = None

    def add(self, pdf: bytes, label: str = "document", job: Job | None = None) -> int:
        if (refusal := owner_forbids_printing(pdf)) is not None:  # never against its owner
            raise PrintFailed(f"{label}: {refusal}")
        if self.vector:
            count = page_count(pdf)
            if job is not None:
                job.check()
            self._parts.append(pdf)
            self._titles.append(label)
            self.pages += count
            return count
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
        """End the job: painted pages are ejected; collected documents go out as they are."""
        if self._painter is not None:
            self._painter.end()
            self._painter = None
        if not self._parts:
            return
        parts, self._parts = self._parts, []
        data = merged(parts)
        if destination(self.printer) == "file":
            write_file(Path(self.printer.outputFileName()), data)
        else:
            spool(data, self.printer, self._titles[0] if len(self._titles) == 1
                  else f"{len(self._titles)} documents")


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
