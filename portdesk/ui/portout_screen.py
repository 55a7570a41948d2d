"""The port-out screen: a request to take numbers away, set against the account, answered here.

It shows who asks (the gaining carrier), for which numbers and FOC date, the request's details
beside the account's with a verdict per field (PIN masked), and how long is left before the
platform authorizes an unanswered request on its own. Authorize, or Reject with one of the codes
the platform lists as eligible for this request; 1001 "Other" needs a reason. An authorization
carries the texts decision (the platform's `host_messaging`: keep the numbers' texts hosted here
after they port out; unticked, the platform's default, they leave too). The answer is
queued by `decide` (the services' decide_portout) on the task runner's database lane, never on
the GUI thread (a busy queue must not freeze the screen), and sent by the next sync round. While it
is written the screen says so and its buttons wait; a refusal is said in one line on the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.numbers import format_display
from portdesk.domain.portout_texts import DEFAULT as TEXTS_DEFAULT
from portdesk.domain.portout_texts import texts_words
from portdesk.services.desk_types import RejectionCode
from portdesk.services.sync_portout_review import PortoutReview, countdown_text, lsr_words
from portdesk.ui.taskman import TaskManager, describe

VERDICT_COLOURS = {"matches": "#1b7f3a", "differs": "#b3261e", "unverifiable": "#8a5a00",
                   "not given": "#6b6b6b"}
Decide = Callable[[bool, str, int | None, bool], None]  # ..., host_messaging


class PortoutScreen(QDialog):
    answered = Signal(bool)  # True: authorized, False: rejected

    def __init__(self, review: PortoutReview, codes: list[RejectionCode], decide: Decide,
                 tasks: TaskManager,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None, tz: tzinfo | None = None,
                 documents: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review, self.codes, self._decide, self._now = review, codes, decide, now
        self._tz = tz  # the desk's porting zone: the deadline's moments are said in it
        self._tasks = tasks
        self.sending = False
        self.setWindowTitle(f"Port-out request {review.reference}")
        layout = QVBoxLayout(self)
        layout.addWidget(self._header())
        self.countdown = QLabel()
        self.countdown.setObjectName("portoutCountdown")
        self.countdown.setStyleSheet("font-weight: bold")
        self.countdown.setWordWrap(True)  # the deadline is said in full, moments and zone
        layout.addWidget(self.countdown)
        layout.addWidget(self._table())
        source = QLabel(f"Account: {review.account_source}")
        source.setWordWrap(True)
        layout.addWidget(source)
        self.documents = documents  # what the gaining carrier sent (portout_documents_box)
        if documents is not None:
            layout.addWidget(documents)
        layout.addWidget(self._answers())
        self.progress = QLabel()
        self.progress.setObjectName("portoutProgress")
        layout.addWidget(self.progress)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh_countdown)
        self._timer.start(30_000)
        self.refresh_countdown()
        self.on_code_changed()
        self.resize(720, 600 if documents is not None else 520)

    def _header(self) -> QWidget:
        r = self.review
        carrier = escape(r.gaining_carrier or "Another carrier", quote=False)
        text = (f"<b>{carrier}</b> asks to port out "
                f"<b>{', '.join(format_display(n) for n in r.numbers)}</b>")
        if r.foc_date and r.foc_void:  # a date that will not happen is not shown as one
            text += f" (the request is {r.foc_void}: its FOC {r.foc_date} will not happen)"
        elif r.foc_date:
            utc = (" (a UTC date stored by an older PortDesk: the next sync reads it again)"
                   if r.foc_utc else "")
            text += f" on {r.foc_date}{utc} (it may port up to 10 days later)"
        text += f".<br>Platform: {escape(r.status_words, quote=False)}"
        for words, link in lsr_words(r.lsr):
            text += (f"<br><a href=\"{escape(link)}\">{escape(words, quote=False)}</a>" if link
                     else f"<br>{escape(words, quote=False)}")
        label = QLabel(text)
        label.setToolTip(f"As the platform wrote it: {r.status}" if r.status else "")
        label.setWordWrap(True)
        label.setOpenExternalLinks(True)  # the LSR opens in the browser, never in PortDesk
        return label

    def _table(self) -> QTableWidget:
        table = QTableWidget(len(self.review.fields), 4, self)
        table.setHorizontalHeaderLabels(["Field", "Request says", "Account says", "Verdict"])
        for row, check in enumerate(self.review.fields):
            for col, text in enumerate((check.label, check.requested, check.account,
                                        check.verdict)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if col == 3:
                    item.setForeground(QColor(VERDICT_COLOURS.get(text, "#000000")))
                table.setItem(row, col, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self.table = table
        return table

    def _answers(self) -> QWidget:
        box = QGroupBox("Answer")
        form = QFormLayout(box)
        self.code = QComboBox()
        for code in self.codes:
            self.code.addItem(f"{code.code}: {code.description}", code.code)
        self.code.currentIndexChanged.connect(self.on_code_changed)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("the reason the other carrier and Porting Ops see")
        self.reason.textChanged.connect(self.on_code_changed)
        self.keep_texts = QCheckBox("Keep the numbers' texts (messaging) hosted here after "
                                    "they port out")
        self.keep_texts.setChecked(TEXTS_DEFAULT)
        self.keep_texts.setToolTip("Sent with Authorize as the platform's host_messaging. "
                                   "Unticked: " + texts_words(False))
        form.addRow("Texts", self.keep_texts)
        form.addRow("Rejection code", self.code)
        form.addRow("Reason", self.reason)
        buttons = QHBoxLayout()
        self.authorize_button = QPushButton("Authorize")
        self.reject_button = QPushButton("Reject")
        self.authorize_button.clicked.connect(self.on_authorize_clicked)
        self.reject_button.clicked.connect(self.on_reject_clicked)
        buttons.addWidget(self.authorize_button)
        buttons.addWidget(self.reject_button)
        form.addRow(buttons)
        pending = self.review.awaiting_answer
        for widget in (self.code, self.reason, self.authorize_button, self.reject_button,
                       self.keep_texts):
            widget.setEnabled(pending)
        if not self.codes:
            self.code.addItem("no codes: the platform listed none (sync, then open again)", None)
        return box

    def selected_code(self) -> RejectionCode | None:
        value = self.code.currentData()
        return next((c for c in self.codes if c.code == value), None)

    def refresh_countdown(self) -> None:
        self.countdown.setText(countdown_text(self.review, self._now, self._tz))

    def on_code_changed(self, *_: object) -> None:
        code = self.selected_code()
        needs = code is not None and code.reason_required
        ready = code is not None and (not needs or bool(self.reason.text().strip()))
        self.reject_button.setEnabled(self.review.awaiting_answer and ready and not self.sending)
        self.reject_button.setToolTip("" if ready else "pick a code; this one needs a reason")

    def on_authorize_clicked(self) -> None:
        self._answer(True, "", None)

    def on_reject_clicked(self) -> None:
        code = self.selected_code()
        if code is not None:
            self._answer(False, self.reason.text().strip(), code.code)

    def _answer(self, authorize: bool, reason: str, code: int | None) -> None:
        if self.sending:
            return
        self._sending(True, "Recording the authorization…" if authorize
                      else "Recording the rejection…")

        def done(_result: object) -> None:
            self._sending(False, "")
            self.answered.emit(authorize)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._sending(False, "")
            self.error.setText(f"The answer was not recorded: {describe(exc)}")

        texts = authorize and self.keep_texts.isChecked()
        self._tasks.run(lambda: self._decide(authorize, reason, code, texts), done, failed,
                        lane="db")

    def _sending(self, busy: bool, text: str) -> None:
        self.sending = busy
        self.progress.setText(text)
        if busy:
            self.error.clear()
        pending = self.review.awaiting_answer and not busy
        for widget in (self.code, self.reason, self.authorize_button, self.keep_texts):
            widget.setEnabled(pending)
        self.on_code_changed()
