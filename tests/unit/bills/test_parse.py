from __future__ import annotations

from datetime import date

import pytest

from portdesk.bills.addrparse import is_city_state_zip, parse_address_lines
from portdesk.bills.parse import (
    is_masked,
    masked_phones_in,
    parse_account_number,
    parse_date,
    phones_in,
)
from portdesk.domain.case import Address


@pytest.mark.parametrize("text", ["March 5, 2025", "Mar 05, 2025", "03/05/2025", "2025-03-05",
                                  "05 Mar 2025", "03-05-2025", "3/5/25"])
def test_dates_in_the_forms_bills_use(text: str) -> None:
    assert parse_date(text) == date(2025, 3, 5)


def test_not_a_date() -> None:
    assert parse_date("13/45/2025") is None
    assert parse_date("Account 12345") is None


def test_phones_need_digit_boundaries() -> None:
    assert [e for e, _ in phones_in("Call (212) 555-0142 or 1-800-555-0199")] == [
        "+12125550142", "+18005550199"]
    # a scan line glues the BTN into a long digit run: not a phone number
    assert phones_in("883533740678965832 14633978 31255501327") == []


def test_masked_phone() -> None:
    assert masked_phones_in("Line (212) ***-0142") == ["(212) ***-0142"]
    assert is_masked("****1234") and not is_masked("8310 1234")


@pytest.mark.parametrize(("text", "want"), [
    ("8310 0123 4567 890", "8310 0123 4567 890"),
    ("A72-1770999 Page 1", "A72-1770999"),
    ("212-555-0142-123", "212-555-0142-123"),
    ("****1234", "****1234"),
    ("Summary", None),
    ("12", None),
])
def test_account_numbers(text: str, want: str | None) -> None:
    assert parse_account_number(text) == want


def test_addresses_multi_line_and_one_line() -> None:
    want = Address("120 Oak St", "Ste 400", "Springfield", "IL", "62701-1234")
    assert parse_address_lines(["120 Oak St", "Ste 400", "Springfield, IL 62701-1234"]) == want
    assert parse_address_lines(["120 Oak St Ste 400", "Springfield, IL 62701-1234"]) == want
    assert parse_address_lines(["120 Oak St, Ste 400, Springfield, IL 62701-1234"]) == want
    assert parse_address_lines(["PO Box 77", "Saint Paul, MN 55101"]) == Address(
        "PO Box 77", "", "Saint Paul", "MN", "55101")


def test_not_an_address() -> None:
    assert parse_address_lines(["Acme Plumbing Inc", "Springfield, IL 62701"]) is None
    assert parse_address_lines(["120 Oak St", "Springfield, ZZ 62701"]) is None


@pytest.mark.parametrize(("lines", "city", "postal"), [
    (["3150 Washington Dr", "Saint Paul,.MN 55195"], "Saint Paul", "55195"),
    (["1144 Park Rd", "Austin, TX:78720-8175"], "Austin", "78720-8175"),
    (["8424 Elm Ln", "Raleigh, NC 27671-6378."], "Raleigh", "27671-6378"),
])
def test_ocr_specks_between_city_state_and_zip(lines: list[str], city: str, postal: str) -> None:
    assert is_city_state_zip(lines[-1])
    address = parse_address_lines(lines)
    assert address is not None and (address.city, address.postal_code) == (city, postal)


def test_a_speck_after_a_po_box_number_is_not_part_of_it() -> None:
    address = parse_address_lines(["PO Box 74403.", "Raleigh, NC 27682"])
    assert address is not None and address.line1 == "PO Box 74403"


def test_a_speck_read_as_a_semicolon_in_a_one_line_address() -> None:
    address = parse_address_lines(["8503 Cedar Dr, # 5, Raleigh; NC 27620"])
    assert address == Address("8503 Cedar Dr", "# 5", "Raleigh", "NC", "27620")


def test_a_number_with_a_leading_zero_is_not_a_street_number() -> None:
    # "0412 3345 Main Account" is an identifier; US and Canadian house numbers never start with 0
    assert parse_address_lines(["0412 Main Account", "Springfield, IL 62701"]) is None
    assert parse_address_lines(["412 Main St", "Springfield, IL 62701"]) is not None


@pytest.mark.parametrize("text", ["Aug 20,2025", "Aug 20. 2025.", "Aug 20; 2025"])
def test_a_scans_date_with_its_comma_misread_or_its_space_lost(text: str) -> None:
    assert parse_date(text) == date(2025, 8, 20)
    assert parse_date("Aug 202025") is None
