"""The test run frees cyclic garbage between tests on the main thread only (tests/main_thread_gc.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from tests.main_thread_gc import collect_due


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_no_automatic_collection_runs_during_a_test() -> None:
    assert not gc.isenabled()


def test_garbage_dropped_on_a_worker_is_left_for_the_main_thread() -> None:
    held: list[weakref.ref[_Cycle]] = []
    kept: list[list[object]] = []

    def drop_a_cycle_and_allocate() -> None:
        held.append(weakref.ref(_Cycle()))
        kept.extend([] for _ in range(gc.get_threshold()[0] * 20))  # crosses the first threshold

    worker = threading.Thread(target=drop_a_cycle_and_allocate)
    worker.start()
    worker.join()
    assert held[0]() is not None  # not collected on the worker
    collect_due()  # between tests, on the main thread
    assert held[0]() is None
    assert not gc.isenabled()


def test_collecting_between_tests_turns_a_collection_a_test_turned_on_off_again() -> None:
    gc.enable()
    collect_due()
    assert not gc.isenabled()
