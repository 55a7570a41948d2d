"""The comparison table: one row per compared field, then one per number, each with its verdict.

Rows are plain CheckRow objects from the service; the model only adds what the specialist decided
in this session ("verified another way"), so a reload never forgets a decision made on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from portdesk.services.bill_desk import VERIFIED, CheckRow
from portdesk.ui.table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the CheckRow
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2  # verdict key, "verified" once verified another way

COL_FIELD, COL_ENTERED, COL_BILL, COL_VERDICT, COL_ACTIONS, COL_REASON = range(6)
HEADERS = ("Field", "In the case", "On the bill", "Verdict", "Action", "Why")
VERDICT_TEXT = {"exact": "Exact", "equivalent": "Equivalent", "mismatch": "Mismatch",
                "not_found": "Not found", "unverifiable": "Unverifiable", VERIFIED: "Verified"}
# (chip background, chip text, evidence box on the page)
COLORS = {"exact": ("#d7efd9", "#1b5e20", "#2e7d32"),
          "equivalent": ("#d9e7fa", "#0d47a1", "#1565c0"),
          "mismatch": ("#fbd9d9", "#a50016", "#d32f2f"),
          "not_found": ("#e8e8e8", "#3d3d3d", "#757575"),
          "unverifiable": ("#fdeec4", "#6d4700", "#ef8f00"),
          VERIFIED: ("#e7dcf4", "#4a148c", "#7b1fa2")}


def box_color(verdict: str) -> QColor:
    return QColor(COLORS.get(verdict, COLORS["not_found"])[2])


class ComparisonModel(RowsTableModel):
    headers = tuple(HEADERS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckRow] = []
        self._verified: dict[str, str] = {}  # row key -> how ("CSR: note")

    # -- contents -----------------------------------------------------------------------------
    def set_rows(self, rows: list[CheckRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._verified = {k: v for k, v in self._verified.items()
                          if any(r.key == k for r in rows)}
        self.endResetModel()

    def mark_verified(self, key: str, how: str) -> None:
        self._verified[key] = how
        row = self.row_of(key)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def row_of(self, key: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)

    def check_row(self, row: int) -> CheckRow:
        return self._rows[row]

    def verdict_of(self, row: CheckRow) -> str:
        return VERIFIED if row.key in self._verified else row.verdict

    def rows(self) -> list[CheckRow]:
        return list(self._rows)

    # -- Qt model -----------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        row, col = self._rows[index.row()], index.column()
        verdict = self.verdict_of(row)
        if role == ROW_ROLE:
            return row
        if role == VERDICT_ROLE:
            return verdict
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col, verdict)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_REASON, COL_VERDICT):
            return self.reason_of(row)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_ENTERED, COL_BILL):
            return self._text(row, col, verdict) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_BILL and not row.bill:
            return QBrush(QColor("#757575"))
        return None

    def _text(self, row: CheckRow, col: int, verdict: str) -> str:
        if col == COL_FIELD:
            return row.label
        if col == COL_ENTERED:
            return row.entered or "—"
        if col == COL_BILL:
            return row.bill or "—"
        if col == COL_VERDICT:
            return VERDICT_TEXT.get(verdict, verdict)
        if col == COL_REASON:
            return self.reason_of(row)
        return ""

    def reason_of(self, row: CheckRow) -> str:
        how = self._verified.get(row.key)
        return f"verified another way ({how})" if how else row.reason


class VerdictChipDelegate(QStyledItemDelegate):
    """The verdict as a coloured chip: the colour is the same as the box on the bill."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        verdict = str(index.data(VERDICT_ROLE) or "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:  # selection background first, the chip on top
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        bg, fg, _ = COLORS.get(verdict, COLORS["not_found"])
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 18, option.rect.width() - 8)
        height = metrics.height() + 4
        rect = QRectF(option.rect.left() + 4, option.rect.center().y() - height / 2 + 0.5,
                      width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QPen(QColor(fg)))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), option.fontMetrics.height() + 10))
