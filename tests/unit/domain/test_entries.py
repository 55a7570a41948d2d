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
