"""Batch actions on the queue's selection: assign, change status, export. Work runs on the db lane.

Assign and change status carry the version each selected row showed: a case changed since is
left alone and named in a message the specialist has to close (not only a status-bar flash)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from portdesk.domain.words import counted
from portdesk.services import desk
from portdesk.ui.dialogs import AssignDialog, Inform, SaveFileDialog, StatusDialog
from portdesk.ui.taskman import describe

if TYPE_CHECKING:
    from portdesk.ui.main_window import MainWindow


class BatchActions:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def _ids(self) -> list[int]:
        ids = self.w.queue_view.selected_ids()
        if not ids:
            self.w.status.flash("Select one or more cases first.")
        return ids

    def _seen(self) -> dict[int, int | None]:
        """The selection with the versions the queue showed (what the specialist decided on)."""
        seen = self.w.queue_view.selected_versions()
        if not seen:
            self.w.status.flash("Select one or more cases first.")
        return seen

    def _run(self, work: Callable[[], desk.BatchResult | int], done: Callable[[object], str]) -> None:
        def ok(result: object) -> None:
            self.w.status.flash(done(result))
            self.w.after_change()
            if isinstance(result, desk.BatchResult) and result.changed:
                Inform.show(self.w, "Changed since you looked",
                            "These cases were changed by someone else after the queue showed "
                            "them, so they were left as they are. Look at them again and repeat "
                            "the action if it still applies:\n\n" + result.changed_detail())

        self.w.tasks.run(work, ok, lambda e: self.w.show_error("Batch action", describe(e)), keep=True)

    def assign(self) -> None:
        seen = self._seen()
        if not seen or self.w.store is None:
            return
        store, actor = self.w.store, self.w.actor

        def ask(names: list[str]) -> None:
            name = AssignDialog.ask(self.w, len(seen), names=names, me=actor)
            if name is not None:
                self._run(lambda: desk.assign(store, seen, name, actor),
                          lambda r: r.summary("Assigned"))  # type: ignore[attr-defined]

        self.w.tasks.run(lambda: desk.assignee_names(store, actor), ask,
                         lambda _e: ask([actor]), lane="query")

    def change_status(self) -> None:
        seen = self._seen()
        if not seen or self.w.store is None:
            return
        answer = StatusDialog.ask_status(self.w, len(seen),
                                         kinds=self.w.queue_view.selected_kinds())
        if answer is None:
            return
        status, reason = answer
        store, actor = self.w.store, self.w.actor
        self._run(lambda: desk.change_status_many(store, seen, status, reason, actor),
                  lambda r: r.summary("Changed the status of"))  # type: ignore[attr-defined]

    def export(self) -> None:
        ids = self._ids()
        if not ids or self.w.store is None:
            return
        path = SaveFileDialog.ask(self.w, "Export selected cases", "cases.xlsx")
        if not path:
            return
        store = self.w.store
        self._run(lambda: desk.export_selected(store, ids, Path(path)),
                  lambda n: f"Exported {counted(n, 'case') if isinstance(n, int) else n} to {path} "
                            "(PINs masked)")
