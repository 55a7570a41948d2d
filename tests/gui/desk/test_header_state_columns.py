"""A queue header state kept for another set of columns is not applied to this one.

QHeaderView.restoreState takes a state saved for fewer columns and lays its widths on the wrong
sections: after an upgrade that added a column, one column mid-queue came back hundreds of
pixels wide and pushed the rest out of view. The desk keeps the column count beside the state.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from portdesk.store.store import Store
from portdesk.ui.queue_model import CUSTOMER
from tests.gui.desk.conftest import open_window


def _state_of(qtbot, columns: int):  # type: ignore[no-untyped-def]
    old = QTableView()
    qtbot.addWidget(old)
    old.setModel(QStandardItemModel(1, columns))
    old.horizontalHeader().setStretchLastSection(True)
    old.resize(1600, 300)
    old.show()
    for col in range(columns):
        old.setColumnWidth(col, 150)
    return old.horizontalHeader().saveState()


def test_a_state_for_other_columns_is_not_applied(qtbot, demo_store: Store,
                                                  qsettings: QSettings) -> None:
    fresh = open_window(qtbot, demo_store, qsettings)
    table = fresh.queue_view.table
    count = fresh.model.columnCount()
    defaults = [table.columnWidth(c) for c in range(count)]
    fresh.close()
    qsettings.setValue("desk/header", _state_of(qtbot, count - 2))
    qsettings.setValue("desk/header_columns", count - 2)
    window = open_window(qtbot, demo_store, qsettings)
    table = window.queue_view.table
    # every column as a fresh desk has it (the customer's is fitted to the room: left out)
    widths = [table.columnWidth(c) for c in range(count)]
    assert [w for c, w in enumerate(widths) if c != CUSTOMER] == \
        [w for c, w in enumerate(defaults) if c != CUSTOMER]
    window.close()
    assert qsettings.value("desk/header_columns") in (count, str(count))


def test_a_state_for_these_columns_is_applied(qtbot, demo_store: Store,
                                              qsettings: QSettings) -> None:
    first = open_window(qtbot, demo_store, qsettings)
    first.queue_view.table.setColumnWidth(0, 141)
    first.close()
    window = open_window(qtbot, demo_store, qsettings)
    assert window.queue_view.table.columnWidth(0) == 141
    window.close()
