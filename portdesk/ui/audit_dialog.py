"""The audit trail of a case, and the whole log's hash chain checked, from the desk.

The same store calls as `portdesk audit show REF` and `portdesk audit verify`: every entry with who,
when and what changed (secrets arrive masked), and whether any entry was altered, inserted or
removed since it was written.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.case import CaseKind, PortCase
from portdesk.domain.moments import shown_stamp
from portdesk.domain.words import counted, verb
from portdesk.services import audit_trail
from portdesk.services.desk_types import AuditEntry, ChainReport, Store
from portdesk.services.timeline import trail_line
from portdesk.ui.loa.common import StatusLine, TaskDialog, case_line
from portdesk.ui.screen import fit_to_screen
from portdesk.ui.table_model import RowsTableModel

HEADERS = ("When", "Who", "What", "Details")
AnyIndex = QModelIndex | QPersistentModelIndex


def details(e: AuditEntry, kind: CaseKind | None = None) -> str:
    """The entry's details in the desk's words (services.timeline.trail_line)."""
    return trail_line(e, kind).details


def verdict(report: ChainReport) -> tuple[str, str]:
    """(sentence, tone) for the chain check, in the CLI's words."""
    if report.ok:
        tail = f" Its end was {report.anchor_note}." if report.anchor_note else ""
        tail += "".join(f" Note: {note}." for note in report.notes[:3])
        if len(report.notes) > 3:
            tail += f" (and {counted(len(report.notes) - 3, 'more note')})"
        return (f"Audit log intact: {report.entries:,} entries, chain verified, "
                f"{counted(report.cases, 'case')} {verb(report.cases, 'matches its', 'match their')}"
                f" newest entry.{tail}", "ok")
    shown = "; ".join(f"{f.kind}: {f.message}" for f in report.findings[:3])
    more = f" (and {len(report.findings) - 3} more)" if len(report.findings) > 3 else ""
    return (f"Audit log TAMPERED: {counted(len(report.findings), 'problem')} found. {shown}{more}. Keep "
            "the database file as it is and tell your administrator.", "error")


class AuditModel(RowsTableModel):
    headers = tuple(HEADERS)

    def __init__(self, parent: Any = None, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []
        self.zone = zone  # None: this workstation's clock (the store keeps UTC)
        self.kind: CaseKind | None = None  # codes are named as the desk names them for it

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = list(reversed(entries))  # newest first
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        e = self.entries[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column < 2:
            return (shown_stamp(e.at, self.zone, seconds=True), e.actor)[column]
        line = trail_line(e, self.kind)  # words shown; the codes as logged on hover
        if role == Qt.ItemDataRole.DisplayRole:
            return line.what if column == 2 else line.details
        shown = line.what if column == 2 else line.details
        return f"{shown}\n\nAs logged: {line.logged}" if shown else f"As logged: {line.logged}"


class AuditDialog(TaskDialog):
    verified = Signal(object)  # ChainReport

    def __init__(self, store: Store, case_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.report: ChainReport | None = None
        self.setWindowTitle("Audit trail" if case_id is not None else "Audit log")
        self.header = QLabel("The whole log" if case_id is None else "")
        self.header.setStyleSheet("QLabel { font-weight: bold; }")
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Audit entries")
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in (0, 2):  # the time and what happened whole ("Signed LOA a…" was cut)
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(case_id is not None)
        self.status = StatusLine()
        buttons = QDialogButtonBox()
        self.verify_button = buttons.addButton("Verify the audit log",
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.setToolTip("Recompute every entry's hash: finds any entry altered, "
                                      "inserted or removed (portdesk audit verify)")
        self.verify_button.clicked.connect(self.verify)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 560 if case_id is not None else 200)
        if case_id is not None:
            self.status.busy("Reading the case's audit trail…")
            self.runner.run(audit_trail.trail_of, store, case_id, on_success=self._on_loaded,
                            on_failure=self.status.error)

    @classmethod
    def ask(cls, store: Store, case_id: int | None, parent: QWidget | None = None,
            verify_now: bool = False) -> None:
        dialog = cls(store, case_id, parent)
        if verify_now:
            dialog.verify()
        dialog.exec()

    def _on_loaded(self, loaded: tuple[PortCase, list[AuditEntry]]) -> None:
        case, entries = loaded
        n = len(entries)
        self.header.setText(f"{case_line(case)} · {n} entr{'y' if n == 1 else 'ies'}")
        self.model.kind = case.kind
        self.model.set_entries(entries)
        self.status.clear_status()

    def verify(self) -> None:
        if self.runner.busy:
            return
        self.verify_button.setEnabled(False)
        self.status.busy("Checking every entry of the audit log…")
        self.runner.run(audit_trail.verify, self.store, on_success=self._on_verified,
                        on_failure=self._on_failed, lane="background")

    def _on_verified(self, report: ChainReport) -> None:
        self.report = report
        self.verify_button.setEnabled(True)
        text, tone = verdict(report)
        (self.status.ok if tone == "ok" else self.status.error)(text)
        self.verified.emit(report)

    def _on_failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.status.error(message)
