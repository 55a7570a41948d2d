"""The open case beside the queue: editor, numbers, readiness and timeline, with autosave.

Every edit goes to the undo stack, is re-checked for readiness at once, is written to the recovery
journal (off the GUI thread) and is saved to the store after a short pause. A save refused because
someone else saved first keeps the edits and shows "changed by someone else" with reload / compare.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from portdesk.config import Settings, data_dir
from portdesk.domain.case import PortCase
from portdesk.domain.errors import Conflict
from portdesk.domain.readiness import Evidence, blocking
from portdesk.services import desk
from portdesk.services.intents import EDITABLE
from portdesk.store.store import Store
from portdesk.ui.banners import ConflictBanner, ExceptionBanner, RulesStrip
from portdesk.ui.case_editor import CaseEditor
from portdesk.ui.conflict import CompareDialog, differences, merge
from portdesk.ui.dialogs import Confirm, ReasonDialog
from portdesk.ui.fields import rejected
from portdesk.ui.journal import Journal, apply_changes, changes_between
from portdesk.ui.numbers_table import NumbersPanel
from portdesk.ui.queue_model import KIND_LABELS, status_label
from portdesk.ui.readiness_panel import ReadinessPanel, summary
from portdesk.ui.taskman import Latest, TaskManager, describe
from portdesk.ui.timeline_view import TimelineView

log = logging.getLogger(__name__)
AUTOSAVE_MS = 1200
DETAILS, NUMBERS, READINESS, TIMELINE = range(4)


class CasePanel(QWidget):
    case_saved = Signal(int)
    case_loaded = Signal(int)
    case_created = Signal(int)  # the window makes sure the queue shows it
    save_failed = Signal(str)
    print_requested = Signal(int)  # the LOA screens connect here

    def __init__(self, window: Any = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.store: Store | None = None
        self.tasks: TaskManager | None = None
        self.journal: Journal | None = None
        self.settings = Settings()
        self.actor = ""
        self.base: PortCase | None = None  # as last read from / saved to the store
        self.evidence: Evidence | None = None
        self.conflicted = False
        self._saving = False
        self._latest = Latest()
        self.undo_stack = QUndoStack(self)
        self.header = QLabel("Select a case in the queue, or press Ctrl+N for a new one.")
        self.header.setWordWrap(True)
        self.header.setAccessibleName("Case")
        self.save_state = QLabel()
        self.save_state.setAccessibleName("Save state")
        self.exception = ExceptionBanner()
        self.conflict = ConflictBanner()
        self.restored = QLabel()
        self.restored.hide()
        self.rules = RulesStrip()
        self.editor = CaseEditor(self.undo_stack)
        self.numbers = NumbersPanel()
        self.readiness = ReadinessPanel()
        self.timeline = TimelineView()
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for w, title in ((scroll, "Details"), (self.numbers, "Numbers"),
                         (self.readiness, "Readiness"), (self.timeline, "Timeline")):
            self.tabs.addTab(w, title)
        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        for banner in (self.exception, self.conflict, self.restored, self.rules):
            inner.addWidget(banner)
        inner.addWidget(self.tabs, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 4, 4)
        box.addWidget(self.header)
        box.addWidget(self.save_state)
        box.addWidget(self.body, 1)
        self.body.hide()
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self.editor.edited.connect(self._on_edited)
        self.numbers.numbers_edited.connect(lambda n: self.editor.set_value("numbers", n))
        self.numbers.split_requested.connect(self.split_numbers)
        self.readiness.jump_requested.connect(self.jump_to)
        self.readiness.mark_ready_requested.connect(self.mark_ready)
        self.timeline.comment_submitted.connect(self.add_comment)
        self.exception.fix_requested.connect(self.jump_to)
        self.exception.split_requested.connect(self._split_rejected)
        self.conflict.reload_requested.connect(self.take_theirs)
        self.conflict.compare_requested.connect(self.compare)

    def attach(self, store: Store, settings: Settings, actor: str, tasks: TaskManager,
               journal_dir: Path | None = None) -> None:
        self.store, self.settings, self.actor, self.tasks = store, settings, actor, tasks
        self.journal = Journal(journal_dir or data_dir() / "recovery", store.box)

    # -- state --------------------------------------------------------------------------------
    @property
    def case_id(self) -> int | None:
        return self.base.id if self.base else None

    @property
    def draft(self) -> PortCase | None:
        return self.editor.draft

    @property
    def dirty(self) -> bool:
        return bool(self.base and self.draft and changes_between(self.base, self.draft))

    @property
    def editable(self) -> bool:
        return self.base is not None and self.base.status in EDITABLE

    # -- open ---------------------------------------------------------------------------------
    def open_case(self, case_id: int, force: bool = False) -> None:
        if self.store is None or self.tasks is None or (case_id == self.case_id and not force):
            return
        if self.case_id != case_id:
            self.flush()
        store, settings, token = self.store, self.settings, self._latest.next()
        self.tasks.run(lambda: desk.open_case(store, settings, case_id),
                       lambda view: self._show_view(view, token), self._on_error)

    def close_case(self, message: str) -> None:
        """Let the open case go (it left the queue's list): pending edits are saved first, and
        nothing of it stays on screen to be edited by mistake."""
        if self.base is None:
            return
        self.flush()
        self._latest.next()  # a load still in flight for it is dropped
        self._autosave.stop()
        self.base, self.evidence, self.conflicted = None, None, False
        self.editor.draft = None
        self.undo_stack.clear()
        self.body.hide()
        self.header.setText(message)
        self.save_state.setText("")

    def reload(self) -> None:
        if self.case_id is not None and not self.dirty:
            self.open_case(self.case_id, force=True)

    def _show_view(self, view: desk.CaseView, token: int) -> None:
        if not self._latest.current(token):
            return
        case = view.case
        self.base, self.evidence, self.conflicted = case, view.evidence, False
        self.conflict.hide()
        draft = case
        recovered = self.journal.read(case.id) if self.journal and case.id else None
        if recovered is not None and recovered.changes:
            draft = apply_changes(case, recovered.changes)
            self.restored.setText(f"Restored {len(recovered.changes)} unsaved edit(s) from the "
                                  "last session.")
        self.restored.setVisible(recovered is not None and bool(recovered.changes))
        self.undo_stack.clear()
        self.editor.set_case(draft, self.editable)
        self.numbers.set_numbers(draft.numbers)
        self.numbers.set_editable(self.editable)
        self.timeline.set_entries(view.timeline)
        self.exception.show_case(case)
        self.rules.show_case(case)
        self.body.show()
        self._refresh_header(view.children)
        self._recheck(draft)
        if recovered is not None and recovered.changes:
            if recovered.version != case.version:
                self._show_conflict()
            else:
                self._autosave.start()
        self.case_loaded.emit(case.id)

    def _refresh_header(self, children: list[str] | None = None) -> None:
        if self.base is None:
            return
        c = self.base
        kind = KIND_LABELS.get(c.kind.value, c.kind.value)
        linked = f" · split into {', '.join(children)}" if children else ""
        self.header.setText(f"<span style='font-size:14pt; font-weight:600'>{c.reference}</span>"
                            f"&nbsp;&nbsp;{status_label(c.status.value)} · {kind} · "
                            f"{c.service_type.value.replace('_', '-')}{linked}")
        self.header.setToolTip(c.account_name)

    # -- edits --------------------------------------------------------------------------------
    def _on_edited(self, draft: PortCase) -> None:
        if self.numbers.model.numbers != draft.numbers:
            self.numbers.set_numbers(draft.numbers)
        self._recheck(draft)
        self._write_journal()
        if self.editable and not self.conflicted:
            self._autosave.start()
        self._show_save_state()

    def _recheck(self, draft: PortCase) -> None:
        if self.evidence is None:
            return
        checks = desk.readiness_now(draft, self.evidence)
        self.readiness.set_checks(checks)
        fails = len(blocking(checks))
        self.tabs.setTabText(READINESS, f"Readiness ({fails} ✖)" if fails else "Readiness ✔")
        self.tabs.setTabText(NUMBERS, f"Numbers ({len(draft.numbers)})")
        self.readiness.setToolTip(summary(checks))

    def _write_journal(self) -> None:
        if self.journal is None or self.base is None or self.tasks is None or self.draft is None:
            return
        journal, cid, version = self.journal, self.base.id, self.base.version
        changes = changes_between(self.base, self.draft)
        assert cid is not None
        self.tasks.run(lambda: journal.write(cid, version, changes), None, self._on_error,
                       lane="journal")

    def _show_save_state(self, text: str | None = None) -> None:
        if text is None:
            errors = self.editor.blocking_errors()
            if errors:
                text = "Not saved: fix " + ", ".join(errors)
            elif self.dirty:
                text = "Unsaved changes…" if not self._saving else "Saving…"
            else:
                text = "All changes saved"
        self.save_state.setText(text)

    # -- save ---------------------------------------------------------------------------------
    def save(self) -> None:
        self._autosave.stop()
        if (self.store is None or self.tasks is None or self.base is None or self.draft is None
                or not self.dirty or self.conflicted or self._saving):
            self._show_save_state()
            return
        if self.editor.blocking_errors():
            self._show_save_state()
            return
        sent = replace(self.draft, version=self.base.version)
        store, actor = self.store, self.actor
        self._saving = True
        self._show_save_state()
        self.tasks.run(lambda: desk.save_draft(store, sent, actor),
                       lambda saved: self._on_saved(sent, saved), self._on_save_failed)

    def _on_saved(self, sent: PortCase, saved: PortCase) -> None:
        self._saving = False
        if self.base is None or saved.id != self.base.id or self.draft is None:
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
        self.case_saved.emit(saved.id)

    def _refresh_timeline(self, case_id: int) -> None:
        """The history after a save names what was just changed."""
        if self.store is None or self.tasks is None:
            return
        store = self.store

        def show(entries: list[desk.TimelineEntry]) -> None:
            if self.case_id == case_id:
                self.timeline.set_entries(entries)

        self.tasks.run(lambda: desk.timeline(store, case_id), show, self._on_error)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, Conflict):
            self._show_conflict()
            return
        self._show_save_state(f"Not saved: {describe(exc)}")
        self.save_failed.emit(describe(exc))

    def flush(self) -> None:
        """Save now (the db lane keeps it ahead of whatever is queued next)."""
        if self.dirty and not self.conflicted:
            self.save()

    # -- conflict -----------------------------------------------------------------------------
    def _show_conflict(self) -> None:
        self.conflicted = True
        self.conflict.show()
        self._show_save_state("Not saved: changed by someone else")

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
        self.tasks.run(lambda: store.cases.get(cid), self._merge_with, self._on_error)

    def _merge_with(self, theirs: PortCase) -> None:
        if self.base is None or self.draft is None:
            return
        mine, base = self.draft, self.base
        diffs = differences(base, mine, theirs)
        keep = set(changes_between(base, mine))
        if diffs:
            chosen = CompareDialog.ask(self, diffs)
            if chosen is None:
                return
            keep -= {name for name, _m, _t in diffs if name not in chosen}
        merged = merge(theirs, mine, keep)
        self.base, self.conflicted = theirs, False
        self.conflict.hide()
        self.editor.set_case(merged, self.editable)
        self.numbers.set_numbers(merged.numbers)
        self._on_edited(merged)
        self.save()

    # -- actions ------------------------------------------------------------------------------
    def jump_to(self, field: str) -> None:
        if not field:
            self.tabs.setCurrentIndex(DETAILS)
            return
        if field == "numbers":
            self.tabs.setCurrentIndex(NUMBERS)
            self.numbers.table.setFocus()
        elif field in ("loa", "bill"):
            self.tabs.setCurrentIndex(READINESS)
        else:
            self.tabs.setCurrentIndex(DETAILS)
            self.editor.focus_field(field)

    def mark_ready(self) -> None:
        """Queue the case for submission, after asking: a written reason when checks fail, a
        plain confirmation otherwise; a stale signed LOA is refused whatever the reason."""
        if self.store is None or self.tasks is None or self.base is None:
            return
        self.flush()
        failing = [c for c in self.readiness.model.checks if c.level.value == "fail"]
        hard = [c for c in failing if not c.overridable]
        reference = self.base.reference
        reason = ""
        if hard:
            self.tabs.setCurrentIndex(READINESS)
            self._show_save_state(f"Not submitted: {hard[0].message}")
            return
        if failing:
            titles = ", ".join(c.title for c in failing)
            answer = ReasonDialog.ask(self, "Not ready", f"These checks fail: {titles}.\n"
                                      "Submitting anyway needs a written reason (audited):")
            if not answer:
                return
            reason = answer
        elif not Confirm.ask(self, "Submit", f"Queue {reference} for submission? The next sync "
                             "sends it to the platform, which sends it to the carrier.",
                             "Submit"):
            return
        store, settings, actor, cid = self.store, self.settings, self.actor, self.base.id
        assert cid is not None
        self.tasks.run(lambda: desk.mark_ready(store, settings, cid, actor, reason),
                       lambda case: self._after_action(case.id, "Queued for submission"),
                       self._on_error)

    def add_comment(self, body: str) -> None:
        if self.store is None or self.tasks is None or self.case_id is None:
            return
        store, actor, cid = self.store, self.actor, self.case_id

        def done(_r: object) -> None:
            self.timeline.comment_saved()
            self._after_action(cid, "Comment added")

        self.tasks.run(lambda: desk.add_comment(store, cid, body, actor), done, self._on_error)

    def focus_comment(self) -> None:
        if self.base is not None:
            self.tabs.setCurrentIndex(TIMELINE)
            self.timeline.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _split_rejected(self) -> None:
        if self.draft is not None:
            self.tabs.setCurrentIndex(NUMBERS)
            bad = rejected(self.draft.numbers)
            if bad:
                self.numbers.select_numbers(bad)
            self.split_numbers(self.numbers.selected())

    def split_selected(self) -> None:
        self.split_numbers(self.numbers.selected())

    def split_numbers(self, numbers: list[str]) -> None:
        if self.store is None or self.tasks is None or self.case_id is None:
            return
        if not numbers:
            self.tabs.setCurrentIndex(NUMBERS)
            self._show_save_state("Select the numbers to split off in the Numbers tab.")
            return
        reason = ReasonDialog.ask(self, "Split into a new case",
                                  f"Move {len(numbers)} number(s) into a new linked case. Why?")
        if not reason:
            return
        self.flush()
        store, actor, cid = self.store, self.actor, self.case_id
        self.tasks.run(lambda: desk.split_numbers(store, cid, numbers, actor, reason),
                       lambda child: self._after_action(cid, f"Split into {child.reference}"),
                       self._on_error)

    def new_case(self) -> None:
        from portdesk.ui.new_case_dialog import NewCaseDialog

        if self.store is None or self.tasks is None:
            return
        case = NewCaseDialog.ask(self)
        if case is None:
            return
        store, actor = self.store, self.actor
        def created(c: PortCase) -> None:
            assert c.id is not None
            self.case_created.emit(c.id)
            self._after_action(c.id, f"Created {c.reference}")

        self.tasks.run(lambda: desk.create_case(store, case, actor), created, self._on_error)

    def print_loa(self) -> None:
        if self.case_id is not None:
            self.flush()
            self.print_requested.emit(self.case_id)

    def _after_action(self, case_id: int, message: str) -> None:
        self._show_save_state(message)
        self.case_saved.emit(case_id)
        self.open_case(case_id, force=True)

    def _on_error(self, exc: BaseException) -> None:
        self._show_save_state(describe(exc))
        self.save_failed.emit(describe(exc))
