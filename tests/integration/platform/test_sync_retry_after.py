"""A platform that asks to be left alone for a while (503 or 429 with a long Retry-After).

A wait longer than the client sleeps through (RetryPolicy.max_retry_after) ends the round. Before,
a 503 "Service Unavailable" with `Retry-After: 600` was met once per case: the push went on to the
next case, and the next, one request each to a platform that had said it was down for ten
minutes; and the next round (F5, the desk's timer, another desk of the team) asked again at once.
Now the round stops at the first such answer and no round sends anything before the moment the
platform gave; every desk of the queue reads the same moment.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import httpx
import pytest

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, submitted


class Maintenance(httpx.BaseTransport):
    """The sandbox, or while `down`, the platform's answer to everything: `status` with a
    Retry-After."""

    def __init__(self, status: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.status = status
        self.down = False
        self.refused = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            self.refused += 1
            return httpx.Response(self.status, headers={"Retry-After": "600"},
                                  json={"errors": [{"code": "10011", "title": "Unavailable"}]})
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.mark.parametrize("status", [503, 429])
def test_a_long_retry_after_stops_the_round_and_holds_the_next_ones(
        status: int, sandbox: SandboxServer, make_client: Callable[..., PlatformClient],
        desk: Store) -> None:
    down = Maintenance(status)
    clock = Clock(sandbox.sandbox.clock.now())
    engine = SyncEngine(desk, make_client(sandbox, transport=down), clock=clock)
    cases = [submitted(desk, numbers(i, 1)) for i in range(3)]
    down.down = True
    report = engine.run_once()
    assert down.refused == 1  # one answer said it for every request: not asked again per case
    assert report.aborted is not None and "asks PortDesk to wait" in report.aborted
    assert engine.pending_changes().sendable == 12  # nothing lost, nothing held for a person

    clock.now += timedelta(minutes=5)
    held = engine.run_once()  # F5, the timer or another desk: before the moment given
    assert down.refused == 1 and held.requests == 0
    assert held.aborted is not None and "nothing was sent" in held.aborted

    down.down = False
    clock.now += timedelta(minutes=5, seconds=1)  # the ten minutes are over
    done = engine.run_once()
    assert done.aborted is None and done.pushed == 12
    assert all(desk.cases.get(c.id or 0).platform_order_id for c in cases)
