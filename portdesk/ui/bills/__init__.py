"""The bill check screens: drop or pick a bill on a case, see it side by side with the case.

One call per screen, taking plain collaborators (the Store, Settings, the acting user, the case id,
the parent widget), as the LOA screens do, so the main window opens them without knowing their
insides. `BillDropTarget` is the widget the case panel shows for dropping a bill.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from portdesk.config import Settings
from portdesk.services.desk_types import Store
from portdesk.ui.bills.dialog import BillCheckDialog, BillCheckOutcome
from portdesk.ui.bills.drop import BillDropTarget

__all__ = ["BillCheckDialog", "BillCheckOutcome", "BillDropTarget", "open_bill_check"]


def open_bill_check(store: Store, settings: Settings, actor: str, case_id: int,
                    parent: QWidget | None, path: Path | None = None) -> BillCheckOutcome:
    """Modal: read, check and attach a bill (given, dropped or picked); says what changed."""
    return BillCheckDialog.ask(store, settings, actor, case_id, parent, path)
