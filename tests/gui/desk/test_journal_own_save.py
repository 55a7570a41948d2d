"""The desk's own save is never restored as unsaved nor shown as "changed by someone else".

Walked in the real app: type in a case and quit at once (File > Quit, before the autosave); the
window's close saved the edit, but the save's clean-up (its callback) never ran after the window
closed, so the recovery journal stayed one version behind. The next start showed "Restored 1
unsaved edit(s)" and "Not saved: changed by someone else (tester at ...)" for the specialist's
own save. The same happens when the process is killed between a save's commit and its callback.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings

from portdesk.domain.case import CaseKind, PortCase, Status
from portdesk.services.recovery import JournalSeal
from portdesk.store.store import Store
from portdesk.ui.case_panel import CasePanel
from portdesk.ui.journal import Journal, Recovered, reconcile, snapshot
from portdesk.ui.main_window import MainWindow
from tests.gui.desk.conftest import open_window
from tests.gui.desk.test_case_editor import open_panel, type_into
from tests.helpers import case


def _editable_port_in(store: Store) -> PortCase:
    made = store.cases.create(case(), "tester")
    assert made.status == Status.DRAFT and made.kind == CaseKind.PORT_IN
    return made


def _open(qtbot, window: MainWindow, case_id: int) -> CasePanel:
    panel = window.case_panel
    panel.open_case(case_id)
    qtbot.waitUntil(lambda: panel.base is not None and panel.base.id == case_id)
    return panel


def test_an_edit_saved_by_closing_the_window_is_not_restored_nor_a_conflict(
        qtbot, demo_store: Store, qsettings: QSettings) -> None:
    c = _editable_port_in(demo_store)
    assert c.id is not None
    window = open_window(qtbot, demo_store, qsettings)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    panel = _open(qtbot, window, c.id)
    panel._autosave.setInterval(60_000)  # File > Quit comes before the autosave
    assert panel.journal is not None
    journal = panel.journal.path(c.id)
    type_into(panel.editor.widgets["authorized_name"], "Samuel Ortiz Jr")

    def journaled() -> bool:
        found = panel.journal.read(c.id) if journal.exists() else None
        return found is not None and found.changes.get("authorized_name") == "Samuel Ortiz Jr"

    qtbot.waitUntil(journaled)  # the journal lane is idle, as when the user reaches for Quit
    window.close()  # closeEvent: the pending edit is saved, then the lanes are shut
    assert demo_store.cases.get(c.id).authorized_name == "Samuel Ortiz Jr"
    assert not journal.exists()  # settled by the save itself, not by its dropped callback

    again = open_window(qtbot, demo_store, QSettings(str(Path(str(qsettings.fileName())).with_name(
        "view2.ini")), QSettings.Format.IniFormat))
    qtbot.waitUntil(lambda: again.model.rowCount() > 0)
    panel2 = _open(qtbot, again, c.id)
    assert not panel2.conflicted and not panel2.conflict.isVisible()
    assert not panel2.restored.isVisible()
    qtbot.waitUntil(lambda: not journal.exists())
    assert panel2.editor.widgets["authorized_name"].text() == "Samuel Ortiz Jr"
    again.close()


def test_an_edit_saved_by_closing_while_the_database_lane_is_busy_is_saved(
        qtbot, demo_store: Store, qsettings: QSettings) -> None:
    """Closing while a queue refresh holds the database lane: the save queued behind it is kept
    (it was dropped with the refresh, seen as a make-test failure under load)."""
    import threading

    c = _editable_port_in(demo_store)
    assert c.id is not None
    window = open_window(qtbot, demo_store, qsettings)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    panel = _open(qtbot, window, c.id)
    panel._autosave.setInterval(60_000)
    assert panel.tasks is not None
    type_into(panel.editor.widgets["authorized_name"], "Samuel Ortiz Jr")
    gate = threading.Event()
    panel.tasks.run(lambda: gate.wait(10))  # the lane is busy when the specialist quits
    refresh = panel.tasks.run(lambda: None)
    refresh.add_done_callback(lambda _f: gate.set())  # closing drops the refresh: lane free
    window.close()
    assert demo_store.cases.get(c.id).authorized_name == "Samuel Ortiz Jr"


def _journal(store: Store, tmp_path: Path) -> Journal:
    return Journal(tmp_path / "recovery", JournalSeal(store))


def test_a_save_committed_before_a_kill_is_the_desk_s_own_not_someone_else_s(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    c = store.cases.create(case(), "tester")
    assert c.id is not None
    # typed on version 1: two edits; the save of the first committed, then the process died
    _journal(store, tmp_path).write(c.id, c.version, {"authorized_name": "Samuel Ortiz Jr",
                                                      "account_number": "4410-9999"}, snapshot(c))
    store.cases.update(replace(c, authorized_name="Samuel Ortiz Jr"), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, c)
    assert not panel.conflicted and not panel.conflict.isVisible()
    assert panel.restored.isVisible() and "Restored 1 unsaved edit" in panel.restored.title.text()
    assert panel.editor.widgets["account_number"].text() == "4410-9999"
    panel.restored.save.click()
    qtbot.waitUntil(lambda: store.cases.get(c.id).account_number == "4410-9999")
    qtbot.waitUntil(lambda: not panel.journal.path(c.id).exists())


def test_a_journal_its_own_save_fully_holds_is_dropped_silently(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    c = store.cases.create(case(), "tester")
    assert c.id is not None
    _journal(store, tmp_path).write(c.id, c.version, {"authorized_name": "Samuel Ortiz Jr"},
                                    snapshot(c))
    store.cases.update(replace(c, authorized_name="Samuel Ortiz Jr"), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, c)
    assert not panel.conflicted and not panel.restored.isVisible()
    assert panel.save_state.text() == "All changes saved"
    qtbot.waitUntil(lambda: not panel.journal.path(c.id).exists())


def test_someone_else_s_change_since_the_journal_is_still_a_conflict(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    c = store.cases.create(case(), "tester")
    assert c.id is not None
    _journal(store, tmp_path).write(c.id, c.version, {"authorized_name": "Samuel Ortiz Jr",
                                                      "account_number": "4410-9999"}, snapshot(c))
    store.cases.update(replace(c, authorized_name="Samuel Ortiz Jr", notes="called the customer"),
                       "colleague")  # one of mine, and a field I never touched
    panel = open_panel(qtbot, store, tasks, tmp_path, c)
    assert panel.conflicted and panel.conflict.isVisible()
    assert "Restored 1 unsaved edit" in panel.restored.title.text()
    assert panel.restored.save.isHidden()  # the conflict's own choice comes first
    assert store.cases.get(c.id).account_number == c.account_number  # nothing overwritten


def test_reconcile_by_rule() -> None:
    c = replace(case(), id=7, version=3)
    newer = replace(c, version=4, authorized_name="B")
    mine = {"authorized_name": "B", "pin": "1111"}
    # same version: whatever is unsaved, never a conflict
    assert reconcile(Recovered(7, 3, mine, snapshot(c)), c) == (mine, False)
    # a newer version holding only my own edit: the rest is unsaved, no conflict
    assert reconcile(Recovered(7, 3, mine, snapshot(c)), newer) == ({"pin": "1111"}, False)
    # the same edit written differently by someone else, or a status moved: a conflict
    other = replace(newer, authorized_name="C")
    assert reconcile(Recovered(7, 3, mine, snapshot(c)), other)[1] is True
    moved = replace(newer, status=Status.AWAITING_SIGNATURE)
    assert reconcile(Recovered(7, 3, mine, snapshot(c)), moved)[1] is True
    # an older journal without its base cannot tell: a newer version is a conflict, as before
    assert reconcile(Recovered(7, 3, mine, None), newer) == ({"pin": "1111"}, True)
    # typed on while a save was in flight, killed before its callback: what the save sent is
    # this desk's own too, and what was typed after it is still unsaved
    typed_on = {"authorized_name": "B and more", "pin": "1111"}
    assert reconcile(Recovered(7, 3, typed_on, snapshot(c), {"authorized_name": "B"}),
                     newer) == (typed_on, False)
    # everything saved: nothing left, no conflict, whatever the version
    assert reconcile(Recovered(7, 3, {"authorized_name": "B"}, None), newer) == ({}, False)


def test_an_edit_saved_on_switching_cases_is_not_restored_when_coming_back(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    """Type in a case and switch to another before the autosave: the switch saves the edit, and
    its callback (for a case no longer on screen) never touched the journal, so coming back
    showed the specialist's own save as restored and as someone else's."""
    first = store.cases.create(case(), "tester")
    second = store.cases.create(case(account_name="Lakeside Auto Repair"), "tester")
    assert first.id is not None and second.id is not None
    panel = open_panel(qtbot, store, tasks, tmp_path, first)
    panel._autosave.setInterval(60_000)
    type_into(panel.editor.widgets["authorized_title"], "Owner & IT")
    panel.open_case(second.id)
    qtbot.waitUntil(lambda: panel.case_id == second.id)
    qtbot.waitUntil(lambda: store.cases.get(first.id).authorized_title == "Owner & IT")
    panel.open_case(first.id)
    qtbot.waitUntil(lambda: panel.case_id == first.id)
    assert not panel.conflicted and not panel.restored.isVisible()
    assert panel.editor.widgets["authorized_title"].text() == "Owner & IT"
    qtbot.waitUntil(lambda: not panel.journal.path(first.id).exists())
