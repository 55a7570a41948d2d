"""The queue's status chips stay whole and in view on a 1024x700 screen and a 1920x1080 one.

Seen in a screenshot at 1024x700: reference and customer took the narrow queue's width and the
status column ran off the viewport's edge ("Submitte", "FOC conf"). The customer column gives way
(down to MIN_CUSTOMER, its whole name on hover), and the status column is as wide as its longest
chip in the desk's own font.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from portdesk.domain.kind_fields import status_labels
from portdesk.store.store import Store
from portdesk.ui.queue_model import CUSTOMER, STATUS
from portdesk.ui.queue_view import CHIP_ROOM, DEFAULT_WIDTHS, MIN_CUSTOMER
from tests.gui.desk.conftest import open_window


def _status_right_edge(window) -> int:
    table = window.queue_view.table
    return table.columnViewportPosition(STATUS) + table.columnWidth(STATUS)


def test_status_chips_stay_whole_and_in_view_at_1024_and_1920(
        qtbot, demo_store: Store, qsettings: QSettings) -> None:
    window = open_window(qtbot, demo_store, qsettings)
    table = window.queue_view.table
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    longest = max(table.fontMetrics().horizontalAdvance(t) for t in status_labels())  # every kind's
    assert table.columnWidth(STATUS) >= longest + CHIP_ROOM
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: _status_right_edge(window) <= table.viewport().width())
    assert table.columnWidth(CUSTOMER) >= MIN_CUSTOMER
    window.resize(1920, 1080)  # room again: the customer column grows back
    qtbot.waitUntil(lambda: table.columnWidth(CUSTOMER) == DEFAULT_WIDTHS[CUSTOMER])
    assert _status_right_edge(window) <= table.viewport().width()
    window.close()


def test_a_width_the_specialist_dragged_is_kept_and_names_show_whole_on_hover(
        qtbot, demo_store: Store, qsettings: QSettings) -> None:
    window = open_window(qtbot, demo_store, qsettings)
    table = window.queue_view.table
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    window.resize(1920, 1080)
    table.horizontalHeader().resizeSection(CUSTOMER, 260)  # as a drag of the header does
    window.resize(1919, 1080)
    assert table.columnWidth(CUSTOMER) == 260
    row = next(r for r in range(window.model.rowCount())
               if window.model.index(r, CUSTOMER).data())
    name = window.model.index(row, CUSTOMER).data()
    assert window.model.index(row, CUSTOMER).data(Qt.ItemDataRole.ToolTipRole) == name
    status_tip = window.model.index(row, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert status_tip and window.model.index(row, STATUS).data() in status_tip
    window.close()
