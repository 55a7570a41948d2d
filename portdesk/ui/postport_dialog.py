"""Verify the port: inbound call, outbound call, SMS and listings, each checked and dated.

Each row says what to try; its outcome (works / problem), the day it was checked and a note are
recorded with the case (audited, in the timeline). A problem needs a note saying what failed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.case import PortCase
from portdesk.services import lookup, postport
from portdesk.services.desk_types import Store
from portdesk.ui.date_field import DateField
from portdesk.ui.loa.common import StatusLine, TaskDialog, case_line
from portdesk.ui.screen import fit_to_screen

OUTCOMES = (("", "Not checked"), ("works", "Works"), ("problem", "Problem"))


def load(store: Store, case_id: int) -> tuple[PortCase, list[postport.PostPortCheck]]:
    return lookup.case(store, case_id), postport.post_port_checks(store, case_id)


def save(store: Store, case_id: int, rows: list[tuple[str, bool, date, str]],
         actor: str) -> list[postport.PostPortCheck]:
    for name, works, on, note in rows:
        postport.record_post_port(store, case_id, name, works, on, note, actor)
    return postport.post_port_checks(store, case_id)


class _Row:
    def __init__(self, name: str, label: str, hint: str, today: date) -> None:
        self.name = name
        self.title = QLabel(f"<b>{label}</b><br><span style='font-size:9pt'>{hint}</span>")
        self.title.setWordWrap(True)
        self.outcome = QComboBox()
        for key, text in OUTCOMES:
            self.outcome.addItem(text, key)
        self.outcome.setAccessibleName(f"{label}: outcome")
        self.on = DateField(earliest=lambda: today, today=lambda: today,
                            maximum=lambda: today)
        self.on.setAccessibleName(f"{label}: checked on")
        self.note = QLineEdit()
        self.note.setPlaceholderText("what was tried, from which phone; what failed")
        self.note.setAccessibleName(f"{label}: note")
        self.outcome.currentIndexChanged.connect(self._on_outcome)
        self.today = today
        self.stored: tuple[str, date | None, str] = ("", None, "")

    def _on_outcome(self, _index: int) -> None:
        if self.outcome.currentData() and self.on.value is None and not self.on.text():
            self.on.set_date(self.today)  # checked today unless said otherwise

    def show(self, check: postport.PostPortCheck) -> None:
        key = "" if check.works is None else ("works" if check.works else "problem")
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(key)))
        self.on.set_date(check.on)
        self.note.setText(check.note)
        self.stored = (key, check.on, check.note)

    def changed(self) -> bool:
        current = (self.outcome.currentData(), self.on.value, self.note.text().strip())
        return bool(current[0]) and current != self.stored


class PostPortDialog(TaskDialog):
    saved = Signal(object)  # list[PostPortCheck]

    def __init__(self, store: Store, actor: str, case_id: int, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.case_id = store, actor, case_id
        self.today = today or date.today()
        self.result_checks: list[postport.PostPortCheck] | None = None
        self.setWindowTitle("Verify the port")
        self.header = QLabel()
        self.header.setStyleSheet("QLabel { font-weight: bold; }")
        self.intro = intro = QLabel("On port day, check that the numbers work here. A short gap (minutes to "
                       "hours) is normal; a check still failing the next business day goes to "
                       "the platform.")
        intro.setWordWrap(True)
        grid = QGridLayout()
        for col, text in enumerate(("Check", "Outcome", "Checked on", "Note")):
            grid.addWidget(QLabel(f"<i>{text}</i>"), 0, col)
        self.rows: list[_Row] = []
        for r, (name, label, hint) in enumerate(postport.CHECKS, start=1):
            row = _Row(name, label, hint, self.today)
            for col, widget in enumerate((row.title, row.outcome, row.on, row.note)):
                grid.addWidget(widget, r, col, Qt.AlignmentFlag.AlignTop)
            self.rows.append(row)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 3)
        self.status = StatusLine()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("Save checks",
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.on_save)
        self.save_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 460)
        self.status.busy("Loading the case…")
        self.runner.run(load, store, case_id, on_success=self._on_loaded,
                        on_failure=self.status.error)

    @classmethod
    def ask(cls, store: Store, actor: str, case_id: int,
            parent: QWidget | None = None) -> list[postport.PostPortCheck] | None:
        dialog = cls(store, actor, case_id, parent)
        dialog.exec()
        return dialog.result_checks

    def _on_loaded(self, loaded: tuple[PortCase, list[postport.PostPortCheck]]) -> None:
        case, checks = loaded
        self.header.setText(case_line(case))
        name, where = postport.action_name(case.kind)
        self.setWindowTitle(name)
        if where:  # a transfer: its numbers work on the destination once set up again there
            self.intro.setText(f"Set up call routing and SMS again {where} (a transfer resets "
                               f"them), then check that the numbers work there. A check still "
                               "failing the next business day goes to the platform.")
        for row, check in zip(self.rows, checks, strict=True):
            row.show(check)
        self.status.clear_status()
        self.save_button.setEnabled(True)

    def pending(self) -> list[tuple[str, bool, date, str]] | None:
        """The changed rows, or None with the first problem on the status line."""
        out = []
        for row in self.rows:
            if not row.changed():
                continue
            if row.on.problem or row.on.value is None:
                self.status.error(row.on.problem or "Give the day each check was made.")
                return None
            works = row.outcome.currentData() == "works"
            if not works and not row.note.text().strip():
                self.status.error("Say what failed in the note of each check with a problem.")
                row.note.setFocus()
                return None
            out.append((row.name, works, row.on.value, row.note.text()))
        return out

    def on_save(self) -> None:
        rows = self.pending()
        if rows is None or self.runner.busy:
            return
        if not rows:
            self.status.warn("Nothing new to save: choose an outcome for a check.")
            return
        self.save_button.setEnabled(False)
        self.status.busy("Saving…")
        self.runner.run(save, self.store, self.case_id, rows, self.actor,
                        on_success=self._on_saved, on_failure=self._on_failed)

    def _on_saved(self, checks: list[postport.PostPortCheck]) -> None:
        self.result_checks = checks
        for row, check in zip(self.rows, checks, strict=True):
            row.show(check)
        self.save_button.setEnabled(True)
        self.status.ok(postport.summary(checks))
        self.saved.emit(checks)

    def _on_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.status.error(message)
