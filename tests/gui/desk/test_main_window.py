"""The main window: queues with counts, empty state, quick filter, sorting, batch actions, state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from portdesk.services import desk
from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store
from portdesk.ui import batch, dialogs, main_window
from portdesk.ui.queue_model import CUSTOMER
from portdesk.ui.sidebar import CountRole, SidebarModel
from tests.gui.desk.conftest import open_window, select_rows


def test_sidebar_counts_match_the_store(qtbot, window, demo_store: Store) -> None:
    model = window.sidebar.model_
    qtbot.waitUntil(lambda: model.count_of("exceptions") is not None)
    for queue in model.queues():
        assert model.count_of(queue.key) == demo_store.queue.count(queue.query), queue.key
    row = model.row_of("all")
    assert model.index(row).data(CountRole) == demo_store.cases.count()


def test_sidebar_model_contract(qtmodeltester) -> None:
    model = SidebarModel()
    saved = [desk.DeskQueue("saved:1", "Mine", QueueQuery(assignee="tester"), 1)]
    model.set_queues(desk.standard_queues(), saved)
    model.set_counts({"all": 3, "saved:1": 1})
    qtmodeltester.check(model)
    assert model.rowCount() == len(desk.standard_queues()) + 2  # header + saved filter


def test_choosing_a_queue_shows_its_cases(qtbot, window, demo_store: Store) -> None:
    window.sidebar.select_key("exceptions")
    qtbot.waitUntil(lambda: window.model.rowCount() == demo_store.queue.count(
        QueueQuery(statuses=("exception",))))
    statuses = {window.model.row_at(r).status for r in range(window.model.rowCount())}
    assert statuses == {"exception"}


def test_quick_filter_narrows_the_queue(qtbot, window) -> None:
    window.actions_["find"].trigger()
    window.queue_view.filter.setText("josé")
    qtbot.waitUntil(lambda: window.model.query.text == "josé" and window.model.rowCount() > 0
                    and all(window.model.row_at(r) is not None
                            and "Núñez" in window.model.row_at(r).account_name
                            for r in range(window.model.rowCount())))
    window.queue_view.filter.setText("no such customer at all")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert window.queue_view.stack.currentWidget() is window.queue_view.table  # not "no cases"


def test_header_click_sorts_in_the_store(qtbot, window) -> None:
    header = window.queue_view.table.horizontalHeader()
    header.setSortIndicator(CUSTOMER, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: window.model.query.sort == "account_name")
    qtbot.waitUntil(lambda: not window.tasks.busy)
    names = [window.model.row_at(r).account_name for r in range(window.model.rowCount())]
    assert names == sorted(names)


def test_empty_database_offers_sample_cases(qtbot, store: Store, qsettings: QSettings) -> None:
    w = open_window(qtbot, store, qsettings)
    qtbot.waitUntil(lambda: w.queue_view.stack.currentWidget() is w.queue_view.empty)
    w.queue_view.empty.button.click()
    qtbot.waitUntil(lambda: w.model.rowCount() > 0, timeout=15_000)
    assert w.queue_view.stack.currentWidget() is w.queue_view.table
    qtbot.waitUntil(lambda: (w.sidebar.model_.count_of("all") or 0) == store.cases.count())
    w.close()


def test_batch_assign(qtbot, window, demo_store: Store, monkeypatch) -> None:
    monkeypatch.setattr(dialogs.AssignDialog, "ask", classmethod(lambda cls, *a, **k: "dev"))
    select_rows(window, [0, 1, 2])
    ids = window.queue_view.selected_ids()
    assert len(ids) == 3
    window.actions_["assign"].trigger()
    qtbot.waitUntil(lambda: all(demo_store.cases.get(i).assignee == "dev" for i in ids))
    assert batch.AssignDialog is dialogs.AssignDialog


def test_batch_status_change_reports_refusals(qtbot, window, demo_store: Store,
                                              monkeypatch) -> None:
    monkeypatch.setattr(dialogs.StatusDialog, "ask_status",
                        classmethod(lambda cls, *a, **k: ("expired", "customer went quiet")))
    drafts = demo_store.queue.ids(QueueQuery(statuses=("draft",)))[:2]
    ported = demo_store.queue.ids(QueueQuery(statuses=("ported",)))[:1]
    monkeypatch.setattr(window.queue_view, "selected_ids", lambda: drafts + ported)
    window.actions_["status"].trigger()
    qtbot.waitUntil(lambda: "not" in window.status.currentMessage())
    assert all(demo_store.cases.get(i).status.value == "expired" for i in drafts)
    assert demo_store.cases.get(ported[0]).status.value == "ported"
    assert "Changed the status of 2 cases; 1 not" in window.status.currentMessage()


def test_batch_export_masks_pins(qtbot, window, demo_store: Store, tmp_path: Path,
                                 monkeypatch) -> None:
    out = tmp_path / "out.json"
    monkeypatch.setattr(dialogs.SaveFileDialog, "ask", classmethod(lambda cls, *a, **k: str(out)))
    ids = demo_store.queue.ids(QueueQuery())[:4]
    monkeypatch.setattr(window.queue_view, "selected_ids", lambda: ids)
    window.actions_["export"].trigger()
    qtbot.waitUntil(out.exists)
    text = out.read_text()
    pins = [demo_store.cases.get(i).pin for i in ids]
    assert all(p not in text for p in pins if p)
    assert text.count('"reference"') == 4


def test_saved_filter_appears_in_the_sidebar(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(dialogs.ReasonDialog, "ask",
                        classmethod(lambda cls, *a, **k: "Harbor cases"))
    window.queue_view.filter.setText("harbor")
    window.actions_["save_filter"].trigger()
    qtbot.waitUntil(lambda: window.sidebar.current_queue() is not None
                    and window.sidebar.current_queue().label == "Harbor cases")
    assert window.sidebar.current_queue().query.text == "harbor"
    monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    window.actions_["delete_filter"].trigger()
    qtbot.waitUntil(lambda: window.sidebar.model_.row_of(window.sidebar.current_queue().key) >= 0
                    and window.sidebar.current_queue().key == "all")


def test_view_state_is_remembered(qtbot, demo_store: Store, qsettings: QSettings) -> None:
    w = open_window(qtbot, demo_store, qsettings)
    w.queue_view.table.setColumnWidth(CUSTOMER, 333)
    w.queue_view.table.horizontalHeader().setSortIndicator(CUSTOMER, Qt.SortOrder.AscendingOrder)
    w.sidebar.select_key("drafts")
    w.close()
    again = open_window(qtbot, demo_store, qsettings)
    again.resize(1920, 1080)  # on a narrow queue the customer column gives way (test_queue_fits)
    qtbot.waitUntil(lambda: again.queue_view.table.columnWidth(CUSTOMER) == 333)
    assert again.queue_view.table.horizontalHeader().sortIndicatorSection() == CUSTOMER
    assert again.sidebar.current_queue().key == "drafts"
    again.close()


def test_every_action_has_a_shortcut_or_menu(window) -> None:
    shortcuts = {k: a.shortcut().toString() for k, a in window.actions_.actions.items()}
    for key, seq in (("new_case", "Ctrl+N"), ("find", "Ctrl+F"), ("save", "Ctrl+S"),
                     ("print", "Ctrl+P"), ("refresh", "F5"), ("undo", "Ctrl+Z"),
                     ("redo", "Ctrl+Shift+Z")):
        assert shortcuts[key] == seq
    assert main_window.MainWindow.sync_requested is not None
