"""A command line process loads a lot of code and little data: the cyclic garbage collector is
paused while it does, and the objects alive once the Store is open (modules, classes, mapped
tables, the engine) are frozen out of its reach, as the desk does after its start.

Why: `import sqlalchemy.orm` and the mapped schema make tens of thousands of long-lived objects;
with the collector on, each burst of allocations runs a collection that walks all of them again.
`portdesk case comment` on the demo queue, CPU medians of fresh processes run interleaved (21
each, load 7-9): 357 ms -> 280 ms with the collector paused over the Store's import and open (341
ms with it off for the whole command, which never freezes). Nothing is checked less: the same code
runs, under the same write lock, version check, audit seal and key check.

Bounded so that no command runs long without it: the pause ends when the Store is open
(`resume(freeze=True)`, from services.context), or after PAUSE_LIMIT_S whatever happens (a
command that never opens the Store: bill extract, loa sign, the sandbox), or when the command
ends. Only a process of its own pauses (cli.main with argv None): tests that call main() in
their process keep their collector as it is.
"""

from __future__ import annotations

import gc
import threading

PAUSE_LIMIT_S = 1.0  # wall: a loaded machine stretches the start (0.6 s at load 9)

_lock = threading.Lock()
_timer: threading.Timer | None = None


def pause(limit_s: float = PAUSE_LIMIT_S) -> None:
    """Pause the collector for at most `limit_s` (no-op when it is already off)."""
    global _timer
    with _lock:
        if not gc.isenabled() or _timer is not None:
            return
        gc.disable()
        _timer = threading.Timer(limit_s, resume)
        _timer.daemon = True
        _timer.start()


def resume(freeze: bool = False) -> None:
    """End a pause (only one pause() started): with `freeze`, what is alive now is start-up
    state for the rest of the process and is left out of every later collection."""
    global _timer
    with _lock:
        timer, _timer = _timer, None
        if timer is None:
            return
        timer.cancel()
        if freeze:
            gc.freeze()
        gc.enable()
