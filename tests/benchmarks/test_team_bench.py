"""A team on one queue (issue 14): four desk processes syncing one throwaway PostgreSQL against
the sandbox with faults on (20% errors, half of them after the change was applied; 5% dropped
connections; up to 10 ms latency).

  - 1,000 queued changes over 200 cases: every change applied exactly once on the platform
    (orders, confirms, comments, cancels and uploaded LOAs counted on the sandbox), 0 duplicates,
    each case's events in the order its intents were made;
  - the same again, with one desk SIGKILLed while it holds a case: the others finish its work once
    its lease has run out (desks stand for four machines, so the dead one is not known dead by
    its process id).

Run: `.venv/bin/pytest tests/benchmarks/test_team_bench.py --benchmark-enable --benchmark-only
-o addopts="" -s -p no:randomly` (skipped without initdb).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import bindparam, text

from portdesk.platform.sandbox.faults import FaultConfig
from portdesk.platform.sandbox.server import SandboxConfig, SandboxServer
from portdesk.store.store import Store
from tests.integration.platform.team_helpers import (
    Plan,
    check_team_exactly_once,
    desk_process,
    rounds_of,
    team_scenario,
)

KEY = "bench-key"
CASES = 200
DESKS = 4
LEASE = 10.0
FAULTS = FaultConfig(fail_rate=0.2, drop_rate=0.05, latency_ms=10, seed=14, retry_after=0)


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    srv = SandboxServer(SandboxConfig(api_key=KEY, port=0, seed=7, faults=FAULTS,
                                      start=datetime(2026, 3, 2, 15, tzinfo=UTC))).start()
    yield srv
    srv.stop()


def _queue(url: str) -> tuple[Store, Plan]:
    store = Store.open(url)
    plan = team_scenario(store, CASES)
    assert plan.changes == 1000
    return store, plan


def _finish(desks: list[subprocess.Popen[str]]) -> list[dict[str, object]]:
    rounds = []
    for proc in desks:
        out, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err[-3000:]
        rounds += rounds_of(out)
    return rounds


def _print(title: str, took: float, rounds: list[dict[str, object]], counted: object) -> None:
    per_desk: dict[str, int] = {}
    for r in (r for r in rounds if "pushed" in r):
        per_desk[str(r["desk"])] = per_desk.get(str(r["desk"]), 0) + int(str(r["pushed"]))
    print(f"\n{title}: {took:.1f} s wall, load {os.getloadavg()[0]:.1f}; pushed per desk "
          f"{dict(sorted(per_desk.items()))}; counted on the platform: {counted}")


@pytest.mark.parametrize("desks", [1, DESKS])
def test_desks_1000_changes_exactly_once(benchmark: pytest.FixtureRequest,
                                         server: SandboxServer, pg_url: str, desks: int) -> None:
    """The same queue and faults for one desk alone and for four: what a team costs or gains."""
    store, plan = _queue(pg_url)
    try:
        started = time.perf_counter()

        def run() -> list[dict[str, object]]:
            return _finish([desk_process(pg_url, server, KEY, f"desk-{n}", LEASE, f"ws{n}")
                            for n in range(1, desks + 1)])

        rounds = benchmark.pedantic(run, rounds=1)
        took = time.perf_counter() - started
        counted = check_team_exactly_once(server, store, plan)
        assert server.faults is not None
        _print(f"{desks} desk(s), 1,000 changes over 200 cases through faults", took, rounds,
               counted)
        print(f"  faults: {server.faults.counters}")
    finally:
        store.close()


def _held_cases(store: Store, desk_name: str) -> list[int]:
    with store.engine.connect() as conn:
        return [int(c) for c in conn.execute(text(
            "SELECT DISTINCT leases.case_id FROM leases JOIN desks ON desks.id = leases.desk_id "
            "JOIN outbox ON outbox.case_id = leases.case_id AND outbox.state = 'pending' "
            "WHERE desks.name = :name"), {"name": desk_name}).scalars()]


def test_a_desk_killed_mid_round_is_finished_by_the_others(benchmark: pytest.FixtureRequest,
                                                          server: SandboxServer,
                                                          pg_url: str) -> None:
    store, plan = _queue(pg_url)
    try:
        _kill_one_and_finish(benchmark, server, pg_url, store, plan)
    finally:
        store.close()


def _kill_one_and_finish(benchmark: pytest.FixtureRequest, server: SandboxServer, pg_url: str,
                         store: Store, plan: Plan) -> None:
    desks = [desk_process(pg_url, server, KEY, f"desk-{n}", LEASE, f"ws{n}")
             for n in range(1, DESKS + 1)]
    victim = desks[-1]
    while True:  # let a third of the work go out, then freeze the victim holding a case
        with store.engine.connect() as conn:
            done = conn.execute(text("SELECT COUNT(*) FROM outbox WHERE state = 'done'")).scalar()
        if int(done or 0) >= 300:
            victim.send_signal(signal.SIGSTOP)
            held = _held_cases(store, f"desk-{DESKS}")
            if held:
                break
            victim.send_signal(signal.SIGCONT)
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    killed_at = datetime.now(UTC)
    victim.communicate(timeout=10)
    rounds = benchmark.pedantic(lambda: _finish(desks[:-1]), rounds=1)
    took = (datetime.now(UTC) - killed_at).total_seconds()
    counted = check_team_exactly_once(server, store, plan)
    with store.engine.connect() as conn:
        resumed = conn.execute(text(
            "SELECT MIN(done_at) FROM outbox WHERE done_at > :t AND case_id IN :ids")
            .bindparams(bindparam("ids", expanding=True)), {"t": killed_at, "ids": held}).scalar()
    after = (resumed - killed_at).total_seconds() if resumed else float("nan")
    taken = sum(int(str(r.get("taken_over", 0))) for r in rounds)
    _print(f"desk-{DESKS} SIGKILLed holding case id(s) {held} after 300 of 1,000 changes; "
           "the other three finished (time from the kill)", took, rounds, counted)
    print(f"  its case resumed {after:.1f} s after the kill (lease {LEASE:.0f} s); "
          f"cases taken over: {taken}")
    assert taken >= 1 and after >= LEASE - 1
