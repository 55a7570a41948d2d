"""Submit ("Mark ready to submit", Ctrl+Return, the toolbar) follows the open case's real state,
what waits in the outbox included, by the rule the readiness button and the fields follow: a
case whose submit already waits to be sent, or that the carrier has, offers no second submit."""

from __future__ import annotations

from portdesk.domain.queue import QueueQuery
from portdesk.services import intents
from tests.integration.platform.sync_helpers import LOA, new_case


def _open(qtbot, window, case_id: int) -> None:
    window.case_panel.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.id == case_id)


def test_submit_turns_off_once_a_submit_waits_and_back_on_for_a_draft(qtbot, window) -> None:
    store = window.store
    created = new_case(store, ["312-555-0101"])
    draft = new_case(store, ["312-555-0102"])
    assert created.id is not None and draft.id is not None
    intents.attach_document(store, created.id, "loa_signed", "loa.pdf", LOA, "tester")
    _open(qtbot, window, created.id)
    action = window.actions_["mark_ready"]
    assert action.isEnabled()
    intents.submit(store, created.id, "tester")  # another desk or `portdesk case submit`
    window.case_panel.reload()
    qtbot.waitUntil(lambda: "submit waiting" in window.case_panel.header.text())
    assert not action.isEnabled()
    assert "waits to be sent" in action.toolTip()
    assert not window.case_panel.readiness.ready.isEnabled()  # one rule, two doors
    _open(qtbot, window, draft.id)
    assert action.isEnabled()
    assert "waits" not in action.toolTip()


def test_submit_is_off_on_a_case_the_carrier_has(qtbot, window) -> None:
    rows = window.store.queue.page(QueueQuery(kinds=("port_in",),
                                              statuses=("at_carrier",))).rows
    _open(qtbot, window, rows[0].id)
    action = window.actions_["mark_ready"]
    assert not action.isEnabled()
    assert "nothing to submit" in action.toolTip()
