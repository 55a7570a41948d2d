"""The desk reopens on the case (and the queue and filter) open when it closed.

Walked at 1024x700: the desk always started on the first row, and the specialist looked for the
case they had been working on again. Now it opens that case while the list still holds it; when
it does not (the case left the queue or the filter), the first row, with a one-line note.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from portdesk.store.store import Store
from tests.gui.desk.conftest import open_window


def _loaded(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.model.complete
                    and window.case_panel.base is not None)


def test_the_desk_reopens_on_the_case_queue_and_filter_it_closed_on(
        qtbot, demo_store: Store, qsettings: QSettings) -> None:
    first = open_window(qtbot, demo_store, qsettings)
    _loaded(qtbot, first)
    start = first.case_panel.case_id
    row = first.model.rowCount() - 1  # not the first row: that is where it started anyway
    first.queue_view.table.selectRow(row)
    wanted = first.model.id_at(row)
    qtbot.waitUntil(lambda: first.case_panel.case_id == wanted)
    assert wanted != start
    reference = first.case_panel.base.reference
    first.queue_view.filter.setText(reference[-2:])  # a filter that still shows it
    qtbot.waitUntil(lambda: first.model.row_of_id(wanted) >= 0 and not first.queue_view._finding)
    first.close()

    again = open_window(qtbot, demo_store, qsettings)
    qtbot.waitUntil(lambda: again.case_panel.base is not None)
    assert again.case_panel.case_id == wanted
    assert again.queue_view.filter.text() == reference[-2:]
    assert again.queue_view.table.currentIndex().row() == again.model.row_of_id(wanted)
    assert "is not in" not in again.status.currentMessage()
    again.close()


def test_a_case_no_longer_in_the_list_opens_the_first_row_and_says_so(
        qtbot, demo_store: Store, qsettings: QSettings) -> None:
    first = open_window(qtbot, demo_store, qsettings)
    _loaded(qtbot, first)
    last = first.model.id_at(first.model.rowCount() - 1)
    first.queue_view.table.selectRow(first.model.rowCount() - 1)
    qtbot.waitUntil(lambda: first.case_panel.case_id == last)
    reference = first.case_panel.base.reference
    first.close()
    assert qsettings.value("desk/case_reference") == reference
    qsettings.setValue("desk/case", 999_999)  # a case the list no longer holds (gone)

    again = open_window(qtbot, demo_store, qsettings)
    _loaded(qtbot, again)
    assert again.case_panel.case_id == again.model.id_at(0)
    note = again.status.currentMessage()
    assert note == (f"{reference} is not in “All cases” now (it was open when PortDesk closed): "
                    "the first case is open.")
    again.close()


def test_a_case_the_restored_filter_hides_is_not_opened_behind_it(
        qtbot, demo_store: Store, qsettings: QSettings) -> None:
    first = open_window(qtbot, demo_store, qsettings)
    _loaded(qtbot, first)
    other = first.model.row_at(0).reference
    first.queue_view.table.selectRow(first.model.rowCount() - 1)
    qtbot.waitUntil(lambda: first.case_panel.case_id == first.model.id_at(
        first.model.rowCount() - 1))
    reference = first.case_panel.base.reference
    first.close()
    qsettings.setValue("desk/filter", other)  # the list shown no longer holds the case

    again = open_window(qtbot, demo_store, qsettings)
    qtbot.waitUntil(lambda: again.case_panel.base is not None)
    assert again.case_panel.base.reference == other
    assert again.status.currentMessage() == (
        f"{reference} is not in “All cases” with this filter now (it was open when PortDesk "
        "closed): the first case is open.")
    again.close()


def test_a_desk_killed_reopens_on_the_case_open_when_it_died(
        qtbot, demo_store: Store, qsettings: QSettings) -> None:
    """Kept as the case opens, not only at a clean close (a crash, a logout, `shot`)."""
    first = open_window(qtbot, demo_store, qsettings)
    _loaded(qtbot, first)
    wanted = first.model.id_at(2)
    first.queue_view.table.selectRow(2)
    qtbot.waitUntil(lambda: first.case_panel.case_id == wanted)
    assert str(qsettings.value("desk/case")) == str(wanted)  # no close, no save_view_state
    first.tasks.shutdown()


def test_a_desk_killed_reopens_with_the_queue_and_filter_it_was_found_by(
        qtbot, demo_store: Store, qsettings: QSettings) -> None:
    """The filter and the queue are kept as they change too, not only at a clean close
    (walked: killed after "maple" and Return, it reopened the case in the whole queue)."""
    first = open_window(qtbot, demo_store, qsettings)
    _loaded(qtbot, first)
    assert first.sidebar.select_key("drafts")
    qtbot.waitUntil(lambda: first.model.complete and first.model.rowCount() > 0
                    and all(first.model.row_at(r).status == "draft"
                            for r in range(first.model.rowCount())))
    wanted = first.model.id_at(first.model.rowCount() - 1)
    first.queue_view.select_only(first.model.rowCount() - 1)
    qtbot.waitUntil(lambda: first.case_panel.case_id == wanted)
    reference = first.case_panel.base.reference
    first.queue_view.filter.setText(reference)
    qtbot.waitUntil(lambda: first.model.rowCount() == 1 and not first.queue_view._finding)
    first.tasks.shutdown()  # killed: no close, no save_view_state
    assert (qsettings.value("desk/queue"), qsettings.value("desk/filter")) == ("drafts",
                                                                               reference)
