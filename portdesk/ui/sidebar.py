"""The sidebar: the standard queues and the specialist's saved filters, each with a live count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from portdesk.services.desk import DeskQueue
from portdesk.ui.theme import icon

QueueRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
HeaderRole = Qt.ItemDataRole.UserRole + 3
ICON_OF = {"all": "inbox", "drafts": "draft", "signature": "signature", "ready": "ready",
           "carrier": "carrier", "exceptions": "exception", "foc_week": "calendar",
           "overdue": "overdue", "completed": "done", "port_outs": "port-out",
           "transfers": "transfer", "mine": "assign", "unassigned": "inbox"}
AnyIndex = QModelIndex | QPersistentModelIndex


class SidebarModel(QAbstractListModel):
    """Rows: standard queues, then a "Saved filters" header and the saved ones."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[DeskQueue | str] = []
        self._counts: dict[str, int] = {}

    def set_queues(self, standard: list[DeskQueue], saved: list[DeskQueue]) -> None:
        self.beginResetModel()
        items: list[DeskQueue | str] = list(standard)
        if saved:
            items += ["Saved filters", *saved]
        self._items = items
        self.endResetModel()

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1), [CountRole])

    def queues(self) -> list[DeskQueue]:
        return [i for i in self._items if isinstance(i, DeskQueue)]

    def row_of(self, key: str) -> int:
        for row, item in enumerate(self._items):
            if isinstance(item, DeskQueue) and item.key == key:
                return row
        return -1

    def count_of(self, key: str) -> int | None:
        return self._counts.get(key)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._items[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if isinstance(item, str):
            # ints, not bools: PySide6 leaks a reference of True/False through QVariant
            return {Qt.ItemDataRole.DisplayRole: item, HeaderRole: 1}.get(role)
        count = self._counts.get(item.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.ToolTipRole:  # whole when the sidebar elides it
            return item.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.label}: {count} cases" if count is not None else item.label
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(ICON_OF.get(item.key, "filter"))
        if role == QueueRole:
            return item
        if role == CountRole:
            return count
        return None


class CountDelegate(QStyledItemDelegate):
    """Counts right-aligned in muted text; exceptions and overdue stand out when non-zero."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if index.data(HeaderRole):
            painter.save()
            font = option.font
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            painter.setFont(font)
            painter.setPen(option.palette.placeholderText().color())
            painter.drawText(option.rect.adjusted(10, 8, 0, 0), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignVCenter, str(index.data()).upper())
            painter.restore()
            return
        count = index.data(CountRole)
        if count is None:
            super().paint(painter, option, index)
            return
        # the name elides before the count, never under it ("FOC or completion…3" ran the
        # name's last letters into its count): the row's background spans the whole width
        whole = QStyleOptionViewItem(option)
        self.initStyleOption(whole, index)
        style = whole.widget.style() if whole.widget else None
        if style is not None:
            blank = QStyleOptionViewItem(whole)
            blank.text, blank.icon = "", QIcon()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, blank, painter, whole.widget)
        named = QStyleOptionViewItem(option)
        bold = QFont(option.font)
        bold.setBold(True)
        named.rect = QRect(option.rect).adjusted(
            0, 0, -(QFontMetrics(bold).horizontalAdvance(f"{count:,}") + 16), 0)
        super().paint(painter, named, index)
        queue = index.data(QueueRole)
        painter.save()
        urgent = queue is not None and queue.key in ("exceptions", "overdue") and count > 0
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if urgent and not selected:
            painter.setPen(Qt.GlobalColor.red)
            font = option.font
            font.setBold(True)
            painter.setFont(font)
        else:
            painter.setPen(option.palette.placeholderText().color())
        rect = QRect(option.rect).adjusted(0, 0, -10, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{count:,}")
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, max(size.height(), 28))


class Sidebar(QListView):
    queue_selected = Signal(object)  # DeskQueue

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName("Queues")
        self.model_ = SidebarModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(CountDelegate(self))
        self.setIconSize(QSize(18, 18))
        self.setUniformItemSizes(False)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        queue = current.data(QueueRole)
        if queue is not None:
            self.queue_selected.emit(queue)

    def select_key(self, key: str) -> bool:
        row = self.model_.row_of(key)
        if row < 0:
            return False
        self.setCurrentIndex(self.model_.index(row))
        return True

    def current_queue(self) -> DeskQueue | None:
        return self.currentIndex().data(QueueRole)
