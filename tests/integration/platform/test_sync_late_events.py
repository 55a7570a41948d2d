"""An event that shows in the platform's log after a later one was read.

The description lets a client read an event log by `filter[created_at][gte]`; it never says an
event is listed the moment it is stamped. A real platform writes its log from several workers, so
an event stamped 10:00:00 can become visible after one stamped 10:02:00 was read. A cursor at the
newest time seen then filters the late one out for ever: the order it names is never read again
until a `--reconcile`. The sync reads its logs again from a while before its cursor and skips
what it has already seen, so a late event is read once, and an early one is not read twice.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx

from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, submitted


class LateEvents(httpx.BaseTransport):
    """The sandbox, with chosen events of the port-in log not listed yet (written late)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.hidden: set[str] = set()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not request.url.path.endswith("/porting/events") or not self.hidden:
            return response
        response.read()
        body = json.loads(response.content)
        body["data"] = [ev for ev in body["data"] if ev.get("id") not in self.hidden]
        return httpx.Response(response.status_code, json=body)

    def close(self) -> None:
        self.inner.close()


def last_event_of(sandbox: SandboxServer, order_id: str) -> str:
    state = sandbox.sandbox.state
    with state.lock:
        events, _ = state.list_events("porting_order_id = ?", (order_id,), 1000, 0)
    return str(events[-1]["id"])


def test_an_event_listed_late_is_still_read_once(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    late = LateEvents()
    client = make_client(sandbox, transport=late)
    engine = SyncEngine(desk, client, clock=sandbox.sandbox.clock.now)
    first = submitted(desk, numbers(0, 1))
    other = submitted(desk, numbers(1, 1))
    assert first.id is not None and other.id is not None
    engine.run_once()  # the first pull notes where the logs end and walks every order
    assert engine.run_once().events == 0  # what it walked is not read again as news
    order_id = desk.cases.get(first.id).platform_order_id or ""
    other_order = desk.cases.get(other.id).platform_order_id or ""
    assert order_id and other_order
    platform = sandbox.sandbox
    with platform.state.transaction():
        order = platform.order(order_id)
        platform.set_status(order, "exception", [
            {"code": "ENTITY_NAME_MISMATCH", "description": "name differs from the CSR"}])
    late.hidden.add(last_event_of(sandbox, order_id))  # stamped now, listed later
    sandbox.advance(hours=0.05)  # three minutes on
    platform.add_comment(other_order, "Carrier asks for a copy of the bill", "admin")
    engine.run_once()  # reads the comment; the status change is not listed yet
    assert desk.cases.get(first.id).status != Status.EXCEPTION
    assert len(desk.comments.for_case(other.id)) == 1

    late.hidden.clear()  # the platform lists it now, under its earlier time
    report = engine.run_once()
    assert desk.cases.get(first.id).status == Status.EXCEPTION
    assert report.events == 1  # the late one; the comment read before is not read again
    assert len(desk.comments.for_case(other.id)) == 1
    assert engine.run_once().events == 0


def test_the_sandbox_lists_an_event_late_and_out_of_order_and_the_sync_reads_it_once(
        make_sandbox: Callable[..., SandboxServer], make_client: Callable[..., PlatformClient],
        desk: Store) -> None:
    """The same with no hand-made fake: the sandbox's own fault (`--late-events`) stamps the
    status change now and lists it five minutes of its clock later, before the comment that
    was listed first (its log is sorted by time), and the real client reads it once."""
    from portdesk.platform.sandbox.faults import FaultConfig

    sandbox = make_sandbox(FaultConfig(late_minutes=5))
    client = make_client(sandbox)
    engine = SyncEngine(desk, client, clock=sandbox.sandbox.clock.now)
    first, other = submitted(desk, numbers(0, 1)), submitted(desk, numbers(1, 1))
    assert first.id is not None and other.id is not None
    engine.run_once()
    assert engine.run_once().events == 0
    order_id = desk.cases.get(first.id).platform_order_id or ""
    other_order = desk.cases.get(other.id).platform_order_id or ""
    platform = sandbox.sandbox
    platform.late_events = 1.0  # the next event is listed late
    with platform.state.transaction():
        platform.set_status(platform.order(order_id), "exception", [
            {"code": "ENTITY_NAME_MISMATCH", "description": "name differs from the CSR"}])
    platform.late_events = 0.0
    sandbox.advance(hours=0.05)  # three minutes on: a later event, listed at once
    platform.add_comment(other_order, "Carrier asks for a copy of the bill", "admin")
    listed = [e["id"] for e in client.events(None, feed="porting/events")]
    late = last_event_of(sandbox, order_id)
    assert late not in listed  # stamped, not listed yet
    engine.run_once()
    assert desk.cases.get(first.id).status != Status.EXCEPTION
    assert len(desk.comments.for_case(other.id)) == 1

    sandbox.advance(hours=0.05)  # six minutes after its stamp: listed now, before the comment
    listed = [e["id"] for e in client.events(None, feed="porting/events")]
    assert listed.index(late) < len(listed) - 1  # out of order: not at the end of the log
    report = engine.run_once()
    assert desk.cases.get(first.id).status == Status.EXCEPTION
    assert report.events == 1
    assert len(desk.comments.for_case(other.id)) == 1
    assert engine.run_once().events == 0


def test_an_event_listed_before_its_payload_is_made_is_read_again_once_it_is(
        make_sandbox: Callable[..., SandboxServer], make_client: Callable[..., PlatformClient],
        desk: Store) -> None:
    """The description gives every event a `payload_status`, "the status of the payload
    generation" (`created`, `completed`): an event may be listed before its payload exists. A
    gaining carrier's comment listed so was skipped as "a comment without text" and its id kept
    as seen, so the comment never reached the case once its payload was made."""
    from portdesk.platform.sandbox import portouts
    from portdesk.platform.sandbox.faults import FaultConfig

    sandbox = make_sandbox(FaultConfig(late_minutes=5, late_payload=True))
    client = make_client(sandbox)
    engine = SyncEngine(desk, client, clock=sandbox.sandbox.clock.now)
    engine.run_once()
    request = portouts.create(sandbox.sandbox, ["+13125550189"])
    engine.run_once()
    [case] = [c for c in desk.cases.iter_all() if c.platform_order_id == request["id"]]
    assert case.id is not None
    platform = sandbox.sandbox
    platform.late_events = 1.0
    portouts.add_comment(platform, request["id"], "Customer confirms the port date",
                         portouts.GAINING_USER)
    platform.late_events = 0.0
    [listed] = [e for e in client.events(None, feed="portouts/events")
                if e["event_type"] == "portout.new_comment"]
    assert listed["payload_status"] == "created" and listed["payload"] is None
    first = engine.run_once()
    assert desk.comments.for_case(case.id) == []
    assert not [s for s in first.skipped if "without text" in s.reason]
    sandbox.advance(hours=0.1)  # six minutes: the payload is made
    report = engine.run_once()
    assert [c.body for c in desk.comments.for_case(case.id)] == [
        "Customer confirms the port date"]
    assert [n.kind for n in report.notices] == ["portout_comment"]
    engine.run_once()
    assert len(desk.comments.for_case(case.id)) == 1


def test_a_port_out_turn_listed_later_than_the_window_is_not_lost(
        make_sandbox: Callable[..., SandboxServer], make_client: Callable[..., PlatformClient],
        desk: Store) -> None:
    """The description promises no moment by which an event is listed, so no re-read window is
    safe by it; a port-out's status must not hang on one. Its event listed half an hour late
    (three times the window), the request is still read the round it changed: the open lists,
    and every open port-out case missing from them read again."""
    from portdesk.platform.sandbox import portouts
    from portdesk.platform.sandbox.faults import FaultConfig

    sandbox = make_sandbox(FaultConfig(late_minutes=30))
    engine = SyncEngine(desk, make_client(sandbox), clock=sandbox.sandbox.clock.now)
    engine.run_once()
    waiting = portouts.create(sandbox.sandbox, ["+13125550190"])
    withdrawn = portouts.create(sandbox.sandbox, ["+13125550191"])
    engine.run_once()
    cases = {c.platform_order_id: c.id for c in desk.cases.iter_all()}
    sandbox.sandbox.late_events = 1.0
    portouts.answer(sandbox.sandbox, waiting["id"], "authorized", {"reason": ""})
    portouts.cancel(sandbox.sandbox, withdrawn["id"])
    sandbox.advance(hours=0.05)
    engine.run_once()
    assert desk.cases.get(cases[waiting["id"]] or 0).status == Status.FOC_CONFIRMED
    assert desk.cases.get(cases[withdrawn["id"]] or 0).status == Status.CANCELLED
    sandbox.advance(hours=1)  # the late events are listed now: nothing new, nothing twice
    report = engine.run_once()
    assert report.cases_updated == 0 and not report.notices
