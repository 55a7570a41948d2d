"""The new-case dialog asks the customer type, as the editor shows it, for every kind.

Walked in session 19: Ctrl+N had no "Customer type", and every case made there was stored as
"Business" (the domain's default): a residential customer's LOA printed "Customer type:
Business" without anyone having chosen it. The README's rule is that the dialog asks what the
editor shows for the kind (domain/kind_fields); the editor shows the type for every kind.
"""

from __future__ import annotations

from portdesk.domain.case import CustomerType
from portdesk.domain.kind_fields import unused_fields
from portdesk.ui.new_case_dialog import ASKS, CASE_KINDS, NewCaseDialog


def test_every_kind_whose_editor_shows_the_type_is_asked_it() -> None:
    for kind, asked in ASKS.items():
        if "customer_type" not in unused_fields(CASE_KINDS[kind]):
            assert "customer_type" in asked, kind


def test_the_chosen_type_is_the_case_type(qtbot) -> None:
    dlg = NewCaseDialog()
    qtbot.addWidget(dlg)
    dlg.set_text("account_name", "José Núñez")
    dlg.set_text("numbers", "212-555-0142")
    assert dlg.row_visible("customer_type")
    dlg.set_choice("customer_type", CustomerType.RESIDENTIAL)
    dlg._on_accept()
    assert dlg.result_cases[0].customer_type == CustomerType.RESIDENTIAL


def test_the_type_starts_unchosen_and_create_says_it_is_missing(qtbot) -> None:
    """Session 19 review: the combo opened on "Business", so the type was still assumed."""
    dlg = NewCaseDialog()
    qtbot.addWidget(dlg)
    dlg.set_text("account_name", "José Núñez")
    dlg.set_text("numbers", "212-555-0142")
    dlg._on_accept()
    assert dlg.result_cases is None or dlg.result_cases == []
    assert "customer type" in dlg.error.text()
