"""The "Waiting on customer" count and rows follow every write that changes a case's waiting
words, not only a reload: the words are sync bookkeeping (no version moves, the sync's report does
not count them), so a round that read orders, or the verification codes dialog recording what the
platform said, changed them and the sidebar kept its old count until F5 or the next minute's
recount (found walking the desk, session 19)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from portdesk.services import customer_wait
from portdesk.services import verification_codes as vc
from portdesk.services.sync_report import SyncReport
from portdesk.store.store import Store
from portdesk.ui import platform_actions
from portdesk.ui.main_window import MainWindow


def _count(window: MainWindow) -> int | None:
    return window.sidebar.model_.count_of("customer")


def _open_case(store: Store, window: MainWindow) -> int:
    case_id, _ = store.cases.id_by_reference("PD-000013")  # submitted: an open status
    window.queue_view.refresh()
    return case_id


@pytest.mark.parametrize("report", [SyncReport(events=2), SyncReport(walked=True)],
                         ids=["events", "walk"])
def test_a_round_that_read_orders_updates_the_waiting_count_and_rows(
        qtbot: QtBot, window: MainWindow, demo_store: Store, report: SyncReport) -> None:
    from portdesk.ui.notifications import Notifier

    notifier = Notifier(window)
    qtbot.waitUntil(lambda: _count(window) == 0)
    case_id = _open_case(demo_store, window)
    with demo_store.transaction() as session:  # what the round wrote: bookkeeping only
        customer_wait.from_codes(demo_store.outbox, session, case_id, 2)
    assert not report.cases_updated  # the report says no case changed
    notifier.sync._on_finished(report)
    qtbot.waitUntil(lambda: _count(window) == 1)
    window.sidebar.select_key("customer")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)


def test_codes_recorded_by_the_dialog_update_the_waiting_count(
        qtbot: QtBot, window: MainWindow, demo_store: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The platform is the only thing stood in for: what the dialog records is written by the
    real service on the database lane."""
    qtbot.waitUntil(lambda: _count(window) == 0)
    case_id = _open_case(demo_store, window)
    case = demo_store.cases.get(case_id)
    monkeypatch.setattr(vc, "codes_order",
                        lambda store, cid: vc.CodesOrder(cid, case.reference, "order-1"))
    sent = vc.CodesAnswer([vc.CodeRow("+13125550195", True, False, "sent, not verified")])

    def record(answer: vc.CodesAnswer) -> vc.CodesAnswer:
        with demo_store.transaction() as session:
            customer_wait.from_codes(demo_store.outbox, session, case_id, answer.waiting or 0)
        return answer

    def calls(*_args: Any) -> tuple[Any, ...]:
        return (lambda: sent), (lambda _m: sent), (lambda _t: sent), record

    monkeypatch.setattr(platform_actions, "codes_calls", calls)
    window.platform.open_codes(case)
    qtbot.waitUntil(lambda: _count(window) == 1)
