"""The lines above the open case: reference and customer, where it stands, and what just happened.

Each line is exactly one line high, whatever it says: a long customer name or a list of linked
cases is elided (the whole text in the tooltip) instead of wrapping, so switching cases or a new
message never pushes the form up or down under the specialist's pointer.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from portdesk.domain.case import PortCase
from portdesk.domain.kind_fields import port_date_name
from portdesk.domain.lifecycle import foc_void
from portdesk.ui.queue_model import KIND_LABELS, status_label

# what the panel says with no case in it: the queue still opening (the first page not landed:
# "Select a case" beside a list not read yet was not true), then what to do
OPENING_QUEUE = "Opening the queue…"
SELECT_OR_NEW = "Select a case in the queue, or press Ctrl+N for a new one."
TONES = {"": "", "ok": "color: #2e7d32;", "error": "color: #c62828;", "busy": ""}


class ElidedLabel(QLabel):
    """One line, elided to the width it gets; text() is always the whole text."""

    def __init__(self, text: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = " ".join((text or "").split())  # one line, whatever came in
        self.setToolTip(self._full if self._full else "")
        self._elide()

    def text(self) -> str:
        return self._full

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        width = max(10, self.contentsRect().width())
        super().setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width))
        self.setFixedHeight(metrics.height() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._elide()


class CaseHeader(QWidget):
    """Reference and customer, status line, message line: three fixed lines."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.reference = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.reference.setFont(font)
        self.reference.setTextFormat(Qt.TextFormat.PlainText)
        self.customer = ElidedLabel()
        self.customer.setFont(font)
        self.summary = ElidedLabel()
        self.summary.setAccessibleName("Case status")
        self.message = ElidedLabel()
        self.message.setAccessibleName("Save state")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.reference)
        top.addSpacing(8)
        top.addWidget(self.customer, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(self.message)
        self.placeholder = QLabel()  # wraps: it replaces the whole case, not one line
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholder.setContentsMargins(0, 12, 0, 0)
        self.setAccessibleName("Case")
        self.show_placeholder(OPENING_QUEUE)  # CasePanel.show_queue_opened: the usual words

    def show_case(self, case: PortCase, children: list[str] | None = None,
                  submit_waiting: bool = False) -> None:
        kind = KIND_LABELS.get(case.kind.value, case.kind.value)
        linked = f" · split into {', '.join(children)}" if children else ""
        waiting = " · submit waiting to be sent" if submit_waiting else ""
        foc = ""  # a cancelled or expired order's date will not happen: never shown as one
        if case.foc_date and not foc_void(case.status.value):
            # named by its kind (kind_fields): a transfer's date is no carrier's FOC
            name = port_date_name(case.kind, case.status.value)
            foc = f" · {name} {case.foc_date:%a %b %d, %Y}"
        self.placeholder.hide()
        self.reference.setText(case.reference)
        self.customer.setText(case.account_name)
        status = status_label(case.status.value, case.kind.value)
        self.summary.setText(f"{status}{waiting} · {kind} · "
                             f"{case.service_type.value.replace('_', '-')}{foc}{linked}")

    def show_placeholder(self, text: str) -> None:
        """No case open: the header is empty and `placeholder` (beneath it) says why."""
        self.reference.setText("")
        self.customer.setText("")
        self.summary.setText("")
        self.message.setText("")
        self.placeholder.setText(text)
        self.placeholder.show()

    def set_message(self, text: str, tone: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(TONES.get(tone, ""))

    def text(self) -> str:
        """Everything the header says, as one string (tests and screen readers)."""
        parts = [self.reference.text(), self.customer.text(), self.summary.text(),
                 self.placeholder.text() if self.placeholder.isVisibleTo(self) or not
                 self.reference.text() else ""]
        return html.unescape(" ".join(p for p in parts if p))
