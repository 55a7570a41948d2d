"""An error nobody caught in the desk's own code (a slot, a timer) is said and logged.

PySide hands an exception raised in a Qt slot to `sys.excepthook`; the default one prints the
traceback to stderr, which a desk started from its menu shows nowhere, and nothing reached the
log: the action the specialist chose silently did nothing. Now the traceback goes to the log (its
secrets scrubbed there, portdesk/logs) and the status bar says what went wrong in one sentence
(`describe`), the details being in the log. The desk keeps running, as before.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from portdesk.ui.taskman import describe

log = logging.getLogger(__name__)
SAID_FOR_MS = 20_000

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def hook_for(window: Any, previous: Hook = sys.__excepthook__) -> Hook:
    """The hook: logged with its traceback, said in the window's status bar."""

    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            previous(kind, exc, tb)
            return
        log.error("unexpected error in the desk: %s", kind.__name__, exc_info=(kind, exc, tb))
        if threading.current_thread() is not threading.main_thread():
            return  # a worker's slot: logged; widgets are the GUI thread's to touch
        try:
            window.status.flash(describe(exc), SAID_FOR_MS)
        except Exception:
            log.exception("could not say the error in the window")

    return hook


def install(window: Any) -> None:
    sys.excepthook = hook_for(window, sys.excepthook)
