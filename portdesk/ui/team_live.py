"""The desk as one of a team: the queue follows colleagues' saves live, the editor says who else
has the case open, and the status bar says when the database server is gone.

`TeamHookup(window)` plugs into the main window from outside (app.build_window), through its
public hooks only: `store_ready`, `closing`, `after_change()`, `status`, and the case panel's
`case_loaded`, `case_id`, `base`, `dirty`, `reload()`, `save()` and `body` (the banner goes at the
top of it). On PostgreSQL a listener thread (store.listen) hears every commit, on SQLite a watcher
of the file (store.watch) hears another process's (the CLI, a second desk); their callbacks are
Qt signals, so they arrive queued on the GUI thread. The existing conflict check on save stays
the last line of defence: the banner warns, it does not lock.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel

from portdesk.services import lookup
from portdesk.services.team_desk import (
    ANY,
    ChangeListener,
    Colleague,
    SQLiteWatcher,
    TeamDesk,
    editing_line,
)

if TYPE_CHECKING:
    from portdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
BEAT_MS = 15_000  # presence heartbeat; a desk silent for three beats is no longer shown
REFRESH_MS = 150  # a burst of notifications becomes one reload
RELOAD_EVERY_MS = 1000
COUNTS_EVERY_S = 10.0
UNREACHABLE = "● Database unreachable: edits kept here; reconnecting…"


class PresenceBanner(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("presenceBanner")
        self.setWordWrap(True)
        self.setAccessibleName("Colleagues editing this case")
        self.setStyleSheet("background: #fff4d6; color: #5c4300; border: 1px solid #e0c27a; "
                           "border-radius: 4px; padding: 4px 8px;")
        self.hide()

    def show_colleagues(self, colleagues: list[Colleague]) -> None:
        self.setText(editing_line(colleagues) + (
            ". Both of you can save; a save made on an older copy is refused as a conflict."
            if colleagues else ""))
        self.setVisible(bool(colleagues))


class TeamHookup(QObject):
    changed = Signal(str)  # a table changed (from the listener thread)
    state_changed = Signal(bool, str)  # the database server answers again / went away

    def __init__(self, window: MainWindow, beat_ms: int = BEAT_MS,
                 clock: Any = None) -> None:
        super().__init__(window)
        self.window = window
        self.team: TeamDesk | None = None
        self.listener: ChangeListener | SQLiteWatcher | None = None
        self.offline = False
        self._clock = clock
        self._showing: int | None = None
        self._counted = self._reloaded = 0.0
        self.banner = PresenceBanner()
        body = window.case_panel.body.layout()
        assert isinstance(body, QBoxLayout)
        body.insertWidget(0, self.banner)
        self.db_state = QLabel(UNREACHABLE)
        self.db_state.setAccessibleName("Database connection")
        self.db_state.setStyleSheet("color: #c62828;")
        window.status.addPermanentWidget(self.db_state)
        self.db_state.hide()
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh.timeout.connect(self._reload)
        self._counts_due = QTimer(self, singleShot=True)  # the last change's counts, not skipped
        self._counts_due.timeout.connect(self._recount)
        self._beat = QTimer(self, interval=beat_ms)
        self._beat.timeout.connect(self._on_beat)
        self.changed.connect(self._on_changed)
        self.state_changed.connect(self._on_state)
        window.store_ready.connect(self._on_store_ready)
        window.case_panel.case_loaded.connect(self._on_case_loaded)
        window.closing.connect(self.stop)

    # -- joining ------------------------------------------------------------------------------
    def _on_store_ready(self) -> None:
        store = self.window.store
        assert store is not None
        self.team = TeamDesk(store, self.window.settings, self.window.actor, self._clock)
        self.window.tasks.run(self.team.join, lambda _r: self._joined(), self._quiet,
                              lane="background")

    def _joined(self) -> None:
        assert self.team is not None
        self.listener = self.team.listener(self.changed.emit, self.state_changed.emit)
        if self.listener is not None:
            self.listener.start()
        self._beat.start()
        if self.window.case_panel.case_id is not None:
            self._on_case_loaded(self.window.case_panel.case_id)

    # -- presence -----------------------------------------------------------------------------
    def _on_case_loaded(self, case_id: int) -> None:
        team = self.team
        if team is None or team.registry is None:
            return
        self._showing = case_id
        self.window.tasks.run(lambda: team.opened(case_id),
                              lambda found: self._show(case_id, found), self._quiet,
                              lane="background")

    def _show(self, case_id: int, colleagues: list[Colleague]) -> None:
        self.banner.show_colleagues(colleagues if self.window.case_panel.case_id == case_id
                                    else [])

    def refresh_presence(self) -> None:
        team, case_id = self.team, self.window.case_panel.case_id
        if team is None or team.registry is None or case_id is None:
            self.banner.show_colleagues([])
            return
        self.window.tasks.run(lambda: team.colleagues(case_id),
                              lambda found: self._show(case_id, found), self._quiet,
                              lane="query")

    def _on_beat(self) -> None:
        team = self.team
        if team is None:
            return
        if self.window.case_panel.case_id is None and self._showing is not None:
            self._showing = None
            self.window.tasks.run(team.closed, None, self._quiet, lane="background")
        self.window.tasks.run(team.beat, None, self._quiet, lane="background")
        self.refresh_presence()  # a colleague whose desk died drops off without a notice

    # -- live queue ---------------------------------------------------------------------------
    def _on_changed(self, table: str) -> None:
        if table in ("cases", "comments", ANY) and not self._refresh.isActive():
            # one reload per burst, and at most one a second: a busy team's saves must not keep
            # a desk reloading a large queue back to back
            since = int((time.monotonic() - self._reloaded) * 1000)
            self._refresh.start(max(REFRESH_MS, RELOAD_EVERY_MS - since))
        if table == "outbox":  # changes queued or delivered elsewhere: the status bar follows
            self.window.refresh_pending()
        if table in ("presence", ANY):
            self.refresh_presence()

    def _reload(self) -> None:
        """Colleagues changed the queue: reload it, and the open case if it moved on and has no
        edits here (with edits, the save's conflict check decides). The sidebar's counts (a
        count per queue: costly on a large shared queue) follow at most every COUNTS_EVERY_S,
        and always after the last change of a burst; the pending changes with every reload."""
        self._reloaded = time.monotonic()
        self.window.queue_view.refresh()
        self.window.refresh_pending()
        wait = COUNTS_EVERY_S - (time.monotonic() - self._counted)
        if wait <= 0:
            self._recount()
        elif not self._counts_due.isActive():
            self._counts_due.start(int(wait * 1000))
        self._follow_open_case()

    def _recount(self) -> None:
        self._counted = time.monotonic()
        self.window.refresh_counts()

    def _follow_open_case(self) -> None:
        panel, store = self.window.case_panel, self.window.store
        if panel.case_id is None or panel.base is None or store is None or panel.dirty:
            return
        case_id, version = panel.case_id, panel.base.version

        def moved(current: int) -> None:
            if panel.case_id == case_id and current != version and not panel.dirty:
                panel.reload()

        self.window.tasks.run(lambda: lookup.case(store, case_id).version, moved, self._quiet,
                              lane="query")

    # -- the server ---------------------------------------------------------------------------
    def _on_state(self, up: bool, reason: str) -> None:
        if not up:
            self.offline = True
            self.db_state.setToolTip(reason)
            self.db_state.show()
            self.window.status.flash("The database server does not answer: keep working, your "
                                     "edits are kept on this workstation.", 10_000)
            return
        if self.offline:
            self.offline = False
            self.db_state.hide()
            self.window.status.flash("The database is back: your edits are being saved.")
            self.window.case_panel.save()

    def stop(self) -> None:
        self._beat.stop()
        self._counts_due.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        if self.team is not None and self.team.registry is not None:
            # Not through the window's task runner: closing the window cancels the jobs still
            # waiting for their (shared) lane, and colleagues' banners should clear now, not
            # when this desk's presence lapses (45 s). One DELETE; the process waits for it.
            threading.Thread(target=self._leave, args=(self.team,), name="presence-leave").start()

    def _leave(self, team: TeamDesk) -> None:
        try:
            team.closed()
        except Exception as exc:  # noqa: BLE001 - a courtesy: the row lapses by itself anyway
            self._quiet(exc)

    def _quiet(self, exc: BaseException) -> None:
        """Presence is a courtesy: a failure here is logged, never put in front of anyone."""
        log.info("team presence: %s", exc)
