"""Readiness: the domain's checks on the values being edited, each with a jump to its field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from portdesk.domain.readiness import Check, Level

MARK = {Level.PASS: "✔", Level.WARN: "▲", Level.FAIL: "✖"}
COLOR = {Level.PASS: QColor("#2e7d32"), Level.WARN: QColor("#b26a00"),
         Level.FAIL: QColor("#c62828")}
CheckRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
ORDER = {Level.FAIL: 0, Level.WARN: 1, Level.PASS: 2}


def summary(checks: list[Check]) -> str:
    fails = sum(1 for c in checks if c.level == Level.FAIL)
    warns = sum(1 for c in checks if c.level == Level.WARN)
    if fails:
        return f"{fails} blocking, {warns} to review"
    if warns:
        return f"Ready, {warns} to review"
    return "Ready to submit"


def past_summary(status: str) -> str:
    return f"{status}: nothing to submit; the checks as the case stands now"


class ChecksModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.checks: list[Check] = []

    def set_checks(self, checks: list[Check]) -> None:
        ordered = sorted(checks, key=lambda c: ORDER[c.level])
        if [c.id for c in ordered] == [c.id for c in self.checks]:
            self.checks = ordered  # same rows: refresh in place (keeps the selection)
            if ordered:
                self.dataChanged.emit(self.index(0), self.index(len(ordered) - 1))
            return
        self.beginResetModel()
        self.checks = ordered
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.checks)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.checks):
            return None
        c = self.checks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{MARK[c.level]}  {c.title}\n{c.message}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return COLOR[c.level] if c.level != Level.PASS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Double-click to go to the field" if c.field else c.message
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{c.level.value}: {c.title}. {c.message}"
        if role == CheckRole:
            return c
        return None


class ReadinessPanel(QWidget):
    jump_requested = Signal(str)  # field name
    mark_ready_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = ChecksModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName("Readiness checks")
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(self._on_activated)
        self.view.doubleClicked.connect(self._on_activated)
        self.headline = QLabel()
        self.headline.setObjectName("sectionTitle")
        self.ready = QPushButton("Mark ready to submit…")
        self.ready.setAccessibleName("Mark ready to submit")
        self.ready.clicked.connect(self.mark_ready_requested)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(self.headline)
        box.addWidget(self.view, 1)
        box.addWidget(self.ready)

    def set_checks(self, checks: list[Check], past: str = "") -> None:
        """`past`: the status of a case already sent (or queued to be): its checks are history,
        never "Ready to submit" (a ported case read so)."""
        self.model.set_checks(checks)
        self.headline.setText(past_summary(past) if past else summary(checks))

    def _on_activated(self, index: QModelIndex) -> None:
        check = index.data(CheckRole)
        if check is not None and check.field:
            self.jump_requested.emit(check.field)
