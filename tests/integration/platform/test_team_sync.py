"""A team on one queue: several desks sync the same database, every change reaches the platform
once and in order, and a desk that dies (or hangs) mid-push is taken over after its lease.

The process test runs four real desk processes against one throwaway PostgreSQL and a faulty
sandbox, and SIGKILLs one while it holds a case. The thread test hangs a desk between reading a
case's comments and posting one, moves the injected clock past the lease, lets another desk
finish the case, then releases the hung desk: its next request finds the lease gone.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.faults import FaultConfig
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine, SyncReport
from portdesk.services.sync_dates import QUESTIONABLE
from portdesk.store.desks import DeskIdentity
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import numbers, submitted
from tests.integration.platform.team_helpers import (
    check_team_exactly_once,
    desk_process,
    rounds_of,
    team_scenario,
)

FAULTS = FaultConfig(fail_rate=0.2, drop_rate=0.05, latency_ms=3, seed=14, retry_after=0)
LEASE = timedelta(seconds=30)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _holds_a_case(store: Store, desk_name: str) -> bool:
    """Whether the desk holds a case with intents still to send."""
    with store.engine.connect() as conn:
        return bool(conn.execute(text(
            "SELECT COUNT(*) FROM leases JOIN desks ON desks.id = leases.desk_id "
            "JOIN outbox ON outbox.case_id = leases.case_id AND outbox.state = 'pending' "
            "WHERE desks.name = :name"), {"name": desk_name}).scalar())


def _stop_while_holding(proc: object, store: Store, desk_name: str, deadline: float) -> None:
    """Freeze the desk (SIGSTOP) at a moment it holds a case lease, then kill it."""
    import subprocess
    import time

    assert isinstance(proc, subprocess.Popen)
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        proc.send_signal(signal.SIGSTOP)
        if _holds_a_case(store, desk_name):
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=10)
            return
        proc.send_signal(signal.SIGCONT)
        time.sleep(0.05)  # let it work on: it will claim a case soon
    raise AssertionError(f"{desk_name} never held a case")


@pytest.mark.postgres
def test_four_desk_processes_one_queue_exactly_once_and_a_killed_desk_taken_over(
        make_sandbox: Callable[..., SandboxServer], pg_url: str) -> None:
    server = make_sandbox(FAULTS)
    store = Store.open(pg_url)
    try:
        plan = team_scenario(store, 24)
        desks = [desk_process(pg_url, server, API_KEY, f"desk-{n}", lease=2.0, host=f"ws{n}")
                 for n in range(1, 5)]
        _stop_while_holding(desks[3], store, "desk-4", deadline=120)
        outputs = [proc.communicate(timeout=240) for proc in desks[:3]]
        for proc, (_out, err) in zip(desks[:3], outputs, strict=True):
            assert proc.returncode == 0, err[-2000:]
        rounds = [r for out, _ in outputs for r in rounds_of(out)]
        assert sum(r.get("taken_over", 0) for r in rounds) >= 1, "nobody took the case over"
        counted = check_team_exactly_once(server, store, plan)
        assert counted.comments == 18 and counted.cancels == 6
        assert server.faults is not None and server.faults.counters.failed_after > 0
    finally:
        store.close()


class _HangOnComments(httpx.HTTPTransport):
    """Answers normally until the first read of an order's comments, then holds that answer
    until released: the desk hangs between counting the comments and posting one."""

    def __init__(self) -> None:
        super().__init__()
        self.hung = threading.Event()
        self.release = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if (request.method == "GET" and request.url.path.endswith("/comments")
                and not self.hung.is_set()):
            self.hung.set()
            self.release.wait(timeout=60)
        return response


def test_a_hung_desk_loses_its_case_and_sends_nothing_after_the_takeover(
        make_sandbox: Callable[..., SandboxServer], make_client: Callable[..., PlatformClient],
        tmp_path: Path) -> None:
    server = make_sandbox()
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    clock = Clock()
    first, second = Store.open(url, key_dir=tmp_path), Store.open(url, key_dir=tmp_path)
    plan = team_scenario(first, 1)
    hang = _HangOnComments()
    engines = [SyncEngine(store, make_client(server, transport=transport), lease=LEASE,
                          clock=clock, desk=DeskIdentity(f"d{n}", f"desk-{n}", "tester",
                                                         f"ws{n}", os.getpid(), "tester"))
               for n, (store, transport) in enumerate(((first, hang), (second, None)), 1)]
    reports: list[SyncReport] = []
    hung_round = threading.Thread(target=lambda: reports.append(engines[0].run_once()))
    hung_round.start()
    try:
        assert hang.hung.wait(timeout=60), "the first desk never read the comments"
        clock.now += LEASE + timedelta(seconds=1)
        report = engines[1].run_once()
        assert report.taken_over == 1 and report.pushed == 1  # the comment
    finally:
        hang.release.set()
        hung_round.join(timeout=60)
    check_team_exactly_once(server, first, plan)
    assert engines[1].pending_count() == 0
    [hung] = reports
    assert any("lease ran out" in e for e in hung.errors), hung.errors
    first.close()
    second.close()


def test_a_desk_process_holds_dates_against_the_sandboxs_day_not_the_real_clock(
        make_sandbox: Callable[..., SandboxServer], tmp_path: Path) -> None:
    """The benchmark's and these tests' desk processes: a sandbox years from the real date gives
    FOCs years from it too; a desk on the real clock would call them questionable and keep none."""
    server = make_sandbox(start=datetime(2031, 6, 2, 15, tzinfo=UTC))
    url = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    store = Store.open(url)
    made = submitted(store, numbers(0, 2))
    assert made.id is not None

    def one_desk() -> None:
        out, err = desk_process(url, server, API_KEY, "desk-1", 30.0).communicate(timeout=120)
        assert rounds_of(out), err[-2000:]

    one_desk()
    server.advance(days=14)  # the carrier's FOC, on the sandbox's calendar
    one_desk()
    dated = store.cases.get(made.id)
    assert dated.foc_date is not None and dated.foc_date.year == 2031
    assert not [e for e in store.audit.for_case(made.id) if e.action == QUESTIONABLE]
    store.close()
