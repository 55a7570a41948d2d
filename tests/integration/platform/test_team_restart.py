"""The queue's PostgreSQL server restarting in the middle of a push.

The desk has sent a comment and the platform applied it; before the desk can mark the intent
done, the database server restarts (every pooled connection is cut). After it, the same desk's next rounds resume at the first intent
not marked done: the comment is on the platform once (its copies are counted before a resend),
every intent ends done, nothing went to another case, and `team status` says the outbox is
empty with no lease left held.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import httpx
import pytest

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.services.team import team_status
from portdesk.store.store import Store
from tests.integration.platform.team_helpers import check_team_exactly_once, team_scenario
from tests.pg import PgServer, find_bin, postgres_server


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    if not find_bin("initdb"):
        pytest.skip("PostgreSQL (initdb) is not installed: PostgreSQL tests skipped")
    with postgres_server() as server:
        yield server


class RestartAfterFirstComment(httpx.HTTPTransport):
    """The platform's answer to the first comment posted comes back only after the database
    server was stopped and started again."""

    def __init__(self, server: PgServer) -> None:
        super().__init__()
        self.server = server
        self.done = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.method == "POST" and request.url.path.endswith("/comments") \
                and not self.done.is_set():
            self.done.set()
            response.read()
            self.server.stop("immediate")
            self.server.start()
        return response


@pytest.mark.postgres
def test_a_server_restart_mid_push_sends_nothing_twice_and_status_tells_the_truth(
        make_sandbox: Callable[..., SandboxServer],
        make_client: Callable[..., PlatformClient], own_server: PgServer) -> None:
    sandbox = make_sandbox()
    store = Store.open(own_server.url)
    try:
        plan = team_scenario(store, 3)  # two cases with a comment, one with a cancel too
        restart = RestartAfterFirstComment(own_server)
        engine = SyncEngine(store, make_client(sandbox, transport=restart),
                            clock=sandbox.sandbox.clock.now)
        try:  # the pool's pre-ping reconnects; a round may still die on the cut connection
            engine.run_once()
        except Exception:  # noqa: BLE001 - what the next rounds must repair
            pass
        assert restart.done.is_set()
        for _ in range(3):
            engine.run_once()
            if engine.pending_count() == 0:
                break
        check_team_exactly_once(sandbox, store, plan)
        status = team_status(store)
        assert (status.outbox.pending, status.outbox.failed,
                status.outbox.waiting_for_person) == (0, 0, 0)
        assert not [lease for lease in status.leases if lease.case_reference]
    finally:
        store.close()
