"""The queue and the editor say the same thing while a case opens: the row is highlighted at
once, the case arrives from the worker a moment later; meanwhile the editor said "Select a case
in the queue" beside the highlighted row (desk27, at first paint)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.config import Settings
from portdesk.store.store import Store
from portdesk.ui.case_panel import CasePanel
from tests.helpers import case


def _panel(qtbot, store: Store, tasks, tmp_path: Path) -> CasePanel:
    panel = CasePanel()
    qtbot.addWidget(panel)
    panel.attach(store, Settings(), "tester", tasks, journal_dir=tmp_path / "recovery")
    panel.show()
    return panel


def test_a_case_being_opened_is_said_as_opening(qtbot, store: Store, tasks,
                                                tmp_path: Path) -> None:
    c = store.cases.create(case(), "tester")
    assert c.id is not None
    panel = _panel(qtbot, store, tasks, tmp_path)
    assert panel.header.placeholder.text() == "Opening the queue…"  # no page landed yet
    panel.show_queue_opened()
    assert "Select a case" in panel.header.placeholder.text()
    panel.open_case(c.id)  # the worker's answer comes back by a queued signal: not yet here
    assert panel.base is None
    assert "Select a case" not in panel.header.placeholder.text()
    assert "Opening the case selected in the queue" in panel.header.placeholder.text()
    qtbot.waitUntil(lambda: panel.base is not None and panel.base.id == c.id)
    assert panel.header.placeholder.isHidden()


def test_a_case_that_cannot_be_opened_is_not_left_as_opening(
        qtbot, store: Store, tasks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from portdesk.services import desk

    def broken(*_a: object) -> object:
        raise OSError("disk gone")

    monkeypatch.setattr(desk, "open_case", broken)
    panel = _panel(qtbot, store, tasks, tmp_path)
    panel.open_case(1)
    qtbot.waitUntil(lambda: "could not be opened" in panel.header.placeholder.text())
    assert panel.base is None
