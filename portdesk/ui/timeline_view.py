"""The case's timeline (status changes, edits, documents, sync events and comments) and a comment box."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.moments import shown_time
from portdesk.services.desk import TimelineEntry
from portdesk.ui.theme import icon

# Each kind has an icon beside its entry: drawn SVGs from resources/icons, or a shape painted
# here. Never a font glyph: emoji and symbol glyphs show as boxes where no font has them (the
# offscreen platform, a bare Linux desktop, some Windows fonts).
KIND_ICON = {"comment": "comment", "document": "draft", "sync": "transfer", "check": "done",
             "split": "split", "questionable": "exception", "check_failed": "exception",
             "sync_refused": "exception"}
KIND_COLOR = {"status": QColor("#1565c0"), "sync": QColor("#6a1b9a"),
              "questionable": QColor("#b26a00"), "check_failed": QColor("#c62828"),
              "sync_refused": QColor("#c62828")}
AnyIndex = QModelIndex | QPersistentModelIndex
_icons: dict[str, QIcon] = {}


def _painted(kind: str) -> QIcon:
    """A small shape in the kind's colour: a diamond for a status, a dot for anything else."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(KIND_COLOR.get(kind, QColor("#5f6368")))
    if kind == "status":
        painter.drawPolygon(QPolygonF([QPointF(8, 2), QPointF(14, 8), QPointF(8, 14),
                                       QPointF(2, 8)]))
    else:
        painter.drawEllipse(QPointF(8, 8), 3.5 if kind == "edit" else 2.5,
                            3.5 if kind == "edit" else 2.5)
    painter.end()
    return QIcon(pixmap)


def kind_icon(e: TimelineEntry) -> QIcon:
    kind = "split" if e.title.startswith("Split") else e.kind
    if kind not in _icons:
        drawn = icon(KIND_ICON[kind]) if kind in KIND_ICON else QIcon()
        _icons[kind] = drawn if not drawn.isNull() else _painted(kind)
    return _icons[kind]


def when(at: datetime, zone: tzinfo | None = None) -> str:
    """'Dec 05 09:53 EST': on this workstation's clock with the zone named (domain/moments); a
    naive moment is the store's UTC, never taken for local time."""
    return shown_time(at, zone, with_day=True)


def entry_text(e: TimelineEntry, zone: tzinfo | None = None) -> str:
    head = f"{e.title}  ·  {e.actor}  ·  {when(e.at, zone)}"
    return f"{head}\n{e.detail}" if e.detail else head


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: Any = None, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.entries: list[TimelineEntry] = []
        self.zone = zone  # None: this workstation's clock

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
            return entry_text(e, self.zone)
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(e)
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
        self.comment.setTabChangesFocus(True)  # Tab moves on, as in every field
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
