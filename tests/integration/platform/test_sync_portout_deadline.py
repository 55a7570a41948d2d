"""The port-out deadline as the platform has it, over real HTTP against the sandbox.

The guide: an unanswered port-out is authorized automatically within 24-48 hours; a rejection
Porting Ops does not accept goes back to `pending`. The desk shows the deadline from the
platform's own arrival time (never its own clock), and the case ends as the platform says: the
desk never declares it authorized itself, and says so when the platform did it without an answer
from here or sent a rejection back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.port import RejectionCode
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_portout_review import countdown_text, review
from portdesk.store.store import Store


def engine_on(sandbox: SandboxServer, client: PlatformClient, desk: Store) -> SyncEngine:
    """The desk's clock is the test's: the sandbox's stopped clock, never the machine's."""
    return SyncEngine(desk, client, clock=sandbox.sandbox.clock.now)


def the_case(desk: Store, portout_id: str) -> int:
    [found] = [c.id for c in desk.cases.iter_all() if c.platform_order_id == portout_id]
    assert found is not None
    return found


def test_the_deadline_counts_from_the_platform_s_arrival_and_the_platform_decides(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    request = portouts.create(sandbox.sandbox, ["+13125550170"], "Harper Dental LLC")
    arrived = datetime.fromisoformat(request["created_at"].replace("Z", "+00:00"))
    sandbox.advance(hours=5)  # the desk first syncs five hours after it came
    engine = engine_on(sandbox, make_client(sandbox), desk)
    [waiting] = [n.message for n in engine.run_once().notices if n.kind == "portout_waiting"]
    assert f"before {arrived + timedelta(hours=24):%Y-%m-%d %H:%M} UTC" in waiting
    case_id = the_case(desk, request["id"])
    seen = review(desk, case_id)
    assert seen.received_at == arrived  # the platform's time, not when the desk saw it
    assert seen.first_seen_at == arrived + timedelta(hours=5)
    said = countdown_text(seen, lambda: arrived + timedelta(hours=5), tz=UTC)
    assert said.startswith("answer within 19 h 00 min, by ")
    assert f"surely by {(arrived + timedelta(hours=48)):%a %d %b %H:%M} UTC" in said

    sandbox.advance(hours=44)  # 49 h: the platform authorized it, nobody here answered
    assert engine.client.get_portout(request["id"]).status == "authorized"
    report = engine.run_once()
    case = desk.cases.get(case_id)
    assert case.status == Status.FOC_CONFIRMED and case.platform_status == "authorized"
    [told] = [n.message for n in report.notices if n.kind == "portout_authorized"]
    assert "no answer was sent from PortDesk" in told and "24-48 hours" in told
    assert countdown_text(review(desk, case_id), tz=UTC) == "answered (authorized)"
    assert not engine.run_once().notices  # told once


def test_a_rejection_sent_back_to_pending_is_answered_again(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    request = portouts.create(sandbox.sandbox, ["+13125550171"])
    engine = engine_on(sandbox, make_client(sandbox), desk)
    engine.run_once()
    case_id = the_case(desk, request["id"])
    intents.decide_portout(desk, case_id, False, "the customer owes an unpaid balance",
                           "tester", RejectionCode(1001, "Other", True))
    first = engine.run_once()
    assert not [n for n in first.notices if n.kind.startswith("portout_")]  # our own answer
    assert desk.cases.get(case_id).status == Status.CANCEL_PENDING
    sandbox.advance(days=1, hours=1)  # Porting Ops reviews it: a balance is no reason
    report = engine.run_once()
    case = desk.cases.get(case_id)
    assert case.status == Status.SUBMITTED and case.awaits_portout_answer
    [told] = [n.message for n in report.notices if n.kind == "portout_returned"]
    assert "did not accept the rejection" in told and "unpaid balance" in told
    seen = review(desk, case_id)
    assert seen.returned_at == sandbox.sandbox.clock.now()
    assert "gives no new deadline" in countdown_text(seen, sandbox.sandbox.clock.now, tz=UTC)

    intents.decide_portout(desk, case_id, False, "the port was never requested by the "
                           "account holder", "tester", RejectionCode(1001, "Other", True))
    engine.run_once()
    sandbox.advance(days=1, hours=1)
    engine.run_once()
    assert engine.client.get_portout(request["id"]).status == "rejected"
    assert desk.cases.get(case_id).status == Status.CANCELLED
    assert review(desk, case_id).returned_at is None


def test_a_request_without_an_arrival_time_is_bounded_by_its_first_sight(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """The description does not require `created_at` on a port-out: the desk then says it does
    not know, and bounds the deadline by when it first saw the request, never resets it."""
    request = portouts.create(sandbox.sandbox, ["+13125550172"])
    state = sandbox.sandbox.state
    with state.transaction():
        for name in ("created_at", "inserted_at"):
            request.pop(name)
        state.save_portout(request)
    engine = engine_on(sandbox, make_client(sandbox), desk)
    engine.run_once()
    case_id = the_case(desk, request["id"])
    seen = review(desk, case_id)
    first = sandbox.sandbox.clock.now()
    assert seen.received_at is None and seen.first_seen_at == first
    said = countdown_text(seen, lambda: first + timedelta(hours=2), tz=UTC)
    assert said.startswith("the platform did not say when it arrived (first seen here ")
    assert "it may be authorized any moment and surely by " in said and "(in 46 h 00 min)" in said
    sandbox.advance(hours=3)
    engine.run_once()  # a later sight does not move the bound
    assert review(desk, case_id).first_seen_at == first


def test_odd_port_outs_neither_stop_the_sync_nor_get_an_imagined_status(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """A status the description does not list is kept as written and reported; a port-out with
    no status at all is skipped and reported, and reaches the queue once the platform sends it
    whole; the ordinary request beside them is not held up."""
    state = sandbox.sandbox.state
    fine = portouts.create(sandbox.sandbox, ["+13125550173"])
    odd = portouts.create(sandbox.sandbox, ["+13125550174"], with_event=False)
    broken = portouts.create(sandbox.sandbox, ["+13125550175"], with_event=False)
    with state.transaction():
        odd["status"] = "held-for-review"
        state.save_portout(odd)
        state._conn.execute("UPDATE portouts SET status='', body=? WHERE id=?", (json.dumps(
            {k: v for k, v in broken.items() if k != "status"}), broken["id"]))
    engine = engine_on(sandbox, make_client(sandbox), desk)
    report = engine.run_once()
    assert report.aborted is None and not report.failed
    assert any("held-for-review" in u for u in report.unknown)
    assert [s.record_id for s in report.skipped] == [broken["id"]]
    assert desk.cases.get(the_case(desk, odd["id"])).platform_status == "held-for-review"
    assert desk.cases.get(the_case(desk, fine["id"])).awaits_portout_answer
    with state.transaction():
        state.save_portout(broken)  # the platform sends it whole again
    engine.run_once()  # an ordinary round: the pending list is read every round
    assert desk.cases.get(the_case(desk, broken["id"])).awaits_portout_answer


def test_an_order_over_50_numbers_is_read_whole(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """An order carries its first 50 numbers (include_phone_numbers, as described); the rest
    come from /porting_phone_numbers, so all 60 numbers of the case follow the platform."""
    from tests.integration.platform.sync_helpers import numbers, submitted

    case = submitted(desk, numbers(0, 60))
    assert case.id is not None
    engine = engine_on(sandbox, make_client(sandbox), desk)
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id or ""
    answered = engine.client.request("GET", f"porting_orders/{order_id}")["data"]
    assert len(answered["phone_numbers"]) == 50 and answered["porting_phone_numbers_count"] == 60
    assert len(engine.client.get_porting_order(order_id).numbers) == 60
    sandbox.advance(days=14)  # acknowledged, then the FOC date
    engine.run_once()
    sandbox.advance(days=60)
    engine.run_once()
    done = desk.cases.get(case.id)
    assert done.status == Status.PORTED
    assert {n.status.value for n in done.numbers} == {"ported"}


def test_the_waiting_notice_names_the_desk_s_zone_and_what_happens_at_the_deadline(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """The notice said the deadline in UTC only ("a notice has no desk zone to hand") and not
    what happens then; the desk reads FOC dates in its porting zone, so the notice does too."""
    request = portouts.create(sandbox.sandbox, ["+13125550172"], "Harper Dental LLC")
    arrived = datetime.fromisoformat(request["created_at"].replace("Z", "+00:00"))
    eastern = ZoneInfo("America/New_York")
    engine = engine_on(sandbox, make_client(sandbox, zone=eastern), desk)
    [waiting] = [n.message for n in engine.run_once().notices if n.kind == "portout_waiting"]
    may = (arrived + timedelta(hours=24)).astimezone(eastern)
    assert f"before {may:%Y-%m-%d %H:%M} {may.tzname()}" in waiting
    assert " UTC" not in waiting
    case = desk.cases.get(the_case(desk, request["id"]))
    assert case.foc_date is not None
    assert waiting.endswith(f"; unanswered, it is authorized and the numbers leave for "
                            f"{request['carrier_name']} on the FOC date "
                            f"{case.foc_date.isoformat()}")
