"""Edits brought back from the recovery journal wait for the specialist's review.

A restart (or coming back to a case left with edits that could not be saved) shows what the
journal held on the case, named field by field, with Save and Discard. Nothing is saved until
one is chosen: the autosave used to send them a second after the case opened, unseen, and the
undo history was cleared with them. Until a choice, the journal keeps them (a second crash still
loses nothing), leaving the case keeps them too, and the edits are steps of the undo history
like any typed ones (one step: "Restored edits").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from portdesk.domain.case import Address, PortCase, mask_secret
from portdesk.domain.numbers import format_display
from portdesk.domain.words import counted
from portdesk.ui.banners import Banner
from portdesk.ui.case_editor import LABELS
from portdesk.ui.fields import get_value
from portdesk.ui.journal import apply_changes, changes_between

_SHOWN_AT_MOST = 6  # fields named on the banner; the rest counted


def value_words(name: str, value: Any) -> str:
    """A restored value as the desk writes it (the PIN masked, never in clear)."""
    if name == "pin":
        return mask_secret(str(value or ""))
    if name == "numbers":
        return counted(len(value), "number")
    if isinstance(value, Address):
        return value.one_line() or "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value in (None, ""):
        return "(empty)"
    text = str(getattr(value, "value", value))
    if text.startswith("+") and text[1:].isdigit():
        return format_display(text)
    return f"“{text}”" if len(text) <= 40 else f"“{text[:37]}…”"


def restored_words(case: PortCase, names: list[str]) -> str:
    """What the journal brought back, field by field, in the editor's names."""
    said = [f"{LABELS.get(n, n.replace('_', ' ').capitalize())} "
            f"{value_words(n, get_value(case, n))}" for n in names[:_SHOWN_AT_MOST]]
    more = len(names) - _SHOWN_AT_MOST
    if more > 0:
        said.append(f"and {counted(more, 'other field')}")
    return "; ".join(said) + "."


class RestoredBanner(Banner):
    """Restored edits and the choice they wait for."""

    save_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__("warn", parent)
        self.setAccessibleName("Restored unsaved edits")
        self.save = self.button("Save (Ctrl+S)")
        self.save.setToolTip("Save the restored edits to the case (Ctrl+S does the same)")
        self.discard = self.button("Discard them")
        self.discard.setToolTip("Put these fields back as the case has them; nothing is saved")
        self.save.clicked.connect(self.save_requested)
        self.discard.clicked.connect(self.discard_requested)

    def show_restored(self, title: str, words: str, choice: bool) -> None:
        """`choice`: Save / Discard offered (not while a conflict's own choice comes first)."""
        self.title.setText(title)
        self.text.setText(("Not saved yet: " + words + (
            " Save them (Ctrl+S), or discard them to keep the case as it is stored."
            if choice else ""))
            if words else "")
        self.save.setVisible(choice)
        self.discard.setVisible(choice)
        self.show()


class RestoredChoice:
    """Asked before an action that uses the case as stored (Print LOA, Submit, the LOA and bill
    screens, the platform's screens) while restored edits wait in the editor: the action would
    otherwise work on the stored values while the screen shows others (the lead's decision)."""

    SAVE, DISCARD = "save", "discard"

    @classmethod
    def ask(cls, parent: QWidget | None, reference: str, what: str, words: str) -> str | None:
        """"save", "discard", or None (Cancel, Escape). Alt+S and Alt+D reach the choices."""
        box = QMessageBox(QMessageBox.Icon.Question, f"{what}: restored edits not saved",
                          f"{reference} has edits restored from the recovery journal that are "
                          f"not saved: {words}\n\n{what} uses the case as it is stored. Save "
                          "the restored edits first, or discard them?",
                          QMessageBox.StandardButton.Cancel, parent)
        save = box.addButton("&Save and continue", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("&Discard and continue", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return cls.SAVE if clicked is save else cls.DISCARD if clicked is discard else None


class RestoredEditsMixin:
    """The case panel's part: restored edits applied as one undo step and held for a choice.
    The panel has `_restored` (field -> journaled value) and the banner as `restored`."""

    _restored: dict[str, Any]
    restored: RestoredBanner
    _kept_here: set[int]
    _saving: bool
    # an action waiting for the restored edits' save (case id, the action): run once saved
    _then_saved: tuple[int, Callable[[], Any]] | None
    save_failed: Any
    undo_stack: Any
    editor: Any
    base: PortCase | None

    if TYPE_CHECKING:  # the panel's own
        @property
        def draft(self) -> PortCase | None: ...
        def save(self) -> None: ...
        def flush(self) -> None: ...
        def _write_journal(self) -> None: ...
        def _show_save_state(self, text: str | None = None, tone: str = "") -> None: ...

    def _restore(self, case: PortCase, unsaved: dict[str, Any], theirs: bool) -> None:
        """The journal's edits put back as one undoable step, said on the banner, and held for
        the specialist's Save or Discard (the autosave sent them unseen)."""
        self._restored = dict(unsaved)
        self.undo_stack.beginMacro("Restored edits")
        try:
            restored = apply_changes(case, unsaved)
            for name in unsaved:
                self.editor.set_value(name, get_value(restored, name))
        finally:
            self.undo_stack.endMacro()
        when = "when you left this case" if case.id in self._kept_here else "the last session"
        self.restored.show_restored(
            f"Restored {counted(len(unsaved), 'unsaved edit')} from {when}.",
            restored_words(self.draft or restored, list(unsaved)), choice=not theirs)
        self._show_save_state()

    def _restore_pending(self) -> bool:
        """Restored edits still on the case, waiting for Save or Discard (undone: no more)."""
        if not self._restored or self.base is None or self.draft is None:
            return False
        if not set(changes_between(self.base, self.draft)) & set(self._restored):
            self._restored = {}
            self.restored.hide()
        return bool(self._restored)

    def save_by_hand(self) -> None:
        """Ctrl+S (or the toolbar's Save), pressed by the specialist on the case shown: restored
        edits waiting on it are saved as the banner's Save saves them (the lead's decision,
        session 22). A save asked from elsewhere (`save()`: the reconnect, a timer, another
        screen) still never saves them."""
        if self._restore_pending():
            self.on_restored_save_requested()
        else:
            self.save()

    def use_stored(self, what: str, then: Callable[[], Any]) -> None:
        """Run `then`, an action that reads the case as stored (`what`: its name, "Print LOA"),
        after the edits are saved. While restored edits wait, ask first (Save and continue /
        Discard and continue / Cancel): Print LOA and Submit used the stored case silently
        while the screen showed the restored values. Edits that cannot be saved (a value to
        fix, a colleague's change) stop it, said: Check bill compared the bill with the BTN
        stored before a half-typed one on screen, without a word (walked, journey 24)."""
        if not self._restore_pending() or self.base is None or self.base.id is None:
            held = self._unsaveable()
            if held and self.base is not None:
                self._show_save_state()
                self.save_failed.emit(f"{what} not started: {self.base.reference}'s edits are "
                                      f"not saved ({held}); it would use the case as stored")
                return
            self.flush()
            then()
            return
        case_id, reference = self.base.id, self.base.reference
        words = restored_words(self.draft or self.base, list(self._restored))
        choice = RestoredChoice.ask(self if isinstance(self, QWidget) else None, reference,
                                    what, words)
        if choice == RestoredChoice.DISCARD:
            self.on_restored_discard_requested()
            self.flush()
            then()
        elif choice == RestoredChoice.SAVE:
            self._then_saved = (case_id, then)
            self.on_restored_save_requested()
            if not self._saving:  # nothing went (a value to fix, a conflict): said, not done
                self._then_saved = None
                self.save_failed.emit(f"{what} not started: {reference}'s restored edits are "
                                      "not saved (see the line under the case's name)")
        else:
            self.save_failed.emit(f"{what} not started: {reference}'s restored edits still wait "
                                  "for Save or Discard")

    def _unsaveable(self) -> str:
        """Why the edits on screen cannot be saved now ("fix BTN"), or "" when they can."""
        if not getattr(self, "dirty", False):
            return ""
        errors = self.editor.blocking_errors()
        if errors:
            from portdesk.ui.case_panel import field_words

            return "fix " + field_words(errors)
        return "changed by someone else" if getattr(self, "conflicted", False) else ""

    def _after_restored_saved(self, saved: PortCase | None) -> None:
        """The save that carried restored edits ended: the action waiting for it goes on when it
        committed for that case, and is dropped otherwise (refused, or the case left)."""
        waiting, self._then_saved = self._then_saved, None
        if waiting is not None and saved is not None and saved.id == waiting[0]:
            waiting[1]()

    def on_restored_save_requested(self) -> None:
        self._restored = {}
        self.restored.hide()
        self.save()

    def on_restored_discard_requested(self) -> None:
        """The restored fields back to the case's stored values (one undoable step); edits typed
        since in other fields stay, and are saved as any edit."""
        if self.base is None or self.draft is None:
            return
        names, self._restored = list(self._restored), {}
        self.restored.hide()
        now = changes_between(self.base, self.draft)
        self.undo_stack.beginMacro("Discard restored edits")
        try:
            for name in names:
                if name in now:
                    self.editor.set_value(name, get_value(self.base, name))
        finally:
            self.undo_stack.endMacro()
        self._write_journal()  # nothing left: the journal goes
        self._show_save_state()

