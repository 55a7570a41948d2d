"""The bill check screens: drop or pick a bill on a case, see it side by side with the case.

One call per screen, taking plain collaborators (the Store, Settings, the acting user, the case id,
the parent widget), as the LOA screens do, so the main window opens them without knowing their
insides. `BillDropTarget` is the widget the case panel shows for dropping a bill.

The screen's modules are imported when it first opens: the bill reader behind them is not needed
to paint the desk's first queue page (`tests/gui/desk/test_start_imports.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from portdesk.config import Settings
    from portdesk.services.desk_types import Store
    from portdesk.ui.bills.dialog import BillCheckDialog as BillCheckDialog
    from portdesk.ui.bills.dialog import BillCheckOutcome as BillCheckOutcome
    from portdesk.ui.bills.drop import BillDropTarget as BillDropTarget

__all__ = ["BillCheckDialog", "BillCheckOutcome", "BillDropTarget", "open_bill_check"]


def __getattr__(name: str) -> Any:
    """The screen's classes, imported at their first use."""
    if name in ("BillCheckDialog", "BillCheckOutcome"):
        from portdesk.ui.bills import dialog
        return getattr(dialog, name)
    if name == "BillDropTarget":
        from portdesk.ui.bills.drop import BillDropTarget
        return BillDropTarget
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_bill_check(store: Store, settings: Settings, actor: str, case_id: int,
                    parent: QWidget | None, path: Path | None = None) -> BillCheckOutcome:
    """Modal: read, check and attach a bill (given, dropped or picked); says what changed."""
    from portdesk.ui.bills.dialog import BillCheckDialog

    return BillCheckDialog.ask(store, settings, actor, case_id, parent, path)
