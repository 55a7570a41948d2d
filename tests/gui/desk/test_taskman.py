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


class _Screen:
    """Stands for a widget: says on which thread its last reference went (a widget's wrapper
    deleted off the GUI thread takes the widget with it: a segmentation fault)."""

    def __init__(self, gone: list[str]) -> None:
        self._gone = gone

    def __del__(self) -> None:
        self._gone.append(threading.current_thread().name)

    def load(self) -> int:
        return 7

    def show(self, _value: int) -> None:
        pass


def test_a_task_and_its_callbacks_are_let_go_on_the_gui_thread_only(
        qtbot, tasks: TaskManager) -> None:
    """The screen that asked is closed (nothing else holds it) by the time its lane lets go of
    the finished work: the worker must not hold the last reference to the task, its callbacks or
    its result (here it is made to wait, after the work is done, until the GUI thread has shown
    the result and moved on: the moment the executor drops its work item)."""
    from PySide6.QtCore import QTimer

    gone: list[str] = []
    shown, moved_on, registered = [], threading.Event(), threading.Event()
    screen = _Screen(gone)

    def load(screen: _Screen = screen) -> int:
        registered.wait(10)  # done only once the test's own callback is on the future
        return screen.load()

    def show(value: int, screen: _Screen = screen) -> None:
        shown.append(value)
        QTimer.singleShot(0, lambda: moved_on.set())  # after this delivery has returned

    future = tasks.run(load, show, lambda _e, s=screen: s.show(0), lane="background")
    future.add_done_callback(lambda _f: moved_on.wait(10))  # on the worker, work done
    registered.set()
    del screen, load, show, future  # the caller keeps nothing
    qtbot.waitUntil(lambda: shown == [7] and len(gone) == 1)
    assert gone == [threading.main_thread().name]


def test_a_kept_task_waiting_for_its_lane_still_runs_when_the_screen_closes(qtbot) -> None:
    """A save queued behind a queue refresh when the window closes still commits (closing
    dropped it: the edit was left to the recovery journal as 'unsaved'); other waiting work is
    dropped. Deterministic: dropping the refresh is what frees the lane."""
    tm = TaskManager()
    gate, ran = threading.Event(), []
    tm.run(lambda: gate.wait(10))  # the lane is busy
    refresh = tm.run(lambda: ran.append("refresh"))
    tm.run(lambda: ran.append("save"), keep=True)
    refresh.add_done_callback(lambda _f: gate.set())  # runs when closing cancels it
    tm.shutdown()
    assert ran == ["save"]
