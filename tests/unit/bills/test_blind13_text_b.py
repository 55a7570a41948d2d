"""Blind13 text classes (second half), each a general rule about how bills are written, tried on
bills drawn here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from portdesk.bills.addrparse import parse_address_lines
from portdesk.bills.compare import compare
from portdesk.bills.context import Context, classify
from portdesk.bills.dates import parse_date
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.ranges import blocks_in
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn

_HEAD = [(40, 40, "B:Tamarack Voice", 18), (400, 40, "Account Number", 8),
         (480, 40, "66120-31", 8),
         (40, 110, "Juniper Hollow Florist", 10), (40, 122, "PO Box 881", 10),
         (40, 134, "Stratford ON N5A 6T3", 10)]
_LINES = [(40, 200, "B:Number", 8), (250, 200, "B:Service", 8), (480, 200, "B:Charge", 8),
          (40, 212, "(226) 555-0177", 8), (250, 212, "Business line", 8), (480, 212, "$31.00", 8),
          (40, 224, "(226) 555-0178", 8), (250, 224, "Fax line", 8), (480, 224, "$12.00", 8),
          (250, 236, "Taxes", 8), (480, 236, "$5.10", 8)]


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _number(fields: BillFields, e164: str) -> Verdict:
    check = compare(PortCase(account_name="Juniper Hollow Florist", account_number="66120-31",
                             numbers=(CaseNumber(e164),)), fields)
    assert check.numbers is not None
    return check.numbers.items[0].verdict


# -- a help line printed as a labelled pair under the table of lines ---------------------------
@pytest.mark.parametrize("label", ["Customer Care:", "Technical support:", "Atención al cliente:"])
def test_a_help_pair_under_the_table_of_lines_is_the_carriers(tmp_path: Path, label: str) -> None:
    """'Customer Care: 226-378-4000' printed a few lines under the table, in its number column:
    a label and its value, the carrier's help line, not a row that names one of the lines."""
    fields = _read(tmp_path, [*_HEAD, *_LINES, (40, 258, f"{label} 226-378-4000", 7.5)])
    assert "+12263784000" not in fields.numbers
    assert _number(fields, "+12263784000") == Verdict.NOT_FOUND
    assert _number(fields, "+12265550178") == Verdict.EXACT


def test_a_department_named_in_the_table_of_lines_stays_a_line(tmp_path: Path) -> None:
    """'Customer Service' in the service cell of a row of the table: the customer's department
    line, one of the account's lines."""
    fields = _read(tmp_path, [*_HEAD, *_LINES[:-2], (40, 236, "(226) 555-0179", 8),
                              (250, 236, "Customer Service", 8), (480, 236, "$31.00", 8)])
    assert _number(fields, "+12265550179") == Verdict.EXACT


# -- a block written with a bare "a" between its two whole ends --------------------------------
def test_a_block_with_a_bare_a_between_whole_ends_lists_the_lines_between(tmp_path: Path) -> None:
    """'(226) 555-0181 a (226) 555-0185' (Spanish "a", French "à" printed without its accent):
    a block of the lines between, as "to" would be."""
    fields = _read(tmp_path, [*_HEAD, *_LINES[:3],
                              (40, 212, "(226) 555-0181 a (226) 555-0185", 8),
                              (250, 212, "Bloque DID (5)", 8), (480, 212, "$31.00", 8)])
    assert {f"+122655501{n}" for n in range(81, 86)} <= set(fields.numbers)
    assert _number(fields, "+12265550183") == Verdict.EXACT


@pytest.mark.parametrize("text", ["Call 226-555-0181 a 24 hour line", "226-555-0181 a 226-556-0185",
                                  "Line 226-555-0181 A 226-555-0185"])
def test_a_bare_a_before_anything_but_a_whole_number_of_the_exchange_is_no_block(
        text: str) -> None:
    assert blocks_in(text) == []


# -- "Customer Account" heading the account's identifier ---------------------------------------
@pytest.mark.parametrize("label", ["Customer Account", "Client Account:"])
def test_customer_account_labels_the_account_number(tmp_path: Path, label: str) -> None:
    """'Customer Account  TV-77310' under the page's 'Monthly Invoice' title: the account named
    by whose it is; the value beside it is the account number, not the customer's name nor the
    invoice's reference."""
    fields = _read(tmp_path, [(40, 48, "B:Tamarack Voice", 24), (474, 40, "Monthly Invoice", 12),
                              (360, 62, label, 8),
                              (531, 62, "TV-77310", 8), (360, 74, "Invoice Date", 8),
                              (521, 74, "Mar 21, 2026", 8), (360, 86, "Main Number", 8),
                              (514, 86, "(226) 555-0174", 8),
                              (40, 110, "Juniper Hollow Florist", 10), (40, 122, "PO Box 881", 10),
                              (40, 134, "Stratford ON N5A 6T3", 10)])
    check = compare(PortCase(account_name="Juniper Hollow Florist", account_number="TV-77310"),
                    fields)
    assert check.fields["account_number"].verdict == Verdict.EXACT


def test_customer_account_name_still_labels_the_name() -> None:
    assert classify("Customer Account Name") == Context.NAME
    assert classify("Customer Account") == Context.ACCOUNT


# -- a province written in its French short form ----------------------------------------------
@pytest.mark.parametrize(("city_line", "province"), [
    ("Truro (N.-É.) B2N 5B6", "NS"), ("Kingston (Ont.) K7L 3N6", "ON"),
    ("Moncton (N.-B.) E1C 4M2", "NB"), ("Kamloops (C.-B.) V2C 1A1", "BC")])
def test_a_french_short_province_ends_a_service_address(tmp_path: Path, city_line: str,
                                                        province: str) -> None:
    """'Truro (N.-É.) B2N 5B6': Canada Post's French short form of the province, in brackets,
    ends the address as its two-letter code does."""
    fields = _read(tmp_path, [*_HEAD, (40, 170, "B:Adresse de service", 9),
                              (40, 182, "412, chemin du Lac", 9), (40, 194, city_line, 9)])
    address = fields.service_address
    assert address is not None
    assert (address.line1, address.state) == ("412, chemin du Lac", province)
    assert address.postal_code == city_line[-7:]


# -- a date written day, short month, two-digit year -------------------------------------------
@pytest.mark.parametrize(("printed", "day"), [("6 Aug 25", date(2025, 8, 6)),
                                              ("12 Feb 26", date(2026, 2, 12))])
def test_a_day_month_two_digit_year_date_is_read(tmp_path: Path, printed: str, day: date) -> None:
    fields = _read(tmp_path, [*_HEAD[:3], (380, 52, "Bill Date", 8), (480, 52, printed, 8),
                              *_HEAD[3:]])
    assert fields.statement_date == day


@pytest.mark.parametrize("text", ["6 Aug 12:30", "Suite 5 Main 25", "14 May 2.5 GB"])
def test_no_time_nor_word_is_read_as_a_two_digit_year(text: str) -> None:
    assert parse_date(text) is None


# -- a room or floor printed before the street -------------------------------------------------
@pytest.mark.parametrize(("street", "unit"), [("Rm 2133 - 5025 Washington Hwy", "Rm 2133"),
                                              ("Fl 3, 100 King St W", "Fl 3")])
def test_a_room_or_floor_before_the_street_is_line_two(street: str, unit: str) -> None:
    """'Rm 2133 - 5025 Washington Hwy': the unit printed first, as 'Suite 210 - 88 King St W'."""
    address = parse_address_lines([street, "Green Bay, WI 54365"])
    assert address is not None
    assert (address.line1, address.line2) == (street.split(unit)[1].strip(" ,-"), unit)
