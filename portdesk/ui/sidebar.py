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
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from portdesk.services.desk import DeskQueue
from portdesk.ui.theme import icon

QueueRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
HeaderRole = Qt.ItemDataRole.UserRole + 3
ICON_OF = {"all": "inbox", "drafts": "draft", "signature": "signature", "ready": "ready",
           "carrier": "carrier", "exceptions": "exception", "foc_week": "calendar",
           "overdue": "overdue", "completed": "done", "port_outs": "port-out",
           "transfers": "transfer", "mine": "assign", "unassigned": "inbox",
           "customer": "comment"}
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
        if index.data(QueueRole) is None:
            super().paint(painter, option, index)
            return
        # before the first counts land the name is laid out as beside a "0" (Qt's own paint
        # elided "At carrier or transf…" at first paint, desk27); the count is drawn once known
        counted = index.data(CountRole)
        count = 0 if counted is None else counted
        # the name stops before the count, never under it ("FOC or completion…3" ran the
        # name's last letters into its count): the row's background and icon span the whole
        # width, the name wraps at words into the room left of the count (up to NAME_LINES lines)
        whole = QStyleOptionViewItem(option)
        self.initStyleOption(whole, index)
        style = whole.widget.style() if whole.widget else None
        room = _name_room(whole, count)
        if style is not None:
            blank = QStyleOptionViewItem(whole)
            blank.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, blank, painter, whole.widget)
            room = _name_room(whole, count, style)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.highlightedText().color() if selected
                       else option.palette.text().color())
        lines = name_lines(QFontMetrics(option.font), str(index.data() or ""), room.width())
        painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         "\n".join(lines))
        painter.restore()
        if counted is None:
            return
        queue = index.data(QueueRole)
        painter.save()
        urgent = queue is not None and queue.key in ("exceptions", "overdue") and count > 0
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
        height = max(size.height(), 28)
        view = self.parent()
        count = index.data(CountRole) or 0  # laid out as paint lays it out (see paint)
        if index.data(QueueRole) is not None and isinstance(view, QListView):
            # as tall as the name's lines at the sidebar's present width (a 1024 px screen gives
            # it ~165 px: "At carrier or transferring" takes two lines, whole, not elided)
            whole = QStyleOptionViewItem(option)
            self.initStyleOption(whole, index)
            whole.rect = QRect(0, 0, view.viewport().width(), height)
            room = _name_room(whole, count, view.style())
            metrics = QFontMetrics(option.font)
            lines = name_lines(metrics, str(index.data() or ""), room.width())
            height = max(height, len(lines) * metrics.lineSpacing() + 10)
        return QSize(size.width() + 40, height)


NAME_LINES = 3  # a queue's name wraps at words before it is elided (whole on hover): at the
# ~165 px a 1024 px screen leaves the sidebar, "FOC or completion next 7 days" takes three lines


def name_lines(metrics: QFontMetrics, name: str, room: int) -> list[str]:
    """The name broken at words into at most NAME_LINES lines of `room` px; only what still does
    not fit is elided (a single word longer than the room, or a third line's worth)."""
    lines: list[str] = []
    words = name.split()
    while words and len(lines) < NAME_LINES:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= room:
            line += f" {words.pop(0)}"
        lines.append(line)
    if words:
        lines[-1] = f"{lines[-1]} {' '.join(words)}"
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines]


def _name_room(whole: QStyleOptionViewItem, count: int, style: QStyle | None = None) -> QRect:
    """Where the name goes: right of the icon, left of the count (its width in bold + 16)."""
    bold = QFont(whole.font)
    bold.setBold(True)
    rect = QRect(whole.rect).adjusted(0, 0, -(QFontMetrics(bold).horizontalAdvance(f"{count:,}")
                                             + 16), 0)
    if style is not None:
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, whole, whole.widget)
        rect.setLeft(text.left() + 4)
    else:
        rect.setLeft(rect.left() + whole.decorationSize.width() + 12)
    return rect


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
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-measured at a new width
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
