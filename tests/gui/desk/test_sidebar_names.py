"""A queue's name in the sidebar elides before its count, never under it, and is whole on hover:
"FOC or completion next 7 days" ran its last letters into its count on a 1024 px screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from portdesk.ui.sidebar import CountDelegate, CountRole


def test_the_name_leaves_room_for_its_count_and_is_whole_on_hover(qtbot, window,
                                                                  monkeypatch) -> None:
    sidebar = window.sidebar
    model = sidebar.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data() == "FOC or completion next 7 days")
    index = model.index(row, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "FOC or completion next 7 days"
    drawn: list[QRect] = []
    plain = QStyledItemDelegate.paint
    monkeypatch.setattr(QStyledItemDelegate, "paint", lambda self, painter, option, ix: (
        drawn.append(QRect(option.rect)), plain(self, painter, option, ix)))
    option = QStyleOptionViewItem()
    option.initFrom(sidebar)
    option.rect = QRect(0, 0, 170, 28)
    image = QImage(170, 28, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        CountDelegate(sidebar).paint(painter, option, index)
    finally:
        painter.end()
    count = sidebar.fontMetrics().horizontalAdvance(f"{index.data(CountRole) or 0}")
    assert drawn and drawn[-1].right() < 170 - count - 10  # the name stops short of its count
