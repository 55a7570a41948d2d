"""Leaving a case whose edits cannot be saved (a value to fix) says so as it is left, and going
back says they were kept from when it was left, not "from the last session" (walked at 1024x700:
F8 from a half-typed BTN moved on without a word)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from portdesk.store.store import Store
from portdesk.ui.case_panel import field_words
from tests.gui.desk.test_case_editor import open_panel, type_into
from tests.helpers import case


def test_a_case_left_with_a_value_to_fix_says_so_and_keeps_the_edit(
        qtbot: QtBot, store: Store, tasks, tmp_path: Path) -> None:
    first = store.cases.create(case(), "tester")
    second = store.cases.create(case(account_name="Other Customer LLC"), "tester")
    assert first.id is not None and second.id is not None
    panel = open_panel(qtbot, store, tasks, tmp_path, first)
    type_into(panel.editor.widgets["btn"], "21255")
    assert "btn" in panel.editor.blocking_errors()
    with qtbot.waitSignal(panel.save_failed) as said:
        panel.open_case(second.id)
    assert said.args[0] == (f"{first.reference} not saved (fix BTN): your edits are kept and "
                            "come back when you open it again.")
    qtbot.waitUntil(lambda: panel.base is not None and panel.base.id == second.id)
    assert panel.restored.isHidden()
    panel.open_case(first.id)
    qtbot.waitUntil(lambda: panel.base is not None and panel.base.id == first.id)
    assert panel.editor.widgets["btn"].text() == "212-55"
    assert panel.restored.title.text() == "Restored 1 unsaved edit from when you left this case."
    assert store.cases.get(first.id).btn == first.btn  # never saved half-typed


def test_a_case_left_saved_says_nothing(qtbot: QtBot, store: Store, tasks,
                                        tmp_path: Path) -> None:
    first = store.cases.create(case(), "tester")
    second = store.cases.create(case(account_name="Other Customer LLC"), "tester")
    assert second.id is not None
    panel = open_panel(qtbot, store, tasks, tmp_path, first)
    type_into(panel.editor.widgets["account_name"], "Harbor Dental East LLC")
    said: list[str] = []
    panel.save_failed.connect(said.append)
    panel.open_case(second.id)
    qtbot.waitUntil(lambda: panel.base is not None and panel.base.id == second.id)
    qtbot.waitUntil(lambda: store.cases.get(first.id or 0).account_name
                    == "Harbor Dental East LLC")
    assert said == []


def test_field_words_keep_an_acronym_upper_case() -> None:
    assert field_words(["account_name", "btn", "new_btn"]) == "customer name, BTN, new BTN"
