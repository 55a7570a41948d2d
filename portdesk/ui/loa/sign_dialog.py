"""Sign a case's LOA on screen: drawn, typed or image signature, printed name, title, certify.

The date signed is the moment of signing, not a field: an e-signature with a chosen date would be
a false statement, and the PDF signature carries the true time anyway. Signing (certificate, PDF
work, filing the document and its hash) runs on a worker; the result comes back by signal.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.domain.errors import PortDeskError
from portdesk.domain.readiness import Check
from portdesk.services import loa as loa_service
from portdesk.services import loa_desk
from portdesk.services.desk_types import Document, Store
from portdesk.ui.loa.common import (
    IMAGE_FILTER,
    FileDropMixin,
    LetterWarning,
    OpenFileAsk,
    StatusLine,
    TaskDialog,
    case_line,
    local_time,
    read_file,
)
from portdesk.ui.loa.print_preview import DocumentButtons
from portdesk.ui.loa.signature_pad import SignaturePad
from portdesk.ui.screen import fit_to_screen

DRAW, TYPE, IMAGE = 0, 1, 2
LETTER_PRINTS = ("The standard letter prints the case's authorized person and title: to sign as "
                 "someone else, change them on the case (Details) first.")
NO_SIGNER = ("The case names no authorized person: enter one in Details and save, then sign "
             "(the letter prints that name above the signature).")


class SignAnyway:
    """Before the signature is made over a letter readiness says is wrong or empty: go on, or
    go back to the case to fix it (the dialog closes; nothing was signed)."""

    @classmethod
    def ask(cls, parent: QWidget | None, checks: list[Check]) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Sign an LOA that readiness fails?")
        box.setText("The LOA will carry these wrong or empty. A carrier rejects a letter that "
                    "does not match its records, and a signed letter changed later must be "
                    "signed again.")
        box.setInformativeText("\n".join(f"• {c.title}: {c.message}" for c in checks))
        go_on = box.addButton("Sign as it is", QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton("Go back and fix the case", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is go_on


class _ImageTab(FileDropMixin, QWidget):
    file_dropped = Signal(str)
    drop_suffixes = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff")

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.data: bytes | None = None
        self.preview = QLabel("Choose or drop a scanned signature (PNG, JPEG…)")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(140)
        self.preview.setStyleSheet("QLabel { background: white; border: 1px solid #ccc; }")
        self.choose = QPushButton("Choose image…")
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeft)

    def set_image(self, data: bytes, name: str) -> str:
        """Returns an error sentence, or '' when the image is usable."""
        image = QImage.fromData(data)
        if image.isNull():
            self.data = None
            self.preview.setText(f"{name} is not an image PortDesk can read")
            return f"{name} is not an image PortDesk can read (PNG, JPEG, …)"
        self.data = data
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            480, 140, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        return ""


class SignDialog(TaskDialog):
    signed = Signal(object)  # SignedCaseLoa

    def __init__(self, store: Store, settings: Settings, actor: str, case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.actor, self.case_id = store, settings, actor, case_id
        self.case: PortCase | None = None
        self.result_value: loa_service.SignedCaseLoa | None = None
        self.setWindowTitle("Sign LOA")
        self._build()
        self.status.busy("Loading the case…")
        self.runner.run(loa_desk.case_before_signing, store, settings, case_id,
                        on_success=self._on_case_loaded, on_failure=self._on_failed)

    @classmethod
    def ask(cls, store: Store, settings: Settings, actor: str, case_id: int,
            parent: QWidget | None = None) -> loa_service.SignedCaseLoa | None:
        dialog = cls(store, settings, actor, case_id, parent)
        dialog.exec()
        return dialog.result_value

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel()
        self.header.setStyleSheet("QLabel { font-weight: bold; }")
        self.wrong_on_letter = LetterWarning()
        self.source = QComboBox()
        self.source.setAccessibleName("Document to sign")
        self.tabs = QTabWidget()
        self.pad = SignaturePad()
        undo, clear = QPushButton("Undo stroke"), QPushButton("Clear")
        undo.clicked.connect(self.pad.undo)
        clear.clicked.connect(self.pad.clear)
        draw = QWidget()
        draw_layout = QVBoxLayout(draw)
        draw_layout.addWidget(self.pad, 1)
        row = QHBoxLayout()
        row.addWidget(undo)
        row.addWidget(clear)
        row.addStretch(1)
        draw_layout.addLayout(row)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText("Type the signer's name")
        self.typed_preview = QLabel()
        script = QFont("DejaVu Serif", 26)
        script.setItalic(True)
        self.typed_preview.setFont(script)
        self.typed_preview.setStyleSheet("QLabel { color: #102060; background: white; }")
        self.typed_preview.setMinimumHeight(80)
        self.typed.textChanged.connect(self.typed_preview.setText)
        typed = QWidget()
        typed_layout = QVBoxLayout(typed)
        typed_layout.addWidget(self.typed)
        typed_layout.addWidget(self.typed_preview, 1)
        self.image_tab = _ImageTab()
        self.image_tab.choose.clicked.connect(self.on_choose_image)
        self.image_tab.file_dropped.connect(lambda p: self.use_image_file(Path(p)))
        self.tabs.addTab(draw, "Draw")
        self.tabs.addTab(typed, "Type")
        self.tabs.addTab(self.image_tab, "Image")
        self.signer = QLineEdit()
        self.title = QLineEdit()
        self.date_signed = QLabel(f"{date.today():%m/%d/%Y} (the moment you sign)")
        self.certify = QCheckBox("Certify: no change at all is allowed after signing")
        form = QFormLayout()
        form.addRow("Document", self.source)
        form.addRow("Printed name", self.signer)
        form.addRow("Title", self.title)
        form.addRow("Date signed", self.date_signed)
        form.addRow("", self.certify)
        self.status = StatusLine()
        self.result_box = QLabel()
        self.result_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_box.setWordWrap(True)
        self.result_box.hide()
        self.buttons = QDialogButtonBox()
        self.sign_button = self.buttons.addButton("Sign", QDialogButtonBox.ButtonRole.AcceptRole)
        self.document_buttons = DocumentButtons(self, self.buttons, self.status)
        for button in (self.document_buttons.print_button, self.document_buttons.save_button):
            button.hide()  # the signed PDF exists once signed
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.sign_button.setEnabled(False)
        self.sign_button.clicked.connect(self.on_sign)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.wrong_on_letter)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(form)
        layout.addWidget(self.result_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 620, 600)

    # -- slots ----------------------------------------------------------------------------------
    def _on_case_loaded(self, loaded: tuple[PortCase, list[Document], list[Check]]) -> None:
        case, forms, wrong = loaded
        self.case = case
        self.header.setText(case_line(case))
        self.wrong_on_letter.show_checks(wrong)
        self.signer.setText(case.authorized_name)
        self.title.setText(case.authorized_title)
        self.typed.setText(case.authorized_name)
        self.source.clear()
        self.source.addItem("Standard LOA (drawn from the case now)", None)
        for doc in reversed(forms):
            self.source.addItem(f"Filled form: {doc.filename} ({doc.created_at:%Y-%m-%d})", doc.id)
        self.source.currentIndexChanged.connect(self._follow_source)
        self._follow_source()
        self.sign_button.setEnabled(True)
        self.status.clear_status()

    def _follow_source(self, *_: object) -> None:
        """The standard letter prints the case's authorized person and title above the signature:
        the signer named in the digital signature must be that person, so both fields show the
        case's values and are not typed here (change them on the case). A carrier's form may
        leave them to the signing, so there they stay editable."""
        standard = self.source.currentData() is None
        for field, value in ((self.signer, self.case.authorized_name if self.case else ""),
                             (self.title, self.case.authorized_title if self.case else "")):
            field.setReadOnly(standard)
            if standard:
                field.setText(value)
            field.setToolTip(LETTER_PRINTS if standard else "")

    def _on_failed(self, message: str) -> None:
        self.status.error(message)
        self.sign_button.setEnabled(self.case is not None)

    def on_choose_image(self) -> None:
        path = OpenFileAsk.ask(self, "Signature image", IMAGE_FILTER)
        if path is not None:
            self.use_image_file(path)

    def use_image_file(self, path: Path) -> None:
        try:
            problem = self.image_tab.set_image(read_file(path), path.name)
        except PortDeskError as exc:
            problem = str(exc)
        self.tabs.setCurrentIndex(IMAGE)
        if problem:
            self.status.error(problem)
        else:
            self.status.clear_status()

    def ink(self) -> dict[str, Any] | None:
        """What services.loa.ink_from gets, or None with the reason on the status line."""
        tab = self.tabs.currentIndex()
        if tab == DRAW:
            if self.pad.is_empty:
                self.status.error("The signature pad is empty: sign on it, or use Type or Image.")
                return None
            return {"strokes": self.pad.strokes()}
        if tab == TYPE:
            if not self.typed.text().strip():
                self.status.error("Type the signer's name for a typed signature.")
                return None
            return {"typed": self.typed.text()}
        if self.image_tab.data is None:
            self.status.error("Choose a signature image first.")
            return None
        return {"image": self.image_tab.data}

    def on_sign(self) -> None:
        if self.case is None or self.runner.busy:
            return
        ink = self.ink()
        if ink is None:
            return
        if not self.signer.text().strip():
            self.status.error(NO_SIGNER if self.signer.isReadOnly()
                              else "The printed name of the signer is required.")
            self.signer.setFocus()
            return
        if self.wrong_on_letter.checks and not SignAnyway.ask(self, self.wrong_on_letter.checks):
            self.reject()  # back to the case, to fix it; nothing was signed
            return
        self.sign_button.setEnabled(False)
        self.status.busy("Signing: placing the signature, sealing the PDF, filing it…")
        self.runner.run(loa_desk.sign, self.store, self.settings, self.actor,
                        self.case.reference, ink, self.signer.text(), self.title.text(),
                        self.certify.isChecked(), self.source.currentData(),
                        on_success=self._on_signed, on_failure=self._on_failed)

    def _on_signed(self, signed: loa_service.SignedCaseLoa) -> None:
        self.result_value = signed
        r = signed.result
        kind = "Certified" if r.certified else "Signed"
        lines = [f"<b>{kind} by {html.escape(r.signer)}</b> at {local_time(r.signed_at)}",
                 f"Filed as {html.escape(signed.document.filename)}",
                 f"SHA-256 <code>{r.sha256}</code> (written to the case's audit log)",
                 f"Signature placed on: {html.escape(r.placed_on)}"]
        lines += [f"Note: {html.escape(n)}" for n in r.notices]
        self.result_box.setText("<br>".join(lines))
        self.result_box.show()
        self.status.ok("The LOA is signed and filed with the case: print it or save a copy "
                       "for the carrier from here.")
        self.sign_button.hide()
        # what was signed, no longer what will be: the date is the signing moment's, and the
        # inputs that made the letter are closed (edits after signing changed nothing)
        self.date_signed.setText(f"{local_time(r.signed_at)} (signed)")
        for done in (self.tabs, self.source, self.signer, self.title, self.certify):
            done.setEnabled(False)
        self.document_buttons.show(r.pdf, signed.document.filename)
        for button in (self.document_buttons.print_button, self.document_buttons.save_button):
            button.show()
        self.signed.emit(signed)
