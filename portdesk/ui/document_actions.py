"""The LOA and bill screens, reachable from the desk's Case menu and shortcuts.

The screens live in ui/loa and ui/bills and take plain collaborators; this module only opens them
for the current case (or the selected cases) and refreshes the case afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from portdesk.domain.file_kinds import BILL_SUFFIXES
from portdesk.domain.readiness import no_loa_here
from portdesk.ui import loa as loa_screens
from portdesk.ui.bills import open_bill_check
from portdesk.ui.dialogs import Inform

# key, menu text, shortcut
DOCUMENT_ACTIONS = (
    ("loa_documents", "LOA &documents…", "Ctrl+Shift+D"),
    ("loa_sign", "S&ign LOA…", "Ctrl+Alt+S"),
    ("loa_form", "Fill carrier &form…", "Ctrl+Shift+F"),
    ("loa_wet", "&Wet signature…", "Ctrl+Shift+W"),
    ("loa_verify", "&Verify signed LOA…", "Ctrl+Shift+Y"),
    ("loa_batch_print", "Print LOAs of selection…", "Ctrl+Shift+P"),
    ("check_bill", "Check &bill…", "Ctrl+B"),
)
ON_SELECTION = ("loa_batch_print",)  # the selected cases, or the open one: not the open one alone
TAKES_LOA = ("loa_sign", "loa_form", "loa_wet")  # off where the case takes no LOA from us


def bill_said(outcome: Any) -> str:
    """What the bill check did to the case, both halves: "Document saved" hid that "Use bill
    value" had changed the case's values (walked: a wrong account number fixed from the bill)."""
    parts = [] if outcome.document is None else \
        ["Bill checked again" if getattr(outcome, "checked_again", False) else "Bill attached"]
    if outcome.case_changed:
        parts.append("the case holds what you copied from the bill (see the Timeline)")
    said = "; ".join(parts)
    return said[:1].upper() + said[1:]


class DocumentActions:
    """Opens the document screens for the window's current case or selection."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.selected: list[int] = []
        self._drawing: Any = None  # the Print LOA in flight (ui/loa/letter_drawing)
        panel = window.case_panel
        slots: dict[str, Callable[[], Any]] = {
            "loa_documents": lambda: self._for_case(loa_screens.open_documents, False,
                                                    what="LOA documents"),
            "loa_sign": lambda: self._for_case(loa_screens.open_sign, takes_loa=True,
                                                what="Sign LOA"),
            "loa_form": lambda: self._for_case(loa_screens.open_form_filler, takes_loa=True,
                                               what="Fill carrier form"),
            "loa_wet": lambda: self._for_case(loa_screens.open_wet_signature, takes_loa=True,
                                              what="Wet signature"),
            "loa_verify": lambda: panel.use_stored("Verify signed LOA", self.verify),
            "loa_batch_print": self.batch_print,
            "check_bill": lambda: self.check_bill(),
        }
        for key, text, shortcut in DOCUMENT_ACTIONS:
            window.actions_.add(key, "&Case", text, shortcut, "", slot=slots[key],
                                needs_case=key not in ON_SELECTION)
        panel.print_requested.connect(self.print_preview)
        self.bill_drop = BillDropOnCase(self)

    def _ready(self) -> bool:
        return self.window.store is not None

    def _for_case(self, opener: Callable[..., Any], with_actor: bool = True,
                  takes_loa: bool = False, what: str = "This screen",
                  said: Callable[[Any], str] = lambda _r: "Document saved") -> None:
        panel = self.window.case_panel
        case_id = panel.case_id
        if not self._ready() or case_id is None:
            self.window.status.flash("Open a case first")
            return
        why = no_loa_here(panel.base) if takes_loa and panel.base is not None else ""
        if why:  # said at once, not after a letter was drawn and signed for nothing
            self.window.status.flash("No LOA for this case: nothing was attached")
            Inform.show(self.window, "No LOA for this case", f"{why}\n\nNothing was attached.")
            return
        store, settings = self.window.store, self.window.settings
        args = (store, settings, self.window.actor, case_id, self.window) if with_actor \
            else (store, settings, case_id, self.window)

        def open_screen() -> None:
            result = opener(*args)
            if result is not None:
                panel._after_action(case_id, said(result))

        panel.use_stored(what, open_screen)

    def check_bill(self, path: Path | None = None) -> None:
        """Check bill on the open case; with a dropped file, that file without asking for one."""
        self._for_case(lambda store, settings, actor, case_id, parent: self._bill_check(
            store, settings, actor, case_id, parent, path), what="Check bill", said=bill_said)

    def _bill_check(self, store: Any, settings: Any, actor: str, case_id: int,
                    parent: Any, path: Path | None = None) -> Any:
        outcome = open_bill_check(store, settings, actor, case_id, parent, path)
        return outcome if (outcome.document is not None or outcome.case_changed) else None

    def print_preview(self, case_id: int) -> None:
        """Print LOA: drawn on a worker with progress and Cancel (it took 120-330 ms on the GUI
        thread), one at a time; a second press while it draws does nothing."""
        if not self._ready() or (self._drawing is not None and self._drawing.job is not None):
            return
        base = self.window.case_panel.base
        reference = base.reference if base is not None and base.id == case_id else ""
        self._drawing = loa_screens.draw_and_preview(
            self.window.store, self.window.settings, case_id, self.window, self.window.tasks,
            self.window.task_failed, reference)

    def verify(self) -> None:
        if self._ready():
            loa_screens.open_verify(self.window.store, self.window.settings,
                                    self.window.case_panel.case_id, self.window)

    def batch_print(self) -> None:
        ids = self.selected or ([self.window.case_panel.case_id]
                                if self.window.case_panel.case_id else [])
        if not (self._ready() and ids):
            return

        def open_batch() -> None:
            loa_screens.open_batch_print(self.window.store, self.window.settings, ids,
                                         self.window)

        panel = self.window.case_panel
        if panel.case_id in ids:  # the open case's letter is drawn from it as stored
            panel.use_stored("Print LOAs", open_batch)
        else:
            open_batch()


def dropped_bill(mime: QMimeData) -> Path | None:
    """The one local file dragged, when the bill check reads its kind; else None."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in BILL_SUFFIXES else None


class BillDropOnCase(QObject):
    """A bill dragged onto the open case, wherever it lands, opens Check bill with that file.

    The panel's text boxes take drops themselves: a bill dropped on one was typed into it as its
    address ("file:///...bill.pdf" as the customer name, then saved). Every widget of the panel
    that accepts drops is watched, and the panel itself takes what lands between them; a drag
    that is not one bill file is left to the widget as before (text still drops into a box)."""

    KINDS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)

    def __init__(self, actions: DocumentActions) -> None:
        super().__init__(actions.window)
        self.actions = actions
        self.panel = actions.window.case_panel
        self.panel.setAcceptDrops(True)
        self.watch()
        self.panel.case_loaded.connect(lambda _case_id: self.watch())

    def watch(self) -> None:
        """Watch the panel and each of its widgets that takes drops (again after a case opens:
        a kind's fields may be new); installing twice keeps one filter."""
        for widget in [self.panel, *self.panel.findChildren(QWidget)]:
            if widget.acceptDrops():
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self.KINDS or not isinstance(
                event, QDragEnterEvent | QDragMoveEvent | QDropEvent):
            return False
        path = dropped_bill(event.mimeData())
        if path is None:
            return False  # not a bill: the widget's own drop (text into a box) as before
        if self.panel.case_id is None or self.actions.window.store is None:
            event.ignore()  # nothing to check it against, and never typed into a box
            return True
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            QTimer.singleShot(0, lambda: self.actions.check_bill(path))  # once the drag ended
        return True
