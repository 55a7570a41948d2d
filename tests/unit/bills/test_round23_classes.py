"""Classes traced in session 23 on blind20 (opened) and the splits before it, each tested on
material drawn apart from the family it was seen on (no carrier, family or place of theirs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn

_CUSTOMER = [(40, 110, "Marisol Quintero", 9), (40, 122, "77 Juniper Hollow Rd", 9),
             (40, 134, "Red Lodge, MT 59068", 9), (380, 40, "Account Number", 8),
             (480, 40, "3390-1127", 9)]


def _lockup(tmp_path: Path, gap: float) -> Path:
    """A wordmark set large ('kv') and a word set small right after it ('telecom'), `gap`
    points apart, over the sender's legal name in small print."""
    mark = stringWidth("kv", "Helvetica-Bold", 30)
    return drawn.draw(tmp_path / f"lockup-{gap}.pdf", [
        (40, 50, "B:kv", 30), (40 + mark + gap, 50, "telecom", 10),
        (40, 64, "Kettle Valley Rural Telephone Company", 7), *_CUSTOMER])


def _carrier_verdict(path: Path, typed: str) -> Verdict:
    case = PortCase(account_name="Marisol Quintero", account_number="3390-1127",
                    losing_carrier=typed)
    return compare(case, extract_fields(read_bill(path))).fields["carrier"].verdict


@pytest.mark.parametrize("gap", [0.0, 1.0, 2.0])
@pytest.mark.parametrize("typed", ["KV Telecom", "kv telecom", "KV Telecom Inc."])
def test_a_name_read_across_a_lockup_the_page_does_not_space_is_no_match(
        tmp_path: Path, gap: float, typed: str) -> None:
    """Less than a space between a large wordmark and a small word: the page prints one token
    ('kvtelecom' in its text layer), so a name read across the join is not printed as typed,
    and may be the wordmark beside a descriptor: a question, never exact or equivalent."""
    assert _carrier_verdict(_lockup(tmp_path, gap), typed) == Verdict.UNVERIFIABLE


def test_the_same_lockup_spaced_apart_still_names_the_sender(tmp_path: Path) -> None:
    """A space's width or more between them: two words the page prints, read as the name."""
    assert _carrier_verdict(_lockup(tmp_path, 9.0), "KV Telecom") in (
        Verdict.EXACT, Verdict.EQUIVALENT)


# -- the customer's lines: a number is one only where the bill's structure says so -----------------
def _numbers(path: Path) -> set[str]:
    return set(extract_fields(read_bill(path)).numbers)


_LINES = [(40, 40, "B:Prairie Hollow Telecom", 16), (380, 40, "Invoice Date", 8),
          (480, 40, "June 3, 2026", 9), (40, 90, "Dmitri Okonkwo", 9),
          (40, 102, "19 Larkspur Ct", 9), (40, 114, "Salina, KS 67401", 9),
          (40, 160, "B:YOUR LINES", 10), (40, 176, "B:Telephone", 8), (180, 176, "B:Service", 8),
          (40, 190, "785-555-0123", 9), (180, 190, "Business Line", 9),
          (40, 204, "785-555-0140", 9), (180, 204, "Fax Line", 9)]


@pytest.mark.parametrize("notice", [
    "Due to a switch upgrade in your area your number will change from 785-555-0140 to "
    "785-555-0188",
    "Notice: line 785-555-0140 changes from 785-555-0140 to 785-555-0188 on July 1",
    "Effective July 1, the number 785-555-0140 is being replaced by 785-555-0188.",
])
def test_a_number_a_line_changes_to_is_no_line_nor_a_block(tmp_path: Path, notice: str) -> None:
    """'will change from X to Y' names an old number and a new one: never the block of lines
    from X to Y, and the new number is not (yet) one of the account's lines."""
    path = drawn.draw(tmp_path / "change.pdf", [*_LINES, (40, 240, notice, 8)])
    assert _numbers(path) == {"+17855550123", "+17855550140"}


def test_a_block_printed_with_to_is_still_a_block(tmp_path: Path) -> None:
    path = drawn.draw(tmp_path / "block.pdf", [*_LINES, (40, 218, "785-555-0160 to 0163", 9),
                                               (180, 218, "DID Block", 9)])
    assert {"+17855550160", "+17855550161", "+17855550162", "+17855550163"} <= _numbers(path)


@pytest.mark.parametrize("label", ["Account No.", "Numero de compte", "Account Number"])
def test_a_phone_shaped_account_number_is_no_line_where_the_bill_lists_its_lines(
        tmp_path: Path, label: str) -> None:
    """Ten digits labelled as the account, printed nowhere among the lines the bill lists (and
    on the payment stub again): the account's reference, not one of its numbers."""
    path = drawn.draw(tmp_path / "acct.pdf", [
        *_LINES, (380, 54, label, 8), (480, 54, "316 904 2275", 9),
        (40, 600, "Return this portion with your payment", 8), (380, 614, label, 8),
        (480, 614, "316 904 2275", 9)])
    assert _numbers(path) == {"+17855550123", "+17855550140"}


def test_a_phone_shaped_account_number_alone_may_still_be_the_line(tmp_path: Path) -> None:
    """Nothing else lists a line: the account number that reads as one may be the line itself
    (wireline accounts often are the billing number); the structure rule leaves it as it was."""
    path = drawn.draw(tmp_path / "alone.pdf", [
        (40, 40, "B:Prairie Hollow Telecom", 16), (380, 54, "Account Number", 8),
        (480, 54, "785 555 0123", 9), (40, 90, "Dmitri Okonkwo", 9)])
    assert "+17855550123" in _numbers(path)


@pytest.mark.parametrize("desk", ["Directory Listings", "Conference Bridge", "Operator Services"])
def test_a_desk_stacked_with_the_carriers_help_lines_is_the_carriers(
        tmp_path: Path, desk: str) -> None:
    """'Repair 1-800-...' over '<a desk> 1-866-...', each pair one run of text with no colon,
    under a table whose column reaches down to them: the stack is the carrier's contact block,
    whatever the desk's own words say."""
    path = drawn.draw(tmp_path / "desk.pdf", [
        *_LINES, (40, 250, "Billing Questions 1-800-555-0100", 9),
        (40, 262, "Repair 1-877-555-0190", 9), (40, 274, f"{desk} 1-866-408-2231", 9)])
    assert _numbers(path) == {"+17855550123", "+17855550140"}


@pytest.mark.parametrize("fine", [
    "Service provided by Prairie Hollow Telecom LLC. FCC Form 499 Filer ID 831104. FRN "
    "6203348890.",
    "Prairie Hollow Telecom LLC, FRN 6203348890, OCN 4412.",
])
def test_a_regulatory_identifier_in_fine_print_is_no_line(tmp_path: Path, fine: str) -> None:
    path = drawn.draw(tmp_path / "fine.pdf", [*_LINES, (40, 700, fine, 6)])
    assert _numbers(path) == {"+17855550123", "+17855550140"}


@pytest.mark.parametrize("desk", ["Customer Solutions", "Customer Relations",
                                  "Customer Support Center"])
def test_a_customer_desk_is_the_carriers_help_line(tmp_path: Path, desk: str) -> None:
    """'Customer Solutions 1-888-...': the carrier's desk for its customers, not the customer's
    name over one of their lines."""
    path = drawn.draw(tmp_path / "cust.pdf", [*_LINES, (40, 240, f"{desk} 1-888-203-4471", 9)])
    assert "+18882034471" not in _numbers(path)
