"""A signed LOA is bound to what it was signed over: "Use bill value" or a new number afterwards
makes readiness fail and submit refuse it; numbers the bill did not show are unconfirmed (issue 12,
item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.services import bill_desk
from portdesk.services import loa as loa_service
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from portdesk.ui import dialogs
from portdesk.ui.case_panel import READINESS, CasePanel
from tests.billcorpus import GeneratedBill
from tests.gui.desk.test_case_editor import open_panel
from tests.helpers import case_for

STALE = "no longer matches the case: fill and sign again"


def _sign(store: Store, c: PortCase) -> None:
    loa_service.sign_case_loa(store, Settings(), "tester", c.reference,
                              loa_service.ink_from(typed="Maria Lopez"), "Maria Lopez")


def _check(panel: CasePanel, check_id: str):  # type: ignore[no-untyped-def]
    return next(c for c in panel.readiness.model.checks if c.id == check_id)


def _intents(store: Store, case_id: int) -> list[str]:
    repo = SyncRepository(store.sessions, store.box)
    return [item.intent for item, _state, _err in repo.items_for_case(case_id)]


@pytest.fixture
def signed_then_fixed(store: Store, bill: GeneratedBill) -> tuple[PortCase, PortCase]:
    """Signed with a wrong name and account number, then both copied from the bill."""
    truth = bill.truth
    made = store.cases.create(case_for(bill, account_name=truth.account_name + " Holdings",
                                       account_number="9" + truth.account_number[1:]), "tester")
    assert made.id is not None
    attached = bill_desk.attach_bill(store, Settings(), "tester", made.id, bill.path)
    _sign(store, made)
    seen = store.cases.get(made.id)
    for name in ("account_name", "account_number"):
        seen, _report = bill_desk.use_bill_value(store, Settings(), "tester", seen, name,
                                                 attached.report.fields, attached.document.id)
    return made, seen


def test_use_bill_value_after_signing_makes_the_loa_stale(
        qtbot, store: Store, tasks, tmp_path: Path, signed_then_fixed, monkeypatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    made, fixed = signed_then_fixed
    panel = open_panel(qtbot, store, tasks, tmp_path, fixed)
    loa = _check(panel, "loa")
    assert loa.level.value == "fail" and STALE in loa.message
    assert "customer name" in loa.message and "account number" in loa.message
    assert "✖" in panel.tabs.tabText(READINESS)
    monkeypatch.setattr(dialogs.ReasonDialog, "ask",
                        classmethod(lambda cls, *a, **k: "send it anyway"))
    monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    panel.readiness.ready.click()
    assert "Not submitted" in panel.save_state.text() and STALE in panel.save_state.text()
    assert panel.tabs.currentIndex() == READINESS
    assert fixed.id is not None and "create" not in _intents(store, fixed.id)
    code = main(["--db", store.url, "case", "submit", made.reference, "--override", "send it"])
    assert code == 1 and STALE in capsys.readouterr().err
    assert "create" not in _intents(store, fixed.id)


def test_signing_again_matches_and_a_new_number_breaks_it_live(
        qtbot, store: Store, tasks, tmp_path: Path, signed_then_fixed) -> None:
    _made, fixed = signed_then_fixed
    _sign(store, fixed)  # fill and sign again: bound to today's values
    panel = open_panel(qtbot, store, tasks, tmp_path, fixed)
    assert _check(panel, "loa").level.value == "pass"
    panel.numbers.add_text("212-555-0177")  # typed, not saved yet: readiness follows at once
    loa = _check(panel, "loa")
    assert loa.level.value == "fail" and STALE in loa.message and "212-555-0177" in loa.message
    exact = _check(panel, "exact_values")
    assert exact.level.value != "pass" and "212-555-0177" in exact.message


def test_numbers_the_bill_does_not_show_are_not_agreeing(qtbot, store: Store, tasks,
                                                        tmp_path: Path,
                                                        bill: GeneratedBill) -> None:
    extra = "+13125550188"
    made = store.cases.create(case_for(bill, numbers=[*bill.truth.numbers, extra]), "tester")
    assert made.id is not None
    bill_desk.attach_bill(store, Settings(), "tester", made.id, bill.path)
    panel = open_panel(qtbot, store, tasks, tmp_path, made)
    exact = _check(panel, "exact_values")
    assert exact.level.value == "warn" and "312-555-0188" in exact.message
    assert "agree" not in exact.message
