"""A GUI test starts with no keyboard modifier held: a Shift an earlier test's key click left held
made the next test's row "click" (QTableView.selectRow) a Shift+click that selected nothing, and the
case never opened (tests/gui/held_keys.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from portdesk.store.store import Store
from tests.gui.desk.conftest import open_window
from tests.gui.held_keys import release_held_keys
from tests.helpers import case


def _hold_shift(qtbot) -> None:
    """What a test of Shift+F8 leaves behind: Qt's idea of the keys held says Shift."""
    typed = QLineEdit()
    qtbot.addWidget(typed)
    typed.show()
    qtbot.keyClick(typed, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.ShiftModifier


def test_a_click_after_a_held_shift_was_let_go_opens_its_case(qtbot, store: Store,
                                                               qsettings) -> None:
    first = store.cases.create(case(), "tester")
    second = store.cases.create(case(), "tester")
    window = open_window(qtbot, store, qsettings)
    qtbot.waitUntil(lambda: window.case_panel.base is not None and window.model.rowCount() == 2)
    other = first.id if window.case_panel.case_id == second.id else second.id
    _hold_shift(qtbot)
    release_held_keys()  # what every GUI test's setup does (tests/gui/conftest.py)
    window.queue_view.table.selectRow(window.model.row_of_id(other))  # as a click does
    qtbot.waitUntil(lambda: window.case_panel.case_id == other)
    assert window.queue_view.selected_ids() == [other]
