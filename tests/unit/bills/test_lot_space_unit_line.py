"""A mobile home's lot or space is its unit, as an apartment is, wherever it is printed: on its
own line above the street ('Lot 14' over '402 Ridge Rd') or spelled out after the street ('Space
22'). Read as no unit, the check called a typed 'Space 7' a mismatch of the bill's address."""

from __future__ import annotations

import pytest

from portdesk.bills.addrparse import parse_address_lines


@pytest.mark.parametrize(("unit", "street"), [
    ("Lot 14", "402 Ridge Rd"), ("SPACE 22A", "6150 Old Highway Dr"), ("Trlr 3", "17 Pine Ave"),
    ("Spc. #9", "880 W Canyon Rd")])
def test_the_lot_or_space_above_the_street_is_the_unit(unit: str, street: str) -> None:
    got = parse_address_lines([unit, street, "Ely, NV 89301"])
    assert got is not None
    assert (got.line1, got.line2, got.city, got.state) == (street, unit, "Ely", "NV")


def test_the_space_spelled_out_after_the_street_is_the_unit() -> None:
    got = parse_address_lines(["77 Lakeview Ter Space 31", "Truckee, CA 96161"])
    assert got is not None and (got.line1, got.line2) == ("77 Lakeview Ter", "Space 31")


def test_a_place_named_space_is_no_unit() -> None:
    """Only a number makes it a unit: 'Space Center' above a street is a name, not a lot."""
    got = parse_address_lines(["Space Center", "12 Orbit Way", "Ely, NV 89301"])
    assert got is None or got.line2 != "Space Center"
