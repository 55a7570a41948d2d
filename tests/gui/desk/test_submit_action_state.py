"""Submit ("Mark ready to submit", Ctrl+Return, the toolbar) follows the open case's real state,
what waits in the outbox included, by the rule the readiness button and the fields follow: a
case whose submit already waits to be sent, or that the carrier has, offers no second submit."""

from __future__ import annotations

from dataclasses import replace

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


def test_answer_port_out_is_a_port_out_s_own_action(qtbot, window) -> None:
    """On a port-in it was on and refused once chosen; the hover now says why it is off."""
    store = window.store
    port_in = store.queue.page(QueueQuery(kinds=("port_in",), statuses=("draft",))).rows[0]
    _open(qtbot, window, port_in.id)
    action = window.actions_["portout_answer"]
    assert not action.isEnabled()
    assert "not a port-out request" in action.toolTip()
    port_out = store.queue.page(QueueQuery(kinds=("port_out",))).rows[0]
    _open(qtbot, window, port_out.id)
    assert not action.isEnabled()  # entered here: nothing to answer on the platform
    assert "not received from the platform" in action.toolTip()
    case = store.cases.get(port_out.id)
    store.cases.update(replace(case, platform_order_id="po-received"), "platform")
    window.case_panel.reload()
    qtbot.waitUntil(lambda: window.case_panel.base.platform_order_id == "po-received")
    assert action.isEnabled()


def test_another_case_opens_at_the_top_of_its_details(qtbot, window) -> None:
    """F8 after scrolling to the notes showed the next case from the middle of the form; a
    reload of the same case keeps its place."""
    window.resize(1024, 700)
    rows = window.store.queue.page(QueueQuery(kinds=("port_in",), statuses=("draft",))).rows
    _open(qtbot, window, rows[0].id)
    bar = window.case_panel.details_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    with qtbot.waitSignal(window.case_panel.case_loaded):
        window.case_panel.open_case(rows[0].id, force=True)  # the same case read again
    assert bar.value() == bar.maximum()
    _open(qtbot, window, rows[1].id)
    assert bar.value() == 0


def test_send_again_is_on_only_for_a_case_the_platform_refused(qtbot, window) -> None:
    """It was on for every case and, chosen, said there was nothing to send again."""
    from tests.gui.desk.test_not_sent import _refuse_update
    from tests.integration.platform.sync_helpers import submitted

    store = window.store
    sent = submitted(store, ["312-555-0103"], pin="4821")
    assert sent.id is not None
    _open(qtbot, window, sent.id)
    action = window.actions_["send_again"]
    assert not action.isEnabled() and "nothing of this case was refused" in action.toolTip()
    _refuse_update(store, sent.id, "the platform refused PATCH /porting_orders/x")
    window.case_panel.reload()
    qtbot.waitUntil(lambda: window.case_panel.base.sync_state == "failed")
    assert action.isEnabled()


def test_platform_steps_is_off_on_a_port_out(qtbot, window) -> None:
    """A port-out is no porting order: Platform steps read "the platform has no such record
    (GET /porting_orders/...)" on one (walked at 1024x700)."""
    store = window.store
    port_in = store.queue.page(QueueQuery(kinds=("port_in",), statuses=("draft",))).rows[0]
    _open(qtbot, window, port_in.id)
    action = window.actions_["platform_steps"]
    assert action.isEnabled()
    port_out = store.queue.page(QueueQuery(kinds=("port_out",))).rows[0]
    _open(qtbot, window, port_out.id)
    assert not action.isEnabled() and "Answer port-out request" in action.toolTip()
