"""Desktop notifications for events that need a person, and the sync loop that produces them.

The sync round runs on the background lane every few minutes and on F5; its result feeds the status
bar (online, last sync, pending) and the tray (exception, FOC set, ported, port-out waiting).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from portdesk.services import desk
from portdesk.ui.taskman import describe
from portdesk.ui.theme import icon

if TYPE_CHECKING:
    from portdesk.ui.main_window import MainWindow

TITLES = {"exception": "Port rejected", "foc_set": "FOC date set", "ported": "Port completed",
          "portout_waiting": "Port-out request waiting", "foc_soon": "FOC within 48 hours"}


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
        self.sync = SyncLoop(window, self)

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


class SyncLoop(QObject):
    def __init__(self, window: MainWindow, notifier: Notifier) -> None:
        super().__init__(window)
        self.window, self.notifier = window, notifier
        self.running = False
        minutes = max(1, int(window.settings.sync_interval_minutes or 3))
        self.timer = QTimer(self, interval=minutes * 60_000)
        self.timer.timeout.connect(self.run)
        window.sync_requested.connect(self.run)
        window.store_ready.connect(self._on_store_ready)

    def _on_store_ready(self) -> None:
        store = self.window.store
        assert store is not None
        self.window.tasks.run(lambda: desk.sync_status(store), self._show, self._failed)
        self.timer.start()

    def run(self) -> None:
        store, settings = self.window.store, self.window.settings
        if store is None or self.running:
            return
        self.running = True
        self.window.tasks.run(lambda: desk.sync_round(store, settings), self._done, self._failed,
                              lane="background")

    def _done(self, status: desk.SyncStatus) -> None:
        self.running = False
        self._show(status)
        if status.message:
            self.window.status.flash(status.message, 8000)
        for notice in status.notices:
            self.notifier.notify(notice.kind, notice.message)
        if status.notices:
            self.window.after_change()

    def _show(self, status: desk.SyncStatus) -> None:
        bar = self.window.status
        bar.set_online(status.online if status.configured else None)
        bar.set_last_sync(status.last_success)
        bar.set_pending(status.pending)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.window.status.set_online(False, describe(exc))
        self.window.status.flash(describe(exc), 8000)


def attach(window: Any) -> Notifier:
    return Notifier(window)
