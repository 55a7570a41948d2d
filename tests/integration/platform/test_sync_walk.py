"""The walk of every order: when it runs on its own, and what it can no longer skip.

The platform promises no moment by which an event is listed, and `/porting_orders` has no
`updated_at` filter: an event listed later than the window each round reads again is caught only
by a walk of every order. A round walks at most once a day (services.sync_walk), the moment kept
in the store so desks sharing a queue walk once between them. The walk reads a page-numbered list
that may change under it: a draft deleted from a page already read shifts the next page's first
order onto it, and that order was never listed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

import httpx

from portdesk.commands.sync import walk_line
from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_walk import NEVER, WalkSchedule
from portdesk.store.desks import DeskIdentity
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, submitted, sync_until_done


class Shifting(httpx.BaseTransport):
    """The sandbox, its order list in pages of two, something done once after page 1 is read,
    and the port-in event log hidden on demand (events listed late)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.after_page_one: Callable[[], None] | None = None
        self.hide_events = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "GET" and path.endswith("/porting_orders"):
            request = httpx.Request("GET", request.url.copy_set_param("page[size]", "2"),
                                    headers=request.headers)
        response = self.inner.handle_request(request)
        if (request.method == "GET" and path.endswith("/porting_orders")
                and request.url.params.get("page[number]") == "1" and self.after_page_one):
            action, self.after_page_one = self.after_page_one, None
            response.read()
            action()
            return httpx.Response(response.status_code, content=response.content,
                                  headers=response.headers)
        if self.hide_events and path.endswith("/porting/events"):
            response.read()
            body = json.loads(response.content)
            body["data"] = []
            return httpx.Response(response.status_code, json=body)
        return response

    def close(self) -> None:
        self.inner.close()


def _exception(sandbox: SandboxServer, order_id: str) -> None:
    platform = sandbox.sandbox
    with platform.state.transaction():
        platform.set_status(platform.order(order_id), "exception", [
            {"code": "ENTITY_NAME_MISMATCH", "description": "name differs from the CSR"}])


def test_a_draft_deleted_mid_walk_skips_no_order(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    shifting = Shifting()
    client = make_client(sandbox, transport=shifting)
    # oldest first: a draft made elsewhere, then three cases of this queue; pages [D, P] [Q, R]
    draft = client.create_porting_order(numbers(10, 1), "made-elsewhere/1")[0]
    cases = [submitted(desk, numbers(i, 1)) for i in range(3)]
    engine = SyncEngine(desk, client, clock=sandbox.sandbox.clock.now, walk=NEVER)
    sync_until_done(engine)
    middle = desk.cases.get(cases[1].id or 0)
    assert middle.platform_order_id and middle.status != Status.EXCEPTION
    _exception(sandbox, middle.platform_order_id)
    # the draft leaves page 1 once it was read: the middle case's order moves onto page 1
    shifting.after_page_one = lambda: sandbox.sandbox.delete_order(draft.id)
    report = engine.reconcile()
    assert shifting.after_page_one is None, "the walk never read page 1"
    assert report.aborted is None
    assert desk.cases.get(cases[1].id or 0).status == Status.EXCEPTION


def test_a_walk_runs_once_a_day_and_once_for_the_queue(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    shifting = Shifting()
    client = make_client(sandbox, transport=shifting)
    clock = sandbox.sandbox.clock.now
    case = submitted(desk, numbers(0, 1))
    engine = SyncEngine(desk, client, clock=clock, desk=DeskIdentity.here("ana"))
    sync_until_done(engine)
    first = engine.last_walk()
    assert first is not None  # the first pull walked, and said so
    order_id = desk.cases.get(case.id or 0).platform_order_id or ""
    shifting.hide_events = True  # the exception's event is listed too late for any round
    _exception(sandbox, order_id)
    sandbox.advance(hours=23)
    other = SyncEngine(desk, make_client(sandbox, transport=shifting), clock=clock,
                       desk=DeskIdentity.here("ben"))
    assert not other.run_once().walked  # not a day yet
    assert not engine.run_once().walked
    assert desk.cases.get(case.id or 0).status != Status.EXCEPTION
    sandbox.advance(hours=2)
    report = engine.run_once()
    assert report.walked and report.aborted is None
    assert desk.cases.get(case.id or 0).status == Status.EXCEPTION
    assert (engine.last_walk() or first) - first >= timedelta(days=1)
    assert not other.run_once().walked  # the queue walked today: the other desk does not


def test_a_walk_that_is_off_never_runs_on_its_own(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    client = make_client(sandbox, transport=Shifting())
    submitted(desk, numbers(0, 1))
    engine = SyncEngine(desk, client, clock=sandbox.sandbox.clock.now, walk=NEVER)
    sync_until_done(engine)
    sandbox.advance(days=3)
    assert not engine.run_once().walked
    assert engine.run_once(reconcile=True).walked  # asked for: walks, and keeps the moment
    assert engine.last_walk() == sandbox.sandbox.clock.now()
    said = walk_line(engine)  # what `portdesk sync` prints after each round
    assert said.startswith("every order last walked ") and "run --reconcile" in said
    daily = SyncEngine(desk, client, clock=sandbox.sandbox.clock.now)
    assert "next walk from " in walk_line(daily)


def test_schedule_is_due_from_its_period() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    daily = WalkSchedule(timedelta(days=1))
    assert daily.due(None, now)
    assert not daily.due(now - timedelta(hours=23), now)
    assert daily.due(now - timedelta(hours=24), now)
    assert not NEVER.due(None, now)
