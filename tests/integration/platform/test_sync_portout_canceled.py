"""A port-out request withdrawn on the platform: `canceled`, "canceled by the gaining carrier or
Telnyx" (port-out orders guide; its `portout.status_changed` event carries `status: canceled`).

Before, the case turned `cancelled` in silence, exactly as a rejection the desk made itself
(both map to the canonical `cancelled`), so a specialist about to answer it, or one who had
authorized it and warned the customer, heard nothing; and when the event did not come (the
description does not promise it), the request simply left the open lists the sync reads and the
case kept waiting for an answer for ever. Now the queue gets a notice, once, and the case's
timeline says when (the platform's `updated_at`, with the zone named) and that the platform
gives no reason nor says who (its description has no such field).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.port import RejectionCode
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.services.timeline import timeline
from portdesk.store.store import Store
from tests.integration.platform.test_sync_portout_unseen import cases_of


def engine_on(sandbox: SandboxServer, client: PlatformClient, desk: Store) -> SyncEngine:
    return SyncEngine(desk, client, clock=sandbox.sandbox.clock.now)


@pytest.mark.parametrize("with_event", [True, False])
@pytest.mark.parametrize("answer", ["none", "authorize", "reject"])
def test_a_canceled_request_is_told_once_with_its_time(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        with_event: bool, answer: str) -> None:
    engine = engine_on(sandbox, make_client(sandbox), desk)
    engine.run_once()
    request = portouts.create(sandbox.sandbox, ["+13125550183"], carrier_name="Cedar Telecom")
    engine.run_once()
    [case_id] = cases_of(desk, request["id"])
    if answer != "none":
        intents.decide_portout(desk, case_id, answer == "authorize",
                               "" if answer == "authorize" else "PIN does not match",
                               "tester", **({} if answer == "authorize"
                                            else {"rejection": RejectionCode(1002, "PIN or passcode does not match the account", False)}))
        engine.run_once()
    before = desk.cases.get(case_id)
    assert before.status == {"none": Status.SUBMITTED, "authorize": Status.FOC_CONFIRMED,
                             "reject": Status.CANCEL_PENDING}[answer]
    sandbox.advance(hours=2)
    canceled = portouts.cancel(sandbox.sandbox, request["id"], with_event=with_event)

    report = engine.run_once()  # one ordinary round, event or not
    case = desk.cases.get(case_id)
    assert case.status == Status.CANCELLED and case.platform_status == "canceled"
    [told] = [n for n in report.notices if n.kind == "portout_canceled"]
    assert told.case_id == case_id and "312-555-0183" in told.message
    assert "Cedar Telecom" in told.message and "no reason" in told.message
    when = canceled["updated_at"]  # 2026-03-02T17:00:00.000000Z: the platform's moment
    assert f"{when[:10]} {when[11:16]} UTC" in told.message
    [entry] = [t for t in timeline(desk, case_id) if t.title.startswith("Port-out canceled")]
    assert "(the platform's time)" in entry.detail and "no reason" in entry.detail
    assert entry.detail.split(" (the platform's time)")[0].split()[-1].isalpha()  # the zone
    quiet = engine.run_once()
    assert not [n for n in quiet.notices if n.kind == "portout_canceled"]
    assert desk.cases.get(case_id).version == case.version


def test_a_rejection_that_goes_through_is_not_told_as_a_cancellation(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_on(sandbox, make_client(sandbox), desk)
    engine.run_once()
    request = portouts.create(sandbox.sandbox, ["+13125550184"])
    engine.run_once()
    [case_id] = cases_of(desk, request["id"])
    intents.decide_portout(desk, case_id, False, "PIN does not match", "tester",
                           rejection=RejectionCode(1002, "PIN or passcode does not match the account", False))
    engine.run_once()
    sandbox.advance(days=3)  # Porting Ops accepts the rejection
    report = engine.run_once()
    assert desk.cases.get(case_id).platform_status == "rejected"
    assert not [n for n in report.notices if n.kind == "portout_canceled"]
    assert not [t for t in timeline(desk, case_id) if "canceled" in t.title]


def test_an_authorized_request_that_ported_without_its_event_is_read_again(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """The same gap for the other way out of the open lists: authorized, then ported, with no
    event (the lists read every round hold only pending and authorized requests)."""
    from tests.integration.platform.test_sync_portout_unseen import NoPortoutEvents

    engine = engine_on(sandbox, make_client(sandbox, transport=NoPortoutEvents()), desk)
    engine.run_once()
    request = portouts.create(sandbox.sandbox, ["+13125550185"], foc_days=1, with_event=False)
    engine.run_once()
    [case_id] = cases_of(desk, request["id"])
    intents.decide_portout(desk, case_id, True, "", "tester")
    engine.run_once()
    assert desk.cases.get(case_id).status == Status.FOC_CONFIRMED
    sandbox.advance(days=4)
    assert portouts.get(sandbox.sandbox, request["id"])["status"] == "ported"
    report = engine.run_once()
    assert desk.cases.get(case_id).status == Status.PORTED
    assert [n.case_id for n in report.notices if n.kind == "ported"] == [case_id]
