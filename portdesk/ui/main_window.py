"""The desk: queues on the left, the queue in the middle, the open case on the right.

The window wires panels together and owns the task manager; the work itself lives in services
(called on a worker) and in one module per panel or dialog, so new screens plug in without this
file growing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QVBoxLayout, QWidget

from portdesk.config import Settings
from portdesk.domain.case import CaseKind
from portdesk.domain.readiness import no_loa_here
from portdesk.domain.routing import action_name
from portdesk.services import desk, lookup
from portdesk.services.desk_types import Store
from portdesk.ui.actions import DeskActions
from portdesk.ui.banners import Banner
from portdesk.ui.batch import BatchActions
from portdesk.ui.case_panel import CasePanel
from portdesk.ui.desk_commands import DeskCommands
from portdesk.ui.dialogs import Inform, as_sentence
from portdesk.ui.document_actions import TAKES_LOA, DocumentActions
from portdesk.ui.platform_actions import PlatformActions
from portdesk.ui.queue_model import QueueModel
from portdesk.ui.queue_view import QueueView
from portdesk.ui.screen import fit_to_screen
from portdesk.ui.sidebar import Sidebar
from portdesk.ui.status_bar import DeskStatusBar
from portdesk.ui.taskman import TaskManager, describe
from portdesk.ui.theme import apply_theme, icon
from portdesk.ui.view_settings import private_view_settings

if TYPE_CHECKING:  # both are built around the window, after it
    from portdesk.ui.notifications import Notifier
    from portdesk.ui.team_live import TeamHookup

log = logging.getLogger(__name__)
COUNTS_EVERY_MS = 60_000


# what acts on the open case (the LOA and bill screens add theirs: DeskActions.needs_case)
CASE_ACTIONS = ("save", "mark_ready", "comment", "split", "print", "send_again", "verify_port",
                "audit_trail")
# what works on the queue itself: off (the hover says why) until the store is here; F5 before it
# read "nothing" and the list said "No cases yet" of a queue not read
QUEUE_ACTIONS = ("new_case", "import", "samples", "refresh", "save_filter", "delete_filter",
                 "audit_verify")
WRITE_ACTIONS = ("new_case", "import", "samples", "save", "mark_ready", "comment", "split",
                 "send_again", "verify_port", "assign", "status")  # off on a read-only queue


class MainWindow(QMainWindow):
    store_ready = Signal()
    first_page_shown = Signal()
    sync_requested = Signal()  # F5: the sync engine connects here
    case_changed = Signal(int)
    settings_saved = Signal()  # sync restarts with the new key / URL, the theme is applied
    closing = Signal()

    def __init__(self, settings: Settings, actor: str, tasks: TaskManager | None = None,
                 qsettings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.actor = actor
        self.store: Store | None = None
        self.tasks = tasks or TaskManager(self)
        self.qsettings = qsettings or private_view_settings()
        self.setWindowTitle("PortDesk")
        self.setWindowIcon(icon("portdesk"))
        fit_to_screen(self, 1360, 820)
        self._first_painted = False
        self._refused: tuple[int | None, str] | None = None  # the case, the words on the bar
        self.notifier: Notifier | None = None  # set by the app (tray notices and the sync loop)
        self.team: TeamHookup | None = None  # set by the app (live queue, presence, db state)

        self.sidebar = Sidebar()
        self.model = QueueModel(_NoSource(), self.tasks, parent=self)
        self.queue_view = QueueView(self.model)
        self.case_panel = CasePanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for w, stretch in ((self.sidebar, 0), (self.queue_view, 3), (self.case_panel, 2)):
            self.splitter.addWidget(w)
            self.splitter.setStretchFactor(self.splitter.indexOf(w), stretch)
        self.splitter.setSizes(pane_sizes(self.width()))
        self.splitter.setCollapsible(1, False)
        self.read_only_banner = Banner("warn")  # the queue may only be read (store.writable)
        self.read_only_banner.setAccessibleName("Read-only queue")
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status = DeskStatusBar(self)
        self.setStatusBar(self.status)

        self.actions_ = DeskActions(self)
        self.batch = BatchActions(self)
        self.commands = DeskCommands(self)
        self.addToolBar(self.actions_.toolbar())
        self._connect_actions()
        self.documents = DocumentActions(self)
        self.platform = PlatformActions(self)
        self.case_panel.add_case_button(  # the port-out request, answered from the case itself
            "Answer port-out request…", lambda _case_id: self.case_panel.use_stored(
                "Answer port-out request", self.platform.open_portout),
            lambda case: case.awaits_portout_answer)
        self.sidebar.queue_selected.connect(self.queue_view.show_queue)
        self.queue_view.case_activated.connect(self.case_panel.open_case)
        self.queue_view.case_left.connect(self._on_case_left)
        self.queue_view.reopen_missed.connect(self._on_reopen_missed)
        self.queue_view.all_cases_requested.connect(lambda: self.sidebar.select_key("all"))
        self.case_panel.case_loaded.connect(self.queue_view.follow_editor)
        self.case_panel.case_created.connect(self._show_created)
        self.queue_view.samples_requested.connect(self.commands.load_samples)
        self.queue_view.selection_changed.connect(self._on_selection_changed)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.failed.connect(lambda msg: self.status.flash(msg))
        self.case_panel.case_saved.connect(self._on_case_saved)
        self.case_panel.save_failed.connect(self._on_save_refused)
        self.queue_view.table.viewport().installEventFilter(self)
        self._counts_timer = QTimer(self, singleShot=True, interval=250)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._periodic = QTimer(self, interval=COUNTS_EVERY_MS)
        self._periodic.timeout.connect(self.refresh_counts)
        self._restore_view_state()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme)  # "system" follows the desktop, also live
        self._on_selection_changed([])
        self.actions_.enable(QUEUE_ACTIONS, False, "the queue is still being opened")
        self._queue_landed = False

    # -- store --------------------------------------------------------------------------------
    def attach_store(self, store: Store) -> None:
        self.store = store
        self.actions_.enable(QUEUE_ACTIONS, True)  # off again below on a read-only queue
        self.model.set_source(lookup.QueueReader(store))
        self.case_panel.attach(store, self.settings, self.actor, self.tasks)
        self.status.set_database(desk.database_label(store))
        self._show_read_only(desk.read_only(store))
        for notice in desk.notices(store):
            self.status.flash(notice[0].upper() + notice[1:] + ".", 30_000)
        self._restore_open_case()
        self.load_queues(select=str(self.qsettings.value("desk/queue", "all")))
        self._periodic.start()
        self.store_ready.emit()

    def _show_read_only(self, reason: str) -> None:
        self.read_only_banner.title.setText("Read-only: " + reason if reason else "")
        self.read_only_banner.text.setText(desk.READ_ONLY_TO_DO)
        self.read_only_banner.setVisible(bool(reason))
        self._read_only = reason
        self._refuse_writes()

    def _refuse_writes(self) -> None:
        """On a read-only queue every action that writes is off, the hover saying why."""
        if getattr(self, "_read_only", ""):
            self.actions_.enable(WRITE_ACTIONS, False, f"read-only: {self._read_only}")

    def store_failed(self, message: str) -> None:
        self.status.set_database("no database")
        self.actions_.enable(QUEUE_ACTIONS, False, "the queue could not be opened")
        not_opened = "The queue could not be opened."
        self.queue_view.show_not_opened(not_opened)
        self.case_panel.header.show_placeholder(not_opened)
        self.show_error("Cannot open the database", message)

    def load_queues(self, select: str | None = None) -> None:
        assert self.store is not None
        store = self.store

        def done(saved: list[desk.DeskQueue]) -> None:
            current = self.sidebar.current_queue()
            key = select or (current.key if current else "all")
            self.sidebar.model_.set_queues(desk.standard_queues(me=self.actor), saved)
            if not self.sidebar.select_key(key):
                self.sidebar.select_key("all")
            self.refresh_counts()

        self.tasks.run(lambda: desk.saved_queues(store), done, self.task_failed)

    def refresh_counts(self) -> None:
        if self.store is None:
            return
        store, queues = self.store, self.sidebar.model_.queues()
        self.tasks.run(lambda: desk.queue_counts(store, queues), self._on_counts,
                       self.task_failed)

    def _on_counts(self, counts: dict[str, int]) -> None:
        self.sidebar.model_.set_counts(counts)
        self.queue_view.set_database_empty(counts.get("all") == 0)

    def refresh_pending(self) -> None:
        """The status bar's pending changes, read again (cheap: one indexed count)."""
        if self.store is None:
            return
        store = self.store
        self.tasks.run(lambda: desk.pending_changes(store), self.status.set_pending,
                       lambda exc: log.info("pending changes not read: %s", exc), lane="query")

    def after_change(self) -> None:
        """Something was written: reload the queue (keeping the selection), the counts and the
        pending changes it may have queued for the platform."""
        self.queue_view.refresh()
        self._counts_timer.start()
        self.refresh_pending()

    def _on_case_saved(self, case_id: int) -> None:
        self.after_change()
        self.case_changed.emit(case_id)
        refused, self._refused = self._refused, None
        if refused is not None and refused[0] == case_id:  # "... still wait for Save": untrue now
            self.status.withdraw(refused[1])

    def _on_save_refused(self, text: str) -> None:
        """Said for 12 s, unless a save of that case lands first and makes it untrue."""
        self._refused = (self.case_panel.case_id, text)
        self.status.flash(text, 12_000)

    def _show_created(self, _case_id: int) -> None:
        """A new case is a draft in "All cases": show that list so it stays open in the editor."""
        queue = self.sidebar.current_queue()
        if self.queue_view.filter.text():
            self.queue_view.filter.clear()
        if queue is None or queue.key != "all":
            self.sidebar.select_key("all")

    def _on_case_left(self, case_id: int) -> None:
        panel = self.case_panel
        if panel.case_id != case_id or panel.base is None:
            return
        panel.close_case(f"{panel.base.reference} is not in this list any more (the filter, the "
                         "queue or its status changed). Pick a case in the queue.")

    def _on_model_loaded(self, total: int) -> None:
        if not self._queue_landed:  # after QueueView's slot: the first case may be opening
            self._queue_landed = True
            self.case_panel.show_queue_opened()
        if total and not self._first_painted:
            self.queue_view.table.viewport().update()

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if (not self._first_painted and event.type() == event.Type.Paint
                and obj is self.queue_view.table.viewport() and self.model.loaded_rows()):
            self._first_painted = True
            QTimer.singleShot(0, self.first_page_shown.emit)
            QTimer.singleShot(0, _freeze_startup_objects)
        return super().eventFilter(obj, event)

    # -- actions ------------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        p, c = self.case_panel, self.commands
        self.actions_.connect({
            "new_case": p.new_case, "import": c.import_cases, "export": self.batch.export,
            "samples": c.load_samples, "settings": c.open_settings, "quit": self.close,
            "undo": p.undo_stack.undo, "redo": p.undo_stack.redo, "save": p.save_by_hand,
            "find": self.queue_view.focus_filter, "mark_ready": p.mark_ready,
            "status": self.batch.change_status, "assign": self.batch.assign,
            "comment": p.focus_comment, "split": p.split_selected, "print": p.print_loa,
            "verify_port": p.verify_port, "audit_trail": c.audit_trail,
            "send_again": p.send_again,
            "audit_verify": c.verify_audit,
            "refresh": self.refresh, "save_filter": c.save_filter,
            "delete_filter": c.delete_filter, "about": c.about, "logs": c.open_logs,
            "go_queue": self.focus_queue, "go_editor": self.focus_editor,
            "next_case": lambda: self.move_case(1), "previous_case": lambda: self.move_case(-1),
        })
        p.undo_stack.canUndoChanged.connect(self.actions_["undo"].setEnabled)
        p.undo_stack.canRedoChanged.connect(self.actions_["redo"].setEnabled)
        self.actions_.enable(("undo", "redo"), False)
        p.case_loaded.connect(lambda _id: self._case_open(True))
        p.case_closed.connect(lambda: self._case_open(False))
        p.case_loaded.connect(lambda _id: self._remember_open_case())
        p.case_closed.connect(self._remember_open_case)
        self.queue_view.filter.textChanged.connect(lambda _text: self._remember_open_case())
        self.sidebar.queue_selected.connect(lambda _queue: self._remember_open_case())
        p.sync_requested.connect(self.refresh)
        self.actions_.needs_case(CASE_ACTIONS)  # registered once; each open or close sets them
        self._case_open(False)

    def _case_open(self, is_open: bool) -> None:
        """What acts on the open case does nothing without one: off, and the hover says so.
        Submit and Print LOA are a port-in's: off for a port-out or a transfer, with why (the
        toolbar offered Submit on the demo's port-out; it failed only after the question)."""
        self.actions_.set_case_open(is_open)
        self._batch_print_rule(bool(self.queue_view.selected_ids()))
        base = self.case_panel.base if is_open else None
        name, where = action_name(base.kind if base is not None else CaseKind.PORT_IN)
        text = f"{name} (calls, texts, listings" + (f" {where}" if where else "") + ")…"
        cut = text.index("o", len("Verify"))  # Alt+O for every kind, as the menu had it
        self.actions_["verify_port"].setText(text[:cut] + "&" + text[cut:])
        if base is not None and base.kind != CaseKind.PORT_IN:
            why = no_loa_here(base)
            self.actions_.enable(("mark_ready", "print", *TAKES_LOA), False,
                                 why[0].lower() + why[1:] if why else "not for this case")
        elif base is not None and (why := self.case_panel.submit_why_not()):
            self.actions_.enable(("mark_ready",), False, why)  # the readiness button's rule
        if base is not None and base.sync_state != "failed":
            # by the rule of the others: it was on for every case and, chosen, said there was
            # nothing to send again (walked at 1024x700)
            self.actions_.enable(("send_again",), False,
                                 "nothing of this case was refused by the platform")
        if base is not None and base.kind == CaseKind.PORT_OUT \
                and "platform_steps" in self.actions_.actions:
            # a porting order's steps: a port-out is no porting order (it read "the platform
            # has no such record (GET /porting_orders/...)"; walked at 1024x700)
            self.actions_.enable(("platform_steps",), False, "a port-out has no porting order's "
                                 "steps: its request is in Answer port-out request")
        if base is not None and "portout_answer" in self.actions_.actions:
            # a port-out's own action, by the same rule: on a port-in it was on and said
            # "is not a port-out request" only once chosen (walked at 1024x700)
            if base.kind != CaseKind.PORT_OUT:
                self.actions_.enable(("portout_answer",), False, "not a port-out request")
            elif not base.platform_order_id:
                self.actions_.enable(("portout_answer",), False, "entered here, not received "
                                     "from the platform: there is no request to answer there")
        self._refuse_writes()

    def _on_selection_changed(self, ids: list[int]) -> None:
        self.actions_.enable(("assign", "status", "export"), bool(ids))
        self._batch_print_rule(bool(ids))
        self._refuse_writes()
        if hasattr(self, "documents"):
            self.documents.selected = list(ids)

    def _batch_print_rule(self, selected: bool) -> None:
        """Print LOAs of selection prints the selected cases, else the open one: off with
        neither (it was on over an empty list and did nothing)."""
        if "loa_batch_print" in self.actions_.actions:
            on = selected or self.case_panel.base is not None
            self.actions_.enable(("loa_batch_print",), on,
                                 "select cases in the queue or open one first")

    def move_case(self, step: int) -> None:
        """F8 / Shift+F8; at either end of the list, say so instead of doing nothing."""
        if not self.queue_view.move_current(step):
            if self.model.rowCount() == 0:  # not "the last case": there is none (walked: a
                # filter that matched nothing, F8, "This is the last case in the list.")
                found = "the filter matches no case here" if \
                    self.queue_view.filter.text().strip() else "this queue is empty"
                self.status.flash(f"No case to move to: {found}.")
                return
            self.status.flash("This is the last case in the list." if step > 0 else
                              "This is the first case in the list.")

    def focus_queue(self) -> None:
        """Ctrl+1: back to the queue, on the case that is open."""
        table = self.queue_view.table
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.queue_view.current_id is not None:
            row = self.model.row_of_id(self.queue_view.current_id)
            if row >= 0:
                table.scrollTo(self.model.index(row, 0))

    def focus_editor(self) -> None:
        """Ctrl+2: into the open case."""
        if not self.case_panel.focus_editor():
            self.status.flash("Open a case first: pick one in the queue.")

    def refresh(self) -> None:
        self.after_change()
        self.case_panel.reload()
        self.sync_requested.emit()

    def show_error(self, title: str, message: str) -> None:
        Inform.show(self, title, as_sentence(message), error=True)

    def task_failed(self, exc: BaseException) -> None:
        self.status.flash(describe(exc), 10_000)

    # -- window state -------------------------------------------------------------------------
    def _restore_view_state(self) -> None:
        s = self.qsettings
        for key, apply in (("desk/geometry", self.restoreGeometry),
                           ("desk/state", self.restoreState),
                           ("desk/splitter", self.splitter.restoreState)):
            value = s.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                apply(value)
        # a header state kept for another set of columns (a version with fewer) lands its widths
        # on the wrong columns (one 685 px wide mid-queue): kept with its column count, and
        # applied only to as many columns (a state kept before the count: as it is)
        columns = s.value("desk/header_columns")
        if columns is None or str(columns) == str(self.model.columnCount()):
            self.queue_view.restore_state(s.value("desk/header"))

    def _restore_open_case(self) -> None:
        """The quick filter and the case open when the desk closed, as they were (the queue is
        restored by load_queues): the desk started on the first row, and the specialist looked
        for their case again. The filter's text is set before the queue loads, unheard (it
        would load the rows of no queue first)."""
        s = self.qsettings
        text = str(s.value("desk/filter", "") or "")
        blocked = self.queue_view.filter.blockSignals(True)
        self.queue_view.filter.setText(text)
        self.queue_view.filter.blockSignals(blocked)
        try:
            case_id = int(str(s.value("desk/case", "")))
        except ValueError:
            return
        self.queue_view.reopen = (case_id, str(s.value("desk/case_reference", "") or ""))

    def _on_reopen_missed(self, reference: str) -> None:
        """One line, what matters first: at 1024 px the message keeps ~240 px beside the
        database and sync labels (walked: "PD-000004 (open when PortDesk close" was all of it);
        the whole line is on hover."""
        queue = self.sidebar.current_queue()
        where = f"“{queue.label}”" if queue is not None else "this list"
        if self.queue_view.filter.text().strip():
            where += " with this filter"
        first = ": the first case is open" if self.model.rowCount() else ""
        self.status.flash(f"{reference or 'The case open at closing'} is not in {where} now "
                          f"(it was open when PortDesk closed){first}.", 20_000)

    def save_view_state(self) -> None:
        s = self.qsettings
        s.setValue("desk/geometry", self.saveGeometry())
        s.setValue("desk/state", self.saveState())
        s.setValue("desk/splitter", self.splitter.saveState())
        s.setValue("desk/header", self.queue_view.save_state())
        s.setValue("desk/header_columns", self.model.columnCount())
        queue = self.sidebar.current_queue()
        if queue is not None:
            s.setValue("desk/queue", queue.key)
        s.setValue("desk/filter", self.queue_view.filter.text())
        self._remember_open_case()
        s.sync()

    def _remember_open_case(self) -> None:
        """Kept as each case opens or closes, not only at a clean close: a desk killed (a
        crash, a logout) reopens on it too, in the queue and with the quick filter it was
        found by (walked: killed after "maple" and Return, it reopened the case in the whole
        queue, the filter gone)."""
        s, base = self.qsettings, self.case_panel.base
        queue = self.sidebar.current_queue()
        if queue is not None and self.queue_view.reopen is None:
            s.setValue("desk/queue", queue.key)
            s.setValue("desk/filter", self.queue_view.filter.text())
        if base is not None and base.id is not None:
            s.setValue("desk/case", base.id)
            s.setValue("desk/case_reference", base.reference)
        elif self.queue_view.reopen is None:  # not while the one to reopen is still sought
            s.remove("desk/case")
            s.remove("desk/case_reference")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.case_panel.flush()
        self.closing.emit()
        self.save_view_state()
        self._periodic.stop()
        self._counts_timer.stop()
        self.tasks.shutdown()
        super().closeEvent(event)


def pane_sizes(width: int) -> list[int]:
    """Sidebar, queue, case: the case keeps room for its four tabs and its form on a 1024 px
    screen; the queue (which scrolls sideways) gives way first."""
    sidebar = 200
    case = max(430, int(width * 0.34))
    return [sidebar, max(300, width - sidebar - case), case]


def _freeze_startup_objects() -> None:
    """Objects alive after start-up (Qt wrappers, modules) live as long as the app: moving them out
    of the collector's reach keeps its full collections short while the specialist scrolls."""
    import gc

    gc.freeze()


class _NoSource:
    """Until the store is open the queue is empty (the window shows before the database)."""

    def page(self, q: Any, with_total: bool = True) -> Any:
        from portdesk.domain.queue import QueuePage

        return QueuePage([], 0, q)

    def ids(self, q: Any) -> list[int]:
        return []

    def ids_unless(self, q: Any, stop: Any) -> list[int] | None:
        return []

    def rows_for_ids(self, ids: list[int]) -> list[Any]:
        return []
