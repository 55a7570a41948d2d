"""A PDF (or scanned image) viewer: one page at a time, zoom, page navigation, HiDPI-sharp.

Used on its own for any document of a case and under the carrier-form screen, which draws the
form's widget boxes over the page and wants clicks back in PDF points: the canvas speaks points
(origin bottom-left, like the PDF) so callers never convert pixels.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QPalette, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from portdesk.ui.loa.canvas import Overlay, PageCanvas
from portdesk.ui.loa.render import RenderThread

FIT_WIDTH = 0.0
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
_CACHE = 12
_SCAN_DPI = 150.0  # a scan without a resolution is shown as if scanned at 150 dpi


class PdfView(QWidget):
    document_loaded = Signal(int)  # page count
    load_failed = Signal(str)
    page_changed = Signal(int)  # 0-based
    page_rendered = Signal(int)
    page_clicked = Signal(int, float, float)  # page, x, y in PDF points

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thread: RenderThread | None = None
        self._sizes: list[QSizeF] = []
        self._page = 0
        self._zoom = FIT_WIDTH
        self._cache: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()
        self._overlays: list[Overlay] = []
        self._build()
        self._sync_controls()
        app = QCoreApplication.instance()
        if app is not None:  # a viewer never closed must still not leave its thread running
            app.aboutToQuit.connect(self.shutdown)

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.prev_button = _tool("◀", "Previous page (Page Up)", self.previous_page)
        self.next_button = _tool("▶", "Next page (Page Down)", self.next_page)
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.setAccessibleName("Page")
        self.page_box.valueChanged.connect(lambda v: self.set_page(v - 1))
        self.page_total = QLabel("of 0")
        self.zoom_box = QComboBox()
        self.zoom_box.setAccessibleName("Zoom")
        self.zoom_box.addItem("Fit width", FIT_WIDTH)
        for z in ZOOMS:
            self.zoom_box.addItem(f"{z:.0%}", z)
        self.zoom_box.activated.connect(lambda i: self.set_zoom(self.zoom_box.itemData(i)))
        zoom_out = _tool("−", "Zoom out (Ctrl+-)", self.zoom_out)
        zoom_in = _tool("+", "Zoom in (Ctrl++)", self.zoom_in)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        controls: list[QWidget] = [self.prev_button, self.page_box, self.page_total,
                                   self.next_button]
        for w in controls:
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (zoom_out, self.zoom_box, zoom_in):
            bar.addWidget(w)
        self.canvas = PageCanvas()
        self.canvas.clicked.connect(lambda x, y: self.page_clicked.emit(self._page, x, y))
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.canvas)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroller.setBackgroundRole(QPalette.ColorRole.Dark)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.scroller, 1)
        for keys, slot in ((QKeySequence.StandardKey.MoveToNextPage, self.next_page),
                           (QKeySequence.StandardKey.MoveToPreviousPage, self.previous_page),
                           (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out)):
            QShortcut(QKeySequence(keys), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- documents ------------------------------------------------------------------------------
    def set_pdf(self, data: bytes, label: str = "document") -> None:
        """Show a PDF; pages come from a render thread, `document_loaded` says when it is open."""
        self.clear()
        thread = RenderThread(data, label)
        # A queued result posted before a later set_pdf/clear must not land on the next document:
        # each result is checked against the thread that is current when it arrives.
        thread.loaded.connect(partial(self._if_current, thread, self._on_thread_loaded))
        thread.rendered.connect(partial(self._if_current, thread, self._on_thread_rendered))
        thread.failed.connect(partial(self._if_current, thread, self._on_thread_failed))
        self._thread = thread
        thread.start()

    def set_image(self, data: bytes, label: str = "image") -> None:
        """A scanned page (a wet-signed LOA kept as PNG/JPEG)."""
        self.clear()
        image = QImage.fromData(data)
        if image.isNull():
            self._on_thread_failed(f"{label} cannot be shown: it is not a PDF or an image")
            return
        dpi = image.dotsPerMeterX() * 0.0254 or _SCAN_DPI
        self._sizes = [QSizeF(image.width() * 72 / dpi, image.height() * 72 / dpi)]
        self.canvas.set_page(self._sizes[0], image.convertToFormat(QImage.Format.Format_RGB32))
        self._after_load()

    def clear(self) -> None:
        self._stop_thread()
        self._sizes, self._page, self._overlays = [], 0, []
        self._cache.clear()
        self.message.hide()
        self.canvas.set_page(QSizeF(), None)
        self._sync_controls()

    def _if_current(self, thread: RenderThread, slot: Callable[..., None], *args: object) -> None:
        if thread is self._thread:
            slot(*args)

    def _stop_thread(self) -> None:
        if self._thread is not None:
            for sig in (self._thread.loaded, self._thread.rendered, self._thread.failed):
                sig.disconnect()
            self._thread.stop()
            self._thread.deleteLater()
            self._thread = None

    def shutdown(self) -> None:
        """Stop the render thread (the owning screen calls this as it closes)."""
        self._stop_thread()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_thread()
        super().closeEvent(event)

    # -- state ----------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self._sizes)

    @property
    def current_page(self) -> int:
        return self._page

    @property
    def zoom(self) -> float:
        return self._zoom

    def page_size(self, page: int | None = None) -> QSizeF:
        return self._sizes[self._page if page is None else page]

    def set_overlays(self, overlays: list[Overlay]) -> None:
        self._overlays = list(overlays)
        self.canvas.set_overlays([o for o in self._overlays if o.page == self._page])

    def set_page(self, page: int) -> None:
        if not self._sizes:
            return
        page = max(0, min(page, len(self._sizes) - 1))
        if page == self._page and self.canvas.has_page:
            return
        self._page = page
        self.canvas.set_overlays([o for o in self._overlays if o.page == page])
        self._show_page(keep_image=False)
        self._sync_controls()
        self.page_changed.emit(page)

    def next_page(self) -> None:
        self.set_page(self._page + 1)

    def previous_page(self) -> None:
        self.set_page(self._page - 1)

    def set_zoom(self, zoom: float) -> None:
        self._zoom = float(zoom)
        self._show_page(keep_image=True)
        self._sync_controls()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self._effective_zoom() + 1e-3), ZOOMS[-1]))

    def zoom_out(self) -> None:
        lower = [z for z in ZOOMS if z < self._effective_zoom() - 1e-3]
        self.set_zoom(lower[-1] if lower else ZOOMS[0])

    def _effective_zoom(self) -> float:
        if self._zoom != FIT_WIDTH or not self._sizes:
            return self._zoom or 1.0
        return self._points_to_px() / (self.logicalDpiX() / 72.0)

    def _points_to_px(self) -> float:
        """Logical pixels per PDF point at the current zoom."""
        if self._zoom == FIT_WIDTH and self._sizes:
            room = max(200, self.scroller.viewport().width() - 24)
            return room / max(1.0, self._sizes[self._page].width())
        return (self._zoom or 1.0) * self.logicalDpiX() / 72.0

    # -- rendering ------------------------------------------------------------------------------
    def _show_page(self, keep_image: bool) -> None:
        if not self._sizes:
            return
        scale = self._points_to_px()
        self.canvas.set_scale(scale)
        if self._thread is None:  # an image: already complete
            self.page_rendered.emit(self._page)
            return
        dpr = self.devicePixelRatioF()
        size_pt = self._sizes[self._page]
        device = QSize(round(size_pt.width() * scale * dpr), round(size_pt.height() * scale * dpr))
        key = (self._page, device.width(), device.height())
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            self.canvas.set_page(size_pt, cached)
            self.page_rendered.emit(self._page)
            return
        self.canvas.set_page(size_pt, self.canvas.image if keep_image else None)
        self._thread.request(self._page, device, dpr)

    def _on_thread_loaded(self, sizes: list[QSizeF]) -> None:
        self._sizes = sizes
        self._after_load()

    def _after_load(self) -> None:
        self._page = 0
        self._sync_controls()
        self.canvas.set_overlays([o for o in self._overlays if o.page == 0])
        self._show_page(keep_image=False)
        self.document_loaded.emit(len(self._sizes))

    def _on_thread_rendered(self, page: int, image: QImage) -> None:
        key = (page, image.width(), image.height())
        self._cache[key] = image
        while len(self._cache) > _CACHE:
            self._cache.popitem(last=False)
        if page == self._page and page < len(self._sizes):
            self.canvas.set_page(self._sizes[page], image)
            self.page_rendered.emit(page)

    def _on_thread_failed(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        self.load_failed.emit(message)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._zoom == FIT_WIDTH and self._sizes:
            self._show_page(keep_image=True)

    def _sync_controls(self) -> None:
        count = len(self._sizes)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(1, count))
        self.page_box.setValue(self._page + 1)
        self.page_box.blockSignals(False)
        self.page_box.setEnabled(count > 1)
        self.page_total.setText(f"of {count}")
        self.prev_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < count - 1)
        index = self.zoom_box.findData(self._zoom)
        if index >= 0:
            self.zoom_box.setCurrentIndex(index)


def _tool(text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])
    button.clicked.connect(slot)
    return button
