"""The queue table's model: ids of every matching case, rows fetched lazily in blocks off the GUI thread.

A filter or sort first fetches one page (what the specialist sees at once), then every matching id
so the scroll bar has its true size; rows further down are read in blocks on the query lane as they
scroll into view (placeholders meanwhile), so scrolling never waits on the database. Anki's browser
model keeps only ids the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from portdesk.domain.case import CaseKind
from portdesk.domain.kind_fields import port_date_name, port_date_why, unused_fields
from portdesk.domain.kind_fields import status_label as kind_status_label
from portdesk.domain.lifecycle import TERMINAL, Status, foc_void
from portdesk.domain.queue import QueuePage, QueueQuery, QueueRow
from portdesk.ui.table_model import RowsTableModel
from portdesk.ui.taskman import Latest, TaskManager

# Most looked-at first: what, whose, where it stands, what is next; then the rest.
REFERENCE, CUSTOMER, STATUS, MILESTONE, FOC, CARRIER, KIND, NUMBERS, ASSIGNEE, WAITING = \
    range(10)
HEADERS = ("Reference", "Customer", "Status", "Next milestone", "FOC date", "Carrier", "Kind",
           "Nums", "Assignee", "Waiting on customer")
SORT_KEYS = ("reference", "account_name", "status", "next_due", "foc_date", "losing_carrier",
             "kind", "number_count", "assignee", "customer_wait")
KIND_LABELS = {"port_in": "Port-in", "port_out": "Port-out", "subaccount_transfer": "Transfer"}
CUSTOMER_PREFIX = "Customer: "  # domain/customer_wait.PREFIX: the column's header says it
RowRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
OverdueRole = Qt.ItemDataRole.UserRole + 3
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)  # a plain int: data() compares it at every call
PAGE = 200
BLOCK = 200
MAX_BLOCKS = 25  # rows kept around the viewport; far blocks are dropped and read again if needed
OVERDUE_COLOR = QColor("#c62828")
AnyIndex = QModelIndex | QPersistentModelIndex


VOID_COLOR = QColor("#6b6b6b")
FOC_UTC_TIP = ("The platform's FOC as an older PortDesk stored it: the date in UTC, which may "
               "be a day off on this desk's clock. The next sync reads it again in the zone set "
               "under Settings > FOC dates in.")


class QueueSource(Protocol):
    def page(self, q: QueueQuery, with_total: bool = True) -> QueuePage: ...
    def ids(self, q: QueueQuery) -> list[int]: ...
    def ids_unless(self, q: QueueQuery, stop: Callable[[], bool]) -> list[int] | None: ...
    def rows_for_ids(self, ids: list[int]) -> list[QueueRow]: ...


def local_today() -> date:
    """date.today(), without its cost here: it imports `time` at every call, and with PySide6
    loaded every import goes through PySide6's import hook (7.6 us a call instead of 0.3; the
    queue asks for today some 170 times a frame while it scrolls)."""
    return date.fromtimestamp(time.time())


def status_label(status: str, kind: str = "") -> str:
    """The status as the desk shows it, named for the case's kind (kind_fields.status_label: a
    transfer's set date is "Completion set", no carrier's FOC); unknown values are shown,
    never dropped."""
    return kind_status_label(_known_kind(kind), status)


# a case whose turn it is the customer's; an exception (a rejection to fix here) or an ended case
# keeps its own word in the chip
_CUSTOMER_TURN_KEPT = frozenset({Status.EXCEPTION.value} | {s.value for s in TERMINAL})


def chip_text(row: QueueRow) -> str:
    """The status cell, the one of the queue's state seen at 1024 px with the case open (the
    tenth column, 'Waiting on customer', is off screen): a case waiting on the customer says the
    column's header words in its status's chip colour, its status and the customer's action on
    hover; any other case its status, named for its kind."""
    if row.customer_wait and row.status not in _CUSTOMER_TURN_KEPT:
        return HEADERS[WAITING]
    return status_label(row.status, row.kind)


def short_date(d: date | None, today: date) -> str:
    if d is None:
        return ""
    return d.strftime("%b %d") if d.year == today.year else d.strftime("%b %d, %Y")


def milestone_text(row: QueueRow, today: date) -> str:
    if row.waiting_on_sync():
        return row.waiting_on_sync()
    if not row.next_milestone:
        return ""
    if row.next_due is None:
        return row.next_milestone
    if row.overdue(today):
        late = (today - row.next_due).days
        return f"{row.next_milestone} · overdue {late}d"
    return f"{row.next_milestone} · {short_date(row.next_due, today)}"


def foc_text(row: QueueRow, today: date) -> str:
    """The FOC cell: the date, or, for an order that ended without porting, the word for why
    the date it had will not happen ("cancelled"), never that date as one to come."""
    if row.foc_date is not None and foc_void(row.status):
        return foc_void(row.status)
    return short_date(row.foc_date, today) + (" UTC" if row.foc_utc else "")


def _known_kind(kind: str) -> CaseKind | None:
    return CaseKind(kind) if kind in {k.value for k in CaseKind} else None


def date_name(row: QueueRow) -> str:
    """The row's date named by its kind (kind_fields): "FOC", or a transfer's "completes"."""
    kind = _known_kind(row.kind)
    return port_date_name(kind, row.status) if kind else "FOC"


def foc_void_tip(row: QueueRow) -> str:
    name = date_name(row)
    return (f"The order is {foc_void(row.status)}: the {name} date it had "
            f"({row.foc_date.isoformat() if row.foc_date else ''}) will not happen.")


def port_date_tip(row: QueueRow) -> str:
    """A dated row whose kind has no FOC (a transfer) says what its date is ("" otherwise)."""
    kind = _known_kind(row.kind)
    why = port_date_why(kind) if kind else ""
    if not why or row.foc_date is None:
        return ""
    return f"{date_name(row).capitalize()} {row.foc_date.isoformat()}. {why}"


FOC_HEADER_TIP = " ".join(
    ["The firm order commitment (FOC): the date a carrier commits to move the numbers."]
    + [port_date_why(k) for k in CaseKind if port_date_why(k)])


def _carrierless(kind: str) -> bool:
    known = _known_kind(kind)
    return known is not None and "losing_carrier" in unused_fields(known)


def cell_text(row: QueueRow, column: int, today: date) -> str:
    """What each cell shows; tested without a widget."""
    match column:
        case 0:
            return row.reference
        case 1:
            return row.account_name
        case 2:
            return chip_text(row)
        case 3:
            return milestone_text(row, today)
        case 4:  # an older PortDesk's UTC date says so until the sync reads it again
            return foc_text(row, today)
        case 5:  # a kind without a losing carrier (a transfer) shows none, whatever it holds
            return "—" if _carrierless(row.kind) else row.losing_carrier
        case 6:
            return KIND_LABELS.get(row.kind, row.kind)
        case 7:
            return str(row.number_count)
        case 8:
            return row.assignee or "—"
        case 9:  # what the platform said the customer must do; the header names whose turn
            return row.customer_wait.removeprefix(CUSTOMER_PREFIX)
    return ""


class QueueModel(RowsTableModel):
    headers = tuple(HEADERS)

    loaded = Signal(int)  # total rows known so far (emitted after the first page, then all ids)
    failed = Signal(str)

    def __init__(self, source: QueueSource, tasks: TaskManager,
                 today: Callable[[], date] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._tasks = tasks
        self._today = today or local_today
        self._ids: list[int] = []
        self._rows: dict[int, QueueRow] = {}
        self._texts: dict[int, tuple[QueueRow, tuple[str, ...]]] = {}  # see _cell_texts
        self._texts_day: date | None = None
        self._pending: set[int] = set()
        self._blocks: list[int] = []  # block starts, oldest first
        self._latest = Latest()
        self._gen = 0
        self.query = QueueQuery(limit=PAGE)
        self.complete = True
        self._started = False  # sorting before the first load only records the order

    # -- loading ------------------------------------------------------------------------------
    def load(self, query: QueueQuery) -> None:
        """Run `query` in the store; results of an older load arriving late are dropped."""
        self.query = replace(query, offset=0, limit=PAGE)
        self._started = True
        token = self._latest.next()
        source, q = self._source, self.query

        def first() -> QueuePage | None:
            if not self._latest.current(token):
                return None  # a newer keystroke is queued: skip the work
            return source.page(q, with_total=False)

        def on_first(page: QueuePage | None) -> None:
            if page is None or not self._latest.current(token):
                return
            self._reset([r.id for r in page.rows], {r.id: r for r in page.rows},
                        complete=len(page.rows) < PAGE)
            if len(page.rows) >= PAGE:
                self._tasks.run(all_ids, on_ids, self._on_failed, lane="query")

        def stale() -> bool:  # a newer load was asked for: its page must not wait for this
            return not self._latest.current(token)

        def all_ids() -> list[int] | None:
            return None if stale() else source.ids_unless(q, stale)

        def on_ids(ids: list[int] | None) -> None:
            if ids is None or not self._latest.current(token):
                return
            self._extend(ids)

        self._tasks.run(first, on_first, self._on_failed, lane="query")

    def set_source(self, source: QueueSource) -> None:
        self._source = source

    def refresh(self) -> None:
        self.load(self.query)

    def _on_failed(self, exc: BaseException) -> None:
        from portdesk.ui.taskman import describe

        self.failed.emit(describe(exc))

    def _reset(self, ids: list[int], rows: dict[int, QueueRow], complete: bool) -> None:
        self.beginResetModel()
        self._ids, self._rows, self._pending, self._blocks = ids, rows, set(), [0]
        self._texts = {}
        self._gen += 1
        self.complete = complete
        self.endResetModel()
        self.loaded.emit(len(ids))

    def _extend(self, ids: list[int]) -> None:
        head = len(self._ids)
        if ids[:head] != self._ids:  # the data moved between the two reads: start over
            self._reset(ids, {i: self._rows[i] for i in ids if i in self._rows}, True)
            return
        if len(ids) > head:
            self.beginInsertRows(QModelIndex(), head, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        self.complete = True
        self.loaded.emit(len(self._ids))

    def _fetch_block(self, row: int) -> None:
        start = (row // BLOCK) * BLOCK
        if start in self._pending:
            return
        self._pending.add(start)
        ids = self._ids[start:start + BLOCK]
        gen = self._gen
        source = self._source

        def done(rows: list[QueueRow]) -> None:
            self._pending.discard(start)
            if gen != self._gen:
                return
            self._rows.update({r.id: r for r in rows})
            self._remember_block(start)
            last = min(start + BLOCK, len(self._ids)) - 1
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(HEADERS) - 1))

        self._tasks.run(lambda: source.rows_for_ids(ids), done, self._on_failed, lane="query")

    def _remember_block(self, start: int) -> None:
        """Keep the row cache bounded, so memory and the collector's pauses stay small."""
        if start in self._blocks:
            self._blocks.remove(start)
        self._blocks.append(start)
        while len(self._blocks) > MAX_BLOCKS:
            old = self._blocks.pop(0)
            for case_id in self._ids[old:old + BLOCK]:
                self._rows.pop(case_id, None)
                self._texts.pop(case_id, None)

    # -- access -------------------------------------------------------------------------------
    def row_at(self, row: int) -> QueueRow | None:
        if 0 <= row < len(self._ids):
            return self._rows.get(self._ids[row])
        return None

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of_id(self, case_id: int) -> int:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def _cell_texts(self, row: QueueRow) -> tuple[str, ...]:
        """The row's cells as shown today, made once per row object (a row read again is a new
        object, a new day makes every row's texts again)."""
        today = self._today()
        if today != self._texts_day:
            self._texts.clear()
            self._texts_day = today
        made = self._texts.get(row.id)
        if made is None or made[0] is not row:
            made = (row, tuple(cell_text(row, col, today) for col in range(len(HEADERS))))
            self._texts[row.id] = made
        return made[1]

    def loaded_rows(self) -> int:
        return sum(1 for i in self._ids if i in self._rows)

    # -- Qt -----------------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._ids)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # asked some 800 times a frame while the queue scrolls: the cheap checks first, and each
        # row's cell texts made once (cell_texts), not at every paint
        at, ids = index.row(), self._ids
        if not 0 <= at < len(ids) or not index.isValid():
            return None
        row = self._rows.get(ids[at])
        if row is None:
            if role == _DISPLAY:
                self._fetch_block(at)
                return "…" if index.column() == 0 else ""
            return None
        col = index.column()
        if role == _DISPLAY:
            return self._cell_texts(row)[col] if 0 <= col < len(HEADERS) else ""
        if role == RowRole:
            return row
        if role == StatusRole:
            return row.status
        if role == OverdueRole:  # an int: PySide6 mishandles bools' references through QVariant
            return int(row.overdue(self._today()) and row.status not in (
                "ported", "cancelled", "expired"))
        if role == Qt.ItemDataRole.ForegroundRole and col == MILESTONE and row.overdue(
                self._today()):
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.ForegroundRole and col == FOC and row.foc_date is not None \
                and foc_void(row.status):
            return VOID_COLOR  # a word in place of a date, not a date to watch
        if role == Qt.ItemDataRole.TextAlignmentRole and col == NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == STATUS and chip_text(row) != status_label(row.status, row.kind):
                return "\n".join(p for p in (  # the status the chip gave its place to
                    f"Status: {status_label(row.status, row.kind)}", row.customer_wait,
                    _status_tip(row)) if p)
            if col == STATUS and (row.exception_code or row.platform_status):
                return _status_tip(row)
            if col == STATUS:  # a chip elided on a narrow column still says itself whole
                return status_label(row.status, row.kind)
            if col == CUSTOMER:  # a long name elides in the cell: the whole of it on hover
                return row.account_name
            if col == MILESTONE and row.next_due:
                return f"Expected by {row.next_due.isoformat()}"
            if col == FOC and row.foc_date is not None and foc_void(row.status):
                return foc_void_tip(row)
            if col == FOC and row.foc_utc:
                return FOC_UTC_TIP
            if col == FOC and port_date_tip(row):
                return port_date_tip(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == FOC \
                and role == Qt.ItemDataRole.ToolTipRole:
            return FOC_HEADER_TIP
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        query = replace(self.query, sort=SORT_KEYS[column],
                        descending=order == Qt.SortOrder.DescendingOrder)
        if self._started:
            self.load(query)
        else:
            self.query = query


def _status_tip(row: QueueRow) -> str:
    from portdesk.domain.platform_status_words import platform_status_words
    from portdesk.domain.rejections import reason_for

    parts = []
    if row.exception_code:
        reason = reason_for(row.exception_code)
        parts.append(f"Rejected: {reason.title} ({row.exception_code})")
    if row.platform_status:
        parts.append(f"Platform: {platform_status_words(row.kind, row.platform_status)}")
    return "\n".join(parts)
