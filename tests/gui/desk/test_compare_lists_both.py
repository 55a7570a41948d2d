"""The conflict's Compare lists only the fields both sides changed, as it says; a field only I
changed is kept without asking (walked on two desks over one PostgreSQL queue: the customer name
I had typed was listed as if the colleague had changed it too, "Theirs (saved)" showing the
value both had started from)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from portdesk.store.store import Store
from portdesk.ui.conflict import CompareDialog, differences
from tests.gui.desk.test_case_editor import open_panel, type_into
from tests.helpers import case


def test_only_fields_changed_on_both_sides_are_differences() -> None:
    base = case(account_name="Greenfield Library", authorized_title="Director", notes="")
    mine = replace(base, account_name="Greenfield Library District", notes="call Tuesday")
    theirs = replace(base, authorized_title="Head Librarian", notes="PIN confirmed")
    assert differences(base, mine, theirs) == [("notes", "call Tuesday", "PIN confirmed")]
    assert differences(base, mine, replace(base, authorized_title="Head Librarian")) == []
    same = replace(theirs, account_name="Greenfield Library District")  # both typed the same
    assert ("account_name", "Greenfield Library District", "Greenfield Library District") \
        not in differences(base, mine, same)


def test_a_conflict_on_other_fields_merges_without_asking(qtbot, store: Store, tasks,
                                                           tmp_path: Path, monkeypatch) -> None:
    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    panel._autosave.setInterval(60_000)
    store.cases.update(replace(saved, authorized_title="Head Librarian"), "colleague")
    type_into(panel.editor.widgets["account_name"], "Harbor Dental (mine)")
    panel.save()
    qtbot.waitUntil(lambda: panel.conflicted)
    asked: list[object] = []
    monkeypatch.setattr(CompareDialog, "ask", classmethod(
        lambda cls, parent, diffs: asked.append(diffs) or {n for n, _m, _t in diffs}))
    panel.conflict.compare.click()
    qtbot.waitUntil(lambda: store.cases.get(saved.id).account_name == "Harbor Dental (mine)")
    merged = store.cases.get(saved.id)
    assert merged.authorized_title == "Head Librarian"  # theirs, kept
    assert asked == []  # nothing to choose: no field changed on both sides
