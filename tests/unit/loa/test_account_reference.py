"""A blank labelled as the account's reference (the lead's decision, session 24): "Account
reference number", "Account/Client reference", "Client account reference" are never numbers to
port; each is the account number, because the label's head names an account. A reference that
names no account ("Reference number", "Client reference number", "Customer reference") stays
empty. Before, "Account reference number" and "Client reference number" read as the numbers to
port (the customer's first telephone number would have gone into them)."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import fill_form
from portdesk.loa.vocabulary import NOT_OURS, classify_in
from tests.loaforms.kit import a4
from tests.unit.loa.helpers import make_case, widget_values


@pytest.mark.parametrize("label", ["Account reference number", "Account/Client reference",
                                   "Account / client reference", "Client account reference no.",
                                   "Account ref #"])
def test_a_reference_headed_by_an_account_is_the_account_number(label: str) -> None:
    read = classify_in(label, ("en",))
    assert read is not None and read.field == LoaField.ACCOUNT_NUMBER, read


@pytest.mark.parametrize("label", ["Reference number", "Client reference number",
                                   "Customer reference", "Ref. no."])
def test_a_reference_naming_no_account_stays_empty(label: str) -> None:
    read = classify_in(label, ("en",))
    assert read is not None and read.field == NOT_OURS, read


def _form() -> bytes:
    """An A4 paper-free fillable request: labels above their boxes, no name hints."""
    s = a4("account-reference", "GB", "en", [], "")
    s.text(40, 800, "Porting request", 13, bold=True)
    y = 760.0
    for n, label in enumerate(["Company name", "Account reference number",
                               "Client reference number", "Number to port"], 1):
        s.text(40, y + 18, label, 7.5)
        s.widget(f"box{n}", 40, y, 220, 15, None)
        y -= 40
    return s.build()[0]


def test_the_account_reference_box_takes_the_account_number_and_no_phone_number() -> None:
    case = make_case(1)
    got = widget_values(fill_form(_form(), values_from_case(case), "form.pdf").pdf)
    assert got["box2"] == case.account_number
    assert not got.get("box3")
    assert got["box4"] and got["box4"] != got["box2"]
