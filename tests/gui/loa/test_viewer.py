"""The PDF viewer: pages on white, off-thread rendering, navigation, zoom, HiDPI, clicks in points."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from portdesk.config import Branding
from portdesk.loa.standard import render_standard_loa
from portdesk.ui.loa.canvas import Overlay
from portdesk.ui.loa.pdfview import FIT_WIDTH, PdfView
from portdesk.ui.loa.render import LoadedPdf, UnreadablePdf, display_copy
from tests.gui.loa.conftest import many_numbers
from tests.helpers import case
from tests.loaforms import testforms


@pytest.fixture
def view(qtbot) -> PdfView:
    widget = PdfView()
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    widget.show()
    return widget


def _open(qtbot, view: PdfView, pdf: bytes) -> None:
    with qtbot.waitSignal(view.page_rendered, timeout=10_000):
        view.set_pdf(pdf, "test.pdf")


def test_pages_are_rendered_on_white_off_the_gui_thread(qtbot, view: PdfView) -> None:
    _open(qtbot, view, testforms.opaque_form())
    image = view.canvas.image
    assert image is not None and image.format() == QImage.Format.Format_RGB32
    assert image.pixelColor(2, 2) == QColor("white")  # QtPdf alone leaves this transparent
    assert view.page_count == 1 and view.page_total.text() == "of 1"


def test_multi_page_navigation_and_zoom(qtbot, view: PdfView) -> None:
    pdf = render_standard_loa(case(numbers=many_numbers(400)), Branding())
    _open(qtbot, view, pdf)
    assert view.page_count > 1
    assert not view.prev_button.isEnabled() and view.next_button.isEnabled()
    with qtbot.waitSignal(view.page_rendered, check_params_cb=lambda p: p == 1, timeout=10_000):
        view.next_page()
    assert view.current_page == 1 and view.page_box.value() == 2
    view.set_page(999)
    assert view.current_page == view.page_count - 1 and not view.next_button.isEnabled()
    fit_width = view.canvas.width()
    with qtbot.waitSignal(view.page_rendered, timeout=10_000):
        view.set_zoom(2.0)
    assert view.canvas.width() > fit_width
    assert view.zoom_box.currentData() == 2.0
    view.zoom_out()
    assert view.zoom == 1.5
    view.set_zoom(FIT_WIDTH)
    assert view.zoom_box.currentText() == "Fit width"


def test_render_is_sharp_on_hidpi(qtbot, view: PdfView, monkeypatch) -> None:
    monkeypatch.setattr(PdfView, "devicePixelRatioF", lambda self: 2.0)
    _open(qtbot, view, testforms.opaque_form())
    image = view.canvas.image
    assert image.devicePixelRatio() == 2.0
    assert image.width() == pytest.approx(view.canvas.width() * 2, abs=2)


def test_a_broken_pdf_is_a_message(qtbot, view: PdfView) -> None:
    with qtbot.waitSignal(view.load_failed, timeout=10_000) as blocker:
        view.set_pdf(b"%PDF-1.4 garbage", "scan.pdf")
    assert "scan.pdf cannot be shown" in blocker.args[0]
    assert view.message.isVisibleTo(view)
    with pytest.raises(UnreadablePdf):
        LoadedPdf(b"not a pdf at all", "x.pdf")


def test_clicks_come_back_in_pdf_points(qtbot, view: PdfView) -> None:
    _open(qtbot, view, testforms.opaque_form())
    target = view.canvas.to_widget(230 + 10, 700 + 8)  # inside the "Customer Name" field
    with qtbot.waitSignal(view.page_clicked) as blocker:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=target.toPoint())
    page, x, y = blocker.args
    assert page == 0 and x == pytest.approx(240, abs=2) and y == pytest.approx(708, abs=2)


def test_overlays_are_drawn_on_their_page(qtbot, view: PdfView) -> None:
    _open(qtbot, view, testforms.opaque_form())
    view.set_overlays([Overlay(0, (230, 700, 530, 716), QColor("#1b6e20"), "Account name",
                               selected=True), Overlay(1, (0, 0, 10, 10), QColor("red"))])
    assert len(view.canvas._overlays) == 1
    shot = view.canvas.grab().toImage()
    inside = view.canvas.to_widget(380, 708).toPoint()
    assert shot.pixelColor(inside) != QColor("white")  # tinted by the selected box
    assert shot.pixelColor(QPoint(3, 3)) == QColor("white")


def test_a_scanned_image_is_shown_as_a_page(qtbot, view: PdfView) -> None:
    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(round(150 / 0.0254))
    from PySide6.QtCore import QBuffer, QIODevice
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    with qtbot.waitSignal(view.document_loaded):
        view.set_image(bytes(buf.data()), "scan.png")
    assert view.page_count == 1
    assert view.page_size().width() == pytest.approx(300 * 72 / 150, rel=0.01)


def test_filled_form_values_are_burnt_into_the_display_copy() -> None:
    from portdesk.loa.fields import values_from_case
    from portdesk.loa.fill import fill_form
    filled = fill_form(testforms.opaque_form(), values_from_case(case()), "acme.pdf").pdf
    shown = display_copy(filled)
    import io

    from pypdf import PdfReader
    page = PdfReader(io.BytesIO(shown)).pages[0]
    assert not [a for a in page.get("/Annots") or [] if a.get_object()["/Subtype"] == "/Widget"]
    assert "Harbor Dental Group LLC" in page.extract_text()  # now part of the page itself
    plain = testforms.blank_page()
    assert display_copy(plain) is plain  # nothing to burn in: the bytes are shown as they are
