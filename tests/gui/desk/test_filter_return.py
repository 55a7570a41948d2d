"""Walked as a new user (session 16, fresh HOME, `demo load`): Ctrl+F, "maple", Return opened
nothing, Ctrl+2 then said "Open a case first", and F8 on a filter that matched nothing said "This
is the last case in the list." Return in the filter now opens the first case it found (waiting for
the rows of the text just typed, never the previous text's first row); F8 on an empty list says
there is no case to move to and why; Change status, Assign and Export go off when a reload
leaves nothing selected (they stayed on over an empty list)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from portdesk.store.store import Store


def test_return_in_the_filter_opens_the_first_case_found(qtbot, window,
                                                         demo_store: Store) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.complete)
    view = window.queue_view
    opened = window.case_panel.case_id
    wanted = next(c for c in demo_store.cases.iter_all() if c.id != opened)
    view.filter.setText(wanted.reference)  # the rows for it are read on the query lane...
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)  # ...and Return may come before them
    qtbot.waitUntil(lambda: window.case_panel.case_id == wanted.id)
    assert view.table.hasFocus() or not window.isActiveWindow()
    assert view.selected_ids() == [wanted.id]


def test_next_case_on_a_filter_that_found_nothing_says_so(qtbot, window) -> None:
    view = window.queue_view
    view.filter.setText("no such customer zzzq")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    qtbot.waitUntil(lambda: not window.tasks.busy)
    window.actions_["next_case"].trigger()
    message = window.status.currentMessage()
    assert "last case" not in message
    assert message == "No case to move to: the filter matches no case here."


def test_batch_actions_go_off_when_a_reload_leaves_nothing_selected(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.complete)
    assert window.actions_["status"].isEnabled()  # the desk opens on a selected case
    window.queue_view.filter.setText("no such customer zzzq")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert window.queue_view.selected_ids() == []
    assert not window.actions_["status"].isEnabled()
    assert not window.actions_["assign"].isEnabled()
    assert not window.actions_["export"].isEnabled()
