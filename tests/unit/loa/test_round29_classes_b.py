"""Classes round 29 showed once opened (issue 11), the second half (Danish, Polish, Romanian and
Bulgarian forms). Each is read here in words of its own (not the round's forms'), and fails on
the code before its fix."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField, date_format_for
from portdesk.loa.vocabulary import NOT_OURS, classify_in


@pytest.mark.parametrize("label", ["Aftalenummer hos nuværende udbyder",
                                   "Kundenr. hos nuværende udbyder"])
def test_a_danish_number_at_the_current_provider_is_the_account_number(label: str) -> None:
    """"X hos nuværende udbyder": the provider is named after "hos" (at) only to say whose
    number it is; the carrier's name had gone into the account number's blank."""
    read = classify_in(label, ("da",))
    assert read is not None and read.field == LoaField.ACCOUNT_NUMBER


def test_the_current_provider_alone_is_still_the_carrier() -> None:
    read = classify_in("Nuværende udbyder (afgivende)", ("da",))
    assert read is not None and read.field == LoaField.CARRIER


def test_danish_numbers_that_stay_with_the_provider_are_the_remaining_numbers() -> None:
    """"numre, som bliver hos nuværende udbyder": the numbers that stay, not the provider
    the sentence names (the carrier's name had filled a slot for the numbers that stay)."""
    read = classify_in("Ved delvis portering: numre, som bliver hos nuværende udbyder", ("da",))
    assert read is not None and read.field == LoaField.REMAINING_NUMBERS


@pytest.mark.parametrize("label", ["Flyttedato", "Ønsket porteringsdato (DD-MM-ÅÅÅÅ)"])
def test_a_danish_compound_date_word_is_the_requested_date(label: str) -> None:
    read = classify_in(label, ("da",))
    assert read is not None and read.field == LoaField.REQUESTED_DATE


def test_a_second_danish_authorised_signatory_is_not_ours() -> None:
    """"Underskrift tegningsberettigede 2": the case has one signer; the signature had been
    drawn twice."""
    read = classify_in("Underskrift, tegningsberettigede 2", ("da",))
    assert read is not None and read.field == NOT_OURS
    own = classify_in("Underskrift (tegningsberettiget)", ("da",))
    assert own is not None and own.field == LoaField.SIGNATURE


@pytest.mark.parametrize(("country", "shape"), [("PL", "%d.%m.%Y"), ("NO", "%d.%m.%Y"),
                                                ("DK", "%d-%m-%Y")])
def test_a_date_is_written_the_countrys_way_where_the_form_says_nothing(country: str,
                                                                        shape: str) -> None:
    """Polish and Norwegian dates part day, month and year by dots, Danish forms by hyphens
    ("DD-MM-ÅÅÅÅ"); a slash (07/12/2026) is no national way there and was counted wrong."""
    assert date_format_for(country) == shape
