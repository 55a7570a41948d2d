"""The one base of the desk's flat tables: a list of plain rows under fixed column headers.

rowCount, columnCount, headerData and the "is this index one of my rows" guard were written out in
each model (queue, numbers, audit trail, bill comparison, form mapping); they live here once. A
model names its headers and says how many rows it holds; data() and the rest stay its own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """Subclasses set `headers` and implement `row_count()`."""

    headers: tuple[str, ...] = ()

    def row_count(self) -> int:
        raise NotImplementedError

    def holds(self, index: AnyIndex) -> bool:
        """Whether `index` is a cell of one of this model's rows (data() starts with it)."""
        return index.isValid() and 0 <= index.row() < self.row_count()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
