"""A date the specialist can type or pick, that never loses what was typed.

QDateEdit with a "not set" special value opens its calendar in the year 2000 and quietly turns a
half-typed date back into the old one. Here the text is what was typed: a date in any of the usual
forms (12/10/2026, 2026-12-10, Dec 10 2026, Thu Dec 10, 2026) becomes the value; anything else
stays in the box with a message saying how to write it, and the value is not changed behind the
specialist's back. The calendar opens on the date shown, or on the earliest date allowed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SHOWN = "%a %b %d, %Y"
_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y", "%b %d %Y", "%B %d %Y",
            "%a %b %d %Y", "%A %B %d %Y", "%d %b %Y", "%d %B %Y", "%b %d", "%B %d")


def parse_date(text: str, today: date) -> date | None:
    """The date typed, or None when the box is empty; ValueError when it is not a date."""
    cleaned = re.sub(r"[,.]", " ", text or "").strip()
    cleaned = " ".join(cleaned.split())
    if not cleaned:
        return None
    for fmt in _FORMATS:
        try:
            parsed = datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        if "%Y" not in fmt and "%y" not in fmt:  # "Dec 10": the next Dec 10 from today
            parsed = parsed.replace(year=today.year)
            if parsed < today:
                parsed = parsed.replace(year=today.year + 1)
        return parsed
    raise ValueError(f"“{text.strip()}” is not a date: type it as 12/10/2026 or 2026-12-10")


def shown(value: date | None) -> str:
    return value.strftime(SHOWN) if value else ""


class _Popup(QWidget):
    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(date(day.year(), day.month(), day.day()))
        self.hide()


class DateField(QWidget):
    date_changed = Signal(object)  # date | None: a value the specialist set
    problem_changed = Signal(str)  # "" when the text is a date (or empty)

    def __init__(self, earliest: Callable[[], date] | None = None,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None,
                 minimum: Callable[[], date] | None = None,
                 maximum: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self.earliest = earliest or today
        self.today = today
        self.minimum, self.maximum = minimum, maximum  # what the calendar offers
        self.value: date | None = None
        self.problem = ""
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Not set: type a date (12/10/2026) or pick one")
        self.edit.setClearButtonEnabled(True)
        self.edit.editingFinished.connect(self.commit)
        self.edit.textEdited.connect(self._on_typing)
        self.pick = QToolButton()
        self.pick.setText("▾")
        self.pick.setToolTip("Pick a date on the calendar")
        self.pick.setAccessibleName("Pick a date")
        self.pick.clicked.connect(self.open_calendar)
        # the calendar window is made when first asked for: made here, it went wherever the
        # field was moved (a form row's holder) and Tab past the ▾ button came back to the date
        # box for ever, a keyboard trap before every field below it
        self._popup: _Popup | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        self.setFocusProxy(self.edit)

    @property
    def popup(self) -> _Popup:
        if self._popup is None:
            self._popup = _Popup(self)
            self._popup.picked.connect(self._on_picked)
        return self._popup

    def changeEvent(self, event: QEvent) -> None:
        """A field that cannot be edited (a case past its draft) offers no clear button."""
        if event.type() == QEvent.Type.EnabledChange:
            self.edit.setClearButtonEnabled(self.isEnabled())
        super().changeEvent(event)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def set_date(self, value: date | None) -> None:
        """Show a value (loading a case, undo): no signal, no message."""
        self.value = value
        self.edit.setText(shown(value))
        self._set_problem("")

    def text(self) -> str:
        return self.edit.text()

    def type_text(self, text: str) -> None:
        """Type and leave the box, as the specialist would (tests, paste)."""
        self.edit.setText(text)
        self.commit()

    def commit(self) -> None:
        try:
            value = parse_date(self.edit.text(), self.today())
        except ValueError as exc:
            self._set_problem(str(exc))  # the text stays exactly as typed
            return
        self._set_problem("")
        if value != self.value:
            self.value = value
            self.date_changed.emit(value)
        if value is not None and self.edit.text() != shown(value):
            self.edit.setText(shown(value))

    def _on_typing(self, _text: str) -> None:
        if self.problem:
            try:
                parse_date(self.edit.text(), self.today())
            except ValueError:
                return
            self._set_problem("")

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit(problem)

    def calendar_start(self) -> date:
        """Where the calendar opens: the date shown, else the earliest date allowed."""
        return self.value or self.earliest()

    def prepare_calendar(self) -> QCalendarWidget:
        start = self.calendar_start()
        calendar = self.popup.calendar
        if self.minimum is not None:
            low = self.minimum()
            calendar.setMinimumDate(QDate(low.year, low.month, low.day))
        if self.maximum is not None:
            high = self.maximum()
            calendar.setMaximumDate(QDate(high.year, high.month, high.day))
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        calendar.setCurrentPage(start.year, start.month)
        return calendar

    def open_calendar(self) -> None:
        self.prepare_calendar()
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.popup.calendar.setFocus()

    def _on_picked(self, value: date) -> None:
        self.edit.setText(shown(value))
        self.commit()
        self.edit.setFocus()
