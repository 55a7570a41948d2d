"""Blind12 text classes (second half), each a general rule about how bills are written, tried on
bills drawn here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn

_HEAD = [(40, 40, "B:Tamarack Voice", 18), (400, 40, "Account Number", 8),
         (480, 40, "66120-31", 8),
         (40, 110, "Juniper Hollow Florist", 10), (40, 122, "PO Box 881", 10),
         (40, 134, "Stratford ON N5A 6T3", 10)]


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _number(fields: BillFields, e164: str) -> Verdict:
    check = compare(PortCase(account_name="Juniper Hollow Florist", account_number="66120-31",
                             numbers=(CaseNumber(e164),)), fields)
    assert check.numbers is not None
    return check.numbers.items[0].verdict


# -- a line the notice says has left, dated in May ---------------------------------------------
@pytest.mark.parametrize("when", ["on May 3, 2026", "on April 3, 2026", "effective May 30"])
def test_a_line_removed_in_may_is_a_former_line(tmp_path: Path, when: str) -> None:
    """'... 226-555-0190 was taken off your account at your request on May 3, 2026.': the month's
    name is no 'may' of a warning; the line has left the account."""
    fields = _read(tmp_path, [
        *_HEAD, (40, 200, "B:Your lines", 10), (40, 214, "226-555-0177", 9),
        (200, 214, "Business Line", 9), (500, 214, "$31.00", 9),
        (40, 260, f"Note: 226-555-0190 was removed from the account at your request {when}.", 8)])
    assert "+12265550190" not in fields.numbers
    assert _number(fields, "+12265550190") == Verdict.NOT_FOUND


def test_a_line_that_may_be_removed_is_no_former_line(tmp_path: Path) -> None:
    fields = _read(tmp_path, [
        *_HEAD, (40, 200, "B:Your lines", 10), (40, 214, "226-555-0177", 9),
        (200, 214, "Business Line", 9), (500, 214, "$31.00", 9),
        (40, 226, "226-555-0190", 9), (200, 226, "Fax Line", 9), (500, 226, "$12.00", 9),
        (40, 260, "226-555-0190 may be removed from your account if unused.", 8)])
    assert _number(fields, "+12265550190") == Verdict.EXACT


def test_a_number_removed_from_the_plan_is_a_former_line(tmp_path: Path) -> None:
    fields = _read(tmp_path, [
        *_HEAD, (40, 200, "B:Your lines", 10), (40, 214, "226-555-0177", 9),
        (200, 214, "Business Line", 9), (500, 214, "$31.00", 9),
        (40, 260, "Fax number 226-555-0163 removed from your plan  -$4.10", 8)])
    assert "+12265550163" not in fields.numbers
    assert _number(fields, "+12265550163") == Verdict.NOT_FOUND


# -- the carrier's lines printed under a table, a notice between ------------------------------
def _table_then_contacts(tmp_path: Path, between: str) -> BillFields:
    return _read(tmp_path, [
        *_HEAD, (40, 200, "Phone", 8), (200, 200, "Description", 8), (500, 200, "Charge", 8),
        (40, 214, "226-555-0177", 9), (200, 214, "Business Line", 9), (500, 214, "$31.00", 9),
        (200, 226, "Internet 250", 9), (500, 226, "$60.00", 9),
        (40, 262, between, 8),
        (40, 274, "Head desk: 226-348-1100", 8), (40, 286, "Toll free: 1-888-555-0161", 8)])


def test_lines_under_a_sentence_across_the_table_are_no_rows_of_it(tmp_path: Path) -> None:
    """A sentence printed across the columns ends the table: the carrier's contact lines under
    it are not rows of the 'Phone' column, and a line whose own run-in label says nothing
    known, stacked at the left edge of the carrier's toll-free help line, is the carrier's."""
    fields = _table_then_contacts(
        tmp_path, "Thank you for choosing us. Your payment was received on March 2, 2026.")
    assert "+12263481100" not in fields.numbers
    assert _number(fields, "+12263481100") == Verdict.NOT_FOUND
    assert _number(fields, "+12265550177") == Verdict.EXACT


def test_a_line_of_a_listed_exchange_beside_the_help_line_stays_the_customers(
        tmp_path: Path) -> None:
    """The contact block never takes a number of the exchange of a line the bill lists (a
    customer's own office line printed by its help line)."""
    fields = _read(tmp_path, [
        *_HEAD, (40, 200, "Phone", 8), (200, 200, "Description", 8), (500, 200, "Charge", 8),
        (40, 214, "226-555-0177", 9), (200, 214, "Business Line", 9), (500, 214, "$31.00", 9),
        (40, 274, "Head desk: 226-555-0178", 8), (40, 286, "Toll free: 1-888-555-0161", 8)])
    assert "+12265550178" in fields.numbers


def test_a_row_under_a_short_note_is_still_a_row(tmp_path: Path) -> None:
    """A short line with no sentence's end is no notice across the table."""
    fields = _read(tmp_path, [
        *_HEAD, (40, 200, "Phone", 8), (200, 200, "Description", 8), (500, 200, "Charge", 8),
        (40, 214, "226-555-0177", 9), (200, 214, "Business Line", 9), (500, 214, "$31.00", 9),
        (40, 226, "Additional lines", 8),
        (40, 238, "226-555-0178", 9), (200, 238, "Fax Line", 9), (500, 238, "$11.00", 9)])
    assert "+12265550178" in fields.numbers


# -- the account's telephone number in its stack of captions over values ------------------------
def _stack(tmp_path: Path, under: str | None) -> BillFields:
    items = [(40, 40, "B:Tamarack Voice", 18),
             (40, 110, "Juniper Hollow Florist", 10), (40, 122, "PO Box 881", 10),
             (40, 134, "Stratford ON N5A 6T3", 10),
             (360, 100, "Account Number", 8), (360, 110, "66120-31", 9),
             (360, 124, "Bill Date", 8), (360, 134, "April 4, 2026", 9),
             (360, 148, "Phone Number", 8), (360, 158, "226-555-0177", 9)]
    if under is not None:
        items.append((360, 170, under, 9))
    return _read(tmp_path, items)


def test_the_phone_number_captioned_in_the_accounts_stack_is_its_btn(tmp_path: Path) -> None:
    fields = _stack(tmp_path, None)
    assert fields.btn == "+12265550177"


def test_a_caption_over_a_column_of_numbers_names_no_btn(tmp_path: Path) -> None:
    fields = _stack(tmp_path, "226-555-0178")
    assert fields.btn != "+12265550177"


# -- a carrier's name typed with a generic word of its legal name left out --------------------
@pytest.mark.parametrize(("typed", "same"), [
    ("Sawtooth Cooperative", True), ("Sawtooth Telephone", True),
    ("Sawtooth Wireless", False), ("Telephone Cooperative", False)])
def test_a_name_with_generic_words_left_out_is_the_same_sender(typed: str, same: bool) -> None:
    from portdesk.bills.issuername import same_issuer

    assert same_issuer(typed, "Sawtooth Telephone Communications Cooperative Inc.") is same
