"""Every qtbot wait waits for its condition with a ceiling a loaded machine cannot reach.

pytest-qt's waits (`waitUntil`, `waitSignal`, ...) give up after 5 s unless told otherwise, and
about 300 of the GUI tests' waits were not told otherwise. A desk test waits on a worker lane
(a queue page read, a case opened, a save): on two cores at load 15 a niced test process gets an
eighth of a core, and 5 s of wall clock is well under a second of work. The reopen test
(tests/gui/desk/test_reopen_case.py) and the post-port Case menu test timed out that way once
each in a long combined run, and passed alone. The waits already wait on the real condition and
return the moment it holds, so a longer ceiling costs nothing when the desk is right; it only
bounds how long a wrong desk hangs before the test says so (pytest-timeout's 300 s is the
ceiling of the whole test).

A wait that expects nothing (`raising=False`: "this signal does not come") keeps the time it was
given: there the timeout is how long to look, not a ceiling.
"""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

CEILING_MS = 60_000  # any single wait; the whole test is bounded by pytest-timeout's 300 s


def _ceiling(timeout: int | None, raising: bool | None = True) -> int | None:
    if raising is False or timeout is None or timeout <= 0:
        return timeout  # a look for an absence, or a wait the caller made endless on purpose
    return max(timeout, CEILING_MS)


class PatientQtBot(QtBot):
    """QtBot whose waits for a condition never give up sooner than CEILING_MS."""

    def waitUntil(self, callback: Any, *, timeout: int = CEILING_MS) -> None:
        super().waitUntil(callback, timeout=_ceiling(timeout))

    def waitSignal(self, signal: Any = None, *, timeout: int = CEILING_MS,
                   raising: bool | None = None, **kwargs: Any) -> Any:
        return super().waitSignal(signal, timeout=_ceiling(timeout, raising), raising=raising,
                                  **kwargs)

    def waitSignals(self, signals: Any = None, *, timeout: int = CEILING_MS,
                    raising: bool | None = None, **kwargs: Any) -> Any:
        return super().waitSignals(signals, timeout=_ceiling(timeout, raising), raising=raising,
                                   **kwargs)

    def waitCallback(self, *, timeout: int = CEILING_MS,
                     raising: bool | None = None) -> Any:
        return super().waitCallback(timeout=_ceiling(timeout, raising), raising=raising)

    def waitActive(self, widget: Any, *, timeout: int = CEILING_MS) -> Any:
        return super().waitActive(widget, timeout=_ceiling(timeout))

    def waitExposed(self, widget: Any, *, timeout: int = CEILING_MS) -> Any:
        return super().waitExposed(widget, timeout=_ceiling(timeout))


@pytest.fixture
def qtbot(qtbot: QtBot) -> QtBot:
    """pytest-qt's own bot (its widgets, its teardown), with patient waits."""
    qtbot.__class__ = PatientQtBot
    return qtbot


# A PortDesk command run as its own process (another desk, a `sync --once`) starts cold: Python,
# SQLAlchemy, httpx and the store's migrations check before any work. Unloaded that is 3-4 s; a
# niced test on two cores at load 16-19 measured 105-121 s for one `sync --once` that pushes four
# changes (session 23), and one passed a 180 s ceiling at load 15 in session 22. The test waits
# for the process to end (the real condition) with this ceiling, and such a test's own
# pytest-timeout is raised to PROCESS_TEST_TIMEOUT so that the ceiling can be reached at all.
PROCESS_CEILING_S = 600
PROCESS_TEST_TIMEOUT = 1200
