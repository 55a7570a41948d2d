"""The desk's batch assign passes the versions the queue showed: a case another desk changed after
the queue showed it is left alone and named in a message the specialist has to close."""

from __future__ import annotations

from dataclasses import replace

from portdesk.store.store import Store
from portdesk.ui import dialogs
from tests.gui.desk.conftest import select_rows


def test_batch_assign_names_the_case_changed_under_the_specialist(
        qtbot, window, demo_store: Store, monkeypatch) -> None:
    monkeypatch.setattr(dialogs.AssignDialog, "ask", classmethod(lambda cls, *a, **k: "dev"))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs.Inform, "show",
                        classmethod(lambda cls, parent, title, text, error=False:
                                    told.append((title, text))))
    select_rows(window, [0, 1, 2])
    seen = window.queue_view.selected_versions()
    assert len(seen) == 3 and None not in seen.values()
    ids = list(seen)
    other = Store.open(demo_store.url.replace("***", ""))  # another desk on the same file
    try:
        changed = other.cases.get(ids[1])
        other.cases.update(replace(changed, assignee="Tom Okafor"), "Tom Okafor")
    finally:
        other.close()
    window.actions_["assign"].trigger()
    qtbot.waitUntil(lambda: bool(told))
    assert told[0][0] == "Changed since you looked"
    assert f"{changed.reference}: edited by Tom Okafor" in told[0][1]
    assert demo_store.cases.get(ids[1]).assignee == "Tom Okafor"  # not overwritten with "dev"
    assert all(demo_store.cases.get(i).assignee == "dev" for i in (ids[0], ids[2]))
    assert f"left as they are: {changed.reference}" in window.status.currentMessage()
