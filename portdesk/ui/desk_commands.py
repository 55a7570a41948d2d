"""The desk's menu commands that run a use case or open a screen of their own: import, sample
cases, saved filters, settings, About and the log folder, the audit trail and the log's check.

Kept apart from the main window, which only builds and wires the panes: each command here reads
what it needs from the window (its store, settings, actor, task manager, status bar) and tells
it when something was written (`after_change`), as DocumentActions and PlatformActions do.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from portdesk.domain.words import counted
from portdesk.services import desk, lookup
from portdesk.services.cases import AlreadyImported, import_cases
from portdesk.ui.dialogs import Confirm, OpenFileDialog, ReasonDialog
from portdesk.ui.taskman import describe
from portdesk.ui.theme import apply_theme

if TYPE_CHECKING:
    from portdesk.services.about import AboutInfo
    from portdesk.ui.main_window import MainWindow


class DeskCommands:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # -- cases in -----------------------------------------------------------------------------
    def load_samples(self) -> None:
        w = self.window
        if w.store is None:
            return
        store, actor = w.store, w.actor

        def done(refs: list[str]) -> None:
            w.status.flash(f"Loaded {len(refs)} sample cases")
            w.after_change()

        w.status.flash("Loading sample cases…")
        w.tasks.run(lambda: desk.load_samples(store, actor), done, w.task_failed, keep=True)

    def import_cases(self, chosen: str = "", again: bool = False) -> None:
        w = self.window
        path = chosen or OpenFileDialog.ask(w, "Import cases")
        if not path or w.store is None:
            return
        store, actor, limits = w.store, w.actor, w.settings.limits

        def done(result: Any) -> None:
            w.status.flash(f"Imported {counted(len(result.imported), 'case')} from {Path(path).name}")
            w.after_change()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, AlreadyImported):  # a rerun after a crash, most likely: ask
                if Confirm.ask(w, "Import", f"{exc.said}.\n\nImport it again? Its cases "
                               "would be added to the queue a second time.", yes="Import again"):
                    self.import_cases(path, again=True)
                return
            w.show_error("Import", describe(exc))

        w.tasks.run(lambda: import_cases(store, Path(path), actor, again=again,
                                         limits=limits), done, failed, keep=True)

    # -- saved filters ------------------------------------------------------------------------
    def save_filter(self) -> None:
        w = self.window
        if w.store is None:
            return
        name = ReasonDialog.ask(w, "Save filter", "Name of the filter (the current queue "
                                "and quick filter are saved):")
        if not name:
            return
        store, query = w.store, w.queue_view.current_query()
        w.tasks.run(lambda: desk.save_queue(store, name.splitlines()[0], query),
                    lambda q: w.load_queues(select=q.key), w.task_failed, keep=True)

    def delete_filter(self) -> None:
        w = self.window
        queue = w.sidebar.current_queue()
        if w.store is None or queue is None or queue.saved_id is None:
            w.status.flash("Select a saved filter in the sidebar first.")
            return
        if not Confirm.ask(w, "Delete filter", f"Delete the saved filter '{queue.label}'?",
                           "Delete"):
            return
        store, saved_id = w.store, queue.saved_id
        w.tasks.run(lambda: desk.delete_queue(store, saved_id),
                    lambda _r: w.load_queues(select="all"), w.task_failed, keep=True)

    # -- settings, About, logs ----------------------------------------------------------------
    def open_settings(self) -> None:
        from portdesk.ui.settings_dialog import SettingsDialog

        w = self.window
        if SettingsDialog.ask(w, w.settings):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, w.settings.theme)
            w.status.flash("Settings saved")
            w.settings_saved.emit()

    def about_info(self) -> AboutInfo:
        from portdesk.services.about import about_info

        w = self.window
        url = lookup.database_url(w.store) if w.store is not None \
            else w.settings.resolved_db_url()
        return about_info(w.settings, url)

    def about(self) -> None:
        from portdesk.ui.about_dialog import AboutDialog

        AboutDialog(self.about_info(), self.window).exec()

    def open_logs(self) -> None:
        from portdesk.ui.about_dialog import open_log_folder

        open_log_folder(self.about_info())

    # -- audit --------------------------------------------------------------------------------
    def audit_trail(self) -> None:
        """The open case's audit trail, with the log's chain check a click away."""
        from portdesk.ui.audit_dialog import AuditDialog

        w = self.window
        if w.store is None or w.case_panel.case_id is None:
            w.status.flash("Open a case first: its audit trail is shown.")
            return
        AuditDialog.ask(w.store, w.case_panel.case_id, w)

    def verify_audit(self) -> None:
        """`portdesk audit verify` from the desk."""
        from portdesk.ui.audit_dialog import AuditDialog

        if self.window.store is not None:
            AuditDialog.ask(self.window.store, None, self.window, verify_now=True)
