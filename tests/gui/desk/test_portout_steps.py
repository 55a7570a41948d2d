"""A port-out's next step comes from the port-out flow (check the request, answer it before the
platform authorizes it by itself, the numbers leave on the FOC), never a port-in's: the demo's
port-out read "Submit" in the queue. Dates are the demo's own (loaded for a fixed day)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QSettings

from portdesk.domain.case import CaseKind
from portdesk.domain.lifecycle import Status
from portdesk.domain.schedule import next_milestone
from portdesk.services.demo import load_demo
from portdesk.store.store import Store
from portdesk.ui.queue_model import milestone_text
from tests.gui.desk.conftest import open_window
from tests.helpers import case

TODAY = date(2026, 3, 10)
PORT_IN_STEPS = {"Submit", "Signature", "Carrier acknowledgment", "FOC date", "Port",
                 "Fix and resubmit", "Verify routing", "Fix routing"}


def test_the_demo_port_outs_show_port_out_steps(qtbot, store: Store,
                                                qsettings: QSettings) -> None:
    load_demo(store, "tester", today=TODAY)
    window = open_window(qtbot, store, qsettings)
    window.sidebar.select_key("port_outs")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2
                    and all(window.model.row_at(r) is not None for r in range(2)))
    rows = [window.model.row_at(r) for r in range(2)]
    steps = {r.status: milestone_text(r, TODAY) for r in rows}
    assert not {s.split(" · ")[0] for s in steps.values()} & PORT_IN_STEPS
    assert steps["draft"].startswith("Check the request")
    assert steps["submitted"].startswith("Answer the request")
    window.close()


def test_each_port_out_status_has_a_port_out_step_or_none() -> None:
    received = datetime(2026, 3, 9, 15, 0, tzinfo=UTC)
    for status in Status:
        out = case(numbers=["312-555-0101"], kind="port_out")
        out = out.with_changes(status=status, created_at=received, foc_date=date(2026, 3, 20))
        assert out.kind == CaseKind.PORT_OUT
        step = next_milestone(out, TODAY, date(2026, 3, 9))
        assert step.name not in PORT_IN_STEPS, (status, step)
    waiting = case(numbers=["312-555-0101"], kind="port_out").with_changes(
        status=Status.SUBMITTED)
    assert next_milestone(waiting, TODAY, date(2026, 3, 9)).due == date(2026, 3, 10)  # 24 h
    authorized = waiting.with_changes(status=Status.FOC_CONFIRMED, foc_date=date(2026, 3, 20))
    leaving = next_milestone(authorized, TODAY, TODAY)
    assert (leaving.name, leaving.due) == ("Numbers leave", date(2026, 3, 20))


def test_submit_and_print_loa_are_off_for_a_port_out_with_why(qtbot, store: Store,
                                                               qsettings: QSettings) -> None:
    load_demo(store, "tester", today=TODAY)
    window = open_window(qtbot, store, qsettings)
    out = store.cases.get_by_reference("PD-000030")
    assert out.kind == CaseKind.PORT_OUT and out.id is not None
    qtbot.waitUntil(lambda: window.case_panel.base is not None)  # the queue's first case
    window.case_panel.open_case(out.id)
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.id == out.id)
    for key in ("mark_ready", "print"):
        assert not window.actions_[key].isEnabled()
        assert "port-out" in window.actions_[key].toolTip()
    assert window.actions_["save"].isEnabled() and window.actions_["comment"].isEnabled()
    window.close()
