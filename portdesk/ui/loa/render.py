"""PDF pages as images, on white, off the GUI thread.

QPdfDocument.render() returns a transparent image: shown as is, a letter looks black on dark themes
and prints with holes. Everything that shows or prints a page goes through render_on_white().
A large document (a 1,000-number annex) takes a while per page, so the viewer asks a RenderThread
that owns its own QPdfDocument and always renders the newest request first.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QSizeF, Qt, QThread, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

from portdesk.domain.errors import PortDeskError
from portdesk.services.loa_desk import display_copy as display_copy

log = logging.getLogger(__name__)

_MAX_PENDING = 4  # older requests than this are stale: the user has scrolled or zoomed on


class UnreadablePdf(PortDeskError):
    """Qt's PDF engine could not open the bytes."""


_LOAD_ERRORS = {
    QPdfDocument.Error.FileNotFound: "the file was not found",
    QPdfDocument.Error.InvalidFileFormat: "it is not a PDF, or it is damaged",
    QPdfDocument.Error.IncorrectPassword: "it is password-protected",
    QPdfDocument.Error.UnsupportedSecurityScheme: "it uses an unsupported protection",
    QPdfDocument.Error.DataNotYetAvailable: "the file is incomplete",
}


class LoadedPdf:
    """A QPdfDocument with the buffer it reads from (the document needs it alive)."""

    def __init__(self, data: bytes, label: str = "document", burn_in: bool = True) -> None:
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(display_copy(data) if burn_in else data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.doc = QPdfDocument()
        self.doc.load(self.buffer)
        if self.doc.status() != QPdfDocument.Status.Ready or self.doc.pageCount() < 1:
            why = _LOAD_ERRORS.get(self.doc.error(), "it has no pages that can be shown")
            self.close()
            raise UnreadablePdf(f"{label} cannot be shown: {why}")

    @property
    def page_count(self) -> int:
        return int(self.doc.pageCount())

    def page_sizes(self) -> list[QSizeF]:
        return [self.doc.pagePointSize(n) for n in range(self.page_count)]

    def close(self) -> None:
        self.doc.close()
        self.buffer.close()


def render_on_white(doc: QPdfDocument, page: int, size: QSize, dpr: float = 1.0) -> QImage:
    """The page at `size` device pixels, composed onto an opaque white sheet."""
    options = QPdfDocumentRenderOptions()
    # Without this flag form widgets (a filled carrier form's values, checkboxes) are not drawn.
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    ink = doc.render(page, size, options)
    sheet = QImage(size, QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, ink)
    painter.end()
    sheet.setDevicePixelRatio(dpr)
    return sheet


@dataclass(frozen=True, slots=True)
class RenderRequest:
    page: int
    size: QSize  # device pixels
    dpr: float


class RenderThread(QThread):
    """Owns one QPdfDocument; renders the newest requests first and reports by signal."""

    loaded = Signal(object)  # list[QSizeF]: the page sizes in points
    rendered = Signal(int, object)  # page, QImage (device pixel ratio set)
    failed = Signal(str)

    def __init__(self, data: bytes, label: str = "document") -> None:
        super().__init__()
        self._data, self._label = data, label
        self._pending: list[RenderRequest] = []
        self._wake = threading.Condition()
        self._stopping = False

    def request(self, page: int, size: QSize, dpr: float) -> None:
        with self._wake:
            req = RenderRequest(page, QSize(size), dpr)
            self._pending = [r for r in self._pending if r != req][-(_MAX_PENDING - 1):]
            self._pending.append(req)
            self._wake.notify()

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._pending.clear()
            self._wake.notify()
        self.wait()

    def _next(self) -> RenderRequest | None:
        with self._wake:
            while not self._pending and not self._stopping:
                self._wake.wait()
            return None if self._stopping else self._pending.pop()

    def run(self) -> None:
        try:
            pdf = LoadedPdf(self._data, self._label)
        except UnreadablePdf as exc:
            self.failed.emit(str(exc))
            return
        try:
            self.loaded.emit(pdf.page_sizes())
            while (req := self._next()) is not None:
                if 0 <= req.page < pdf.page_count and not req.size.isEmpty():
                    self.rendered.emit(req.page, render_on_white(pdf.doc, req.page, req.size,
                                                                 req.dpr))
        finally:
            pdf.close()
