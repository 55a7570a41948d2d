"""Every question the bill screen puts to the specialist, each behind an `ask()` tests replace.

No native dialog ever opens in a test: a test swaps the classmethod for a lambda with the answer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.file_kinds import BILL_SUFFIXES
from portdesk.services.bill_desk import MAX_NOTE, VERIFY_METHODS

BILL_FILTER = f"Bills ({' '.join('*' + s for s in BILL_SUFFIXES)});;All files (*)"


class BillFileAsk:
    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, "Choose the customer's bill", "",
                                              BILL_FILTER)
        return Path(name) if name else None


class PasswordAsk:
    """The bill's password; it is used for this read only and never stored or logged."""

    @classmethod
    def ask(cls, parent: QWidget | None, filename: str, wrong: bool) -> str | None:
        intro = ("That password is not right; try again." if wrong
                 else "This bill is protected by a password (often the account number or the "
                      "ZIP code; the customer knows it).")
        text, ok = QInputDialog.getText(parent, "Bill password", f"{filename}\n{intro}",
                                        QLineEdit.EchoMode.Password)
        return text if ok and text else None


class VerifyNoteDialog(QDialog):
    """How the value was verified instead (CSR, a call with the carrier), with a note."""

    def __init__(self, field_label: str, entered: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Verified another way: {field_label}")
        intro = QLabel(f"Record how “{entered or '(empty)'}” was confirmed without the bill. "
                       "The note goes into the case's audit log.")
        intro.setWordWrap(True)
        self.method = QComboBox()
        for key, label in VERIFY_METHODS.items():
            self.method.addItem(label, key)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab moves on, as in every field
        self.note.setPlaceholderText("Who, when, what was checked (e.g. CSR dated 3 May lists "
                                     "this account number)")
        self.note.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Record")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._sync)
        form = QFormLayout()
        form.addRow("How", self.method)
        form.addRow("Note", self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._sync()
        self.resize(460, 260)

    def _sync(self) -> None:
        text = self.note.toPlainText().strip()
        self.ok_button.setEnabled(bool(text) and len(text) <= MAX_NOTE)

    def answer(self) -> tuple[str, str]:
        return str(self.method.currentData()), self.note.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, field_label: str,
            entered: str) -> tuple[str, str] | None:
        """(method key, note), or None when cancelled."""
        dialog = cls(field_label, entered, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
