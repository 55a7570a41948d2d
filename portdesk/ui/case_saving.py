"""Writing the open case back: the save and its outcome, leaving a case with edits, and an edit
conflict's resolution (reload theirs, or compare and merge field by field).

A mixin of CasePanel (case_panel.py), as RestoredEditsMixin and CaseActionsMixin are: it uses the
panel's store, tasks, editor, banners and save line, declared below for the reader.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, cast

from PySide6.QtWidgets import QWidget

from portdesk.domain.case import PortCase
from portdesk.domain.errors import Conflict
from portdesk.services import desk, lookup
from portdesk.ui.case_editor import LABELS
from portdesk.ui.conflict import CompareDialog, differences, merge
from portdesk.ui.journal import apply_changes, changes_between
from portdesk.ui.taskman import describe

log = logging.getLogger(__name__)


class CaseSavingMixin:
    """Save, its outcomes, leaving with edits, and the conflict (see the module's words)."""

    base: PortCase | None
    store: Any
    tasks: Any
    actor: str
    journal: Any
    editor: Any
    numbers: Any
    timeline: Any
    not_sent: Any
    conflict: Any
    restored: Any
    conflicted: bool
    editable: Any  # properties of the panel
    dirty: Any
    draft: Any
    case_id: Any
    case_saved: Any
    save_failed: Any
    _autosave: Any
    _saving: bool
    _in_flight: Any
    _restored: dict[str, Any]
    _kept_here: set[int]
    _conflict_line: str
    open_case: Callable[..., None]
    _show_save_state: Callable[..., None]
    _restore_pending: Callable[[], bool]
    _unsaveable: Callable[[], str]  # why the edits on screen cannot be saved (restored.py)
    _after_restored_saved: Callable[[Any], None]
    _write_journal: Callable[[], None]
    _refresh_header: Callable[[], None]
    _on_edited: Callable[[PortCase], None]
    _on_error: Callable[[BaseException], None]
    _on_screen: Callable[[int | None], bool]

    # -- save ---------------------------------------------------------------------------------
    def save(self) -> None:
        """Save what is typed; restored edits only once their banner's Save was chosen."""
        self._autosave.stop()
        if (self.store is None or self.tasks is None or self.base is None or self.draft is None
                or not self.dirty or self.conflicted or self._saving):
            self._show_save_state()
            return
        if self._restore_pending():  # every caller: the reconnect (team_live), Ctrl+S, a timer
            self._show_save_state()
            return
        if self.editor.blocking_errors():
            self._show_save_state()
            return
        sent = replace(self.draft, version=self.base.version)
        store, actor, journal = self.store, self.actor, self.journal

        def saving() -> PortCase:
            saved = desk.save_draft(store, sent, actor)
            if journal is not None:  # here, not in _on_saved: closing the window drops that
                try:
                    journal.settle(saved)
                except Exception:  # noqa: BLE001 - the save committed: never report it failed
                    log.warning("recovery journal of case %s not settled", saved.id,
                                exc_info=True)
            return saved

        self._saving = True
        self._in_flight = changes_between(self.base, sent)
        self._show_save_state()
        # kept: a save waiting behind a queue refresh when the window closes must still commit
        # (closing dropped it, and the edit was left to the journal as "unsaved")
        self.tasks.run(saving,
                       lambda saved: self._on_saved(sent, saved),
                       lambda exc: self._on_save_failed(sent, exc), keep=True)

    def _on_saved(self, sent: PortCase, saved: PortCase) -> None:
        self._saving, self._in_flight = False, None
        if self.base is None or saved.id != self.base.id or self.draft is None:
            self._after_restored_saved(None)  # the case left: its waiting action is dropped
            if saved.id is not None:  # saved on leaving it: the queue still shows the change
                self.case_saved.emit(saved.id)
            if self.dirty:
                self._autosave.start()  # this case's edits waited for that save
            return
        later = changes_between(sent, self.draft)  # typed while the save was in flight
        self.base = saved
        self.editor.draft = apply_changes(saved, later) if later else saved
        self._write_journal()
        self._refresh_header()
        self._show_save_state()
        if later:
            self._autosave.start()
        assert saved.id is not None
        self._refresh_timeline(saved.id)
        self._refresh_not_sent(saved.id)
        self.case_saved.emit(saved.id)
        self._after_restored_saved(saved)

    def _refresh_not_sent(self, case_id: int) -> None:
        """The "not sent" banner after a save: the fix of a refusal withdraws the refused submit
        and queues the fix, so "the platform refused the submit" with "Send again as it is" no
        longer holds (walked: it stayed until the next sync round)."""
        if self.store is None or self.tasks is None:
            return
        store = self.store

        def show(trouble: Any) -> None:  # a SyncTrouble or None
            if self.case_id == case_id:
                self.not_sent.show_trouble(trouble)

        self.tasks.run(lambda: desk.sync_trouble(store, case_id), show, self._on_error)

    def _refresh_timeline(self, case_id: int) -> None:
        """The history after a save names what was just changed."""
        if self.store is None or self.tasks is None:
            return
        store = self.store

        def show(entries: list[desk.TimelineEntry]) -> None:
            if self.case_id == case_id:
                self.timeline.set_entries(entries)

        self.tasks.run(lambda: desk.timeline(store, case_id), show, self._on_error)

    def _on_save_failed(self, sent: PortCase, exc: BaseException) -> None:
        self._saving, self._in_flight = False, None
        self._after_restored_saved(None)
        if not self._on_screen(sent.id):  # it is leaving the screen: never blame the next one
            why = "changed by someone else" if isinstance(exc, Conflict) else describe(exc)
            self.save_failed.emit(f"{sent.reference} not saved: {why}. Your edits are kept: "
                                  "open it again to compare or retry.")
            return
        if isinstance(exc, Conflict):
            self._show_conflict()
            return
        self._show_save_state(f"Not saved: {describe(exc)}", "error")
        self.save_failed.emit(describe(exc))

    def flush(self) -> None:
        """Save now (the db lane keeps it ahead of whatever is queued next)."""
        if self.dirty and not self.conflicted and not self._restore_pending():
            self.save()

    def _leave(self) -> None:
        """Leaving the case for another: its edits are saved, or, when they cannot be (a value
        to fix, a conflict), said as it is left and kept in the journal. F8 from a case with a
        half-typed BTN moved on without a word, and going back read "Restored 1 unsaved edit
        from the last session" (walked at 1024x700)."""
        unsaveable = self._unsaveable()
        held = self.base is not None and self.dirty and (
            bool(unsaveable) or self._restore_pending())
        self.flush()
        if not held or self.base is None or self.base.id is None:
            return
        self._kept_here.add(self.base.id)
        why = unsaveable or "restored edits wait for Save or Discard"
        self.save_failed.emit(f"{self.base.reference} not saved ({why}): your edits are kept "
                              "and come back when you open it again.")

    # -- conflict -----------------------------------------------------------------------------
    def _show_conflict(self) -> None:
        self.conflicted = True
        self.conflict.show()
        self.conflict.name_change("")
        self._conflict_line = "Not saved: changed by someone else"
        self._show_save_state(self._conflict_line, "error")
        if self.store is None or self.tasks is None or self.base is None:
            return
        store, cid, seen = self.store, self.base.id, self.base.version
        assert cid is not None

        def said(who: str) -> None:
            if who and self.conflicted and self.case_id == cid:
                self.conflict.name_change(who)
                self._conflict_line = f"Not saved: changed by someone else ({who})"
                self._show_save_state(self._conflict_line, "error")

        self.tasks.run(lambda: desk.saved_meanwhile(store, cid, seen), said, lambda _e: None)

    def take_theirs(self) -> None:
        if self.case_id is None or self.tasks is None or self.journal is None:
            return
        journal, cid = self.journal, self.case_id
        self.editor.draft = self.base  # drop my edits
        # through the journal lane, so no queued write can bring the edits back afterwards
        self.tasks.run(lambda: journal.discard(cid),
                       lambda _r: self.open_case(cid, force=True), self._on_error,
                       lane="journal")

    def compare(self) -> None:
        if self.store is None or self.tasks is None or self.case_id is None:
            return
        store, cid = self.store, self.case_id
        self.tasks.run(lambda: lookup.case(store, cid), self._merge_with, self._on_error)

    def _merge_with(self, theirs: PortCase) -> None:
        if self.base is None or self.draft is None:
            return
        mine, base = self.draft, self.base
        diffs = differences(base, mine, theirs)
        keep = set(changes_between(base, mine))
        if diffs:
            chosen = CompareDialog.ask(cast(QWidget, self), diffs)  # the panel
            if chosen is None:
                return
            keep -= {name for name, _m, _t in diffs if name not in chosen}
        merged = merge(theirs, mine, keep)
        self._restored = {}  # compared and chosen field by field: nothing left to review
        self.restored.hide()
        self.base, self.conflicted = theirs, False
        self.conflict.hide()
        self.editor.set_case(merged, self.editable)
        self.numbers.set_numbers(merged.numbers)
        self._on_edited(merged)
        self.save()


def field_words(names: Iterable[str]) -> str:
    """The fields' labels in a sentence: "customer name, BTN" (an acronym stays upper case: the
    line read "fix btn")."""
    labels = (LABELS.get(n, n) for n in names)
    return ", ".join(label[0].lower() + label[1:] if label[1:2].islower() else label
                     for label in labels)
