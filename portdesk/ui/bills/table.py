"""The right half of the bill screen: what the bill proves, field by field, and what to do about it.

Each row carries its own actions: "Use bill value" where the bill gives a complete value that
differs from the case, "Verified another way…" where the bill does not confirm the value.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.words import counted
from portdesk.services.bill_check import BillCheckReport
from portdesk.services.bill_desk import LABELS, CheckRow
from portdesk.services.desk_types import BillCheckSummary
from portdesk.ui.bills.columns import share_room, text_wants
from portdesk.ui.bills.model import (
    COL_ACTIONS,
    COL_BILL,
    COL_ENTERED,
    COL_FIELD,
    COL_REASON,
    COL_VERDICT,
    ComparisonModel,
    VerdictChipDelegate,
)

_CONFIRMED = ("exact", "equivalent", "verified")
TEXT_COLUMNS = (COL_FIELD, COL_ENTERED, COL_BILL, COL_REASON)  # wrap at words, share the room


def summary_text(report: BillCheckReport, limit_days: int) -> tuple[str, bool]:
    """One paragraph over the table, and whether it is a warning (mismatch, old or unknown)."""
    s: BillCheckSummary = report.summary
    f = report.fields
    parts = []
    if f.statement_date is None:
        parts.append("Statement date not found: the bill's age cannot be checked")
    else:
        age = f"{s.bill_age_days} day{'s' if s.bill_age_days != 1 else ''} old"
        if s.bill_too_old:
            age += f", over the {limit_days}-day limit: ask for a recent bill"
        parts.append(f"Statement {f.statement_date.isoformat()} ({age})")
    source = "the text layer" if f.source == "text" else "OCR of a scan"
    parts.append(f"read from {source}, {f.pages_read} of {counted(f.page_count, 'page')}")
    parts.append(f"{s.fields_verified} of {s.fields_total} fields confirmed")
    if s.mismatched:
        parts.append("mismatch: " + ", ".join(LABELS.get(m, m).lower() for m in s.mismatched))
    if s.numbers_total:
        parts.append(f"{s.numbers_on_bill} of {s.numbers_total} numbers on the bill")
    text = " · ".join(parts)
    if f.notices:
        text += "\n" + "\n".join(f.notices)
    return text, s.any_mismatch or s.bill_too_old


class ComparisonPanel(QWidget):
    row_selected = Signal(object)  # CheckRow | None
    use_requested = Signal(str)  # row key
    verify_requested = Signal(str)  # row key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ComparisonModel(self)
        self.summary = QLabel("No bill checked yet: drop the customer's recent bill on this window.")
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_VERDICT, VerdictChipDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # values wrap rather than end in "…": the specialist compares them to the last character
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()  # widths set by fit_columns (bills/columns)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)  # a new width lays the columns out again
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # bills quote customers' text
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, tuple[QToolButton, QToolButton]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

    def show_report(self, report: BillCheckReport, rows: list[CheckRow],
                    limit_days: int) -> None:
        keep = self.current_row()
        text, warn = summary_text(report, limit_days)
        self.summary.setText(text)
        self.summary.setStyleSheet("QLabel { color: #8a4b00; }" if warn else "")
        self.model.set_rows(rows)
        self._install_actions()
        self.fit_columns()
        if keep is not None:
            self.select(keep.key)

    def mark_verified(self, key: str, how: str) -> None:
        self.model.mark_verified(key, how)
        self._install_actions()
        self.fit_columns()
        current = self.current_row()
        if current is not None:
            self._on_row(current)

    # -- columns ------------------------------------------------------------------------------
    def fit_columns(self) -> None:
        """Verdict and Action at their own width, the text columns sharing what the table's
        width leaves (bills/columns): Action and Why ran past the right edge at 1024 px."""
        table, model = self.table, self.model
        fixed = 0
        for col in (COL_VERDICT, COL_ACTIONS):
            width = max(table.sizeHintForColumn(col),
                        table.horizontalHeader().sectionSizeHint(col))
            table.setColumnWidth(col, width)
            fixed += width
        metrics = table.fontMetrics()
        wants = [text_wants(metrics, [str(model.headerData(col, Qt.Orientation.Horizontal)),
                                      *(str(model.index(row, col).data() or "")
                                        for row in range(model.rowCount()))])
                 for col in TEXT_COLUMNS]
        for col, width in zip(TEXT_COLUMNS, share_room(table.viewport().width() - fixed, wants),
                              strict=True):
            table.setColumnWidth(col, width)

    def wanted_width(self) -> int:
        """The panel's width at which no column is cut: the fixed columns, every text column's
        longest word, the table's frame and a vertical scroll bar."""
        table, metrics = self.table, self.table.fontMetrics()
        fixed = sum(table.columnWidth(col) for col in (COL_VERDICT, COL_ACTIONS))
        least = sum(text_wants(metrics, [str(self.model.index(row, col).data() or "")
                                         for row in range(self.model.rowCount())])[0]
                    for col in TEXT_COLUMNS)
        chrome = table.width() - table.viewport().width()
        return fixed + least + max(chrome, 2 * table.frameWidth()) \
            + table.verticalScrollBar().sizeHint().width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    # -- selection ----------------------------------------------------------------------------
    def current_row(self) -> CheckRow | None:
        index = self.table.currentIndex()
        return self.model.check_row(index.row()) if index.isValid() else None

    def select(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, COL_FIELD),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._on_row(self.model.check_row(current.row()) if current.isValid() else None)

    def _on_row(self, row: CheckRow | None) -> None:
        if row is None:
            self.detail.clear()
        else:
            where = (f"Page {row.evidence.page}: “{row.evidence.text}”" if row.evidence
                     else "Not on the bill.")
            self.detail.setText(f"{row.label}: {self.model.reason_of(row)}\n{where}")
        self.row_selected.emit(row)

    # -- per-row actions ----------------------------------------------------------------------
    def _install_actions(self) -> None:
        self.buttons.clear()
        for index, row in enumerate(self.model.rows()):
            verdict = self.model.verdict_of(row)
            use = _button("Use bill value", "Copy the bill's exact text into the case")
            use.setVisible(row.can_use_bill_value)
            use.clicked.connect(lambda _=False, k=row.key: self.use_requested.emit(k))
            verify = _button("Verified another way…",
                             "Record that a CSR or a call with the carrier confirmed it")
            verify.setVisible(verdict not in _CONFIRMED)
            verify.clicked.connect(lambda _=False, k=row.key: self.verify_requested.emit(k))
            cell = QWidget()
            box = QVBoxLayout(cell)  # stacked: the reasons beside them keep their width
            box.setContentsMargins(2, 2, 2, 2)
            box.setSpacing(2)
            box.addWidget(use)
            box.addWidget(verify)
            self.table.setIndexWidget(self.model.index(index, COL_ACTIONS), cell)
            self.buttons[row.key] = (use, verify)


def _button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(False)
    return button
