"""What the specialist does to the open case besides typing: submit, comment, split, create,
print, and the buttons other screens add (the port-out answer plugs in here).

Every action names the case it was started for, and its outcome is shown with that case only:
a result that arrives after the specialist moved to another case never writes its message under
that other case, and never switches the editor back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from portdesk.domain.case import PortCase
from portdesk.domain.words import counted
from portdesk.services import desk
from portdesk.ui.dialogs import Confirm, ReasonDialog
from portdesk.ui.fields import rejected
from portdesk.ui.taskman import describe

DETAILS, NUMBERS, READINESS, TIMELINE = range(4)


@dataclass
class CaseButton:
    button: QPushButton
    applies: Callable[[PortCase], bool]


class CaseActionsMixin:
    """Mixed into CasePanel; uses its store, tasks, tabs, editor and message line."""

    # provided by CasePanel
    base: PortCase | None
    store: Any
    tasks: Any
    settings: Any
    actor: str
    tabs: Any
    editor: Any
    numbers: Any
    readiness: Any
    timeline: Any
    case_saved: Any
    case_created: Any
    save_failed: Any
    print_requested: Any
    _pending_message: tuple[int, str] | None
    _wanted: int | None
    case_id: Any
    read_only: str  # why the queue may only be read ("": writable)
    draft: Any
    open_case: Callable[..., None]
    flush: Callable[[], None]
    use_stored: Callable[[str, Callable[[], Any]], None]
    _show_save_state: Callable[..., None]

    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    # -- buttons other screens add --------------------------------------------------------------
    def _build_case_buttons(self) -> QHBoxLayout:
        self.case_buttons: list[CaseButton] = []
        self.button_row = QHBoxLayout()
        self.button_row.setContentsMargins(0, 0, 0, 0)
        self.button_row.addStretch(1)
        return self.button_row

    def add_case_button(self, text: str, slot: Callable[[int], Any],
                        applies: Callable[[PortCase], bool]) -> QPushButton:
        """A button above the tabs, shown for the cases `applies` accepts; `slot(case_id)`.

        The hook for screens that live elsewhere: post-port verification uses it, and so can
        the port-out answer (Authorize / Reject) for port-out requests.
        """
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda: self.case_id is not None and slot(self.case_id))
        button.hide()
        self.button_row.insertWidget(self.button_row.count() - 1, button)
        self.case_buttons.append(CaseButton(button, applies))
        if self.base is not None:
            button.setVisible(applies(self.base))
        return button

    def _show_case_buttons(self, case: PortCase | None) -> None:
        for entry in self.case_buttons:
            entry.button.setVisible(case is not None and entry.applies(case))

    # -- messages for one case ------------------------------------------------------------------
    def _on_screen(self, case_id: int | None) -> bool:
        """The case is the one shown and no other one is being opened instead."""
        return case_id is not None and case_id == self.case_id and self._wanted in (None,
                                                                                     case_id)

    def say(self, case_id: int | None, text: str, tone: str = "") -> None:
        """Show `text` under the case it is about, or in the window's status line otherwise."""
        if case_id is None or self._on_screen(case_id):
            self._show_save_state(text, tone)
        else:
            self.save_failed.emit(text)

    def _failed_for(self, case_id: int | None, what: str = "") -> Callable[[BaseException],
                                                                             None]:
        reference = self.base.reference if self.base is not None else ""

        def failed(exc: BaseException) -> None:
            text = describe(exc)
            if not self._on_screen(case_id) and reference:
                text = f"{reference}: {what}{text}"
            self.say(case_id, text, "error")

        return failed

    def _after_action(self, case_id: int, message: str) -> None:
        """Something was written for `case_id`: refresh the queue; reload it if still open."""
        self.case_saved.emit(case_id)
        if self._on_screen(case_id):
            self._pending_message = (case_id, message)
            self.open_case(case_id, force=True)
        else:
            self.save_failed.emit(message)

    def _on_error(self, exc: BaseException) -> None:
        self._show_save_state(describe(exc), "error")
        self.save_failed.emit(describe(exc))

    # -- navigation -----------------------------------------------------------------------------
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

    def focus_editor(self) -> bool:
        """Ctrl+2: into the open case's first field (or its current tab)."""
        if self.base is None:
            return False
        if self.tabs.currentIndex() != DETAILS or not self.editor.focus_first():
            # nothing to type into (a read-only queue): the tab bar, framed when focused, and
            # the message line says where the keyboard is and why (the bare focus on a tab was
            # easy to miss)
            self.tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)
            if self.tabs.currentIndex() == DETAILS:
                why = f" ({self.read_only})" if self.read_only else ""
                self._show_save_state(f"Nothing in this case can be edited{why}: the keyboard is "
                                      "on the tabs, ←/→ switch them")
        return True

    def focus_comment(self) -> None:
        if self.base is not None:
            self.tabs.setCurrentIndex(TIMELINE)
            self.timeline.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- submit ---------------------------------------------------------------------------------
    def mark_ready(self) -> None:
        """Queue the case for submission, after asking: a written reason when checks fail, a
        plain confirmation otherwise; a stale signed LOA is refused whatever the reason."""
        if self.store is None or self.tasks is None or self.base is None:
            return
        self.use_stored("Submit", self._mark_ready)

    def _mark_ready(self) -> None:
        if self.store is None or self.tasks is None or self.base is None:
            return
        failing = [c for c in self.readiness.model.checks if c.level.value == "fail"]
        hard = [c for c in failing if not c.overridable]
        reference, cid = self.base.reference, self.base.id
        reason = ""
        if hard:
            self.tabs.setCurrentIndex(READINESS)
            self._show_save_state(f"Not submitted: {hard[0].message}", "error")
            return
        if failing:
            titles = ", ".join(c.title for c in failing)
            answer = ReasonDialog.ask(self._widget(), "Not ready", f"These checks fail: {titles}.\n"
                                      "Submitting anyway needs a written reason (audited):")
            if not answer:
                return
            reason = answer
        elif not Confirm.ask(self._widget(), "Submit", f"Queue {reference} for submission? The next sync "
                             "sends it to the platform, which sends it to the carrier.",
                             "Submit"):
            return
        store, settings, actor = self.store, self.settings, self.actor
        assert cid is not None
        self.tasks.run(lambda: desk.mark_ready(store, settings, cid, actor, reason),
                       lambda case: self._after_action(case.id, "Queued for submission: "
                                                       "the next sync sends it"),
                       self._failed_for(cid, "not submitted: "), keep=True)

    def send_again(self) -> None:
        """Ctrl+Shift+R / "Send again as it is": what the platform refused goes back in the
        queue unchanged (for a cause fixed outside PortDesk; a fix saved here sends it)."""
        if self.store is None or self.tasks is None or self.base is None:
            return
        if self.base.sync_state != "failed":
            self._show_save_state("Nothing of this case was refused by the platform: what is "
                                  "queued goes at the next sync.")
            return
        self.use_stored("Send again", self._send_again)

    def _send_again(self) -> None:
        if self.store is None or self.tasks is None or self.base is None:
            return
        store, actor, cid = self.store, self.actor, self.base.id
        assert cid is not None
        self.tasks.run(lambda: desk.send_again(store, cid, actor),
                       lambda n: self._after_action(cid, f"Queued again ({n}): the next sync "
                                                    "sends it"),
                       self._failed_for(cid, "not queued again: "), keep=True)

    # -- comments, splits, new cases --------------------------------------------------------------
    def add_comment(self, body: str) -> None:
        if self.store is None or self.tasks is None or self.case_id is None:
            return
        store, actor, cid = self.store, self.actor, self.case_id

        def done(said: str) -> None:
            if self._on_screen(cid):
                self.timeline.comment_saved()
            self._after_action(cid, said)

        self.tasks.run(lambda: desk.add_comment(store, cid, body, actor), done,
                       self._failed_for(cid, "comment not added: "), keep=True)

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
        reason = ReasonDialog.ask(self._widget(), "Split into a new case",
                                  f"Move {counted(len(numbers), 'number')} into a new linked case. Why?")
        if not reason:
            return
        self.use_stored("Split", lambda: self._split(numbers, reason))

    def _split(self, numbers: list[str], reason: str) -> None:
        if self.store is None or self.tasks is None or self.case_id is None:
            return
        store, actor, cid = self.store, self.actor, self.case_id
        self.tasks.run(lambda: desk.split_numbers(store, cid, numbers, actor, reason),
                       lambda child: self._after_action(cid, f"Split into {child.reference}"),
                       self._failed_for(cid, "not split: "), keep=True)

    def new_case(self) -> None:
        from portdesk.ui.new_case_dialog import NewCaseDialog

        if self.store is None or self.tasks is None:
            return
        cases = NewCaseDialog.ask(self._widget())
        if not cases:
            return
        store, actor = self.store, self.actor

        def created(made: list[PortCase]) -> None:
            first = made[0]
            assert first.id is not None
            refs = ", ".join(c.reference for c in made)
            self.case_created.emit(first.id)
            self.case_saved.emit(first.id)
            self._pending_message = (first.id, f"Created {refs}")
            self.open_case(first.id)

        self.tasks.run(lambda: desk.create_cases(store, cases, actor), created, self._on_error, keep=True)

    def verify_port(self) -> None:
        """Post-port verification: inbound, outbound, SMS, listings, each checked and dated."""
        from portdesk.services import postport
        from portdesk.ui.postport_dialog import PostPortDialog

        if self.store is None or self.base is None or self.case_id is None:
            return
        if not postport.applies(self.base):
            self._show_save_state("Verify the port once a port-in or transfer has completed "
                                  "(status Ported).")
            return
        cid = self.case_id
        checks = PostPortDialog.ask(self.store, self.actor, cid, self._widget())
        if checks is not None:
            self._after_action(cid, postport.summary(checks))

    def print_loa(self) -> None:
        case_id = self.case_id
        if case_id is not None:
            self.use_stored("Print LOA", lambda: self.print_requested.emit(case_id))
