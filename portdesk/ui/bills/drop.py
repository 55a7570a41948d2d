"""The bill drop target for the case panel: drop a bill (or pick one) to check it against the case.

It only needs to know which case is shown; the check itself opens in its own window, and
`bill_checked` tells the panel to reload (readiness, documents, and the case if a value was copied).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from portdesk.config import Settings
from portdesk.domain.file_kinds import BILL_SUFFIXES
from portdesk.services.desk_types import Store
from portdesk.ui.bills.asks import BillFileAsk
from portdesk.ui.bills.dialog import BillCheckDialog, BillCheckOutcome
from portdesk.ui.loa.common import FileDropMixin


class BillDropTarget(FileDropMixin, QFrame):
    file_dropped = Signal(str)
    bill_checked = Signal(int, bool)  # case id, whether the case itself was changed
    drop_suffixes = BILL_SUFFIXES

    def __init__(self, store: Store, settings: Settings, actor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.actor = store, settings, actor
        self.case_id: int | None = None
        # the case panel may open the check itself (to save pending edits first); else we do
        self.opener: Callable[[int, Path | None], object] | None = None
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("billDropTarget")
        self.setStyleSheet("#billDropTarget { border: 1px dashed #8a8a8a; border-radius: 6px; }")
        self.label = QLabel("Bill: drop the customer's bill here to check every value against it")
        self.label.setWordWrap(True)
        self.pick_button = QPushButton("Check a bill…")
        self.pick_button.setToolTip("Pick the customer's bill (PDF, PNG, JPEG, TIFF)")
        self.pick_button.clicked.connect(self.on_pick)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.pick_button)
        self.file_dropped.connect(lambda p: self.open_check(Path(p)))
        self.set_case(None)

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.setEnabled(case_id is not None)

    def on_pick(self) -> None:
        path = BillFileAsk.ask(self)
        if path is not None:
            self.open_check(path)

    def open_check(self, path: Path | None = None) -> BillCheckOutcome | None:
        if self.case_id is None:
            return None
        case_id = self.case_id
        if self.opener is not None:
            self.opener(case_id, path)
            return None
        outcome = BillCheckDialog.ask(self.store, self.settings, self.actor, case_id,
                                      self.window(), path)
        if outcome.document is not None or outcome.case_changed:
            self.bill_checked.emit(case_id, outcome.case_changed)
        return outcome
