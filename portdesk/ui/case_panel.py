"""The open case beside the queue: editor, numbers, readiness and timeline, with autosave.

Every edit goes to the undo stack, is re-checked for readiness at once, is written to the recovery
journal (off the GUI thread) and is saved to the store after a short pause. A save refused because
someone else saved first keeps the edits and shows "changed by someone else" with reload / compare.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from portdesk.config import Settings, own_dir
from portdesk.domain.case import PortCase
from portdesk.domain.readiness import Evidence, blocking
from portdesk.domain.words import counted
from portdesk.services import desk
from portdesk.services.desk_types import Store
from portdesk.services.intents import EDITABLE
from portdesk.services.postport import summary as post_port_summary
from portdesk.services.recovery import JournalSeal
from portdesk.ui.banners import (
    ConflictBanner,
    ExceptionBanner,
    PostPortBanner,
    RulesStrip,
    SyncBanner,
)
from portdesk.ui.case_actions import DETAILS as DETAILS
from portdesk.ui.case_actions import NUMBERS as NUMBERS
from portdesk.ui.case_actions import READINESS as READINESS
from portdesk.ui.case_actions import TIMELINE as TIMELINE
from portdesk.ui.case_actions import CaseActionsMixin
from portdesk.ui.case_editor import LOCAL_FIELDS, CaseEditor
from portdesk.ui.case_header import SELECT_OR_NEW, CaseHeader
from portdesk.ui.case_saving import CaseSavingMixin, field_words
from portdesk.ui.journal import Journal, changes_between, reconcile, snapshot
from portdesk.ui.numbers_table import NumbersPanel
from portdesk.ui.queue_model import status_label
from portdesk.ui.readiness_panel import ReadinessPanel, past_summary, summary
from portdesk.ui.restored import RestoredBanner, RestoredEditsMixin
from portdesk.ui.taskman import Latest, TaskManager
from portdesk.ui.timeline_view import TimelineView

log = logging.getLogger(__name__)
AUTOSAVE_MS = 1200


class CasePanel(CaseSavingMixin, RestoredEditsMixin, CaseActionsMixin, QWidget):
    case_saved = Signal(int)
    case_loaded = Signal(int)
    case_closed = Signal()  # no case open any more: the window turns its case actions off
    case_created = Signal(int)  # the window makes sure the queue shows it
    save_failed = Signal(str)
    print_requested = Signal(int)  # the LOA screens connect here
    sync_requested = Signal()  # "Sync now" on a change not sent yet: the window's F5

    def __init__(self, window: Any = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.store: Store | None = None
        self.tasks: TaskManager | None = None
        self.journal: Journal | None = None
        self._kept_here: set[int] = set()  # cases left with unsaved edits in this session
        self.settings = Settings()
        self.actor = ""
        self.base: PortCase | None = None  # as last read from / saved to the store
        self._children: list[str] = []
        self._wanted: int | None = None  # the case last asked for (its load may be in flight)
        self.evidence: Evidence | None = None
        self.conflicted = False
        self._conflict_line = ""
        self._submit_waiting = False  # a submit waits in the outbox: the fields are final
        self._saving = False
        self._in_flight: dict[str, Any] | None = None  # the fields of the save in flight
        self._latest = Latest()
        self.undo_stack = QUndoStack(self)
        self._pending_message: tuple[int, str] | None = None  # shown once its case is on screen
        self.header = CaseHeader()
        self.save_state = self.header.message
        self.exception = ExceptionBanner()
        self.conflict = ConflictBanner()
        self.not_sent = SyncBanner()
        self.restored = RestoredBanner()
        self.restored.save_requested.connect(self.on_restored_save_requested)
        self.restored.discard_requested.connect(self.on_restored_discard_requested)
        # the journal's edits brought back and not yet saved or discarded (field -> plain
        # value as journaled): never autosaved, never saved by leaving the case (ui/restored)
        self._restored: dict[str, Any] = {}
        self._then_saved: tuple[int, Any] | None = None  # an action waiting for their save
        self.rules = RulesStrip()
        self.post_port = PostPortBanner()
        self.editor = CaseEditor(self.undo_stack)
        self.numbers = NumbersPanel()
        self.readiness = ReadinessPanel()
        self.timeline = TimelineView()
        scroll = self.details_scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # every tab stays in view on a narrow panel: titles elide instead of scrolling away
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.tabBar().setExpanding(False)
        # Ctrl+2 lands here when nothing in the case can be edited: its focus must show
        self.tabs.tabBar().setObjectName("caseTabs")
        for w, title in ((scroll, "Details"), (self.numbers, "Numbers"),
                         (self.readiness, "Readiness"), (self.timeline, "Timeline")):
            self.tabs.addTab(w, title)
        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        for banner in (self.not_sent, self.exception, self.conflict, self.restored, self.post_port,
                       self.rules):
            inner.addWidget(banner)
        inner.addLayout(self._build_case_buttons())
        inner.addWidget(self.tabs, 1)
        self.setMinimumWidth(420)  # its four tabs and the form stay whole on a 1024 px screen
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 4, 4)
        box.addWidget(self.header)
        box.addWidget(self.header.placeholder, 1)
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
        self.post_port.verify_requested.connect(self.verify_port)
        self.not_sent.retry_requested.connect(self.send_again)
        self.not_sent.sync_requested.connect(self.sync_requested)

    def attach(self, store: Store, settings: Settings, actor: str, tasks: TaskManager,
               journal_dir: Path | None = None) -> None:
        self.store, self.settings, self.actor, self.tasks = store, settings, actor, tasks
        self.read_only = desk.read_only(store)  # the queue may only be read: nothing editable
        self.editor.read_only = bool(self.read_only)
        self.journal = Journal(journal_dir or own_dir("recovery"), JournalSeal(store))

    # -- state --------------------------------------------------------------------------------
    @property
    def case_id(self) -> int | None:
        return self.base.id if self.base else None

    @property
    def chosen(self) -> int | None:
        """The case chosen last: the one opening, else the one shown."""
        return self._wanted if self._wanted is not None else self.case_id

    @property
    def draft(self) -> PortCase | None:
        return self.editor.draft

    @property
    def dirty(self) -> bool:
        return bool(self.base and self.draft and changes_between(self.base, self.draft))

    @property
    def editable(self) -> bool:
        return (self.base is not None and self.base.status in EDITABLE
                and not self._submit_waiting and not self.read_only)

    # -- open ---------------------------------------------------------------------------------
    def open_case(self, case_id: int, force: bool = False) -> None:
        """Open the case the specialist chose. "Which case" is the one chosen last (`chosen`),
        not the one still shown while it loads: going back to the shown case while another
        is opening is a choice too (it was dropped, and the other case opened)."""
        if self.store is None or self.tasks is None or (case_id == self.chosen and not force):
            return
        if case_id not in (self.case_id, self._wanted):  # left once, not again on a re-read
            self._leave()
        self._wanted = case_id
        if self.base is None:  # the row is highlighted now: never "Select a case" beside it
            self.header.show_placeholder("Opening the case selected in the queue…")
        store, settings, token = self.store, self.settings, self._latest.next()
        journal = self.journal

        def opening() -> tuple[desk.CaseView, Any]:
            view = desk.open_case(store, settings, case_id)
            return view, journal.read_written(case_id) if journal is not None else None

        self.tasks.run(opening, lambda got: self._show_view(got[0], token, got[1]),
                       lambda exc: self._on_open_failed(token, exc))

    def show_queue_opened(self) -> None:
        """The queue's first page landed: the usual words, unless a case is already opening."""
        if self.base is None and self._wanted is None:
            self.header.show_placeholder(SELECT_OR_NEW)

    def _on_open_failed(self, token: int, exc: BaseException) -> None:
        if self._latest.current(token):
            self._wanted = self.case_id  # the shown case stays the chosen one; a click retries
            if self.base is None:
                self.header.show_placeholder("That case could not be opened (the status bar "
                                             "says why). Select a case in the queue.")
            self._on_error(exc)

    def close_case(self, message: str) -> None:
        """Let the open case go (it left the queue's list): pending edits are saved first, and
        nothing of it stays on screen to be edited by mistake."""
        if self.base is None:
            return
        self.flush()
        self._latest.next()  # a load still in flight for it is dropped
        self._wanted = None
        self._autosave.stop()
        self.base, self.evidence, self.conflicted = None, None, False
        self.editor.draft = None
        self.undo_stack.clear()
        self.body.hide()
        self.header.show_placeholder(message)
        self._show_case_buttons(None)
        self.case_closed.emit()

    def reload(self) -> None:
        """The open case read again (after a sync round, a refresh, a colleague's save). Its
        undo history survives when the case comes back as it was (same version, nothing
        changed underneath): a specialist who saved, then saw the desk refresh, still expects
        Ctrl+Z to take back what they typed. When the case moved on, the steps would be undone
        onto values they never saw, so the history starts again (_show_view)."""
        chosen = self.chosen
        if chosen is not None and not (chosen == self.case_id and self.dirty):
            self.open_case(chosen, force=True)  # never the shown one over a click still opening

    def _show_view(self, view: desk.CaseView, token: int, recovered: Any = None) -> None:
        if not self._latest.current(token):
            return
        case = view.case
        unchanged = (self.base is not None and self.base.id == case.id
                     and self.base.version == case.version and not self.dirty)
        another = self.base is None or self.base.id != case.id
        self.base, self.evidence, self.conflicted = case, view.evidence, False
        self._submit_waiting = view.submit_waiting
        self.conflict.hide()
        unsaved, theirs = self._recover(case, recovered)
        self._restored = {}
        self.restored.hide()
        if not unchanged or unsaved:
            self.undo_stack.clear()  # another case, or this one moved on: old steps would lie
        self.editor.texts_capable = view.texts_capable
        self.editor.set_case(case, self.editable)
        if unsaved:  # one undo step, after the case as stored: Ctrl+Z takes them back
            self._restore(case, unsaved, theirs)
        draft = self.draft or case
        if another:  # a case opens at its top (its name and account), never where the last
            # one was scrolled to (walked at 1024x700: F8 showed the next case from City down);
            # a reload of the same case keeps its place
            self.details_scroll.verticalScrollBar().setValue(0)
        self.numbers.set_numbers(draft.numbers)
        self.numbers.set_editable(self.editable)
        self.timeline.set_entries(view.timeline)
        self.exception.show_case(case)
        self.not_sent.show_trouble(view.not_sent)
        self.rules.show_case(case)
        self.post_port.show_checks(case, view.post_port, post_port_summary(view.post_port))
        self._show_case_buttons(case)
        self.body.show()
        self._children = view.children
        self._refresh_header()
        self._recheck(draft)
        pending, self._pending_message = self._pending_message, None
        if pending is not None and pending[0] == case.id:
            self._show_save_state(pending[1], "ok")
        else:
            self._show_save_state()
        if unsaved and theirs:
            self._show_conflict()
        self.case_loaded.emit(case.id)

    def _recover(self, case: PortCase, recovered: Any) -> tuple[dict[str, Any], bool]:
        """The journal's edits the case does not hold yet, and whether someone else changed it
        since they were typed (journal.reconcile): the desk's own save, committed before its
        clean-up ran, is neither restored nor blamed on someone else. A journal with nothing
        left unsaved is removed."""
        if self.journal is None or case.id is None or recovered is None:
            return {}, False
        unsaved, theirs = reconcile(recovered, case)
        if not unsaved and self.tasks is not None:
            journal, cid = self.journal, case.id
            self.tasks.run(lambda: journal.discard(cid), None, self._on_error, lane="journal")
        return unsaved, theirs

    def _refresh_header(self) -> None:
        if self.base is not None:
            self.header.show_case(self.base, self._children, self._submit_waiting)

    # -- edits --------------------------------------------------------------------------------
    def _on_edited(self, draft: PortCase) -> None:
        if self.numbers.model.numbers != draft.numbers:
            self.numbers.set_numbers(draft.numbers)
        self._recheck(draft)
        self._write_journal()
        if (self.editable or not self._locked_changes()) and not self.conflicted \
                and not self._restore_pending():
            self._autosave.start()  # notes and assignee are the desk's own, always saved
        self._show_save_state()

    def _recheck(self, draft: PortCase) -> None:
        if self.evidence is None:
            return
        checks = desk.readiness_now(draft, self.evidence)
        past = self._past_submission()
        self.readiness.set_checks(checks, past)
        fails = len(blocking(checks))
        self.readiness.ready.setEnabled(self.editable)
        if not self.editable:  # submitted or done: the checks are history, not a verdict
            self.tabs.setTabText(READINESS, "Readiness")
        else:
            self.tabs.setTabText(READINESS, f"Readiness ({fails} ✖)" if fails else
                                 "Readiness ✔")
        self.tabs.setTabText(NUMBERS, f"Numbers ({len(draft.numbers)})")
        self.readiness.setToolTip(past_summary(past) if past else summary(checks))

    def submit_why_not(self) -> str:
        """Why the open case cannot be submitted now ("" when it can): the case as it is,
        including a submit already waiting in the outbox (its Submit must not queue another),
        by the rule the editor's fields follow (`editable`)."""
        if self.base is None or self.editable:
            return ""
        if self.read_only:
            return f"read-only: {self.read_only}"
        if self._submit_waiting:
            return "its submit already waits to be sent (the next sync sends it)"
        return f"it is {status_label(self.base.status.value, self.base.kind.value).lower()}" \
            ": nothing to submit"

    def _past_submission(self) -> str:
        """The status of a case sent (or queued to be sent): "" while it can still be submitted."""
        if self.base is None:
            return ""
        if self._submit_waiting:
            return "Submit waiting to be sent"
        if self.base.status in EDITABLE:
            return ""
        return status_label(self.base.status.value, self.base.kind.value)

    def _write_journal(self) -> None:
        if self.journal is None or self.base is None or self.tasks is None or self.draft is None:
            return
        journal, cid, version = self.journal, self.base.id, self.base.version
        changes = changes_between(self.base, self.draft)
        base = snapshot(self.base) if changes else None
        sent = self._in_flight  # typed during a save: what it sends is this desk's own
        assert cid is not None
        self.tasks.run(lambda: journal.write(cid, version, changes, base, sent), None,
                       self._on_error, lane="journal")

    def _show_save_state(self, text: str | None = None, tone: str = "") -> None:
        """The message line under the header: always about the case on screen."""
        if self.base is None:
            self.header.set_message(text or "", tone)
            return
        if text is None:
            errors = self.editor.blocking_errors()
            if errors:
                text, tone = "Not saved: fix " + field_words(errors), "error"
            elif locked := self._locked_changes():  # kept (journal), never dropped silently
                text, tone = (f"{counted(len(locked), 'edit')} kept here, not saved: "
                              + self._locked_advice()), "error"
            elif self.conflicted:  # typing on does not save: the banner's choice comes first
                text, tone = self._conflict_line, "error"
            elif self._restored and self.dirty:  # the restored banner's choice comes first
                text, tone = "Not saved: restored edits wait for Save (Ctrl+S) or Discard", \
                    "error"
            elif self.dirty:
                text = "Unsaved changes…" if not self._saving else "Saving…"
            elif self._submit_waiting:  # the header's summary says it waits to be sent
                text = self._locked_advice()
            else:
                text = "All changes saved"
        self.header.set_message(text, tone)

    def _locked_changes(self) -> list[str]:
        """Edits of fields the case cannot take now (submitted, or its submit waiting)."""
        if self.editable or self.base is None or self.draft is None:
            return []
        return [n for n in changes_between(self.base, self.draft) if n not in LOCAL_FIELDS]

    def _locked_advice(self) -> str:
        if self._submit_waiting:
            return "Details are final: to change them, cancel and submit again."
        return "The carrier has it: wait for an exception, or cancel."
