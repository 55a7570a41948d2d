"""Faults and crashes: every change reaches the platform exactly once, nothing is lost.

The sandbox fails 20% of requests (half of them after applying the request and losing the answer),
adds random latency and drops connections; the client's retry waits are recorded, not slept. The
kill test runs `portdesk sync` as a real process and SIGKILLs it mid-round.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.faults import FaultConfig
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import (
    check_exactly_once,
    fault_scenario,
    platform_orders,
    sync_until_done,
)
from tests.patient_waits import PROCESS_CEILING_S, PROCESS_TEST_TIMEOUT

FAULTS = FaultConfig(fail_rate=0.2, drop_rate=0.05, latency_ms=3, seed=11, retry_after=0)


def test_100_changes_through_faults_apply_exactly_once(
        make_sandbox: Callable[..., SandboxServer], make_client: Callable[..., PlatformClient],
        desk: Store) -> None:
    server = make_sandbox(FAULTS)
    engine = SyncEngine(desk, make_client(server))
    ids, changes = fault_scenario(desk, 20)
    assert changes == 100
    sync_until_done(engine)
    assert server.faults is not None and server.faults.counters.failed_after > 0
    check_exactly_once(server, desk, ids)
    server.advance(days=60)  # the carriers answer; the platform's statuses come home
    sync_until_done(engine)
    engine.reconcile()
    check_exactly_once(server, desk, ids)


def _wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def _sync_process(db_url: str, server: SandboxServer, *extra: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PORTDESK_PLATFORM_URL=server.base_url,
               PORTDESK_PLATFORM_KEY=API_KEY)
    return subprocess.Popen([sys.executable, "-m", "portdesk", "--db", db_url, "sync", *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)  # a cold PortDesk process
def test_killed_mid_sync_resumes_without_loss_or_duplicates(
        make_sandbox: Callable[..., SandboxServer], desk: Store, tmp_path: Path) -> None:
    server = make_sandbox(FaultConfig(latency_ms=25, seed=5))
    ids, _ = fault_scenario(desk, 40)
    repo = SyncRepository(desk.sessions)
    queued = repo.pending_count()
    db_url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    first = _sync_process(db_url, server)
    try:
        _wait_until(lambda: server.sandbox.state.order_count() >= 8, PROCESS_CEILING_S,
                    "the first orders")
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=10)
    assert first.returncode == -signal.SIGKILL
    left = repo.pending_count()
    assert 0 < left < queued, "the kill did not land mid-round"
    second = _sync_process(db_url, server, "--once")
    out, err = second.communicate(timeout=PROCESS_CEILING_S)
    assert second.returncode == 0, err.decode()
    assert b"nothing to send" in out
    assert len(platform_orders(server)) == len(ids)
    check_exactly_once(server, desk, ids)
