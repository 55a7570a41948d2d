"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs on whichever thread happens to allocate when a threshold is crossed: a
worker lane, the SQLite watcher, a render thread. A Qt widget's Python wrapper caught in a
reference cycle (a closed print preview, a dialog's lambdas) was then freed on that thread;
shiboken defers the C++ deletion to the GUI thread, where it deleted a widget Qt had already
deleted: the desk crashed with a segmentation fault seconds after a print preview was closed
(3 runs in 6 of "print preview, then a bill check"; none with the collection on the GUI thread).
So the automatic collection is off and a timer on the GUI thread collects, as often as the
thresholds would have asked for it (the pattern pyqtgraph and others use for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

EVERY_MS = 250
HOLD_LIMIT_MS = 10_000  # a start that never paints a first page (a refused queue) collects again


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, every_ms: int = EVERY_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(every_ms)
        self._held = False

    def hold(self, limit_ms: int = HOLD_LIMIT_MS) -> None:
        """No collection until `release()` (at most `limit_ms`): the desk's start makes tens of
        thousands of long-lived objects (modules, classes, widgets, the mapped schema), and each
        collection walked all of them again, 0.13-0.15 s of its CPU before the first page (some
        30 collections, the worst 60-80 ms at load 17). What is alive at the first page is frozen
        out of the collector's reach then (main_window), and collection resumes."""
        self._held = True
        QTimer.singleShot(limit_ms, self, self.release)

    def release(self) -> None:
        self._held = False

    def check(self) -> None:
        """Collect the generations whose counts crossed their thresholds (oldest first)."""
        if self._held:
            return
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Give the automatic collection back as it was found (a host that keeps it off keeps it
        off)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def install(app: QObject) -> MainThreadCollector:
    """Once, on the application object (it lives on the GUI thread)."""
    found = app.findChild(MainThreadCollector)
    return found if found is not None else MainThreadCollector(app)
