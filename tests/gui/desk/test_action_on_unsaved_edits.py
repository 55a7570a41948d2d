"""An action that reads the stored case does not start while the screen shows edits that cannot
be saved.

Walked (journey 24): with a half-typed BTN on screen ("Not saved: fix BTN"), Check bill opened
and compared the bill with the BTN stored before the typing, without a word; Submit, Print LOA
and the LOA screens took the same path (`use_stored`: save, then act on the stored case; a save
that cannot go left the action to run on values the screen no longer shows). Now the action is
not started and the status bar says why; once the value is fixed it goes, on the saved case.
"""

from __future__ import annotations

from typing import Any

import pytest

from portdesk.domain.queue import QueueQuery
from portdesk.ui.bills.dialog import BillCheckDialog, BillCheckOutcome


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, window: Any) -> list[tuple[int, str]]:
    """(case id, BTN on screen) each time the bill screen would open (the screen itself reads
    the case on the database lane, behind the save the action queued first)."""
    seen: list[tuple[int, str]] = []

    def fake_ask(cls: type, store: Any, settings: Any, actor: str, case_id: int,
                 *rest: Any) -> BillCheckOutcome:
        seen.append((case_id, window.case_panel.editor.widgets["btn"].text()))
        return BillCheckOutcome(document=None, case_changed=False)

    monkeypatch.setattr(BillCheckDialog, "ask", classmethod(fake_ask))
    return seen


def _open_draft(qtbot, window) -> None:
    rows = window.store.queue.page(QueueQuery(kinds=("port_in",), statuses=("draft",))).rows
    window.case_panel.open_case(rows[0].id)
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.id == rows[0].id)


def _type_btn(qtbot, window, text: str) -> None:
    field = window.case_panel.editor.widgets["btn"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_check_bill_waits_for_a_value_the_screen_can_save(qtbot, window, opened) -> None:
    _open_draft(qtbot, window)
    panel = window.case_panel
    stored = panel.base.btn
    _type_btn(qtbot, window, "212-55")
    assert panel.dirty and panel.editor.blocking_errors()
    with qtbot.waitSignal(panel.save_failed) as said:
        window.actions_.actions["check_bill"].trigger()
    assert opened == []  # not opened on the stored BTN while "212-55" is on screen
    assert "Check bill not started" in said.args[0] and "fix BTN" in said.args[0]
    assert panel.editor.widgets["btn"].text() == "212-55" and panel.base.btn == stored

    _type_btn(qtbot, window, "212-555-0142")  # fixed: saved first, then checked
    window.actions_.actions["check_bill"].trigger()
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0] == (panel.base.id, "212-555-0142")
    qtbot.waitUntil(lambda: window.store.cases.get(panel.base.id).btn.endswith("2125550142"))


def test_submit_waits_too(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    from portdesk.ui import case_actions

    asked: list[str] = []
    monkeypatch.setattr(case_actions.ReasonDialog, "ask",
                        classmethod(lambda cls, *a: asked.append("reason")))
    monkeypatch.setattr(case_actions.Confirm, "ask",
                        classmethod(lambda cls, *a, **k: asked.append("confirm") and False))
    _open_draft(qtbot, window)
    panel = window.case_panel
    _type_btn(qtbot, window, "212-55")
    with qtbot.waitSignal(panel.save_failed) as said:
        window.actions_.actions["mark_ready"].trigger()
    assert "Submit not started" in said.args[0] and "fix BTN" in said.args[0]
    assert asked == []  # never asked to submit the case as stored
    assert window.store.cases.get(panel.base.id).status.value == "draft"
