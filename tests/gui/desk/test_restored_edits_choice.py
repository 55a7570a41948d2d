"""Restored edits and the specialist's own hand (the lead's decisions, session 22): Ctrl+S on
the case showing them IS Save (saved, banner and journal gone, as the banner's Save); an action
that uses the case as stored (Print LOA, Submit, the LOA, bill and platform screens) never uses
it silently while they wait: it asks Save and continue / Discard and continue / Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from portdesk.store.store import Store
from portdesk.ui import restored as restored_module
from portdesk.ui.dialogs import Confirm
from portdesk.ui.journal import written
from portdesk.ui.main_window import MainWindow
from portdesk.ui.restored import RestoredChoice
from tests.gui.desk.test_case_editor import open_panel
from tests.gui.desk.test_restored_edits_wait import _crashed_with


def _answer(monkeypatch: pytest.MonkeyPatch, choice: str | None) -> list[str]:
    asked: list[str] = []

    def ask(_parent, reference: str, what: str, words: str) -> str | None:
        asked.append(f"{reference}|{what}|{words}")
        return choice

    monkeypatch.setattr(RestoredChoice, "ask", classmethod(lambda cls, *a: ask(*a)))
    return asked


def test_ctrl_s_on_the_case_is_save(qtbot, window: MainWindow, tmp_path: Path) -> None:
    panel = window.case_panel
    assert panel.base is not None and panel.base.id is not None and panel.journal is not None
    cid, stored = panel.base.id, panel.base
    from portdesk.ui.journal import snapshot

    panel.journal.write(cid, stored.version, {"authorized_name": "Maria T. Lopez"},
                        snapshot(stored))
    written()
    panel.open_case(cid, force=True)
    qtbot.waitUntil(lambda: panel.restored.isVisible())
    assert "Ctrl+S" in panel.restored.save.text() and "Ctrl+S" in panel.restored.text.text()
    window.actions_["save"].trigger()  # Ctrl+S / the toolbar's Save
    store = window.store
    assert store is not None
    qtbot.waitUntil(lambda: store.cases.get(cid).authorized_name == "Maria T. Lopez")
    qtbot.waitUntil(lambda: panel.journal is not None and panel.journal.read(cid) is None)
    assert panel.restored.isHidden()
    assert window.actions_["save"].shortcut().toString() == "Ctrl+S"


def test_print_loa_asks_and_cancel_prints_nothing(qtbot, store: Store, tasks, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    cid, journal = _crashed_with(store, tmp_path, authorized_name="Maria T. Lopez", pin="9999")
    panel = open_panel(qtbot, store, tasks, tmp_path, store.cases.get(cid))
    asked = _answer(monkeypatch, None)
    printed: list[int] = []
    panel.print_requested.connect(printed.append)
    with qtbot.waitSignal(panel.save_failed) as said:
        panel.print_loa()
    assert len(asked) == 1 and "|Print LOA|" in asked[0] and "Maria T. Lopez" in asked[0]
    assert "9999" not in asked[0]  # the PIN masked in the question too
    assert "Print LOA not started" in said.args[0]
    qtbot.wait(50)
    assert printed == [] and panel.restored.isVisible()
    assert journal.read(cid) is not None


def test_print_loa_after_save_and_continue_prints_the_saved_case(
        qtbot, store: Store, tasks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cid, journal = _crashed_with(store, tmp_path, authorized_name="Maria T. Lopez")
    panel = open_panel(qtbot, store, tasks, tmp_path, store.cases.get(cid))
    _answer(monkeypatch, RestoredChoice.SAVE)
    seen: list[str] = []
    panel.print_requested.connect(lambda c: seen.append(store.cases.get(c).authorized_name))
    panel.print_loa()
    qtbot.waitUntil(lambda: seen != [])
    assert seen == ["Maria T. Lopez"]  # printed only once the restored edit was stored
    qtbot.waitUntil(lambda: journal.read(cid) is None)
    assert panel.restored.isHidden()


def test_discard_and_continue_uses_the_stored_case_said_as_such(
        qtbot, store: Store, tasks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cid, journal = _crashed_with(store, tmp_path, authorized_name="Maria T. Lopez")
    stored = store.cases.get(cid)
    panel = open_panel(qtbot, store, tasks, tmp_path, stored)
    _answer(monkeypatch, RestoredChoice.DISCARD)
    printed: list[int] = []
    panel.print_requested.connect(printed.append)
    panel.print_loa()
    assert printed == [cid]
    assert panel.editor.widgets["authorized_name"].text() == stored.authorized_name
    assert panel.restored.isHidden() and not panel.dirty
    qtbot.waitUntil(lambda: journal.read(cid) is None)
    assert store.cases.get(cid).version == stored.version


def test_submit_asks_before_the_stored_case_goes(qtbot, store: Store, tasks, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cid, _journal = _crashed_with(store, tmp_path, authorized_name="Maria T. Lopez")
    stored = store.cases.get(cid)
    panel = open_panel(qtbot, store, tasks, tmp_path, stored)
    asked = _answer(monkeypatch, None)
    confirmed: list[str] = []
    monkeypatch.setattr(Confirm, "ask", classmethod(
        lambda cls, *a, **k: confirmed.append("asked") or False))
    panel.mark_ready()
    assert len(asked) == 1 and "|Submit|" in asked[0]
    assert confirmed == []  # cancelled before the submit's own question
    written()
    assert store.cases.get(cid).version == stored.version


def test_without_restored_edits_nothing_is_asked(qtbot, store: Store, tasks, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.helpers import case

    c = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, c)
    asked = _answer(monkeypatch, None)
    printed: list[int] = []
    panel.print_requested.connect(printed.append)
    panel.print_loa()
    assert asked == [] and printed == [c.id]


@pytest.mark.parametrize(("key", "modifier", "expected"), [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, None),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, RestoredChoice.SAVE),
])
def test_the_question_is_answered_from_the_keyboard(qtbot, key, modifier, expected) -> None:
    """Return saves and continues, Escape cancels; each choice has its Alt mnemonic."""
    title = "Print LOA: restored edits not saved"
    tries = [0]
    texts: list[str] = []

    def ours() -> QMessageBox | None:  # this question, never a box another test left behind
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                     and w.isVisible() and w.windowTitle() == title), None)

    def press() -> None:
        box = ours()
        tries[0] += 1
        if tries[0] > 400:  # never answered by the key: closed, so the test fails, not hangs
            if box is not None:
                box.done(0)
            return
        if box is None or not box.isActiveWindow():  # a mnemonic needs the active window
            if box is not None:
                box.activateWindow()
            QTimer.singleShot(20, press)
            return
        texts.extend(b.text() for b in box.buttons())
        qtbot.keyClick(box, key, modifier)
        tries[0] = 300
        QTimer.singleShot(2000, press)

    QTimer.singleShot(20, press)
    assert restored_module.RestoredChoice.ask(None, "PD-000001", "Print LOA",
                                              "Authorized person “Maria”.") == expected
    assert "&Save and continue" in texts and "&Discard and continue" in texts


def test_the_refusal_on_the_bar_goes_when_ctrl_s_saves_the_restored_edits(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: "Print LOA not started: ... still wait for Save or Discard" stayed 12 s on the
    status bar after Ctrl+S had saved them (desk27)."""
    from portdesk.ui.journal import snapshot

    panel = window.case_panel
    assert panel.base is not None and panel.base.id is not None and panel.journal is not None
    cid, stored = panel.base.id, panel.base
    panel.journal.write(cid, stored.version, {"authorized_name": "Maria T. Lopez"},
                        snapshot(stored))
    written()
    panel.open_case(cid, force=True)
    qtbot.waitUntil(lambda: panel.restored.isVisible())
    _answer(monkeypatch, None)  # Cancel
    panel.print_loa()
    assert "still wait for Save or Discard" in window.status.currentMessage()
    window.actions_["save"].trigger()
    store = window.store
    assert store is not None
    qtbot.waitUntil(lambda: store.cases.get(cid).authorized_name == "Maria T. Lopez")
    qtbot.waitUntil(lambda: "still wait" not in window.status.currentMessage())
    window.status.flash("a newer message")
    window.status.withdraw("Print LOA not started")  # only the message still shown goes
    assert window.status.currentMessage() == "a newer message"
