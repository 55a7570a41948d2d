"""The queue: quick filter above the table, an empty state that offers sample cases."""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.case import CaseKind
from portdesk.domain.kind_fields import status_labels
from portdesk.domain.queue import QueueQuery
from portdesk.services.desk import DeskQueue
from portdesk.ui.case_header import OPENING_QUEUE
from portdesk.ui.queue_model import (
    CUSTOMER,
    HEADERS,
    REFERENCE,
    SORT_KEYS,
    STATUS,
    WAITING,
    QueueModel,
)
from portdesk.ui.status_chip import StatusChipDelegate

DEFAULT_WIDTHS = (92, 200, 130, 170, 72, 140, 70, 50, 80)
FOC_COLUMN = HEADERS.index("FOC date")
LONGEST_DATE = "Sep 30, 2027"  # short_date in another year
MIN_CUSTOMER = 108  # the customer column gives way down to this, so the status stays whole
# (its widest chip "Waiting on customer" included, queue_model.chip_text)
CHIP_ROOM = 36  # a chip's padding and its margins in the status cell (status_chip.py)


class EmptyState(QWidget):
    samples_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        title = QLabel("No cases yet")
        title.setObjectName("emptyTitle")
        text = QLabel("Create a case with Ctrl+N, import a spreadsheet with File ▸ Import, "
                      "or look around with a set of sample cases.")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton("Load sample cases")
        self.button.setAccessibleName("Load sample cases")
        self.button.clicked.connect(self.samples_requested)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMinimumWidth(360)
        box = QVBoxLayout(self)
        box.addStretch(2)
        box.addWidget(title)
        box.addWidget(text)
        box.addSpacing(8)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(3)


class QueueView(QWidget):
    """The queue table. The case in the editor is tracked by its id, never by a row number.

    A reload (after a save, a sort, a filter or another queue) resets the model and with it Qt's
    current index; left alone, the next focus-in would make row 0 current and open that case in
    the editor while another row stays highlighted. So the view remembers `current_id` and puts
    the current index and selection back on the same cases after every load; only a change the
    specialist makes (a click, the keys) opens another case, and a case that is not in the list
    any more is announced by `case_left` so the editor lets it go.
    """

    case_activated = Signal(int)
    case_left = Signal(int)  # the open case is not in the list any more
    reopen_missed = Signal(str)  # the case open when the desk closed is not in this list now
    all_cases_requested = Signal()  # "Look in All cases" under a search that found nothing here
    selection_changed = Signal(list)  # case ids
    samples_requested = Signal()

    def __init__(self, model: QueueModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self.queue: DeskQueue | None = None
        self.current_id: int | None = None
        self._restore_ids: list[int] = []
        self._restoring = False
        self._opened_once = False  # the desk opens on the first case once, not after each reload
        # the case open when the desk last closed (id, reference): the desk opens on it again
        # while it is in the list, else on the first case, saying why (reopen_missed)
        self.reopen: tuple[int, str] | None = None
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by reference, name, number or account  (Ctrl+F)")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Quick filter")
        self.filter.textChanged.connect(self._on_filter_text_changed)
        # Return in the filter opens the first case it found and moves into the queue, as a
        # search box does (walked as a new user: "maple", Return, and nothing opened; Ctrl+2
        # then said "Open a case first")
        self.filter.returnPressed.connect(self.open_first_found)
        self._finding = False  # the rows for the filter's text are being read
        self._open_when_found = False
        self.summary = QLabel()
        self.summary.setAccessibleName("Queue size")
        # the filter looks inside the queue on the left: a search that finds nothing here says
        # so and offers All cases (walked: a draft's reference typed in "Needs signature" showed
        # "0 cases" and an empty list, and the case looked gone)
        self.elsewhere = QLabel()
        self.elsewhere.setWordWrap(True)
        self.elsewhere.setContentsMargins(8, 0, 8, 4)
        self.elsewhere.setTextFormat(Qt.TextFormat.RichText)
        self.elsewhere.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.elsewhere.linkActivated.connect(lambda _link: self.all_cases_requested.emit())
        self.elsewhere.hide()
        self.table = QTableView()
        self.table.setObjectName("queue")
        self.table.setAccessibleName("Cases")
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(STATUS, StatusChipDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the queue; arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(SORT_KEYS.index("reference"), Qt.SortOrder.DescendingOrder)
        # the order the specialist chose by a header click; a queue with an order of its own
        # (FOC or completion next 7 days: soonest first) shows that one, indicator included, while it is shown
        self._chosen = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self._on_sort_chosen)
        for col, width in enumerate(DEFAULT_WIDTHS):
            self.table.setColumnWidth(col, width)
        # An FOC date in another year carries it ("Jan 06, 2027": December's usual case); the
        # column fits that in the desk's own font rather than cutting it to "Jan 06, 2…".
        self.table.setColumnWidth(FOC_COLUMN, max(DEFAULT_WIDTHS[FOC_COLUMN],
                                                  self.table.fontMetrics().horizontalAdvance(
                                                      LONGEST_DATE) + 20))
        # every status chip whole in the desk's own font ("Needs signature" was cut to
        # "Needs signatu…" by a fixed 130 px when the font is larger)
        self.table.setColumnWidth(STATUS, max(DEFAULT_WIDTHS[STATUS], max(
            self.table.fontMetrics().horizontalAdvance(label)
            for label in [*status_labels(), HEADERS[WAITING]]) + CHIP_ROOM))
        self._customer_wanted = DEFAULT_WIDTHS[CUSTOMER]  # as wide as this when there is room
        self._fitting = False
        header.sectionResized.connect(self._on_section_resized)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(lambda ix: self._activate(ix.row()))
        # Return / Enter on the row the keyboard is on opens it, as Space and a click do (walked
        # keyboard only: Tab from the filter lands on a row that is current but not open, and
        # Return did nothing there)
        self.table.activated.connect(lambda ix: self._activate(ix.row()))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.empty = EmptyState()
        self.empty.samples_requested.connect(self.samples_requested)
        # until the first page lands the list says the queue is opening, not an empty table
        # (nor "No cases yet": neither is known before the queue is read)
        self.opening = QLabel(OPENING_QUEUE)
        self.opening.setAccessibleName("Queue state")
        self.opening.setWordWrap(True)
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._landed = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.opening)
        self.stack.setCurrentWidget(self.opening)
        top = QHBoxLayout()
        top.setContentsMargins(8, 8, 8, 4)
        top.addWidget(self.filter, 1)
        top.addWidget(self.summary)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(top)
        box.addWidget(self.elsewhere)
        box.addWidget(self.stack, 1)
        model.loaded.connect(self._on_model_loaded)
        model.modelAboutToBeReset.connect(self._remember_selection)

    # -- queries ------------------------------------------------------------------------------
    def show_queue(self, queue: DeskQueue) -> None:
        self.queue = queue
        col, order = self._chosen
        if queue.query.sort in SORT_KEYS:  # its own order, not the header's last one
            col = SORT_KEYS.index(queue.query.sort)
            order = Qt.SortOrder.DescendingOrder if queue.query.descending else \
                Qt.SortOrder.AscendingOrder
        self._show_order(col, order)
        self.model.load(self._query())

    def _show_order(self, col: int, order: Qt.SortOrder) -> None:
        """The header's indicator set without sorting (the queue is loaded right after)."""
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(col, order)
        header.blockSignals(blocked)
        header.viewport().update()

    def _on_sort_chosen(self, col: int, order: Qt.SortOrder) -> None:
        self._chosen = (col, order)

    def _query(self) -> QueueQuery:
        base = self.queue.query if self.queue else QueueQuery()
        header = self.table.horizontalHeader()
        col = header.sortIndicatorSection()
        sort = SORT_KEYS[col] if 0 <= col < len(SORT_KEYS) else base.sort
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        return replace(base, text=self.filter.text().strip(), sort=sort, descending=descending)

    def current_query(self) -> QueueQuery:
        return self._query()

    def _on_filter_text_changed(self, _text: str) -> None:
        self._finding = True
        self.model.load(self._query())

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def refresh(self) -> None:
        self.model.load(self._query())

    # -- selection ----------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({ix.row() for ix in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def selected_versions(self) -> dict[int, int | None]:
        """Each selected case with the version its row showed (None: its row never loaded), so a
        batch action is applied to what the specialist saw, never to a case changed since."""
        out: dict[int, int | None] = {}
        for cid in self.selected_ids():
            row = self.model.row_at(self.model.row_of_id(cid))
            out[cid] = row.version if row is not None else None
        return out

    def selected_kinds(self) -> list[CaseKind | None]:
        """The kinds among the selected rows (None: a row not loaded, or a kind not known here,
        named as a port is), for the statuses a batch may set on them all."""
        kinds: list[CaseKind | None] = []
        for cid in self.selected_ids():
            row = self.model.row_at(self.model.row_of_id(cid))
            known = row is not None and row.kind in {k.value for k in CaseKind}
            kinds.append(CaseKind(row.kind) if known and row is not None else None)
        return list(dict.fromkeys(kinds))

    def _remember_selection(self) -> None:
        if not self._restoring:
            self._restore_ids = self.selected_ids()

    def show_not_opened(self, words: str) -> None:
        """The queue could not be opened: the list says so instead of "Opening the queue…"."""
        self.opening.setText(words)
        self.stack.setCurrentWidget(self.opening)

    def _on_model_loaded(self, total: int) -> None:
        self._landed = True
        self._update_summary(total)
        self._show_empty_state(total)
        self._restore_current()
        if self.current_id is None and not self._opened_once \
                and not self.table.selectionModel().hasSelection():
            self._open_on_start(total)
        # a reset drops the selection without selectionChanged: said here, or Change status and
        # Assign stayed on over a filter that matched nothing (walked as a new user)
        self.selection_changed.emit(self.selected_ids())
        # a load's rows land only while it is the newest (queue_model: older ones are dropped)
        self._finding = False
        if self._open_when_found:
            self.open_first_found()

    def _open_on_start(self, total: int) -> None:
        """The desk opens on a case, not on an empty panel: the one open when it last closed
        while this list still holds it (the desk started on the first row, and the specialist
        looked for their case again), else the first row, said."""
        if self.reopen is not None:
            case_id, reference = self.reopen
            row = self.model.row_of_id(case_id)
            shown = self.model.row_at(row) if row >= 0 else None
            if shown is not None and reference and shown.reference != reference:
                row = -1  # the same id in another queue file is another case
            if row >= 0:
                self.reopen = None
                self.select_only(row)
                self.table.scrollTo(self.model.index(row, 0),
                                    QAbstractItemView.ScrollHint.PositionAtCenter)
                return
            if not self.model.complete:
                return  # a later page may hold it: every id is read next
            self.reopen = None
            self.reopen_missed.emit(reference)
        if total:
            self.select_only(0)

    def _restore_current(self) -> None:
        """Put the current index and the selection back on the same cases, by id."""
        sel = self.table.selectionModel()
        if self.current_id is not None and self.current_id not in self._restore_ids:
            self._restore_ids = [self.current_id]  # the highlight is the case in the editor
        self._restoring = True
        try:
            for cid in self._restore_ids:
                row = self.model.row_of_id(cid)
                if row >= 0 and not sel.isRowSelected(row):
                    sel.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                               | QItemSelectionModel.SelectionFlag.Rows)
            if self.current_id is None:
                return
            row = self.model.row_of_id(self.current_id)
            if row >= 0:
                if self.table.currentIndex().row() != row:
                    sel.setCurrentIndex(self.model.index(row, 0),
                                        QItemSelectionModel.SelectionFlag.NoUpdate)
            elif self.model.complete:  # every id is known: the case really left the list
                left, self.current_id = self.current_id, None
                self._restore_ids = [i for i in self._restore_ids if i != left]
                self.case_left.emit(left)
        finally:
            self._restoring = False

    database_empty = False  # set from the "All cases" count: the empty state shows in every queue

    def set_database_empty(self, empty: bool) -> None:
        self.database_empty = empty
        self._show_empty_state(self.model.rowCount())

    def _show_empty_state(self, total: int) -> None:
        if not self._landed:  # the counts may come before the first page: still opening
            return
        empty = total == 0 and not self.filter.text() and (
            self.database_empty or self.queue is None or self.queue.key == "all")
        self.stack.setCurrentWidget(self.empty if empty else self.table)

    def _update_summary(self, total: int) -> None:
        more = "" if self.model.complete else "+"
        self.summary.setText(f"  {total:,}{more} case{'s' if total != 1 else ''}")
        queue = self.queue
        if total == 0 and self.model.complete and queue is not None and queue.key != "all" \
                and self.filter.text().strip():
            self.elsewhere.setText(f"Nothing in “{html.escape(queue.label)}” matches. "
                                   "<a href=\"all\">Look in All cases</a> (Return)")
            self.elsewhere.show()
        else:
            self.elsewhere.hide()

    def _on_selection_changed(self, *_args: Any) -> None:
        self.selection_changed.emit(self.selected_ids())
        if not self._restoring:
            self._follow_current()

    def _on_current_row_changed(self, *_args: Any) -> None:
        if not self._restoring:
            self._follow_current()

    def _follow_current(self) -> None:
        """Open the current row's case when the specialist made it current *and* selected it.

        Qt makes a row current without selecting it when the table gets focus after a reset
        (NoUpdate): that is not a choice of the specialist and must not switch the editor.
        """
        row = self.table.currentIndex().row()
        if row >= 0 and self.table.selectionModel().isRowSelected(row):
            self._activate(row)

    def _activate(self, row: int) -> None:
        if not self.table.selectionModel().isRowSelected(row):  # the row shown as the open one
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), flags.ClearAndSelect | flags.Rows)
        case_id = self.model.id_at(row)
        if case_id is not None and case_id != self.current_id:
            self.current_id = case_id
            self._opened_once = True
            self.case_activated.emit(case_id)

    def open_first_found(self) -> None:
        """The filter's Return: the first row of what it found, opened, the queue focused. While
        the rows for the text just typed are still being read, it waits for them: the rows on
        screen are the previous text's, and their first row is another case."""
        if self._finding:
            self._open_when_found = True
            return
        self._open_when_found = False
        if self.model.rowCount() == 0:
            if self.elsewhere.isVisibleTo(self):  # nothing here: Return looks in All cases
                self._finding = self._open_when_found = True
                self.all_cases_requested.emit()
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._activate(0)

    def forget_current(self) -> None:
        """The editor closed its case (it was deleted or left the list some other way)."""
        self.current_id = None

    def follow_editor(self, case_id: int) -> None:
        """The editor opened a case itself (a new case, a linked one): highlight that row."""
        self.current_id = case_id
        self._opened_once = True
        row = self.model.row_of_id(case_id)
        if self.table.currentIndex().row() == row >= 0:
            return
        self._restoring = True
        try:
            if row < 0:  # not listed yet (a new case): highlighted when the reload brings it
                self.table.clearSelection()
                return
            self.select_only(row)
            self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._restoring = False

    def select_only(self, row: int) -> None:
        """The row alone, whatever keys are held: QTableView.selectRow extends the selection
        while Shift is down, so Shift+F8 (previous case) selected two cases, and Assign or
        Change status would have acted on both (walked at 1024x700)."""
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                    flags.ClearAndSelect | flags.Rows)

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of_id(case_id)
        if row < 0:
            return False
        self.select_only(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def move_current(self, step: int) -> bool:
        """Next / previous case (Alt+Down / Alt+Up from anywhere in the desk)."""
        rows = self.model.rowCount()
        if not rows:
            return False
        row = self.model.row_of_id(self.current_id) if self.current_id is not None else -1
        target = min(max(row + step, 0), rows - 1) if row >= 0 else 0
        if target == row:
            return False
        self.select_case(self.model.id_at(target) or 0)
        return True

    # -- columns ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _on_section_resized(self, col: int, _old: int, new: int) -> None:
        if col == CUSTOMER and not self._fitting:  # the specialist dragged it: their width
            self._customer_wanted = new

    def _fit_columns(self) -> None:
        """Reference, customer and status stay in view on a narrow queue (1024 px screen): the
        customer column gives way first (its names elide, the whole in the tooltip), down to
        MIN_CUSTOMER; the status chips were cut at the viewport's edge ("Submitte")."""
        room = (self.table.viewport().width() - self.table.columnWidth(REFERENCE)
                - self.table.columnWidth(STATUS))
        width = min(self._customer_wanted, max(MIN_CUSTOMER, room))
        if width != self.table.columnWidth(CUSTOMER):
            self._fitting = True
            try:
                self.table.setColumnWidth(CUSTOMER, width)
            finally:
                self._fitting = False

    # -- view state ---------------------------------------------------------------------------
    def save_state(self) -> QByteArray:
        """Column widths and the order the specialist chose (not a queue's own order)."""
        header = self.table.horizontalHeader()
        shown = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._show_order(*self._chosen)
        state = header.saveState()
        self._show_order(*shown)
        return state

    def restore_state(self, state: Any) -> None:
        if isinstance(state, QByteArray) and not state.isEmpty():
            header = self.table.horizontalHeader()
            header.restoreState(state)
            self._chosen = (header.sortIndicatorSection(), header.sortIndicatorOrder())
            # a width the fit gave last time is not a choice: the column grows back with room
            self._customer_wanted = max(self.table.columnWidth(CUSTOMER),
                                        DEFAULT_WIDTHS[CUSTOMER])
            self._fit_columns()

    @staticmethod
    def headers() -> tuple[str, ...]:
        return HEADERS
