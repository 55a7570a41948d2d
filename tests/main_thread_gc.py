"""The test run's cyclic garbage is collected on the main thread, between tests, and nowhere else.

Python's automatic collection runs on whichever thread allocates when a threshold is crossed. A Qt
wrapper caught in a cycle (a closed dialog, a widget a finished GUI test left to pytest-qt's
`deleteLater`) could then be freed on a worker lane of a later test, or in the middle of pytest
writing its report, after Qt had deleted the object under it: the suite died about one run in
ten with a segmentation fault in `terminalwriter.write_raw` (one run in session 9, one closing a
Store in session 8). The desk itself works the same way (portdesk/ui/collector.py); here the
automatic collection is off for the whole session and each test's end collects what the
thresholds would have asked for, after Qt's deferred deletions, on the main thread.
"""

from __future__ import annotations

import gc
import sys

import pytest

_THRESHOLDS = gc.get_threshold()


def _flush_deferred_deletes() -> None:
    """Let Qt delete what `deleteLater` queued before Python frees the wrappers that point at it."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return
    qtcore.QCoreApplication.sendPostedEvents(None, qtcore.QEvent.Type.DeferredDelete)


def collect_due() -> None:
    """Collect the oldest generation whose count crossed its threshold, as the automatic
    collection would have, then keep the automatic collection off (a test may have turned it on)."""
    gc.disable()
    _flush_deferred_deletes()
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > _THRESHOLDS[generation]:
            gc.collect(generation)
            return


def pytest_configure(config: pytest.Config) -> None:
    gc.disable()


def pytest_collection_finish(session: pytest.Session) -> None:
    """What is alive once the tests are collected (modules, classes, the test items and their
    parameters: most of the heap, about 300,000 objects) lives as long as the run: it is moved
    out of the collector's reach (gc.freeze, what the desk does with its start-up objects in
    ui/main_window.py and loading.py), after one collection of what is garbage by then. Every
    GUI test ends with a full collection (tests/gui/conftest.py): it scanned that heap each
    time, about 0.3 CPU s a test, for objects no test makes. What the tests make is still
    collected as before, on the main thread; no test sees a different heap from its order."""
    gc.collect()
    gc.freeze()


def pytest_runtest_logfinish(nodeid: str, location: tuple[str, int | None, str]) -> None:
    collect_due()


def pytest_unconfigure(config: pytest.Config) -> None:
    gc.enable()
