"""The task runner hands every result back through the event loop, never inside run()."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from portdesk.ui.taskman import TaskManager


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
