"""The task runner hands every result back through the event loop, never inside run()."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

from portdesk.domain.errors import NotFound
from portdesk.ui.taskman import UNEXPECTED, Job, TaskManager, describe


class _Instant:
    """A lane whose work is already done when submit returns: the race at its worst."""

    def submit(self, task: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(task())
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


def test_a_result_never_arrives_inside_run(qtbot, tasks: TaskManager, monkeypatch) -> None:
    monkeypatch.setitem(tasks._lanes, "query", _Instant())
    seen: list[int] = []
    tasks.run(lambda: 40, seen.append, lane="query")
    tasks.run(lambda: 2, seen.append, lane="query")
    assert seen == []  # a caller that issues two loads in a row sees neither result yet
    qtbot.waitUntil(lambda: seen == [40, 2])


def test_every_handle_shares_the_one_database_lane(qtbot) -> None:
    """A screen's store work waits behind the window's: one db thread for the whole desk."""
    window, screen = TaskManager(), TaskManager()
    threads: list[int] = []
    try:
        window.run(lambda: threading.get_ident(), threads.append)
        screen.start(threading.get_ident, on_success=threads.append)
        qtbot.waitUntil(lambda: len(threads) == 2)
        assert threads[0] == threads[1]
    finally:
        window.shutdown()
        screen.shutdown()


def test_a_job_reports_progress_and_stops_on_cancel(qtbot, tasks: TaskManager) -> None:
    started, seen, outcome = threading.Event(), [], []

    def job_body(job: Job) -> str:
        job.progress(1, 3, "reading page 1")
        started.set()
        while True:  # a long read that looks at the Cancel button between pages
            job.check()
            started.wait(0.01)

    job = tasks.start(job_body, wants_job=True, lane="background", on_progress=lambda *p:
                      seen.append(p), on_success=outcome.append,
                      on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(10)
    job.cancel()
    qtbot.waitUntil(lambda: outcome == ["cancelled"])
    assert seen == [(1, 3, "reading page 1")] and not tasks.busy


def test_one_error_rule_for_every_job(qtbot, tasks: TaskManager) -> None:
    """A PortDeskError says its own sentence, anything else the one 'unexpected' text, whichever
    screen ran it."""
    from portdesk.ui.bills.worker import error_text as bill_text
    from portdesk.ui.loa.tasks import TaskRunner
    from portdesk.ui.loa.tasks import error_text as loa_text

    assert describe(NotFound("the case PD-000009 does not exist")) == \
        "the case PD-000009 does not exist"
    assert describe(KeyError("x")) == UNEXPECTED
    assert bill_text is describe and loa_text is describe
    failures: list[str] = []
    runner = TaskRunner()
    runner.run(_boom, on_failure=failures.append)
    qtbot.waitUntil(lambda: failures == [UNEXPECTED])


def test_a_job_cancelled_while_it_waits_for_its_lane_never_runs(qtbot) -> None:
    first, second = TaskManager(), TaskManager()
    gate, ran, outcome = threading.Event(), [], []
    try:
        first.run(lambda: gate.wait(10), lane="db")  # the db lane is busy
        job = second.start(lambda: ran.append(1), on_cancelled=lambda: outcome.append("c"))
        job.cancel()
        gate.set()
        qtbot.waitUntil(lambda: outcome == ["c"])
        assert ran == []
    finally:
        gate.set()
        first.shutdown()
        second.shutdown()


def _boom() -> None:
    raise KeyError("a bug, not the specialist's doing")
