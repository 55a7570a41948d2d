"""Sync in the background: a round every few minutes and on demand (F5), never on the GUI thread.

Rounds run on the desk's one task runner (ui/taskman.py), on its `sync` lane: one thread, one round
at a time, and the SyncEngine built there on first use through the factory it is given (so its
database sessions and HTTP client belong to that thread). A failed round says the runner's one
sentence (ui.taskman.describe). A request while a round runs is remembered and run once after it. Results come
back as queued signals, past tense:
  sync_started()                  a round began (show a spinner)
  sync_finished(SyncReport)       a round ended; the report holds counts, errors and notices
  sync_failed(str)                the round stopped: platform unreachable, key refused, ...
  online_changed(bool)            reachability changed (status bar: online / offline)
  pending_changed(PendingChanges) changes still waiting for the platform
  notice_received(Notice)         exception, FOC set, ported, port-out request waiting
The main window wires these to its status bar and notification area, F5 to `sync_now()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from portdesk.domain.sync_trouble import SyncStop
from portdesk.services.sync_report import Notice, SyncReport, stop_of
from portdesk.ui.taskman import TaskManager, describe


class Engine(Protocol):
    def run_once(self, reconcile: bool = False) -> SyncReport: ...

    def pending_changes(self) -> Any: ...  # PendingChanges


EngineFactory = Callable[[], Engine]


class SyncWorker(QObject):
    sync_started = Signal()
    sync_finished = Signal(object)
    sync_failed = Signal(str)
    online_changed = Signal(bool)
    pending_changed = Signal(object)  # PendingChanges
    notice_received = Signal(object)

    def __init__(self, factory: EngineFactory, interval_minutes: float = 3.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._engine: Engine | None = None  # made and used on the sync lane only
        self._tasks = TaskManager(self)
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(interval_minutes * 60_000)))
        self._timer.timeout.connect(self.sync_now)
        self._busy = False
        self._again = False
        self.online: bool | None = None
        self.pending: Any = None  # PendingChanges
        self.last_report: SyncReport | None = None
        self.stopped_by: SyncStop | None = None  # why the last round stopped (None: it went through)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        """Start the thread, run a first round now, then one every interval."""
        self._running = True
        self._timer.start()
        self.sync_now()

    @Slot()
    def sync_now(self) -> None:
        if not self._running:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self.sync_started.emit()
        self._tasks.run(self._round, self._on_round_finished, self._on_round_failed, lane="sync")

    def stop(self) -> None:
        self._timer.stop()
        self._running = False
        self._tasks.shutdown()  # lets a running round finish
        self._close_engine()  # no round runs any more: closing here is safe

    def _round(self) -> tuple[SyncReport, Any]:
        """One round, on the sync lane."""
        if self._engine is None:
            self._engine = self._factory()
        report = self._engine.run_once()
        return report, self._engine.pending_changes()

    def _close_engine(self) -> None:
        client = getattr(self._engine, "client", None)
        if client is not None and hasattr(client, "close"):
            client.close()
        self._engine = None

    def _on_round_finished(self, outcome: tuple[SyncReport, Any]) -> None:
        report, pending = outcome
        self.last_report = report
        self.stopped_by = report.stop
        self._set_online(not report.offline)
        self._set_pending(pending)
        for notice in report.notices:
            self.notice_received.emit(notice)
        if report.aborted:
            self.sync_failed.emit(report.aborted)
        else:
            self.sync_finished.emit(report)
        self._round_over()

    def _on_round_failed(self, exc: BaseException) -> None:
        self.stopped_by = stop_of(exc)
        self.sync_failed.emit(describe(exc))
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

    def _set_pending(self, pending: Any) -> None:  # PendingChanges
        if pending != self.pending:
            self.pending = pending
            self.pending_changed.emit(pending)


__all__ = ["EngineFactory", "Notice", "SyncWorker"]
