from __future__ import annotations

import pytest

from portdesk.domain.case import ServiceType
from portdesk.domain.entries import EntryError, case_from_entry, entry_from_case
from tests.helpers import entry


def test_entry_round_trip_keeps_values_and_masks_pin() -> None:
    c = case_from_entry(entry())
    out = entry_from_case(c)
    assert out["pin"] == "••••" and entry_from_case(c, include_secrets=True)["pin"] == "4821"
    again = case_from_entry({**out, "pin": "4821"})
    assert again.numbers == c.numbers and again.service_address == c.service_address


def test_every_problem_is_listed() -> None:
    with pytest.raises(EntryError) as info:
        case_from_entry(entry(account_name="", numbers=["12"], port_type="half",
                              service_address={"line1": "1 Main", "state": "ZZ",
                                               "postal_code": "9"}))
    text = " ".join(info.value.problems)
    for piece in ("account_name", "10 digits", "port_type", "state 'ZZ'", "ZIP"):
        assert piece in text


def test_service_type_derived_from_numbers_and_carrier() -> None:
    assert case_from_entry(entry()).service_type == ServiceType.WIRELINE
    assert case_from_entry(entry(carrier="T-Mobile USA")).service_type == ServiceType.WIRELESS
    tf = case_from_entry(entry(numbers=["800-555-0100", "212-555-0142"]))
    assert tf.service_type == ServiceType.MIXED
    assert case_from_entry(entry(numbers=["888-555-0100"], btn="888-555-0100")).service_type == \
        ServiceType.TOLL_FREE


def test_state_names_become_codes() -> None:
    c = case_from_entry(entry(service_address={"line1": "1 Main St", "city": "Austin",
                                               "state": "Texas", "postal_code": "78701-1234"}))
    assert c.service_address.state == "TX"


@pytest.mark.parametrize(("address", "numbers", "country"), [
    ({"line1": "14 Clerkenwell Close", "city": "London", "postal_code": "EC1R 0AA"},
     ["+442079460200"], "GB"),
    ({"line1": "14 Clerkenwell Close", "city": "London", "postal_code": "EC1R 0AA"},
     ["+12125550100"], "GB"),  # the postcode is only written that way in the UK
    ({"line1": "Unit 7", "city": "Dublin 3", "postal_code": "D03 X2F4"}, ["+35318554210"], "IE"),
    ({"line1": "Lindwurmstraße 88", "city": "München", "postal_code": "80337"},
     ["+498912345670"], "DE"),  # five digits: the numbers say Germany, not a US ZIP
    ({"line1": "1 High Street", "city": "London"}, ["+442079460200"], "GB"),
    ({"line1": "2200 Yonge St", "city": "Toronto", "state": "ON", "postal_code": "M4S 2C6"},
     ["+14165550160"], "CA"),
    ({"line1": "455 N Wells St", "city": "Chicago", "state": "IL", "postal_code": "60654"},
     ["+13125550142"], "US"),
])
def test_an_address_without_a_country_takes_it_from_its_postcode_or_the_numbers(
        address: dict[str, str], numbers: list[str], country: str) -> None:
    case = case_from_entry({"account_name": "A", "numbers": numbers, "service_address": address})
    assert case.service_address.country == country


def test_a_country_given_is_kept_and_a_us_address_still_needs_a_zip() -> None:
    case = case_from_entry({"account_name": "A", "numbers": ["+442079460200"], "service_address": {
        "line1": "1 Rue X", "city": "Paris", "postal_code": "75001", "country": "fr"}})
    assert case.service_address.country == "FR"
    with pytest.raises(EntryError, match="not a ZIP"):
        case_from_entry({"account_name": "A", "numbers": ["+13125550142"], "service_address": {
            "line1": "1 Main St", "city": "Springfield", "postal_code": "ABC"}})


def test_a_us_state_says_us_even_when_the_numbers_are_canadian() -> None:
    case = case_from_entry({"account_name": "A", "numbers": ["+14165550160"], "service_address": {
        "line1": "1 Main St", "city": "Chicago", "state": "IL", "postal_code": "60601"}})
    assert case.service_address.country == "US"


@pytest.mark.parametrize("masked", ["••••", "****", "●●●●●●"])
def test_a_masked_pin_is_never_taken_for_a_pin(masked: str) -> None:
    """Imported back from an export without --include-secrets, '••••' became the case's PIN."""
    with pytest.raises(EntryError) as info:
        case_from_entry({**entry_from_case(case_from_entry(entry())), "pin": masked})
    assert info.value.problems == [
        f"pin '{masked}' is a mask, not a PIN (an export without --include-secrets hides it): "
        "give the PIN, or leave pin empty"]
    assert case_from_entry(entry(pin="")).pin == ""
    assert case_from_entry(entry(pin="*4821")).pin == "*4821"  # a PIN is more than its mask
