"""Desktop notifications for events that need a person, and the sync loop that produces them.

The sync worker (its own thread, every few minutes and on F5) feeds the status bar (online, last
sync, pending) and the tray (exception, FOC set, ported, port-out waiting).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from portdesk.domain.sync_trouble import SyncStop
from portdesk.services import desk
from portdesk.ui.sync_worker import SyncWorker
from portdesk.ui.taskman import describe
from portdesk.ui.theme import icon

if TYPE_CHECKING:
    from portdesk.ui.main_window import MainWindow

TITLES = {"exception": "Port rejected", "foc_set": "FOC date set",
          "foc_read_again": "FOC date read again",
          "requested_moved": "Requested date moved", "ported": "Port completed",
          "portout_waiting": "Port-out request waiting", "foc_soon": "FOC within 48 hours",
          "questionable_date": "Platform date not taken",
          "portout_authorized": "Port-out authorized by the platform",
          "portout_returned": "Port-out rejection sent back",
          "portout_canceled": "Port-out canceled on the platform",
          "portout_comment": "New comment on a port-out",
          "portout_foc": "Port-out FOC moved", "order_comment": "New comment on a port-in",
          "messaging": "Texts (messaging) port",
          "document_refused": "Document refused by the platform",
          "activation": "Number activation trouble"}


class Notifier(QObject):
    notified = Signal(str, str)  # title, message (tests and a future in-app feed listen here)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("portdesk"), window)
            self.tray.setToolTip("PortDesk")
            self.tray.messageClicked.connect(self._raise)
            self.tray.show()
        self.sync = SyncHookup(window, self)

    def notify(self, kind: str, message: str) -> None:
        title = TITLES.get(kind, "PortDesk")
        self.notified.emit(title, message)
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)
        else:
            self.window.status.flash(f"{title}: {message}", 10_000)

    def _raise(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()


class SyncHookup(QObject):
    """Wires the sync worker (portdesk.ui.sync_worker) to the status bar, the tray and F5."""

    def __init__(self, window: MainWindow, notifier: Notifier) -> None:
        super().__init__(window)
        self.window, self.notifier = window, notifier
        self.worker: SyncWorker | None = None
        self.not_set_up = "Sync is not set up: add the platform API key in Settings."
        self._asked = 0  # which reading of the sync status is the current one
        window.sync_requested.connect(self.sync_now)
        window.store_ready.connect(self._on_store_ready)
        window.settings_saved.connect(self.restart)
        window.closing.connect(self.stop)

    def _on_store_ready(self) -> None:
        store, url = self.window.store, self.window.settings.platform_url
        assert store is not None
        self._asked += 1
        asked = self._asked
        self.window.tasks.run(lambda: desk.sync_status(store, url),
                              lambda status: self._start(status, asked), self._failed)

    def restart(self) -> None:
        """Settings were saved: a new key or platform URL takes effect now, not at next start."""
        self.stop()
        if self.window.store is not None:
            self._on_store_ready()

    def _start(self, status: desk.SyncStatus, asked: int | None = None) -> None:
        if asked is not None and asked != self._asked:
            # read for settings since replaced (the start-up reading, late under load, had said
            # "not set up" for the old address over the running sync of the new one)
            return
        bar = self.window.status
        bar.set_last_sync(status.last_success)
        bar.set_pending(status.pending)
        if not status.configured:
            bar.set_online(None, status.message)  # the whole sentence on hover
            self.not_set_up = f"Sync is not set up: {status.message}"
            if status.message != desk.no_key():  # a key is kept, but not for this address:
                bar.flash(self.not_set_up, 20000)  # said at once, not only on F5
            return
        if self.worker is not None:
            return
        bar.set_connecting()
        store, settings = self.window.store, self.window.settings
        assert store is not None
        self.worker = SyncWorker(lambda: desk.sync_engine(store, settings),
                                 max(1, settings.sync_interval_minutes or 3), self)
        self.worker.online_changed.connect(lambda on: bar.set_online(on))
        self.worker.pending_changed.connect(bar.set_pending)
        self.worker.sync_finished.connect(self._on_finished)
        self.worker.sync_failed.connect(self._failed_text)
        self.worker.notice_received.connect(
            lambda n: self.notifier.notify(n.kind, n.message))
        self.worker.start()

    def sync_now(self) -> None:
        if self.worker is None:
            self.window.status.flash(self.not_set_up)
            return
        self.worker.sync_now()

    def _on_finished(self, report: Any) -> None:
        self.window.status.set_last_sync(datetime.now(UTC))
        if self.window.status.stopped:  # a round went through: the standing line goes
            self.window.status.clear_stopped()
            self.window.status.set_online(True)
        if report.refused:  # held for a person: said at once, not only on the case if opened
            more = f" (and {len(report.refused) - 1} more)" if len(report.refused) > 1 else ""
            self.window.status.flash(f"Not sent, refused by the platform: {report.refused[0]}"
                                     f"{more}. Open the case for what to do.", 15_000)
        # the round's own writes are not heard by the queue's watcher or listener (they are this
        # desk's): whatever it changed, pushed or had refused, the desk reloads here. A round
        # that read orders (events, a walk) may have changed only their bookkeeping (a case's
        # "waiting on the customer" words, which the report does not count): the "Waiting on
        # customer" count and rows lagged until a reload
        if report.cases_updated or report.cases_linked or report.notices or report.pushed or \
                report.failed or report.conflicts or report.taken_over or report.events or \
                report.walked:
            self.window.after_change()
            self.window.case_panel.reload()

    def _failed_text(self, message: str) -> None:
        stop = self.worker.stopped_by if self.worker is not None else None
        if stop is None:  # a stop the worker did not classify: said as the connection reads
            offline = self.worker is not None and self.worker.online is False
            stop = SyncStop.UNREACHABLE if offline else SyncStop.OTHER
        self.window.status.set_stopped(message, stop)

    def _failed(self, exc: BaseException) -> None:
        self.window.status.flash(describe(exc), 8000)

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None


def attach(window: Any) -> Notifier:
    return Notifier(window)
