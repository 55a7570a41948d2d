"""A desk on a read-only queue file starts, shows the queue, says in a banner why nothing can be
saved and what to do, and offers no edit or write action (each hover says why)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from portdesk.services.demo import load_demo
from portdesk.store.store import Store
from tests.gui.desk.conftest import open_window
from tests.readonly import read_only


def test_a_read_only_queue_opens_with_a_banner_and_nothing_to_edit(
        qtbot, tmp_path: Path, qsettings: QSettings) -> None:
    db = tmp_path / "ro.sqlite3"
    first = Store.open(f"sqlite:///{db}")
    load_demo(first, "tester")
    first.close()
    with read_only(db):
        store = Store.open(f"sqlite:///{db}")
        try:
            window = open_window(qtbot, store, qsettings)
            qtbot.waitUntil(lambda: window.model.rowCount() > 0
                            and window.case_panel.base is not None)
            banner = window.read_only_banner
            assert banner.isVisible()
            assert banner.title.text() == f"Read-only: the queue file {db} is read-only"
            assert "nothing can be saved" in banner.text.text()
            panel = window.case_panel
            assert not panel.editable
            assert not panel.editor.widgets["account_name"].isEnabled()
            assert not panel.editor.widgets["notes"].isEnabled()
            for key in ("new_case", "import", "save", "comment", "status", "assign"):
                action = window.actions_[key]
                assert not action.isEnabled(), key
                assert "read-only" in action.toolTip(), key
            window.close()
        finally:
            store.close()


def test_a_writable_queue_shows_no_read_only_banner(window) -> None:
    assert not window.read_only_banner.isVisible()
    assert window.actions_["new_case"].isEnabled()
    assert window.case_panel.editor.widgets["notes"].isEnabled()


def test_ctrl_2_on_a_read_only_case_shows_where_the_focus_went(
        qtbot, tmp_path: Path, qsettings: QSettings) -> None:
    """Nothing to type into: Ctrl+2 put the keyboard on the tab bar, with no sign of it. The
    tab bar is framed when focused (theme), and the case's message line says where and why."""
    from PySide6.QtWidgets import QApplication

    from portdesk.ui.theme import STYLE

    db = tmp_path / "ro.sqlite3"
    first = Store.open(f"sqlite:///{db}")
    load_demo(first, "tester")
    first.close()
    with read_only(db):
        store = Store.open(f"sqlite:///{db}")
        try:
            window = open_window(qtbot, store, qsettings)
            qtbot.waitUntil(lambda: window.model.rowCount() > 0
                            and window.case_panel.base is not None)
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
            window.actions_["go_editor"].trigger()
            bar = window.case_panel.tabs.tabBar()
            qtbot.waitUntil(bar.hasFocus)
            assert f"QTabBar#{bar.objectName()}:focus" in STYLE
            said = window.case_panel.save_state.text()
            assert "Nothing in this case can be edited" in said and "read-only" in said
            assert "tabs" in said
            window.close()
        finally:
            store.close()
