"""A case waiting on the customer says so where a 1024 x 700 screen shows it: with a case open
the queue shows Reference, Customer and Status only, and 'Waiting on customer' is its tenth
column, off screen. The status chip says the column's header words (in its status's colour) and
gives its status and the customer's action on hover; an exception (a rejection to fix here) and
an ended case keep their own word."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from portdesk.domain.customer_wait import codes_words, combined
from portdesk.services import customer_wait
from portdesk.store.queue import QueueRow
from portdesk.ui.queue_model import HEADERS, STATUS, WAITING, RowRole, StatusRole, cell_text

TODAY = date(2026, 3, 10)
WAIT = combined(codes_words(2))
TIP = Qt.ItemDataRole.ToolTipRole


def _row(**kw) -> QueueRow:
    base = dict(id=1, reference="PD-000001", account_name="Harbor Dental", losing_carrier="Lumen",
                kind="port_in", status="submitted", platform_status=None, number_count=3,
                foc_date=date(2026, 3, 20), next_milestone="FOC date", next_due=date(2026, 3, 12),
                assignee="", updated_at=datetime(2026, 3, 1, tzinfo=UTC), sync_state="local",
                exception_code=None, version=1)
    base.update(kw)
    return QueueRow(**base)


def test_the_status_cell_says_the_customer_s_turn_but_never_hides_a_rejection() -> None:
    assert cell_text(_row(), STATUS, TODAY) == "Submitted"
    assert cell_text(_row(customer_wait=WAIT), STATUS, TODAY) == HEADERS[WAITING]
    for kept, word in (("exception", "Exception"), ("ported", "Ported"),
                       ("cancelled", "Cancelled")):
        assert cell_text(_row(customer_wait=WAIT, status=kept), STATUS, TODAY) == word


def test_the_customer_s_turn_is_seen_whole_at_1024_px_with_its_status_on_hover(
        qtbot, window, demo_store) -> None:
    window.resize(976, 652)  # what a 1024 x 700 screen gives the window (screen.FRAME_MARGIN)
    model, table = window.model, window.queue_view.table
    rows = [model.index(r, 0).data(RowRole) for r in range(model.rowCount())]
    waiting = next(r for r in rows if r.status == "at_carrier" and r.kind == "port_in")
    with demo_store.transaction() as session:
        customer_wait.from_codes(demo_store.outbox, session, waiting.id, 2)
    model.load(model.query)

    def row_of() -> int | None:
        return next((r for r in range(model.rowCount())
                     if (model.index(r, 0).data(RowRole) or _row(id=-1)).id == waiting.id
                     and model.index(r, 0).data(RowRole).customer_wait), None)

    qtbot.waitUntil(lambda: row_of() is not None)
    index = model.index(row_of(), STATUS)
    assert index.data() == HEADERS[WAITING]
    assert index.data(StatusRole) == "at_carrier"  # the chip keeps its status's colour
    tip = index.data(TIP)
    assert "Status: At carrier" in tip and codes_words(2) in tip
    seen = table.viewport().width()
    assert table.columnViewportPosition(STATUS) + table.columnWidth(STATUS) <= seen
    chip = table.fontMetrics().horizontalAdvance(HEADERS[WAITING]) + 16  # status_chip.py
    assert chip <= table.columnWidth(STATUS) - 10, "the chip's words whole, not elided"
    assert table.columnViewportPosition(WAITING) >= seen  # the column itself is off screen
