"""The sync worker over a real sandbox and a real store: rounds run off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from portdesk.domain.sync_trouble import PendingChanges
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer, free_port
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_report import SyncReport
from portdesk.store.store import Store
from portdesk.ui.sync_worker import SyncWorker
from tests.integration.platform.conftest import API_KEY, make_sandbox, sandbox  # noqa: F401
from tests.integration.platform.sync_helpers import numbers, submitted


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}", key_dir=tmp_path)
    yield opened
    opened.close()


def factory(desk: Store, url: str, threads: list[int]) -> Callable[[], SyncEngine]:
    def make() -> SyncEngine:
        threads.append(threading.get_ident())
        return SyncEngine(desk, PlatformClient(url, API_KEY, sleep=lambda _: None))
    return make


@pytest.fixture
def worker_for(qtbot: QtBot) -> Iterator[Callable[..., SyncWorker]]:
    made: list[SyncWorker] = []

    def make(build: Callable[[], SyncEngine], minutes: float = 60) -> SyncWorker:
        worker = SyncWorker(build, minutes)
        made.append(worker)
        return worker

    yield make
    for worker in made:
        worker.stop()


def test_a_round_runs_on_the_worker_and_reports_back(
        sandbox: SandboxServer, desk: Store, qtbot: QtBot,  # noqa: F811
        worker_for: Callable[..., SyncWorker]) -> None:
    submitted(desk, numbers(0, 1))
    portouts.create(sandbox.sandbox, ["+13125550170"])
    threads: list[int] = []
    worker = worker_for(factory(desk, sandbox.base_url, threads))
    notices, reports = [], []
    worker.notice_received.connect(notices.append)
    worker.sync_finished.connect(reports.append)
    with qtbot.waitSignals([worker.sync_finished, worker.online_changed,
                            worker.pending_changed]):
        worker.start()
    [report] = reports
    assert isinstance(report, SyncReport) and report.pushed == 4
    assert worker.online is True and worker.pending == PendingChanges(0)
    assert len(threads) == 1 and threads[0] != threading.get_ident()  # built on the worker
    assert [n.kind for n in notices] == ["portout_waiting"]
    with qtbot.waitSignal(worker.sync_finished) as again:  # F5
        worker.sync_now()
    assert again.args[0].requests == 5  # both event logs, the open port-outs (pending, authorized)
    # and those ported since the last round


def test_an_unreachable_platform_turns_offline_and_fails_with_the_reason(
        desk: Store, qtbot: QtBot, worker_for: Callable[..., SyncWorker]) -> None:
    submitted(desk, numbers(0, 1))
    worker = worker_for(factory(desk, f"http://127.0.0.1:{free_port()}/v2", []))
    failures: list[str] = []
    worker.sync_failed.connect(failures.append)
    with qtbot.waitSignals([worker.sync_failed, worker.online_changed]):
        worker.start()
    assert "cannot reach the platform" in failures[0]
    assert worker.online is False and worker.pending == PendingChanges(4, cases=1)


def test_rounds_repeat_on_the_timer_and_requests_during_a_round_run_once_after(
        sandbox: SandboxServer, desk: Store, qtbot: QtBot,  # noqa: F811
        worker_for: Callable[..., SyncWorker]) -> None:
    worker = worker_for(factory(desk, sandbox.base_url, []), minutes=0.002)
    finished: list[SyncReport] = []
    worker.sync_finished.connect(finished.append)
    worker.start()
    worker.sync_now()  # while the first round runs: remembered, not run in parallel
    assert worker.busy
    qtbot.waitUntil(lambda: len(finished) >= 3, timeout=10_000)
