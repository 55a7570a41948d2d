"""The same bill checked again after the case was fixed is the case's bill, not a second copy.

Walked (journey 24): a bill dropped on a case showed a mismatch; the specialist fixed the case
and checked the same file again to see every field agree, and the case then held two identical
bills (a case on the platform uploaded it a second time). The second check is recorded against
the bill the case holds; a different file is still a bill of its own.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from portdesk.store.store import Store
from portdesk.ui.bills.dialog import BillCheckDialog
from portdesk.ui.document_actions import bill_said
from tests.billcorpus import GeneratedBill
from tests.gui.bills.conftest import OpenDialog
from tests.helpers import case_for


def _read(qtbot: QtBot, dialog: BillCheckDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.read_task is None
                    and dialog.report is not None)


def _bills(store: Store, case_id: int) -> list[str]:
    return [d.sha256 for d in store.documents.for_case(case_id, "bill")]


def _newest_verdict(store: Store, case_id: int, field: str) -> str:
    return [v.verdict for v in store.verifications.for_case(case_id) if v.field == field][-1]


def test_the_same_bill_again_is_checked_not_filed_twice(qtbot: QtBot, store: Store,
                                                         bill: GeneratedBill,
                                                         open_dialog: OpenDialog,
                                                         tmp_path: Path) -> None:
    case = store.cases.create(case_for(bill, account_number="999-000-111"), "tester")
    cid = case.id or 0
    first = open_dialog(case, bill.path)
    _read(qtbot, first)
    assert first.panel.model.verdict_of(first.panel.model.check_row(1)) == "mismatch"
    with qtbot.waitSignal(first.case_changed):  # the fix: the bill's account number
        first.panel.buttons["account_number"][0].click()
    qtbot.waitUntil(lambda: not first.busy)
    said_first = bill_said(first.outcome())
    first.reject()
    assert len(_bills(store, cid)) == 1

    again = open_dialog(store.cases.get(cid), bill.path)  # Check bill, the same file
    _read(qtbot, again)
    assert _bills(store, cid) == [bill_sha(bill.path)]
    assert [e.action for e in store.audit.for_case(cid)].count("document.added") == 1
    assert _newest_verdict(store, cid, "account_number") == "exact"
    newest = store.documents.latest(cid, "bill")
    assert newest is not None and "account_number" not in newest.meta["summary"]["mismatched"]
    assert "checked again" in again.status.text()
    outcome = again.outcome()
    assert outcome.document is not None and outcome.checked_again
    assert bill_said(outcome) == "Bill checked again" and said_first.startswith("Bill attached")

    other = tmp_path / "bill-rescanned.pdf"  # another file: a bill of its own
    other.write_bytes(bill.path.read_bytes() + b"%\n")
    again.check_file(other)
    qtbot.waitUntil(lambda: len(_bills(store, cid)) == 2)
    qtbot.waitUntil(lambda: not again.busy and again.read_task is None)
    assert "is attached to" in again.status.text()
    assert not again.outcome().checked_again and bill_said(again.outcome()) == "Bill attached"


def bill_sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
