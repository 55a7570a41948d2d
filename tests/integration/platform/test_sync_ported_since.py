"""A port-out that came and ported between two rounds reaches the queue the next round.

Before, such a request was in neither list a round reads (pending, authorized), its events may not
come (the description promises none), so only the walk of every record found it: up to a day
late (services/sync_walk.py), the numbers gone and nobody told. Each round now also asks for the
port-outs ported since the last round began (`filter[ported_out_at][gte]`, a date-time as the
description defines it), less an hour of overlap (the cursor is the sync's clock, the port the
platform's). The cursor is saved with the others at the end of a round: a round that fails keeps
the old one, so the next round asks from there again (overlap, never a gap).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import httpx

from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.platform.wire import parse_time
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_keys import PORTED_CURSOR
from portdesk.services.sync_pull import PORTED_OVERLAP
from portdesk.services.sync_walk import NEVER
from portdesk.store.store import Store
from tests.integration.platform.test_sync_portout_unseen import NoPortoutEvents, cases_of

PORTED_FILTER = "filter[ported_out_at][gte]"


class Recorder(NoPortoutEvents):
    """No port-out events (they "may not come"); records each ported-since request, and fails
    it while `silent` is set, as a platform that stops answering mid-round."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[datetime] = []
        self.silent = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        since = request.url.params.get(PORTED_FILTER)
        if since is not None:
            if self.silent:
                raise httpx.ConnectError("the platform went away", request=request)
            moment = parse_time(since, "the filter")
            assert moment is not None
            self.asked.append(moment)
        return super().handle_request(request)


def engine_on(sandbox: SandboxServer, client: PlatformClient, desk: Store) -> SyncEngine:
    # no walk on its own: the walk is what used to find these, a day later at worst
    return SyncEngine(desk, client, clock=sandbox.sandbox.clock.now, walk=NEVER)


def test_a_request_that_came_and_ported_between_rounds_is_read_the_next_round(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_on(sandbox, make_client(sandbox, transport=NoPortoutEvents()), desk)
    engine.run_once()  # the queue syncs
    request = portouts.create(sandbox.sandbox, ["+13125550184"], foc_days=1, with_event=False)
    portouts.answer(sandbox.sandbox, request["id"], "authorized", {"reason": ""})  # the portal
    sandbox.advance(days=2)  # the desk was off; the numbers left on the FOC date
    assert engine.client.get_portout(request["id"]).status == "ported"
    report = engine.run_once()  # an ordinary round: no walk, no event
    [case_id] = cases_of(desk, request["id"])
    assert desk.cases.get(case_id).status == Status.PORTED
    [told] = [n for n in report.notices if n.kind == "portout_authorized"]
    assert told.case_id == case_id and "312-555-0184 ported out to" in told.message
    assert "never answered here" in told.message
    again = engine.run_once()  # listed again inside the overlap: nothing new, nothing twice
    assert not again.notices and again.cases_updated == 0
    assert cases_of(desk, request["id"]) == [case_id]


def test_the_cursor_overlaps_and_a_failed_round_keeps_the_old_one(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    transport = Recorder()
    engine = engine_on(sandbox, make_client(sandbox, transport=transport), desk)
    clock = sandbox.sandbox.clock
    first = clock.now()
    engine.run_once()  # the first pull walks everything: the cursor starts at its beginning
    assert transport.asked == []
    assert desk.outbox.get(PORTED_CURSOR) == first.isoformat()

    sandbox.advance(hours=2)
    second = clock.now()
    engine.run_once()
    assert transport.asked == [first - PORTED_OVERLAP]

    sandbox.advance(hours=2)
    transport.silent = True
    failed = engine.run_once()
    assert failed.aborted  # the round stopped: the cursor stays where the last good round left it
    assert desk.outbox.get(PORTED_CURSOR) == second.isoformat()

    sandbox.advance(hours=2)
    transport.silent = False
    engine.run_once()
    assert transport.asked == [first - PORTED_OVERLAP, second - PORTED_OVERLAP]


def test_a_queue_that_never_asked_starts_from_its_last_walk(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """A queue synced by an earlier PortDesk has no cursor: its last walk read everything
    before it, so the first ask starts there (less the overlap)."""
    transport = Recorder()
    engine = engine_on(sandbox, make_client(sandbox, transport=transport), desk)
    engine.run_once()
    walked = engine.last_walk()
    assert walked is not None
    desk.outbox.put(PORTED_CURSOR, "")  # as an earlier PortDesk left it: never written
    sandbox.advance(hours=3)
    engine.run_once()
    assert transport.asked == [walked - PORTED_OVERLAP]
