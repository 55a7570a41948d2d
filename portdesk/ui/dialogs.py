"""Small questions the desk asks. Each dialog has an `ask()` classmethod that tests replace."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.case import CaseKind
from portdesk.domain.kind_fields import status_choices
from portdesk.domain.words import counted


class ReasonDialog(QDialog):
    """A written reason: status changes, readiness overrides and splits are audited with it."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str,
                 choices: list[tuple[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice = QComboBox()
        self.choice.setAccessibleName("Choice")
        for value, label in choices or []:
            self.choice.addItem(label, value)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab moves on, as in every field
        self.text.setAccessibleName("Reason")
        self.text.setPlaceholderText("Write the reason; it goes into the case's history.")
        self.text.setFixedHeight(90)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        question = QLabel(prompt)
        question.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(question)
        if choices:
            box.addWidget(self.choice)
        box.addWidget(self.text)
        box.addWidget(buttons)
        self.resize(440, 220)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str) -> str | None:
        dlg = cls(parent, title, prompt)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.text.toPlainText().strip()


class StatusDialog(ReasonDialog):
    why_fewer: QLabel  # why a mixed selection is offered fewer statuses (hidden when not)

    @classmethod
    def ask_status(cls, parent: QWidget | None, count: int,
                   kinds: list[CaseKind | None] | None = None) -> tuple[str, str] | None:
        dlg = cls.for_kinds(parent, count, kinds)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(dlg.choice.currentData()), dlg.text.toPlainText().strip()

    @classmethod
    def for_kinds(cls, parent: QWidget | None, count: int,
                  kinds: list[CaseKind | None] | None = None) -> StatusDialog:
        """Only the statuses every selected case's kind has, in its words (kind_fields), and
        why fewer when a mixed selection narrows the list."""
        offered = status_choices(kinds or [None])
        dlg = cls(parent, "Change status", f"New status for {counted(count, 'case')}, and why:",
                  offered.choices)
        dlg.why_fewer = QLabel(offered.why_fewer)
        dlg.why_fewer.setWordWrap(True)
        dlg.why_fewer.setAccessibleName("Statuses not offered")
        dlg.why_fewer.setVisible(bool(offered.why_fewer))
        box = dlg.layout()
        assert isinstance(box, QVBoxLayout)
        box.insertWidget(box.indexOf(dlg.choice) + 1, dlg.why_fewer)
        return dlg


class AssignDialog(QDialog):
    """Who gets the selected cases: a teammate's name (completed from the team's desks and the
    names in use), "Assign to me", or empty for unassigned."""

    def __init__(self, parent: QWidget | None, count: int, current: str,
                 names: list[str] | None = None, me: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Assign")
        self.name = QLineEdit(current)
        self.name.setAccessibleName("Assignee")
        self.name.setPlaceholderText("empty = unassigned")
        if names:
            completer = QCompleter(names, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.name.setCompleter(completer)
        form = QFormLayout(self)
        form.addRow(QLabel(f"Assign {counted(count, 'case')} to:"))
        form.addRow("Specialist", self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        if me:
            mine = buttons.addButton("Assign to &me", QDialogButtonBox.ButtonRole.AcceptRole)
            mine.clicked.connect(lambda: self.name.setText(me))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, count: int, current: str = "",
            names: list[str] | None = None, me: str = "") -> str | None:
        dlg = cls(parent, count, current, names, me)
        return dlg.name.text().strip() if dlg.exec() == QDialog.DialogCode.Accepted else None


class SaveFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: str,
            filters: str = "Spreadsheet (*.xlsx);;CSV (*.csv);;JSON (*.json)") -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None


class OpenFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str,
            filters: str = "Case files (*.xlsx *.csv *.json)") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return path or None


class Confirm:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, yes: str = "OK") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Cancel, parent)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return box.clickedButton() is ok


class Inform:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str, error: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
        QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent).exec()


def as_sentence(said: str) -> str:
    """A message made of a fragment (an error's words, written to follow "portdesk: ..." on the
    command line) as a dialog's sentence: its first letter up, a full stop at its end. Only the
    first letter: str.capitalize would lower "PortDesk" and "LOA"."""
    said = said.strip()
    if said and said[-1] not in ".!?…":
        said += "."
    return said[:1].upper() + said[1:]


def text_of(value: Any) -> str:
    return "" if value is None else str(value)
