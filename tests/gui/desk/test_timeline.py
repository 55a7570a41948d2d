"""Timeline entries say which field changed, from what to what (secrets masked), when the FOC was
set, and what a case was split from and into."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from portdesk.domain.lifecycle import Status
from portdesk.store.store import Store
from portdesk.ui import dialogs
from portdesk.ui.case_panel import TIMELINE
from tests.gui.desk.test_case_editor import open_panel, type_into
from tests.helpers import case


def _texts(panel) -> list[str]:  # type: ignore[no-untyped-def]
    model = panel.timeline.model
    return [model.index(r).data() or "" for r in range(model.rowCount())]


def test_an_edit_names_the_field_and_both_values(qtbot, store: Store, tasks,
                                                 tmp_path: Path) -> None:
    saved = store.cases.create(case(account_name="Harbor Dental", pin="4821"), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    type_into(panel.editor.widgets["account_name"], "Harbor Dental Group LLC")
    type_into(panel.editor.widgets["pin"], "7309")
    panel.save()
    qtbot.waitUntil(lambda: any("Customer name" in t for t in _texts(panel)))
    text = next(t for t in _texts(panel) if "Customer name" in t)
    assert "“Harbor Dental” → “Harbor Dental Group LLC”" in text
    pin = next(t for t in _texts(panel) if "Port-out PIN" in t)
    assert "4821" not in pin and "7309" not in pin
    panel.tabs.setCurrentIndex(TIMELINE)
    assert all("4821" not in t and "7309" not in t for t in _texts(panel))


def test_split_from_and_into_and_the_foc_date(qtbot, store: Store, tasks, tmp_path: Path,
                                              monkeypatch) -> None:
    saved = store.cases.create(case(numbers=["212-555-0142", "212-555-0143", "212-555-0144"]),
                               "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    monkeypatch.setattr(dialogs.ReasonDialog, "ask",
                        classmethod(lambda cls, *a, **k: "on another account"))
    panel.split_numbers(["+12125550144"])
    qtbot.waitUntil(lambda: any("Split into" in t for t in _texts(panel)))
    child = store.cases.children(saved.id)[0]
    into = next(t for t in _texts(panel) if "Split into" in t)
    assert child.reference in into and "212-555-0144" in into and "another account" in into
    panel.open_case(child.id)
    qtbot.waitUntil(lambda: panel.case_id == child.id)
    assert any(f"Split from {saved.reference}" in t for t in _texts(panel))
    for step in (Status.SUBMITTED, Status.AT_CARRIER):
        store.cases.change_status(child.id, step, "platform", "test")
    store.cases.update(replace(store.cases.get(child.id), foc_date=date(2026, 12, 10)),
                       "platform")
    store.cases.change_status(child.id, Status.FOC_CONFIRMED, "platform", "foc-date-confirmed")
    panel.open_case(child.id, force=True)
    qtbot.waitUntil(lambda: any("FOC set: Thu Dec 10, 2026" in t for t in _texts(panel)))
