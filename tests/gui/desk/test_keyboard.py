"""The desk by keyboard: Tab leaves the queue, Ctrl+2 goes into the case, Ctrl+1 back to the queue,
F8 / Shift+F8 next and previous case, Ctrl+Return asks before submitting; focus is visible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from portdesk.domain.queue import QueueQuery
from portdesk.store.store import Store
from portdesk.ui import dialogs
from portdesk.ui.theme import STYLE


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.complete)


def test_tab_leaves_the_queue(qtbot, window) -> None:
    _activate(qtbot, window)
    table = window.queue_view.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    opened = window.case_panel.case_id
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert window.case_panel.case_id == opened  # Tab moved the focus, not the case


def test_shortcuts_move_between_queue_editor_and_cases(qtbot, window, demo_store: Store) -> None:
    _activate(qtbot, window)
    shortcuts = {k: a.shortcut().toString() for k, a in window.actions_.actions.items()}
    assert shortcuts["go_queue"] == "Ctrl+1" and shortcuts["go_editor"] == "Ctrl+2"
    assert shortcuts["next_case"] == "F8" and shortcuts["previous_case"] == "Shift+F8"
    window.actions_["go_editor"].trigger()
    qtbot.waitUntil(lambda: window.case_panel.isAncestorOf(QApplication.focusWidget()))
    first = window.case_panel.case_id
    window.actions_["next_case"].trigger()
    qtbot.waitUntil(lambda: window.case_panel.case_id not in (None, first))
    second = window.case_panel.case_id
    assert window.queue_view.selected_ids() == [second]
    window.actions_["previous_case"].trigger()
    qtbot.waitUntil(lambda: window.case_panel.case_id == first)
    window.actions_["go_queue"].trigger()
    qtbot.waitUntil(window.queue_view.table.hasFocus)
    assert window.case_panel.case_id == first


def test_ctrl_return_asks_before_submitting(qtbot, window, demo_store: Store,
                                            monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs.ReasonDialog, "ask",
                        classmethod(lambda cls, *a, **k: asked.append("reason")))
    monkeypatch.setattr(dialogs.Confirm, "ask",
                        classmethod(lambda cls, *a, **k: asked.append("confirm") or False))
    assert window.actions_["mark_ready"].shortcut().toString() == "Ctrl+Return"
    # a port-in draft: the queue's first case may be a port-out, on which Submit is off
    draft = window.store.queue.page(QueueQuery(kinds=("port_in",), statuses=("draft",))).rows[0]
    window.case_panel.open_case(draft.id)
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.id == draft.id)
    assert window.actions_["mark_ready"].isEnabled()
    window.actions_["mark_ready"].trigger()
    assert len(asked) == 1 or "Not submitted" in window.case_panel.save_state.text()
    cid = window.case_panel.case_id
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert not any(e.action == "case.submit_requested" for e in demo_store.audit.for_case(cid))


def test_focus_is_visible() -> None:
    for rule in ("QTableView#queue:focus", "QListView#sidebar:focus", "QLineEdit:focus"):
        assert rule in STYLE


def test_tab_walks_the_whole_case_editor_and_leaves_the_notes(qtbot, window) -> None:
    """Tab past a date's ▾ button came back to the date box for ever (its calendar window, made
    with the field, went with it into the form), so no field below the requested date could be
    reached by keyboard; and Tab in the notes typed a tab character instead of moving on."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    editor = window.case_panel.editor
    draft = window.store.queue.page(QueueQuery(kinds=("port_in",), statuses=("draft",))).rows[0]
    window.case_panel.open_case(draft.id)
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.id == draft.id)
    window.activateWindow()
    editor.widgets["requested_date"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen = []
    for _ in range(12):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert editor.widgets["temporary_number"] in seen
    assert editor.widgets["notes"] in seen
    notes_at = seen.index(editor.widgets["notes"])
    assert seen[notes_at + 1] is not editor.widgets["notes"]  # Tab left the notes
    assert "\t" not in editor.widgets["notes"].toPlainText()


def test_return_opens_the_row_the_keyboard_is_on(qtbot, window) -> None:
    """Walked keyboard only: Ctrl+F, a name, Tab lands on a row that is current, not open; Return
    did nothing there (only Space or a click opened it)."""
    _activate(qtbot, window)
    table = window.queue_view.table
    panel = window.case_panel
    table.clearSelection()
    target = window.model.index(1, 0)
    wanted = window.model.id_at(1)
    assert wanted is not None and wanted != panel.case_id
    table.selectionModel().setCurrentIndex(target, table.selectionModel().SelectionFlag.NoUpdate)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.case_id == wanted)
    assert window.queue_view.selected_ids() == [wanted]  # the open case is the row shown selected


def test_shift_f8_opens_the_previous_case_alone(qtbot, window) -> None:
    """Shift, held for Shift+F8, extended the queue's selection: two cases selected, and Assign
    or Change status acted on both (walked at 1024x700)."""
    _activate(qtbot, window)
    window.actions_["go_editor"].trigger()
    qtbot.waitUntil(lambda: window.case_panel.isAncestorOf(QApplication.focusWidget()))
    first = window.case_panel.case_id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: window.case_panel.case_id not in (None, first))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.case_panel.case_id == first)
    assert window.queue_view.selected_ids() == [first]
