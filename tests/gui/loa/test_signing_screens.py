"""Signature pad, Sign dialog (real store, real signing on a worker), wet signature path."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QDate, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.services import loa as loa_service
from portdesk.store.store import Store
from portdesk.ui.loa import print_preview, wet_sign
from portdesk.ui.loa.common import OpenFileAsk
from portdesk.ui.loa.sign_dialog import DRAW, IMAGE, TYPE, SignDialog
from portdesk.ui.loa.signature_pad import SignaturePad, smooth_path
from portdesk.ui.loa.wet_sign import WetSignDialog

WAVE = [(20 + i * 5, 60 + (i % 7) * 6) for i in range(40)]


def _mouse(widget, kind: QEvent.Type, x: float, y: float, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else \
        Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(x, y), widget.mapToGlobal(QPointF(x, y)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_pad_draws_with_the_mouse_undo_and_clear(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    held = Qt.MouseButton.LeftButton
    with qtbot.waitSignal(pad.changed):
        _mouse(pad, QEvent.Type.MouseButtonPress, 10, 10, held)
        for x in range(11, 60, 3):
            _mouse(pad, QEvent.Type.MouseMove, x, 10 + x / 2, held)
        _mouse(pad, QEvent.Type.MouseMove, 59.3, 39.6, held)  # under a pixel: dropped
        _mouse(pad, QEvent.Type.MouseButtonRelease, 60, 40, Qt.MouseButton.NoButton)
    strokes = pad.strokes()
    assert len(strokes) == 1 and strokes[0][0] == (10, 10) and len(strokes[0]) == 18
    pad.add_stroke([(100, 50), (120, 70)])
    assert len(pad.strokes()) == 2
    with qtbot.waitSignal(pad.changed):
        pad.undo()
    assert len(pad.strokes()) == 1
    pad.clear()
    assert pad.is_empty


def test_pad_takes_a_pen(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    device = QPointingDevice.primaryPointingDevice()

    def pen(kind: QEvent.Type, x: float, y: float, pressure: float) -> None:
        event = QTabletEvent(kind, device, QPointF(x, y), pad.mapToGlobal(QPointF(x, y)),
                             pressure, 0.0, 0.0, 0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
                             Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
        QApplication.sendEvent(pad, event)

    pen(QEvent.Type.TabletPress, 5, 5, 0.5)
    pen(QEvent.Type.TabletMove, 25, 15, 0.6)
    pen(QEvent.Type.TabletMove, 45, 10, 0.0)  # pen hovering: not ink
    pen(QEvent.Type.TabletRelease, 45, 10, 0.0)
    assert pad.strokes() == [[(5, 5), (25, 15)]]


def test_smoothing_keeps_the_ends_and_curves_between() -> None:
    path = smooth_path([(0, 0), (10, 10), (20, 0)])
    assert path.elementCount() > 3
    assert (path.elementAt(0).x, path.elementAt(0).y) == (0, 0)
    last = path.elementAt(path.elementCount() - 1)
    assert (last.x, last.y) == (20, 0)


@pytest.fixture
def sign_dialog(qtbot, store: Store, settings: Settings, saved_case: PortCase) -> SignDialog:
    dialog = SignDialog(store, settings, "tester", saved_case.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.sign_button.isEnabled)
    return dialog


def test_sign_dialog_signs_a_drawn_signature_and_files_it(qtbot, sign_dialog: SignDialog,
                                                          store: Store, saved_case: PortCase,
                                                          settings: Settings) -> None:
    d = sign_dialog
    assert d.signer.text() == "José Núñez" and d.title.text() == "Office Manager"
    d.on_sign()
    assert d.status.kind == "error" and "pad is empty" in d.status.text()
    d.pad.add_stroke(WAVE)
    d.certify.setChecked(True)
    with qtbot.waitSignal(d.signed, timeout=20_000) as blocker:
        d.on_sign()
    signed = blocker.args[0]
    assert signed.result.certified and signed.result.signer == "José Núñez"
    assert signed.result.sha256 in d.result_box.text() and d.status.kind == "ok"
    # signed: the date line says when it was, not "the moment you sign"; nothing to edit
    assert "the moment you sign" not in d.date_signed.text()
    assert "(signed)" in d.date_signed.text()
    assert not d.signer.isEnabled() and not d.title.isEnabled() and not d.tabs.isEnabled()
    stored = store.documents.latest(saved_case.id, "loa_signed")
    assert stored is not None and stored.sha256 == signed.result.sha256
    report = loa_service.verify_file(store.documents.content(stored.id), settings, "x")
    assert report.ok and report.signatures[0].certified


def test_typed_signature_needs_a_name_and_image_must_be_an_image(
        qtbot, sign_dialog: SignDialog, tmp_path: Path, monkeypatch) -> None:
    d = sign_dialog
    d.tabs.setCurrentIndex(TYPE)
    d.typed.setText("   ")
    d.on_sign()
    assert "Type the signer's name" in d.status.text()
    bogus = tmp_path / "sig.png"
    bogus.write_bytes(b"this is not a picture")
    monkeypatch.setattr(OpenFileAsk, "ask", classmethod(lambda cls, *a: bogus))
    d.on_choose_image()
    assert d.tabs.currentIndex() == IMAGE and d.status.kind == "error"
    assert "not an image" in d.status.text() and d.image_tab.data is None
    d.on_sign()
    assert "Choose a signature image" in d.status.text()


def test_signing_errors_are_sentences_not_tracebacks(qtbot, sign_dialog: SignDialog) -> None:
    d = sign_dialog
    d.tabs.setCurrentIndex(DRAW)
    d.pad.add_stroke(WAVE)
    d.source.addItem("gone", 123_456)
    d.source.setCurrentIndex(d.source.count() - 1)
    d.signer.setText(" ")
    d.on_sign()
    assert d.status.text() == "The printed name of the signer is required."
    d.signer.setText("Maria Lopez")
    d.on_sign()
    qtbot.waitUntil(lambda: d.status.kind == "error", timeout=20_000)
    assert "document 123456 does not exist" in d.status.text()
    assert "Traceback" not in d.status.text() and d.sign_button.isEnabled()


def test_the_standard_letters_signer_is_the_person_it_prints(
        qtbot, sign_dialog: SignDialog) -> None:
    """The letter prints the case's authorized person and title above the signature: the signing
    screen shows those, not a name or title typed over them (seen on the walk: "Owner" typed here,
    "Facilities Lead" printed on the letter, two titles on one signed document)."""
    d = sign_dialog
    assert (d.signer.text(), d.title.text()) == ("José Núñez", "Office Manager")
    assert d.signer.isReadOnly() and d.title.isReadOnly() and "change them on the case" in \
        d.title.toolTip()
    d.source.addItem("Filled form: acme.pdf", 7)  # a carrier's form may leave them to signing
    d.source.setCurrentIndex(1)
    assert not d.signer.isReadOnly() and not d.title.isReadOnly()
    d.title.setText("Owner")
    d.source.setCurrentIndex(0)
    assert d.title.text() == "Office Manager" and d.title.isReadOnly()
    d.signer.setText("")  # a case that names nobody: said in a sentence that says where to fix it
    d.tabs.setCurrentIndex(TYPE)
    d.on_sign()
    assert "enter one in Details" in d.status.text()


def _png() -> bytes:
    buf = io.BytesIO()
    page = Image.new("RGB", (200, 260), "white")
    page.paste((20, 20, 90), (30, 200, 150, 204))  # the signature line, signed
    page.save(buf, format="PNG")
    return buf.getvalue()


def test_wet_path_prints_the_unsigned_letter_then_attaches_the_scan(
        qtbot, store: Store, settings: Settings, saved_case: PortCase, tmp_path: Path,
        monkeypatch) -> None:
    opened_on = QDate.currentDate()  # the dialog reads the clock itself: bracket it
    dialog = WetSignDialog(store, settings, "tester", saved_case.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.attach_button.isEnabled)
    previewed: list[bytes] = []
    monkeypatch.setattr(wet_sign.PrintPreview, "ask",
                        classmethod(lambda cls, pdf, label, parent, *a: previewed.append(pdf)))
    dialog.on_print()
    qtbot.waitUntil(lambda: bool(previewed), timeout=20_000)
    assert len(PdfReader(io.BytesIO(previewed[0])).pages) >= 1
    assert print_preview.PrintPreview is wet_sign.PrintPreview
    dialog.on_attach()
    assert "Choose the scanned signed copy" in dialog.status.text()
    scan = tmp_path / "signed scan.png"
    scan.write_bytes(_png())
    dialog.path_edit.setText(str(scan))
    assert dialog.signed_on.maximumDate() in (opened_on, QDate.currentDate())  # midnight
    dialog.signed_on.setDate(QDate.currentDate().addDays(5))  # clamped: not in the future
    signed_on = date.today() - timedelta(days=3)
    dialog.signed_on.setDate(QDate(signed_on.year, signed_on.month, signed_on.day))
    with qtbot.waitSignal(dialog.attached, timeout=20_000) as blocker:
        dialog.on_attach()
    doc = blocker.args[0]
    assert doc.kind == "loa_wet_signed" and doc.media_type == "image/png"
    assert doc.signed_at.date() == signed_on and doc.filename == "signed scan.png"
    assert doc.sha256 in dialog.status.text()


def test_wet_path_refuses_a_file_that_is_not_a_scan(qtbot, store: Store, settings: Settings,
                                                    saved_case: PortCase,
                                                    tmp_path: Path) -> None:
    dialog = WetSignDialog(store, settings, "tester", saved_case.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.attach_button.isEnabled)
    junk = tmp_path / "notes.pdf.txt"
    junk.write_text("hello")
    dialog.path_edit.setText(str(junk))
    dialog.on_attach()
    qtbot.waitUntil(lambda: dialog.status.kind == "error", timeout=20_000)
    assert "not an image" in dialog.status.text()
    assert store.documents.for_case(saved_case.id, "loa_wet_signed") == []
