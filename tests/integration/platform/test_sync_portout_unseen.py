"""A port-out request that never reached the queue while it waited for an answer.

The guide: "Port-out orders require a response within 24-48 hours. If you do not respond within
this window, the port-out is automatically authorized and will proceed on the requested FOC date."
A desk that did not sync for two days (a weekend), or a request whose events never came (the
description does not promise them), first meets the request already authorized: its numbers are
leaving and nobody here ever saw it. The queue must get it in one ordinary round, and the
specialist must be told, not find a quiet new case already `foc_confirmed`.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store


class NoPortoutEvents(httpx.BaseTransport):
    """The platform's port-out event log as the description allows it to be: empty (events
    "may not come"); every other answer is the sandbox's own."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/portouts/events"):
            body = {"data": [], "meta": {"page_number": 1, "page_size": 250, "total_pages": 0,
                                         "total_results": 0}}
            return httpx.Response(200, json=body)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def engine_on(sandbox: SandboxServer, client: PlatformClient, desk: Store) -> SyncEngine:
    return SyncEngine(desk, client, clock=sandbox.sandbox.clock.now)


def cases_of(desk: Store, portout_id: str) -> list[int]:
    return [c.id for c in desk.cases.iter_all() if c.platform_order_id == portout_id
            and c.id is not None]


def test_a_request_authorized_before_the_desk_saw_it_is_told(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_on(sandbox, make_client(sandbox), desk)
    engine.run_once()  # the desk has synced before: its cursors are set
    request = portouts.create(sandbox.sandbox, ["+13125550180"], with_event=False)
    sandbox.advance(hours=49)  # a weekend without a sync: the platform authorized it
    assert engine.client.get_portout(request["id"]).status == "authorized"
    report = engine.run_once()
    [case_id] = cases_of(desk, request["id"])
    case = desk.cases.get(case_id)
    assert case.status == Status.FOC_CONFIRMED and case.platform_status == "authorized"
    [told] = [n for n in report.notices if n.kind == "portout_authorized"]
    assert told.case_id == case_id
    assert "never answered here" in told.message and "24-48 hours" in told.message
    assert "312-555-0180" in told.message  # as numbers read everywhere in the desk
    assert not [n for n in report.notices if n.kind == "portout_waiting"]  # not askable now
    quiet = engine.run_once()  # listed again among the authorized ones: nothing new
    assert not quiet.notices and quiet.cases_updated == 0 and quiet.events == 0
    assert desk.cases.get(case_id).version == case.version


def test_a_request_authorized_without_any_event_still_reaches_the_queue(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_on(sandbox, make_client(sandbox, transport=NoPortoutEvents()), desk)
    engine.run_once()
    request = portouts.create(sandbox.sandbox, ["+13125550181"], with_event=False)
    sandbox.advance(hours=49)
    report = engine.run_once()  # an ordinary round, no --reconcile
    [case_id] = cases_of(desk, request["id"])
    assert desk.cases.get(case_id).status == Status.FOC_CONFIRMED
    assert [n.case_id for n in report.notices if n.kind == "portout_authorized"] == [case_id]


def test_a_request_already_finished_when_first_seen_raises_no_alarm(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """The first walk of a queue meets requests long settled: history, not news."""
    request = portouts.create(sandbox.sandbox, ["+13125550182"], foc_days=1, with_event=False)
    sandbox.advance(days=5)  # authorized, then ported on its FOC date
    assert engine_on(sandbox, make_client(sandbox), desk).client.get_portout(
        request["id"]).status == "ported"
    report = engine_on(sandbox, make_client(sandbox), desk).run_once()
    [case_id] = cases_of(desk, request["id"])
    assert desk.cases.get(case_id).status == Status.PORTED
    assert not [n for n in report.notices if n.kind == "portout_authorized"]


def test_a_request_that_came_and_ported_while_the_desk_was_away_is_told(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """Session 19: a queue that was syncing, then away for a week, while a request came with no
    event, went unanswered, was authorized by the platform and ported. The walk brought it in as
    a quiet "Ported" case, as if it were history from before the queue's first sync; the
    numbers had left and nobody here ever saw the request."""
    engine = engine_on(sandbox, make_client(sandbox, transport=NoPortoutEvents()), desk)
    engine.run_once()  # the queue has synced before
    request = portouts.create(sandbox.sandbox, ["+13125550183"], foc_days=1, with_event=False)
    sandbox.advance(days=6)  # authorized by the platform, then ported on its FOC date
    assert engine.client.get_portout(request["id"]).status == "ported"
    report = engine.run_once()
    [case_id] = cases_of(desk, request["id"])
    assert desk.cases.get(case_id).status == Status.PORTED
    [told] = [n for n in report.notices if n.kind == "portout_authorized"]
    assert told.case_id == case_id and "312-555-0183 ported out to" in told.message
    assert "never answered here" in told.message and "24-48 hours" in told.message
    assert "Check with the customer" in told.message and "it arrived 2026-03-0" in told.message
    assert not engine.run_once().notices  # told once
