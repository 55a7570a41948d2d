"""The case's numbers: per-number status, paste of hundreds of numbers (parsed, deduped, the invalid
ones listed), remove, and the selection that "Split" moves to a new case.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.case import CaseNumber, NumberStatus
from portdesk.domain.number_paste import group_label, read_number_paste, request_group
from portdesk.ui.fields import merge_numbers, number_row
from portdesk.ui.table_model import RowsTableModel

NUMBER_HEADERS = ("Number", "Kind", "Status", "Rejection")
AnyIndex = QModelIndex | QPersistentModelIndex
STATUS_COLORS = {NumberStatus.REJECTED: QColor("#c62828"), NumberStatus.PORTED: QColor("#2e7d32"),
                 NumberStatus.FOC_CONFIRMED: QColor("#00695c")}


class NumbersModel(RowsTableModel):
    headers = tuple(NUMBER_HEADERS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.numbers: tuple[CaseNumber, ...] = ()

    def set_numbers(self, numbers: tuple[CaseNumber, ...]) -> None:
        self.beginResetModel()
        self.numbers = numbers
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.numbers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        n = self.numbers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return number_row(n)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return STATUS_COLORS.get(n.status)
        if role == Qt.ItemDataRole.UserRole:
            return n.e164
        return None


class NumbersPanel(QWidget):
    numbers_edited = Signal(object)  # the new tuple of CaseNumber
    split_requested = Signal(list)  # selected E.164 numbers

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = NumbersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Numbers on this case")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 130)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText("Type or paste numbers: one per line, or separated by , ;")
        self.entry.setAccessibleName("Add numbers")
        self.entry.returnPressed.connect(lambda: self.add_text(self.entry.text()))
        self.paste = QPushButton("Paste list")
        self.paste.setToolTip("Add every number on the clipboard (Ctrl+V on the table)")
        self.paste.clicked.connect(self.paste_clipboard)
        self.remove = QPushButton("Remove")
        self.remove.clicked.connect(self.remove_selected)
        self.split = QPushButton("Split into new case…")
        self.split.setToolTip("Move the selected numbers into a new linked case")
        self.split.clicked.connect(lambda: self.split_requested.emit(self.selected()))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName("Paste result")
        QShortcut(QKeySequence.StandardKey.Paste, self.table, self.paste_clipboard)
        self._split_off: list[str] = []
        self.mix = QWidget()
        self.mix.setObjectName("mixNotice")
        self.mix_text = QLabel()
        self.mix_text.setWordWrap(True)
        self.mix_text.setStyleSheet("color: #8a5a00;")
        self.mix_split = QPushButton("Split into a new case…")
        self.mix_split.clicked.connect(lambda: self.split_requested.emit(list(self._split_off)))
        mix_row = QHBoxLayout(self.mix)
        mix_row.setContentsMargins(0, 0, 0, 0)
        mix_row.addWidget(self.mix_text, 1)
        mix_row.addWidget(self.mix_split)
        self.mix.hide()
        top = QHBoxLayout()
        top.addWidget(self.entry, 1)
        top.addWidget(self.paste)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove)
        buttons.addWidget(self.split)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addLayout(top)
        box.addWidget(self.mix)
        box.addWidget(self.result)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        self.set_editable(True)

    def set_numbers(self, numbers: tuple[CaseNumber, ...]) -> None:
        self.model.set_numbers(numbers)
        self._show_mix(numbers)

    def set_editable(self, editable: bool) -> None:
        for w in (self.entry, self.paste, self.remove):
            w.setEnabled(editable)

    def paste_clipboard(self) -> None:
        if self.entry.isEnabled():
            self.add_text(QGuiApplication.clipboard().text())

    def add_text(self, text: str) -> str:
        """Parse a pasted list and add the new numbers; returns the report shown.

        Every line not used is named with its line number and why; duplicates (in the list or
        already on the case) and dropped extensions are named too, so nothing vanishes."""
        report = read_number_paste(text, existing=[n.e164 for n in self.model.numbers])
        numbers, added = merge_numbers(self.model.numbers, report.numbers)
        summary = report.summary(head=f"Added {added} number{'s' if added != 1 else ''}")
        lines = report.lines(limit=30)
        if lines:
            summary += "\n" + "\n".join(lines)
        self.result.setText(summary)
        self.result.setStyleSheet("color: #c62828;" if report.invalid else "")
        if added:
            self.entry.clear()
            self.numbers_edited.emit(numbers)
        return summary

    def _show_mix(self, numbers: tuple[CaseNumber, ...]) -> None:
        """Numbers that need their own request (another country, toll-free beside geographic):
        flagged, with the split offered."""
        groups: dict[tuple[str, bool], list[str]] = {}
        for n in numbers:
            groups.setdefault(request_group(n.country if n.country != "CA" else "US", n.kind),
                              []).append(n.e164)
        if len(groups) < 2:
            self.mix.hide()
            self._split_off = []
            return
        home = max(groups, key=lambda k: len(groups[k]))
        others = [k for k in groups if k != home]
        self._split_off = [e for k in others for e in groups[k]]
        names = " and ".join(f"{len(groups[k])} {group_label(k)}" for k in others)
        self.mix_text.setText(f"Mixed request: {names}, beside {len(groups[home])} "
                              f"{group_label(home)}. Platforms and carriers take these as "
                              "separate requests.")
        self.mix_split.setText(f"Split the {len(self._split_off)} into a new case…")
        self.mix.show()

    def selected(self) -> list[str]:
        rows = sorted({ix.row() for ix in self.table.selectionModel().selectedRows()})
        return [self.model.numbers[r].e164 for r in rows if r < len(self.model.numbers)]

    def select_numbers(self, e164s: list[str]) -> None:
        self.table.clearSelection()
        wanted = set(e164s)
        for row, n in enumerate(self.model.numbers):
            if n.e164 in wanted:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows)

    def remove_selected(self) -> None:
        gone = set(self.selected())
        if gone:
            self.numbers_edited.emit(tuple(n for n in self.model.numbers if n.e164 not in gone))
