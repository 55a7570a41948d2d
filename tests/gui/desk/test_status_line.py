"""The message line under the header belongs to the case shown, a late result never switches the
editor back, and the header never moves the form when the case or the message changes."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from portdesk.store.store import Store
from tests.gui.desk.test_case_editor import open_panel
from tests.helpers import case


def test_a_late_result_stays_with_its_case(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    first = store.cases.create(case(account_name="First Customer"), "tester")
    second = store.cases.create(case(account_name="Second Customer"), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, first)
    gate = threading.Event()
    tasks.run(gate.wait)  # the database lane is busy while the specialist moves on
    panel.add_comment("Called the customer")
    panel.open_case(second.id)
    gate.set()
    qtbot.waitUntil(lambda: panel.case_id == second.id and not tasks.busy)
    qtbot.waitUntil(lambda: not tasks.busy)
    assert panel.case_id == second.id  # not switched back to the first case
    assert "Comment added" not in panel.save_state.text()
    assert [c.body for c in store.comments.for_case(first.id)] == ["Called the customer"]


def test_a_failed_save_of_the_case_left_is_not_blamed_on_the_next(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    first = store.cases.create(case(account_name="First Customer"), "tester")
    second = store.cases.create(case(account_name="Second Customer"), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, first)
    flashed: list[str] = []
    panel.save_failed.connect(flashed.append)
    panel.editor.set_value("authorized_title", "Owner")
    store.cases.update(replace(store.cases.get(first.id), notes="called"),
                       "someone-else")  # they saved first
    panel.open_case(second.id)  # leaving saves the edit, which now conflicts
    qtbot.waitUntil(lambda: panel.case_id == second.id and not tasks.busy)
    qtbot.waitUntil(lambda: bool(flashed))
    assert first.reference in flashed[-1] and "not saved" in flashed[-1]
    assert not panel.conflicted and not panel.conflict.isVisible()
    assert "Not saved" not in panel.save_state.text()


def test_the_header_never_moves_the_form(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    short = store.cases.create(case(account_name="Lopez"), "tester")
    long_name = "Harbor Dental Group of Southern California Professional Corporation " * 3
    long = store.cases.create(case(account_name=long_name.strip()), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, short)
    panel.resize(460, 700)
    qtbot.waitUntil(lambda: panel.tabs.isVisible())
    top = panel.tabs.mapTo(panel, panel.tabs.rect().topLeft()).y()
    panel.open_case(long.id)
    qtbot.waitUntil(lambda: panel.case_id == long.id)
    panel._show_save_state("A message long enough to wrap onto a second line if the header let "
                           "it: " + "words " * 40)
    qtbot.waitUntil(lambda: panel.tabs.mapTo(panel, panel.tabs.rect().topLeft()).y() == top)
    assert long_name.strip() in panel.header.text()
