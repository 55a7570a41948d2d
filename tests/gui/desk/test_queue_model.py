"""The queue model: formatting without a widget, Qt's model contract, stale results dropped, lazy rows."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from portdesk.domain.case import CaseNumber
from portdesk.domain.lifecycle import Status
from portdesk.store.queue import QueueQuery, QueueRow
from portdesk.store.store import Store
from portdesk.ui.queue_model import (
    BLOCK,
    FOC,
    MILESTONE,
    PAGE,
    STATUS,
    QueueModel,
    RowRole,
    cell_text,
    milestone_text,
    status_label,
)
from tests.helpers import case

TODAY = date(2026, 3, 10)


def row(**kw) -> QueueRow:
    base = dict(id=1, reference="PD-000001", account_name="Harbor Dental", losing_carrier="Lumen",
                kind="port_in", status="at_carrier", platform_status=None, number_count=3,
                foc_date=date(2026, 3, 20), next_milestone="FOC date", next_due=date(2026, 3, 12),
                assignee="", updated_at=datetime(2026, 3, 1, tzinfo=UTC), sync_state="local",
                exception_code=None, version=1)
    base.update(kw)
    return QueueRow(**base)


def test_cells_read_as_a_specialist_expects() -> None:
    r = row()
    texts = [cell_text(r, c, TODAY) for c in range(9)]
    assert texts == ["PD-000001", "Harbor Dental", "At carrier", "FOC date · Mar 12", "Mar 20",
                     "Lumen", "Port-in", "3", "—"]


def test_a_transfer_shows_no_carrier_whatever_it_holds() -> None:
    """A sub-account transfer has no losing carrier (its editor names what is kept); the queue
    showed the stored one as if the transfer had a carrier."""
    assert cell_text(row(kind="subaccount_transfer"), 5, TODAY) == "—"
    # a port-out's current carrier is the platform itself (its editor hides the field too)
    assert cell_text(row(kind="port_out"), 5, TODAY) == "—"
    assert cell_text(row(kind="port_in"), 5, TODAY) == "Lumen"
    assert cell_text(row(kind="a_kind_added_later"), 5, TODAY) == "Lumen"


def test_overdue_milestone_says_how_late() -> None:
    assert milestone_text(row(next_due=date(2026, 3, 5)), TODAY) == "FOC date · overdue 5d"
    assert milestone_text(row(next_milestone="", next_due=None), TODAY) == ""
    assert milestone_text(row(next_due=None), TODAY) == "FOC date"


def test_unknown_platform_status_is_shown_not_dropped() -> None:
    assert status_label("requested_supp_v2") == "Requested supp v2"
    assert status_label("awaiting_signature") == "Needs signature"


def test_dates_of_another_year_carry_the_year() -> None:
    assert cell_text(row(foc_date=date(2027, 1, 4)), 4, TODAY) == "Jan 04, 2027"


def test_an_foc_an_older_portdesk_stored_as_a_utc_date_says_so_until_read_again() -> None:
    assert cell_text(row(foc_utc=True), 4, TODAY) == "Mar 20 UTC"
    assert cell_text(row(foc_utc=False), 4, TODAY) == "Mar 20"


def test_an_ended_orders_foc_reads_as_the_word_not_as_a_date_to_come(qtbot, store: Store,
                                                                     tasks) -> None:
    """A canceled port-out read "Mar 20" in the FOC column: the port will never happen."""
    for status in ("cancelled", "expired"):
        gone = row(kind="port_out", status=status)
        assert cell_text(gone, 4, TODAY) == status
        assert cell_text(replace(gone, foc_date=None), 4, TODAY) == ""
    assert cell_text(row(status="cancel_pending"), 4, TODAY) == "Mar 20"  # a cancel refused
    assert cell_text(row(status="a_status_added_later"), 4, TODAY) == "Mar 20"
    saved = store.cases.create(replace(case(), status=Status.CANCELLED,
                                       foc_date=date(2026, 3, 20)), "tester")
    model = QueueModel(store.queue, tasks, today=lambda: TODAY)
    with qtbot.waitSignal(model.loaded):
        model.load(QueueQuery())
    cell = model.index(model.row_of_id(saved.id or 0), FOC)
    assert model.data(cell) == "cancelled"
    assert "will not happen" in model.data(cell, Qt.ItemDataRole.ToolTipRole)


def _fill(store: Store, count: int) -> None:
    cases = [replace(case(), account_name=f"Customer {i:04d}",
                     numbers=(CaseNumber(f"+1212555{i % 100:02d}{i // 100:02d}"),))
             for i in range(count)]
    with store.transaction() as session:
        store.cases.create_many(cases, "tester", session)


def test_model_contract(qtmodeltester, qtbot, store: Store, tasks) -> None:
    _fill(store, 30)
    model = QueueModel(store.queue, tasks)
    with qtbot.waitSignal(model.loaded):
        model.load(QueueQuery())
    assert model.rowCount() == 30
    qtmodeltester.check(model)
    r = model.index(0, STATUS).data(RowRole)
    assert r.reference == "PD-000030"  # newest first by default


def test_rows_beyond_the_first_page_load_lazily(qtbot, store: Store, tasks) -> None:
    _fill(store, PAGE + BLOCK + 50)
    model = QueueModel(store.queue, tasks)
    model.load(QueueQuery(sort="reference", descending=False))
    qtbot.waitUntil(lambda: model.complete and model.rowCount() == PAGE + BLOCK + 50)
    far = PAGE + BLOCK + 10
    assert model.row_at(far) is None
    assert model.index(far, 0).data() == "…"  # placeholder, fetch requested off the GUI thread
    with qtbot.waitSignal(model.dataChanged):
        pass
    assert model.row_at(far).account_name == f"Customer {far:04d}"
    assert model.loaded_rows() < model.rowCount()  # the middle block was never asked for


def test_stale_filter_results_are_dropped(qtbot, store: Store, tasks) -> None:
    _fill(store, 40)
    model = QueueModel(store.queue, tasks)
    shown: list[int] = []
    model.loaded.connect(shown.append)
    gate = threading.Event()  # the keystrokes arrive while the query lane is still busy
    tasks.run(gate.wait, lane="query")
    for text in ("c", "cu", "cus", "customer 0007"):
        model.load(QueueQuery(text=text))
    gate.set()
    qtbot.waitUntil(lambda: bool(shown))
    qtbot.waitUntil(lambda: not tasks.busy)
    # "0007" is in the name of one case and the reference (PD-000007) of another
    assert {model.row_at(r).account_name for r in range(model.rowCount())} == {
        "Customer 0007", "Customer 0006"}
    assert shown == [2]  # the three older keystrokes were skipped, never shown


def test_overdue_marker_colors_the_milestone(qtbot, store: Store, tasks) -> None:
    _fill(store, 1)
    model = QueueModel(store.queue, tasks, today=lambda: date(2100, 1, 1))
    with qtbot.waitSignal(model.loaded):
        model.load(QueueQuery())
    r = model.row_at(0)
    if r.next_due is not None:
        from PySide6.QtCore import Qt

        assert model.index(0, MILESTONE).data(Qt.ItemDataRole.ForegroundRole) is not None
        assert "overdue" in model.index(0, MILESTONE).data()


def test_an_foc_date_in_another_year_fits_its_column(qtbot, store: Store, tasks) -> None:
    """Seen on the walk in December: "Jan 06, 2…" (the column fitted this year's "Dec 31")."""
    from portdesk.ui.queue_view import FOC_COLUMN, LONGEST_DATE, QueueView

    view = QueueView(QueueModel(store.queue, tasks))
    qtbot.addWidget(view)
    needed = view.table.fontMetrics().horizontalAdvance(LONGEST_DATE)
    assert view.table.columnWidth(FOC_COLUMN) >= needed + 12  # the cell's margins


def test_the_status_hover_says_what_the_platform_s_word_means() -> None:
    """It read "Platform says: pending": the platform's word, meaning one thing on a port-out
    (waiting for your answer) and another on a port-in."""
    from portdesk.ui.queue_model import _status_tip

    waiting = _status_tip(row(kind="port_out", status="submitted", platform_status="pending"))
    assert waiting == ("Platform: waiting for your answer: authorize or reject it (platform "
                       "status 'pending')")
    review = _status_tip(row(kind="port_out", status="cancel_pending",
                             platform_status="rejected-pending"))
    assert review.startswith("Platform: rejection under review") and "Porting Ops" in review
    assert _status_tip(row(platform_status="submitted")) == (
        "Platform: with the losing carrier (platform status 'submitted')")
    assert "'on-hold' (as the platform names it" in _status_tip(row(platform_status="on-hold"))
    assert cell_text(row(kind="port_out", status="cancel_pending"), 2, TODAY) == \
        "Rejection in review"
    assert cell_text(row(status="cancel_pending"), 2, TODAY) == "Cancel pending"


class _SlowIds:
    """The store's queue reader, with an id scan that runs until it is told to stop (the scan
    of a 100,000-case queue: 100-200 ms of CPU after every keystroke's first page)."""

    def __init__(self, store: Store) -> None:
        self._queue = store.queue
        self.scanning = threading.Event()
        self.ends: list[str] = []

    def page(self, q: QueueQuery, with_total: bool = True):
        return self._queue.page(q, with_total)

    def rows_for_ids(self, ids: list[int]):
        return self._queue.rows_for_ids(ids)

    def ids(self, q: QueueQuery) -> list[int]:
        self.scanning.set()
        threading.Event().wait(3)  # nothing can stop it: it runs to its end
        self.ends.append("ran to its end")
        return self._queue.ids(q)

    def ids_unless(self, q: QueueQuery, stop) -> list[int] | None:
        if q.text != "customer":  # the newer keystroke's scan is quick
            return self._queue.ids(q)
        self.scanning.set()
        for _ in range(300):
            if stop():
                self.ends.append("stopped")
                return None
            threading.Event().wait(0.01)
        self.ends.append("ran to its end")
        return self._queue.ids(q)


def test_a_newer_keystroke_stops_the_older_id_scan(qtbot, store: Store, tasks) -> None:
    """The next keystroke's first page waited on the query lane behind the last keystroke's scan
    of every id (keystroke p95 157 ms on 100,000 cases): the newer load stops that scan."""
    _fill(store, PAGE + 20)
    source = _SlowIds(store)
    model = QueueModel(source, tasks)
    with qtbot.waitSignal(model.loaded):
        model.load(QueueQuery(text="customer"))
    qtbot.waitUntil(source.scanning.is_set)
    with qtbot.waitSignal(model.loaded, timeout=2000,
                          check_params_cb=lambda _n: model.query.text == "customer 0007"):
        model.load(QueueQuery(text="customer 0007"))
    assert source.ends == ["stopped"]
    assert "Customer 0007" in {model.row_at(r).account_name for r in range(model.rowCount())}
    qtbot.waitUntil(lambda: not tasks.busy)


def test_a_rows_cells_are_made_once_a_day(qtbot, store: Store, tasks,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Scrolling asks each visible cell again at every frame: a row's texts are made once, and
    made again on a new day (a milestone's "overdue 2d" counts days) or when the row is read
    again."""
    from portdesk.ui import queue_model

    _fill(store, 3)
    day = [date(2100, 1, 1)]
    model = QueueModel(store.queue, tasks, today=lambda: day[0])
    with qtbot.waitSignal(model.loaded):
        model.load(QueueQuery())
    made: list[int] = []
    real = queue_model.cell_text
    monkeypatch.setattr(queue_model, "cell_text",
                        lambda row, col, today: made.append(col) or real(row, col, today))
    for _ in range(3):
        for col in range(len(queue_model.HEADERS)):
            assert model.index(0, col).data() == real(model.row_at(0), col, day[0])
    assert made == list(range(len(queue_model.HEADERS)))  # once per cell, not per ask
    day[0] = date(2100, 1, 2)
    assert model.index(0, MILESTONE).data() == real(model.row_at(0), MILESTONE, day[0])
    assert len(made) == 2 * len(queue_model.HEADERS)


def test_the_models_own_today_is_the_local_date() -> None:
    from portdesk.ui.queue_model import local_today

    before = date.today()
    assert local_today() in (before, date.today())  # the same day, unless midnight passed
