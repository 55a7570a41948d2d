"""A reference called a number ('Reference number', 'Numéro de référence', 'Numero di
riferimento') is an identifier of someone's file, never a telephone number of the case: its box
stays empty (labelwords: an identifier called a number). Before, 'reference number' read as the
numbers to port and the customer's first number went into it. Labels in English, French and
Italian, and a fillable Canadian form drawn here (no corpus form prints such a box)."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import fill_form
from portdesk.loa.vocabulary import NOT_OURS, classify_in
from tests.loaforms.kit import letter
from tests.unit.loa.helpers import make_case, widget_values


@pytest.mark.parametrize(("label", "languages"), [
    ("Reference number", ("en",)), ("Customer reference number", ("en",)),
    ("Ref. no.", ("en",)), ("Numéro de référence", ("fr",)),
    ("Numero di riferimento", ("it",))])
def test_a_reference_called_a_number_is_not_ours(label: str, languages: tuple[str, ...]) -> None:
    read = classify_in(label, languages)
    assert read is not None and read.field == NOT_OURS, read


@pytest.mark.parametrize("label", ["Telephone number (for reference)", "Numbers to be ported"])
def test_a_telephone_number_said_with_reference_is_still_a_number(label: str) -> None:
    read = classify_in(label, ("en",))
    assert read is not None and read.field != NOT_OURS, read


def _form(reference: str) -> bytes:
    s = letter("reference-number", "CA", "en", [], "")
    s.text(40, 750, "Number transfer request", 13, bold=True)
    s.text(40, 720, "Account holder", 8)
    s.widget("holder", 170, 716, 260, 15, None)
    s.text(40, 696, reference, 8)
    s.widget("reference", 170, 692, 160, 15, None)
    s.text(40, 672, "Telephone number to transfer", 8)
    s.widget("tel", 170, 668, 160, 15, None)
    return s.build()[0]


@pytest.mark.parametrize("reference", ["Reference number", "Customer reference number"])
def test_the_reference_box_of_a_form_stays_empty(reference: str) -> None:
    result = fill_form(_form(reference), values_from_case(make_case(1)), "form.pdf")
    got = widget_values(result.pdf)
    assert got.get("holder") and got.get("tel")
    assert not got.get("reference"), got
