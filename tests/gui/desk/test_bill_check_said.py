"""After the bill check the desk says what it did: the bill attached AND values copied into the
case. It said "Document saved" only, while "Use bill value" had changed the account number."""

from __future__ import annotations

from portdesk.ui import document_actions
from portdesk.ui.bills.dialog import BillCheckOutcome


def test_the_desk_says_the_case_took_values_from_the_bill(qtbot, window, monkeypatch) -> None:
    case_id = window.case_panel.case_id
    seen: list[BillCheckOutcome] = []

    def checked(*_a, **_k) -> BillCheckOutcome:
        outcome = BillCheckOutcome(document=object(), case_changed=True)  # type: ignore[arg-type]
        seen.append(outcome)
        return outcome

    monkeypatch.setattr(document_actions, "open_bill_check", checked)
    window.actions_["check_bill"].trigger()
    qtbot.waitUntil(lambda: "copied from the bill" in window.case_panel.save_state.text())
    assert window.case_panel.save_state.text().startswith("Bill attached; ")
    assert seen and window.case_panel.case_id == case_id
    monkeypatch.setattr(document_actions, "open_bill_check",
                        lambda *a, **k: BillCheckOutcome(document=object(),  # type: ignore
                                                         case_changed=False))
    window.actions_["check_bill"].trigger()
    qtbot.waitUntil(lambda: window.case_panel.save_state.text() == "Bill attached")
