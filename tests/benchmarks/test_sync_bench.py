"""Sync figures end to end (issue 6): the SyncEngine against the sandbox on loopback, local SQLite
writes included. Run with
`.venv/bin/pytest tests/benchmarks/test_sync_bench.py --benchmark-enable -p no:randomly`.

  - first pull of 10,000 orders onto 10,000 local cases (half of them changed status) < 20 s
  - a sync with nothing new: three requests (both event logs, pending port-outs), < 100 ms
  - pushing 1,000 queued changes (250 cases x create, update, LOA upload, confirm) < 30 s
  - 1,000 changes through 20% failures, drops and latency: exactly once (timed for the record)
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from portdesk.platform.client import PlatformClient
from portdesk.platform.retry import RetryPolicy
from portdesk.platform.sandbox.faults import FaultConfig
from portdesk.platform.sandbox.server import SandboxConfig, SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.helpers import case
from tests.integration.platform.sync_helpers import (
    check_exactly_once,
    fault_scenario,
    platform_orders,
    sync_until_done,
)

KEY = "bench-key"


def _server(faults: FaultConfig | None = None) -> SandboxServer:
    return SandboxServer(SandboxConfig(api_key=KEY, port=0, start=datetime(2026, 3, 2, tzinfo=UTC),
                                       faults=faults or FaultConfig())).start()


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    srv = _server()
    yield srv
    srv.stop()


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(f"sqlite:///{tmp_path / 'bench.sqlite3'}", key_dir=tmp_path)
    yield store
    store.close()


def _seed(server: SandboxServer, desk: Store, count: int) -> None:
    """`count` local cases and their platform orders; every other order moved on to submitted."""
    with desk.transaction() as session:
        created = desk.cases.create_many(
            [case(numbers=[f"+1312{2000000 + i:07d}"], btn="") for i in range(count)], "bench",
            session)
    sandbox = server.sandbox
    for start in range(0, count, 1000):
        with sandbox.state.transaction():
            for i in range(start, min(count, start + 1000)):
                order = sandbox._new_order([(f"+1312{2000000 + i:07d}", "local")],
                                           {"customer_reference": created[i].reference})
                if i % 2:
                    sandbox.set_status(order, "submitted")


def test_first_pull_of_10000_orders(benchmark: pytest.FixtureRequest, server: SandboxServer,
                                    desk: Store) -> None:
    _seed(server, desk, 10_000)
    with PlatformClient(server.base_url, KEY) as client:
        engine = SyncEngine(desk, client)
        report = benchmark.pedantic(engine.run_once, rounds=1)
    assert report.ok and report.cases_updated == 10_000
    linked = sum(1 for c in desk.cases.iter_all() if c.platform_order_id)
    assert linked == 10_000


def test_sync_with_nothing_new_is_one_request(benchmark: pytest.FixtureRequest,
                                              server: SandboxServer, desk: Store) -> None:
    _seed(server, desk, 1_000)
    with PlatformClient(server.base_url, KEY) as client:
        engine = SyncEngine(desk, client)
        assert engine.run_once().ok
        report = benchmark(engine.run_once)
    # both event logs, the pending and the authorized port-outs, those ported since the last round
    assert report.requests == 5 and report.events == 0 and report.cases_updated == 0


def test_push_1000_queued_changes(benchmark: pytest.FixtureRequest, server: SandboxServer,
                                  desk: Store) -> None:
    from tests.integration.platform.sync_helpers import submitted

    for i in range(250):
        npa = ("312", "415", "646")[i // 95]
        submitted(desk, [f"{npa}-555-{100 + i % 95:04d}"])
    with PlatformClient(server.base_url, KEY) as client:
        engine = SyncEngine(desk, client)
        assert engine.pending_count() == 1000
        report = benchmark.pedantic(engine.push, rounds=1)
    assert report.pushed == 1000 and report.failed == 0
    assert len(platform_orders(server)) == 250


def test_1000_changes_through_faults(benchmark: pytest.FixtureRequest, desk: Store) -> None:
    faults = FaultConfig(fail_rate=0.2, drop_rate=0.05, latency_ms=3, seed=11, retry_after=0)
    srv = _server(faults)
    try:
        ids, changes = fault_scenario(desk, 200)
        assert changes == 1000
        with PlatformClient(srv.base_url, KEY, retry=RetryPolicy(max_attempts=8),
                            sleep=lambda _: None) as client:
            engine = SyncEngine(desk, client)
            benchmark.pedantic(lambda: sync_until_done(engine), rounds=1)
        check_exactly_once(srv, desk, ids)
    finally:
        srv.stop()


def test_contract_fuzz_against_the_description(benchmark: pytest.FixtureRequest,
                                               shared_dir: Path) -> None:
    """The longer fuzz: schemathesis, valid and invalid requests, every served operation."""
    import time

    from tests.integration.platform.contract import run
    from tests.integration.platform.description import load

    started = time.perf_counter()
    outcome = benchmark.pedantic(lambda: run(load(shared_dir), examples=150), rounds=1)
    took = time.perf_counter() - started
    print(f"\ncontract fuzz: {outcome.operations} operations, {outcome.cases} generated cases, "
          f"{sum(outcome.failures.values())} failures in {took:.0f} s")
    for failure, count in outcome.failures.most_common(10):
        print(f"  {count}x {failure}")
    assert not outcome.failures
