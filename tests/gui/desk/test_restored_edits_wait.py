"""Edits restored from the recovery journal wait for the specialist's review (the lead's
decision, session 21): the banner names what came back (the PIN masked) and offers Save and
Discard; nothing is autosaved, leaving the case does not save them, the journal keeps them
until a choice (a second crash loses nothing), and they are one undo step."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from portdesk.services.recovery import JournalSeal
from portdesk.store.store import Store
from portdesk.ui.journal import Journal, snapshot, written
from tests.gui.desk.test_case_editor import open_panel
from tests.helpers import case


def _crashed_with(store: Store, tmp_path: Path, **changes: object) -> tuple[int, Journal]:
    """A case with edits journaled on it and never saved (the desk was killed)."""
    c = store.cases.create(case(pin="4821"), "tester")
    assert c.id is not None
    journal = Journal(tmp_path / "recovery", JournalSeal(store))
    journal.write(c.id, c.version, dict(changes), snapshot(c))
    return c.id, journal


def test_restored_edits_are_said_and_wait_for_save(qtbot, store: Store, tasks,
                                                   tmp_path: Path) -> None:
    cid, journal = _crashed_with(store, tmp_path, authorized_name="Maria T. Lopez",
                                 pin="9999")
    stored = store.cases.get(cid)
    panel = open_panel(qtbot, store, tasks, tmp_path, stored)
    banner = panel.restored
    assert banner.isVisible() and banner.save.isVisible() and banner.discard.isVisible()
    said = banner.text.text()
    assert "Authorized person “Maria T. Lopez”" in said and "Port-out PIN ••••" in said
    assert "9999" not in said
    assert not panel._autosave.isActive()
    assert panel.save_state.text() == "Not saved: restored edits wait for Save (Ctrl+S) or Discard"
    panel.editor.widgets["notes"].setPlainText("called back")  # typing on does not save them
    assert not panel._autosave.isActive()
    written()
    assert store.cases.get(cid).authorized_name == stored.authorized_name
    assert journal.read(cid) is not None
    banner.save.click()
    qtbot.waitUntil(lambda: store.cases.get(cid).authorized_name == "Maria T. Lopez")
    assert store.cases.get(cid).notes == "called back"
    qtbot.waitUntil(lambda: journal.read(cid) is None)
    assert banner.isHidden()


def test_discard_puts_the_fields_back_and_the_journal_goes(qtbot, store: Store, tasks,
                                                          tmp_path: Path) -> None:
    cid, journal = _crashed_with(store, tmp_path, authorized_name="Maria T. Lopez")
    stored = store.cases.get(cid)
    panel = open_panel(qtbot, store, tasks, tmp_path, stored)
    panel.restored.discard.click()
    assert panel.editor.widgets["authorized_name"].text() == stored.authorized_name
    assert not panel.dirty and panel.restored.isHidden()
    qtbot.waitUntil(lambda: journal.read(cid) is None)
    assert store.cases.get(cid).version == stored.version  # nothing saved
    panel.undo_stack.undo()  # the discard is a step too: the restored value comes back
    assert panel.editor.widgets["authorized_name"].text() == "Maria T. Lopez"


def test_a_second_crash_and_leaving_the_case_lose_nothing(qtbot, store: Store, tasks,
                                                          tmp_path: Path) -> None:
    cid, journal = _crashed_with(store, tmp_path, authorized_name="Maria T. Lopez")
    other = store.cases.create(replace(case(), account_name="Other Customer LLC"), "tester")
    assert other.id is not None
    panel = open_panel(qtbot, store, tasks, tmp_path, store.cases.get(cid))
    with qtbot.waitSignal(panel.save_failed) as said:
        panel.open_case(other.id)  # leaving does not save them: they are kept, and said
    assert "restored edits wait for Save or Discard" in said.args[0]
    qtbot.waitUntil(lambda: panel.base is not None and panel.base.id == other.id)
    written()
    assert store.cases.get(cid).authorized_name != "Maria T. Lopez"
    panel.store = None  # killed again, the banner still up
    panel.hide()
    again = open_panel(qtbot, store, tasks, tmp_path, store.cases.get(cid))
    assert again.restored.isVisible()
    assert again.editor.widgets["authorized_name"].text() == "Maria T. Lopez"
    recovered = journal.read(cid)
    assert recovered is not None and recovered.changes["authorized_name"] == "Maria T. Lopez"


def test_the_restored_edits_are_one_undo_step(qtbot, store: Store, tasks,
                                              tmp_path: Path) -> None:
    cid, _journal = _crashed_with(store, tmp_path, authorized_name="Maria T. Lopez",
                                 account_number="4410-9999")
    stored = store.cases.get(cid)
    panel = open_panel(qtbot, store, tasks, tmp_path, stored)
    assert panel.undo_stack.count() == 1 and panel.undo_stack.canUndo()
    panel.undo_stack.undo()
    assert panel.editor.widgets["authorized_name"].text() == stored.authorized_name
    assert panel.editor.widgets["account_number"].text() == stored.account_number
    assert panel.restored.isHidden() and not panel.dirty
    panel.undo_stack.redo()
    assert panel.editor.widgets["authorized_name"].text() == "Maria T. Lopez"


def test_a_save_asked_from_elsewhere_leaves_restored_edits_waiting(qtbot, store: Store, tasks,
                                                                   tmp_path: Path) -> None:
    """Every way the open case is saved other than the banner's Save (the database coming back
    saves it: team_live; Ctrl+S; a pending autosave) leaves restored edits for the banner's
    choice: the reconnect sent them unseen and the banner went away."""
    cid, journal = _crashed_with(store, tmp_path, authorized_name="Maria T. Lopez")
    stored = store.cases.get(cid)
    panel = open_panel(qtbot, store, tasks, tmp_path, stored)
    panel.save()  # as TeamHookup does when the database is back
    qtbot.waitUntil(lambda: not tasks.busy)
    written()
    assert store.cases.get(cid).version == stored.version  # nothing saved
    assert panel.restored.isVisible() and journal.read(cid) is not None
    assert panel.save_state.text() == "Not saved: restored edits wait for Save (Ctrl+S) or Discard"
    panel.restored.save.click()  # the banner's Save still saves them
    qtbot.waitUntil(lambda: store.cases.get(cid).authorized_name == "Maria T. Lopez")
