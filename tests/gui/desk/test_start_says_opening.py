"""While the queue is being opened the desk says so, and nothing offers to act on a queue that is
not there yet (walked: "Select a case in the queue, or press Ctrl+N" beside an empty list while
the status bar still said "Opening database…"). Once the first page has landed the usual words
come; when the queue cannot be opened the desk says that, in a sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from portdesk.config import Settings
from portdesk.store.store import Store
from portdesk.ui import dialogs
from portdesk.ui.main_window import MainWindow
from portdesk.ui.new_case_dialog import NewCaseDialog

OPENING = "Opening the queue…"
SELECT = "Select a case in the queue, or press Ctrl+N for a new one."


def _window(qtbot, qsettings: QSettings) -> MainWindow:
    window = MainWindow(Settings(), "tester", qsettings=qsettings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_before_the_first_page_the_desk_says_the_queue_is_opening_and_ctrl_n_waits(
        qtbot, store: Store, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(NewCaseDialog, "ask", classmethod(lambda cls, parent: asked.append(1)))
    window = _window(qtbot, qsettings)
    assert window.case_panel.header.placeholder.text() == OPENING
    assert window.queue_view.stack.currentWidget() is window.queue_view.opening
    assert window.queue_view.opening.text() == OPENING
    new_case = window.actions_.actions["new_case"]
    for key in ("new_case", "import", "samples", "refresh", "save_filter", "audit_verify"):
        action = window.actions_.actions[key]
        assert not action.isEnabled() and "the queue is still being opened" in action.toolTip()
    new_case.trigger()  # Ctrl+N now: no dialog for a queue that is not there
    assert asked == []
    window.actions_.actions["refresh"].trigger()  # F5 now: the list still says it is opening
    qtbot.wait(50)
    assert window.queue_view.stack.currentWidget() is window.queue_view.opening

    window.attach_store(store)  # the empty queue: its first page lands with no rows
    qtbot.waitUntil(lambda: window.queue_view.stack.currentWidget() is window.queue_view.empty)
    assert window.case_panel.header.placeholder.text() == SELECT
    for key in ("new_case", "refresh", "save_filter", "audit_verify"):
        action = window.actions_.actions[key]
        assert action.isEnabled() and "being opened" not in action.toolTip()
    new_case.trigger()
    assert asked == [1]
    window.close()


def test_a_queue_that_cannot_be_opened_is_said_in_sentences_not_as_still_opening(
        qtbot, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs.Inform, "show",
                        classmethod(lambda cls, parent, title, text, error=False:
                                    shown.append((title, text))))
    window = _window(qtbot, qsettings)
    window.store_failed("this database was written by a newer version of PortDesk "
                        "(schema ffff9999newer); update PortDesk to open it")
    assert shown == [("Cannot open the database",
                      "This database was written by a newer version of PortDesk "
                      "(schema ffff9999newer); update PortDesk to open it.")]
    panel_text = window.case_panel.header.placeholder.text()
    assert OPENING not in panel_text and "Ctrl+N" not in panel_text
    assert window.queue_view.opening.text() != OPENING
    assert not window.actions_.actions["new_case"].isEnabled()
    window.close()


def test_a_message_already_a_sentence_is_left_as_it_is(
        qtbot, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs.Inform, "show",
                        classmethod(lambda cls, parent, title, text, error=False:
                                    shown.append(text)))
    window = _window(qtbot, qsettings)
    window.show_error("Import", "PortDesk could not read row 3 of cases.csv!")
    assert shown == ["PortDesk could not read row 3 of cases.csv!"]
    window.close()
