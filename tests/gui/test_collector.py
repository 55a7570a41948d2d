"""Cyclic garbage is freed on the GUI thread only (ui/collector.py): a widget's wrapper freed on a
worker thread had shiboken delete a widget Qt had already deleted (the desk crashed after a print
preview). A cycle made and dropped on a worker thread, which then allocates enough to cross the
collector's first threshold many times over, must still be freed on the GUI thread."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtWidgets import QApplication

from portdesk.ui.collector import MainThreadCollector


class Tracked:
    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me: Any = self  # a cycle: only the cyclic collector frees it

    def __del__(self) -> None:
        Tracked.freed_on.append(threading.current_thread().name)


KEPT: list[list[object]] = []


def _drop_a_cycle_and_allocate() -> None:
    Tracked()
    threshold = max(gc.get_threshold()[0], 700)
    KEPT.extend([] for _ in range(threshold * 20))  # containers kept: the count crosses it


def test_a_cycle_dropped_on_a_worker_thread_is_freed_on_the_gui_thread(qtbot) -> None:
    Tracked.freed_on.clear()
    gc.collect()
    gc.enable()  # as in the app before the collector is installed (the GUI conftest turns it off)
    collector = MainThreadCollector(QApplication.instance(), every_ms=20)
    try:
        worker = threading.Thread(target=_drop_a_cycle_and_allocate, name="lane-worker")
        worker.start()
        worker.join()
        assert Tracked.freed_on == []  # nothing collected on the worker
        qtbot.waitUntil(lambda: Tracked.freed_on != [])
        assert Tracked.freed_on == [threading.main_thread().name]
    finally:
        KEPT.clear()
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled()
    gc.disable()  # the test run keeps it off (tests/main_thread_gc.py)


def test_stopping_gives_the_collection_back_as_it_was_found(qtbot) -> None:
    """A host that keeps the automatic collection off (the test run) keeps it off."""
    gc.disable()
    collector = MainThreadCollector(QApplication.instance(), every_ms=20)
    collector.stop()
    collector.deleteLater()
    assert not gc.isenabled()


def test_a_held_collector_collects_nothing_until_released(qtbot, monkeypatch) -> None:
    """The desk's start holds it (app.make_application) until the first page: each collection
    walked every start-up object again."""
    collected: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    monkeypatch.setattr(gc, "get_count", lambda: (10_000, 0, 0))  # past the first threshold
    collector = MainThreadCollector(QApplication.instance(), every_ms=60_000)
    try:
        collector.hold()
        collector.check()
        assert collected == []
        collector.release()
        collector.check()
        assert collected == [0]
    finally:
        collector.stop()
        collector.deleteLater()


def test_a_hold_ends_by_itself(qtbot, monkeypatch) -> None:
    """A start that never paints a first page (a refused queue) collects again after a while."""
    collected: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    monkeypatch.setattr(gc, "get_count", lambda: (10_000, 0, 0))
    collector = MainThreadCollector(QApplication.instance(), every_ms=60_000)
    try:
        collector.hold(limit_ms=20)
        collector.check()
        assert collected == []
        qtbot.waitUntil(lambda: not collector._held, timeout=2000)
        collector.check()
        assert collected == [0]
    finally:
        collector.stop()
        collector.deleteLater()
