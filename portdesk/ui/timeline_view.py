"""The case's timeline (status changes, edits, documents, sync events and comments) and a comment box."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portdesk.services.desk import TimelineEntry

KIND_MARK = {"status": "◆", "edit": "✎", "comment": "💬", "document": "📄", "sync": "⇄",
             "check": "✔", "other": "•"}
KIND_COLOR = {"status": QColor("#1565c0"), "sync": QColor("#6a1b9a")}
AnyIndex = QModelIndex | QPersistentModelIndex


def when(at: datetime) -> str:
    local = at.astimezone() if at.tzinfo else at
    return local.strftime("%b %d, %H:%M")


def entry_text(e: TimelineEntry) -> str:
    head = f"{KIND_MARK.get(e.kind, '•')}  {e.title}  ·  {e.actor}  ·  {when(e.at)}"
    return f"{head}\n{e.detail}" if e.detail else head


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self.entries = list(reversed(entries))  # newest first
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry_text(e)
        if role == Qt.ItemDataRole.ForegroundRole:
            return KIND_COLOR.get(e.kind)
        if role == Qt.ItemDataRole.UserRole:
            return e
        return None


class TimelineView(QWidget):
    comment_submitted = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(4)
        self.view.setAccessibleName("Case history")
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText("Add a comment (sent to the platform order when there "
                                        "is one)")
        self.comment.setAccessibleName("New comment")
        self.comment.setFixedHeight(60)
        self.send = QPushButton("Add comment")
        self.send.setEnabled(False)
        self.comment.textChanged.connect(
            lambda: self.send.setEnabled(bool(self.comment.toPlainText().strip())))
        self.send.clicked.connect(self._on_send)
        row = QHBoxLayout()
        row.addWidget(self.comment, 1)
        row.addWidget(self.send, 0, Qt.AlignmentFlag.AlignBottom)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addLayout(row)
        box.addWidget(self.view, 1)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.model.set_entries(entries)

    def _on_send(self) -> None:
        text = self.comment.toPlainText().strip()
        if text:
            self.comment_submitted.emit(text)

    def comment_saved(self) -> None:
        self.comment.clear()
