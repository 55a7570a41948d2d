"""A sub-account transfer's next step comes from the transfer's own flow (start it, it is done
internally in 1-2 business days, the destination's routing is set up again), never a port-in's:
the demo's transfer draft read "Submit · Dec 24" though Submit refuses anything but a port-in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings

from portdesk.domain.lifecycle import Status
from portdesk.domain.routing import Routing
from portdesk.domain.schedule import next_milestone
from portdesk.services.demo import load_demo
from portdesk.store.store import Store
from portdesk.ui.queue_model import milestone_text
from tests.gui.desk.conftest import open_window
from tests.helpers import case

TODAY = date(2026, 3, 10)
PORT_IN_STEPS = {"Submit", "Signature", "Carrier acknowledgment", "FOC date", "Port",
                 "Fix and resubmit", "Verify routing"}


def test_the_demo_transfers_show_transfer_steps(qtbot, store: Store,
                                                qsettings: QSettings) -> None:
    load_demo(store, "tester", today=TODAY)
    window = open_window(qtbot, store, qsettings)
    window.sidebar.select_key("transfers")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2
                    and all(window.model.row_at(r) is not None for r in range(2)))
    rows = [window.model.row_at(r) for r in range(2)]
    steps = {r.status: milestone_text(r, TODAY) for r in rows}
    assert not {s.split(" · ")[0] for s in steps.values()} & PORT_IN_STEPS, steps
    assert steps["draft"].startswith("Start the transfer")
    assert steps["ported"].startswith("Reconfigure routing")
    window.close()


def test_each_transfer_status_has_a_transfer_step_or_none() -> None:
    draft = case(numbers=["312-555-0101"], kind="subaccount_transfer").with_changes(
        requested_date=date(2026, 3, 20))
    for status in Status:
        step = next_milestone(draft.with_changes(status=status), TODAY, date(2026, 3, 9))
        assert step.name not in PORT_IN_STEPS, (status, step)
    # started two business days before the date asked for: done internally in 1-2 days
    assert next_milestone(draft, TODAY).due == date(2026, 3, 18)
    started = next_milestone(draft.with_changes(status=Status.SUBMITTED), TODAY, date(2026, 3, 9))
    assert (started.name, started.due) == ("Transfer done", date(2026, 3, 11))
    ported = draft.with_changes(status=Status.PORTED)
    assert next_milestone(ported, TODAY, routing=Routing.VERIFIED).name == ""
    assert next_milestone(ported, TODAY, routing=Routing.FAILED).name == "Fix routing"
