"""The editor always shows the case the specialist chose: by id, across reloads, sorts, filters and
queue switches; a case that leaves the list leaves the editor (issue 12, item 1)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store
from portdesk.ui.new_case_dialog import NewCaseDialog
from portdesk.ui.queue_model import CUSTOMER, HEADERS
from tests.gui.desk.test_case_editor import type_into
from tests.helpers import case


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.complete)


def _focus_table(window) -> None:
    """What closing a dialog, clicking a tab or Ctrl+F then Tab does to the table."""
    QApplication.sendEvent(window.queue_view.table,
                           QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))


def _choose_row(qtbot, window, row: int) -> int:
    _settle(qtbot, window)
    wanted = window.model.id_at(row)
    window.queue_view.table.selectRow(row)
    qtbot.waitUntil(lambda: window.case_panel.case_id == wanted)
    return wanted


def _shows(window, case_id: int) -> bool:
    view = window.queue_view
    row = window.model.row_of_id(case_id)
    return (window.case_panel.case_id == case_id and view.selected_ids() == [case_id]
            and view.table.currentIndex().row() == row)


def test_focus_after_a_reload_keeps_the_chosen_case(qtbot, window) -> None:
    wanted = _choose_row(qtbot, window, 3)
    window.after_change()  # what every save and refresh does
    _settle(qtbot, window)
    _focus_table(window)
    _settle(qtbot, window)
    assert _shows(window, wanted)


def test_edits_after_a_save_and_focus_go_into_the_same_case(qtbot, window,
                                                           demo_store: Store) -> None:
    _settle(qtbot, window)
    drafts = [r for r in range(window.model.rowCount())
              if window.model.row_at(r).status == "draft"]
    wanted = _choose_row(qtbot, window, drafts[1])
    other = window.model.id_at(drafts[0])
    panel = window.case_panel
    type_into(panel.editor.widgets["authorized_title"], "Owner")
    qtbot.waitUntil(lambda: demo_store.cases.get(wanted).authorized_title == "Owner")
    _settle(qtbot, window)
    _focus_table(window)
    _settle(qtbot, window)
    type_into(panel.editor.widgets["authorized_title"], "Managing Partner")
    panel.save()
    qtbot.waitUntil(lambda: demo_store.cases.get(wanted).authorized_title == "Managing Partner")
    assert demo_store.cases.get(other).authorized_title != "Managing Partner"
    assert _shows(window, wanted)


def test_sorting_moves_the_row_not_the_case(qtbot, window) -> None:
    wanted = _choose_row(qtbot, window, 2)
    window.queue_view.table.horizontalHeader().setSortIndicator(CUSTOMER,
                                                                Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: window.model.query.sort == "account_name")
    _settle(qtbot, window)
    _focus_table(window)
    _settle(qtbot, window)
    assert _shows(window, wanted)


def test_a_case_filtered_out_leaves_the_editor(qtbot, window) -> None:
    wanted = _choose_row(qtbot, window, 1)
    reference = window.case_panel.base.reference
    window.queue_view.filter.setText("no such customer anywhere")
    qtbot.waitUntil(lambda: window.case_panel.base is None)
    assert reference in window.case_panel.header.text()
    assert not window.case_panel.body.isVisible()
    window.queue_view.filter.setText("")
    _settle(qtbot, window)
    _focus_table(window)
    _settle(qtbot, window)
    assert window.case_panel.base is None  # nothing reopened behind the specialist's back
    assert window.queue_view.current_id is None and wanted is not None


def test_switching_queue_keeps_a_case_that_is_in_both(qtbot, window, demo_store: Store) -> None:
    drafts = set(demo_store.queue.ids(QueueQuery(statuses=("draft",))))
    _settle(qtbot, window)
    row = next(r for r in range(window.model.rowCount()) if window.model.id_at(r) in drafts)
    wanted = _choose_row(qtbot, window, row)
    window.sidebar.select_key("drafts")
    qtbot.waitUntil(lambda: window.model.query.statuses == ("draft",))
    _settle(qtbot, window)
    _focus_table(window)
    _settle(qtbot, window)
    assert _shows(window, wanted)
    window.sidebar.select_key("completed")
    qtbot.waitUntil(lambda: window.case_panel.base is None)


def test_a_new_case_is_the_highlighted_one(qtbot, window, monkeypatch) -> None:
    _choose_row(qtbot, window, 3)
    monkeypatch.setattr(NewCaseDialog, "ask", classmethod(
        lambda cls, *a, **k: [case(account_name="Fresh Intake LLC")]))
    window.actions_["new_case"].trigger()
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.account_name == "Fresh Intake LLC")
    created = window.case_panel.case_id
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: _shows(window, created))
    _focus_table(window)
    _settle(qtbot, window)
    assert _shows(window, created)


def test_next_and_previous_case_follow_the_list(qtbot, window) -> None:
    first = _choose_row(qtbot, window, 0)
    second = window.model.id_at(1)
    assert window.queue_view.move_current(1)
    qtbot.waitUntil(lambda: window.case_panel.case_id == second)
    assert window.queue_view.move_current(-1)
    qtbot.waitUntil(lambda: window.case_panel.case_id == first)
    assert not window.queue_view.move_current(-1)


def test_a_new_case_created_in_another_queue_stays_open(qtbot, window, monkeypatch) -> None:
    window.sidebar.select_key("completed")
    window.queue_view.filter.setText("a")
    _settle(qtbot, window)
    monkeypatch.setattr(NewCaseDialog, "ask", classmethod(
        lambda cls, *a, **k: [case(account_name="Zed Intake Partners")]))
    window.actions_["new_case"].trigger()
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.account_name == "Zed Intake Partners")
    created = window.case_panel.case_id
    qtbot.waitUntil(lambda: window.sidebar.current_queue().key == "all")
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: _shows(window, created))
    assert window.queue_view.filter.text() == ""


def test_a_queue_with_its_own_order_shows_it_and_gives_back_the_chosen_one(qtbot, window) -> None:
    # FOC next 7 days is soonest first (its query says so); the header had overridden it with
    # the Reference order (latest FOC first) under a Reference indicator
    header = window.queue_view.table.horizontalHeader()
    customer = CUSTOMER
    header.setSortIndicator(customer, Qt.SortOrder.AscendingOrder)  # the specialist's click
    qtbot.waitUntil(lambda: window.model.query.sort == "account_name")
    window.sidebar.select_key("foc_week")
    qtbot.waitUntil(lambda: window.model.query.foc_from is not None)
    _settle(qtbot, window)
    rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
    focs = [r.foc_date for r in rows if r is not None and r.foc_date is not None]
    assert len(focs) == len(rows) >= 2 and focs == sorted(focs)
    assert header.sortIndicatorSection() == HEADERS.index("FOC date")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    window.sidebar.select_key("all")
    qtbot.waitUntil(lambda: window.model.query.foc_from is None)
    assert (window.model.query.sort, window.model.query.descending) == ("account_name", False)
    assert header.sortIndicatorSection() == customer
