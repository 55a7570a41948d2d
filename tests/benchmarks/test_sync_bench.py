"""Platform figures against the sandbox on loopback (issue 6): run with
`.venv/bin/pytest tests/benchmarks/test_sync_bench.py --benchmark-enable -p no:randomly`.

Measured at the client level (the sync engine adds local database writes on top):
first pull of 10,000 orders; an events request with nothing new; pushing 1,000 creates.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxConfig, SandboxServer

KEY = "bench-key"


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    srv = SandboxServer(SandboxConfig(api_key=KEY, port=0, start=datetime(2026, 3, 2, tzinfo=UTC)))
    srv.start()
    yield srv
    srv.stop()


def _seed(server: SandboxServer, count: int) -> None:
    sandbox = server.sandbox
    for start in range(0, count, 1000):
        with sandbox.state.transaction():
            for i in range(start, min(count, start + 1000)):
                sandbox._new_order([(f"+1312{2000000 + i:07d}", "local")],
                                   {"customer_reference": f"PD-{i:06d}"})


def test_first_pull_of_10000_orders(benchmark: pytest.FixtureRequest,
                                    server: SandboxServer) -> None:
    _seed(server, 10_000)
    with PlatformClient(server.base_url, KEY) as client:
        orders = benchmark.pedantic(lambda: list(client.list_porting_orders()), rounds=3)
    assert len(orders) == 10_000


def test_sync_with_nothing_new_is_one_request(benchmark: pytest.FixtureRequest,
                                              server: SandboxServer) -> None:
    _seed(server, 1_000)
    with PlatformClient(server.base_url, KEY) as client:
        events = list(client.events())
        last = events[-1].created_at
        before = client.requests_sent
        assert [e.id for e in client.events_page(last).items] == [events[-1].id]
        assert client.requests_sent - before == 1
        page = benchmark(lambda: client.events_page(last))
        assert [e.id for e in page.items] == [events[-1].id]


def test_push_1000_creates(benchmark: pytest.FixtureRequest, server: SandboxServer) -> None:
    counter = iter(range(1_000_000))

    def push() -> None:
        with PlatformClient(server.base_url, KEY) as client:
            base = next(counter) * 1000
            for i in range(1000):
                client.create_porting_order([f"+1415{3000000 + (base + i) % 9_000_000:07d}"],
                                            f"PD-{base + i:07d}")

    benchmark.pedantic(push, rounds=1)
    assert server.sandbox.state.order_count() == 1000
