"""Case > Platform steps > Verification codes: send a code to each number of the order (by text or
call, chosen per number), type what the customer reads out, verify, and read the platform's
answer per number.

A code field shows dots, never the code, and is emptied once the platform has answered for it; a
failure to reach the platform leaves every field as typed and says the step needs the platform.
Every platform call runs on the background lane through the callables given
(services.verification_codes: read_codes, send, verify), and what the desk keeps of each answer
(the queue's "waiting on the customer" words, the audit entries) is written by `record` on the
database lane, in order with the desk's other writes, before the answer is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.document_review import sentence
from portdesk.domain.numbers import format_display
from portdesk.domain.verification_codes import METHODS
from portdesk.services.verification_codes import CodeRow, CodesAnswer, unreachable
from portdesk.ui.taskman import TaskManager, describe

NOT_NOW = ""


class VerificationCodesDialog(QDialog):
    # what the platform said was written here (the case's "waiting on the customer" words): the
    # desk's queue and sidebar counts follow at once, not at their next reload
    answer_recorded = Signal()

    def __init__(self, tasks: TaskManager, reference: str, load: Callable[[], CodesAnswer],
                 send: Callable[[dict[str, str]], CodesAnswer],
                 verify: Callable[[dict[str, str]], CodesAnswer],
                 record: Callable[[CodesAnswer], CodesAnswer],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._load, self._send, self._verify = tasks, load, send, verify
        self._record = record
        self.setWindowTitle(f"Verification codes of {reference}")
        layout = QVBoxLayout(self)
        intro = QLabel("The platform sends a code to each number; the customer reads it out "
                       "to you. Codes are never kept or shown.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        buttons = QHBoxLayout()
        self.send_button = QPushButton("Send codes")
        self.verify_button = QPushButton("Verify typed codes")
        self.send_button.clicked.connect(self.on_send_clicked)
        self.verify_button.clicked.connect(self.on_verify_clicked)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.verify_button)
        layout.addLayout(buttons)
        self.status = QLabel("Reading the platform…")
        self.status.setWordWrap(True)
        self.status.setObjectName("codesStatus")
        layout.addWidget(self.status)
        self.rows: dict[str, tuple[QLabel, QComboBox, QLineEdit]] = {}
        self.resize(640, 320)
        self.reload()

    def reload(self) -> None:
        self._busy(True)
        self._ask(self._load, lambda answer: self.show_rows(answer.rows or []))

    def _ask(self, call: Callable[[], CodesAnswer], done: Callable[[CodesAnswer], None]
             ) -> None:
        """`call` on the background lane (the platform), then its answer recorded on the
        database lane, then `done` on the GUI thread."""
        def kept(recorded: CodesAnswer) -> None:
            self.answer_recorded.emit()
            done(recorded)

        def answered(answer: CodesAnswer) -> None:
            self._tasks.run(lambda: self._record(answer), kept, self.on_failed, lane="db")

        self._tasks.run(call, answered, self.on_failed, lane="background")

    def _after(self, answer: CodesAnswer, words: str) -> None:
        """What was done, then the rows as the platform listed them after it (or why not)."""
        if answer.failed is not None:
            words += f"\n{describe(answer.failed)}"
        self.status.setText(words)
        if answer.rows is not None:
            self.show_rows(answer.rows)
        else:
            self._busy(False)

    def show_rows(self, rows: list[CodeRow]) -> None:
        typed = {n: field.text() for n, (_, _, field) in self.rows.items()}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows.clear()
        for col, head in enumerate(("Number", "State", "Send by", "Code the customer reads")):
            self.grid.addWidget(QLabel(f"<b>{head}</b>"), 0, col)
        for r, row in enumerate(rows, start=1):
            state = QLabel(row.words)
            method = QComboBox()
            for value, words in METHODS.items():
                method.addItem(words, value)
            method.addItem("don't send", NOT_NOW)
            field = QLineEdit(typed.get(row.e164, ""))
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText("verified" if row.verified else "code" if row.sent
                                     else "send a code first")
            for widget in (method, field):
                widget.setEnabled(not row.verified)
            self.grid.addWidget(QLabel(format_display(row.e164)), r, 0)  # as the desk writes it
            self.grid.addWidget(state, r, 1)
            self.grid.addWidget(method, r, 2)
            self.grid.addWidget(field, r, 3)
            self.rows[row.e164] = (state, method, field)
        self._busy(False)
        if all(not f.isEnabled() for _, _, f in self.rows.values()) and self.rows:
            self.status.setText("Every number is verified: the order can be sent again.")
        elif not self.status.text() or self.status.text().startswith("Reading"):
            self.status.setText("")

    def on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if unreachable(exc):
            self.status.setText(f"This needs the platform, which does not answer: "
                                f"{describe(exc)}. Nothing was sent; what you typed is still "
                                "here.")
        else:
            self.status.setText(describe(exc))

    def _busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.verify_button.setEnabled(not busy)

    def methods(self) -> dict[str, str]:
        return {n: m.currentData() for n, (_, m, f) in self.rows.items()
                if f.isEnabled() and m.currentData()}

    def typed(self) -> dict[str, str]:
        return {n: f.text() for n, (_, _, f) in self.rows.items()
                if f.isEnabled() and f.text().strip()}

    def on_send_clicked(self) -> None:
        chosen = self.methods()
        if not chosen:
            self.status.setText("Choose how to send the code to at least one number.")
            return
        self._busy(True)

        def done(answer: CodesAnswer) -> None:
            # a sentence: "Code sent by ..." (the words are the command line's, said after
            # the reference there; alone on the dialog they began lower-case)
            self._after(answer, sentence("; ".join(answer.said)) + ". Ask the customer to read "
                        "each code out.")

        self._ask(lambda: self._send(chosen), done)

    def on_verify_clicked(self) -> None:
        typed = self.typed()
        if not typed:
            self.status.setText("Type the code the customer read out for at least one number.")
            return
        self._busy(True)

        def done(answer: CodesAnswer) -> None:
            for outcome in answer.outcomes:  # answered: the code leaves the screen
                if outcome.e164 in self.rows:
                    self.rows[outcome.e164][2].clear()
            self._after(answer, "\n".join(o.words for o in answer.outcomes))

        self._ask(lambda: self._verify(typed), done)
