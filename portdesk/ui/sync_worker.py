"""Sync in the background: a round every few minutes and on demand (F5), never on the GUI thread.

The worker owns a QThread with one runner on it; the runner builds the SyncEngine through the
factory it is given (so its database sessions and HTTP client belong to that thread) and runs one
round at a time. A request while a round runs is remembered and run once after it. Results come
back as queued signals, past tense:
  sync_started()                  a round began (show a spinner)
  sync_finished(SyncReport)       a round ended; the report holds counts, errors and notices
  sync_failed(str)                the round stopped: platform unreachable, key refused, ...
  online_changed(bool)            reachability changed (status bar: online / offline)
  pending_changed(int)            changes still waiting for the platform
  notice_received(Notice)         exception, FOC set, ported, port-out request waiting
The main window wires these to its status bar and notification area, F5 to `sync_now()`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from portdesk.services.sync_report import Notice, SyncReport

log = logging.getLogger("portdesk.ui.sync")


class Engine(Protocol):
    def run_once(self, reconcile: bool = False) -> SyncReport: ...

    def pending_count(self) -> int: ...


EngineFactory = Callable[[], Engine]


class _Runner(QObject):
    """Lives on the worker thread; everything here runs there."""

    finished = Signal(object, int)  # (SyncReport, pending)
    crashed = Signal(str)

    def __init__(self, factory: EngineFactory) -> None:
        super().__init__()
        self._factory = factory
        self._engine: Engine | None = None

    @Slot()
    def run(self) -> None:
        try:
            if self._engine is None:
                self._engine = self._factory()
            report = self._engine.run_once()
            self.finished.emit(report, self._engine.pending_count())
        except Exception as exc:
            if getattr(exc, "__module__", "").startswith("portdesk"):
                self.crashed.emit(str(exc))
            else:
                log.exception("sync round failed")
                self.crashed.emit(f"sync failed unexpectedly ({type(exc).__name__}); "
                                  "details in the log")

    @Slot()
    def close(self) -> None:
        client = getattr(self._engine, "client", None)
        if client is not None and hasattr(client, "close"):
            client.close()
        self._engine = None


class SyncWorker(QObject):
    sync_started = Signal()
    sync_finished = Signal(object)
    sync_failed = Signal(str)
    online_changed = Signal(bool)
    pending_changed = Signal(int)
    notice_received = Signal(object)
    _requested = Signal()

    def __init__(self, factory: EngineFactory, interval_minutes: float = 3.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("sync")
        self._runner = _Runner(factory)
        self._runner.moveToThread(self._thread)
        self._requested.connect(self._runner.run)
        self._runner.finished.connect(self._on_runner_finished)
        self._runner.crashed.connect(self._on_runner_crashed)
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(interval_minutes * 60_000)))
        self._timer.timeout.connect(self.sync_now)
        self._busy = False
        self._again = False
        self.online: bool | None = None
        self.pending: int | None = None
        self.last_report: SyncReport | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        """Start the thread, run a first round now, then one every interval."""
        self._thread.start()
        self._timer.start()
        self.sync_now()

    @Slot()
    def sync_now(self) -> None:
        if not self._thread.isRunning():
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self.sync_started.emit()
        self._requested.emit()

    def stop(self) -> None:
        self._timer.stop()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()  # lets a running round finish
        self._runner.close()  # the thread is gone: closing here is safe

    @Slot(object, int)
    def _on_runner_finished(self, report: SyncReport, pending: int) -> None:
        self.last_report = report
        self._set_online(not report.offline)
        self._set_pending(pending)
        for notice in report.notices:
            self.notice_received.emit(notice)
        if report.aborted:
            self.sync_failed.emit(report.aborted)
        else:
            self.sync_finished.emit(report)
        self._round_over()

    @Slot(str)
    def _on_runner_crashed(self, message: str) -> None:
        self.sync_failed.emit(message)
        self._round_over()

    def _round_over(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.sync_now()

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def _set_pending(self, pending: int) -> None:
        if pending != self.pending:
            self.pending = pending
            self.pending_changed.emit(pending)


__all__ = ["EngineFactory", "Notice", "SyncWorker"]
