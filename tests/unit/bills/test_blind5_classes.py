"""blind5's failure classes (opened after its blind score in session 7's round), each as a general
rule on a bill drawn for it (drawn.py), with wordings invented here, never the family's strings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.parse import clean_name
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn


def _read(tmp_path: Path, *pages: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", *pages)))


def _page(extra: list[drawn.Item]) -> list[drawn.Item]:
    """A header with the customer's mailing block, plus the items under test."""
    return [
        (40, 40, "B:Lakeview Telecom", 16), (380, 40, "Invoice Date", 8),
        (480, 40, "09/14/2025", 9),
        (40, 100, "Harbor Light Bakery", 9), (40, 112, "61 Pier Rd", 9),
        (40, 124, "Mystic, CT 06355", 9), *extra,
    ]


@pytest.mark.parametrize("printed", ["**** **** 3381", "•••• •••• •••• 3381", "** ** 3381"])
def test_a_masked_account_in_groups_after_its_label_keeps_its_mask(
        tmp_path: Path, printed: str) -> None:
    """"Acct # **** **** 3381" on one line: the groups of marks are the masked digits, not the
    label's marks; reading only "3381" would call a typed "7719 0042 3381" a mismatch."""
    fields = _read(tmp_path, _page([(380, 54, f"Acct # {printed}", 9)]))
    assert fields.account_number is not None and fields.account_number.endswith(printed)
    typed = PortCase(account_name="Harbor Light Bakery", account_number="7719 0042 3381")
    assert compare(typed, fields).fields["account_number"].verdict == Verdict.UNVERIFIABLE
    other = PortCase(account_name="Harbor Light Bakery", account_number="7719 0042 9906")
    assert compare(other, fields).fields["account_number"].verdict != Verdict.EXACT


@pytest.mark.parametrize("label", ["Client Name & Address", "Customer Name and Address",
                                   "Nom et adresse"])
def test_a_compound_name_and_address_label_heads_the_name_below(
        tmp_path: Path, label: str) -> None:
    """The rest of a compound label ("and Address") is no name: the name is the line under it."""
    fields = _read(tmp_path, [
        (40, 40, "B:Lakeview Telecom", 16), (380, 40, "Account Number", 8),
        (480, 40, "55120931", 9), (40, 88, label, 8), (40, 100, "Harbor Light Bakery", 9),
        (40, 112, "61 Pier Rd", 9), (40, 124, "Mystic, CT 06355", 9),
    ])
    assert fields.account_name == "Harbor Light Bakery"


@pytest.mark.parametrize("item", ["Customer Access Fee", "Account Maintenance Charge",
                                  "Company Listing Surcharge"])
def test_a_label_word_opening_a_charge_line_is_no_name(tmp_path: Path, item: str) -> None:
    """A charges table's line item that starts with a name label's word ("Customer Access
    Fee") is a charge, not the label "Customer" answered by "Access Fee"."""
    charges = [(40, 60, "B:Itemized Charges", 10), (40, 80, "860-555-0131", 9),
               (140, 80, item, 9), (400, 80, "$4.15", 9), (140, 94, "Voice Mail Box", 9),
               (400, 94, "$6.00", 9)]
    fields = _read(tmp_path, _page([(380, 54, "Account Number", 8), (480, 54, "55120931", 9)]),
                   charges)
    assert fields.account_name == "Harbor Light Bakery"


def test_clean_name_refuses_charges_and_conjunctions() -> None:
    assert clean_name("Access Fee") is None
    assert clean_name("and Address") is None
    assert clean_name("& Address") is None
    assert clean_name("Harbor Light Bakery") == "Harbor Light Bakery"
    assert clean_name("Feeney Dental Group") == "Feeney Dental Group"


def test_a_statement_label_over_a_range_is_the_period_and_the_issue_date_wins(
        tmp_path: Path) -> None:
    """"Statement covering Aug 3, 2025 - Sep 2, 2025" names the billing period; the date the
    bill was issued, printed on its own line, is the statement date."""
    fields = _read(tmp_path, [
        (40, 40, "B:Lakeview Mobile", 16), (380, 40, "Account Number", 8),
        (480, 40, "55120931", 9), (40, 64, "Statement: Aug 3, 2025 - Sep 2, 2025", 9),
        (40, 80, "Issued on Sep 5, 2025", 9),
        (40, 100, "Harbor Light Bakery", 9), (40, 112, "61 Pier Rd", 9),
        (40, 124, "Mystic, CT 06355", 9),
    ])
    assert fields.statement_date == date(2025, 9, 5)


def test_a_statement_range_alone_still_gives_the_period_start(tmp_path: Path) -> None:
    fields = _read(tmp_path, [
        (40, 40, "B:Lakeview Mobile", 16), (380, 40, "Account Number", 8),
        (480, 40, "55120931", 9), (40, 64, "Statement: Aug 3, 2025 - Sep 2, 2025", 9),
        (40, 100, "Harbor Light Bakery", 9), (40, 112, "61 Pier Rd", 9),
        (40, 124, "Mystic, CT 06355", 9),
    ])
    assert fields.statement_date == date(2025, 8, 3)


def _lines_column(tail: list[drawn.Item]) -> list[drawn.Item]:
    """The account's lines in a right-hand column under their heading, beside a summary of
    charges in the left one, then what follows them in that column."""
    rows = (("Last Bill", "$51.20"), ("Payment Received", "$51.20"),
            ("Lakeview Voice", "$88.10"), ("Taxes and Fees", "$9.41"), ("Total Due", "$97.51"))
    summary: list[drawn.Item] = [(40, 150, "B:Summary of Charges", 9)]
    for i, (item, amount) in enumerate(rows, start=1):
        summary += [(44, 150 + 14 * i, item, 9), (300, 150 + 14 * i, amount, 9)]
    return _page([(380, 54, "Account Number", 8), (480, 54, "55120931", 9), *summary,
                  (380, 150, "B:YOUR LAKEVIEW VOICE LINES", 9), (380, 164, "860.555.0131", 9),
                  (380, 178, "860.555.0132", 9), *tail])


def test_a_toll_free_number_ending_a_help_sentence_under_the_lines_is_the_carriers(
        tmp_path: Path) -> None:
    """"Need help? Reach our business care team / at 1.888.555.0107 any time": the sentence
    wraps, and the toll-free number on its second line is the carrier's, not a line."""
    fields = _read(tmp_path, _lines_column([
        (380, 206, "Need help? Reach our business care team", 9),
        (380, 220, "at 1.888.555.0107 any time.", 9)]))
    assert "+18885550107" not in fields.numbers
    assert {"+18605550131", "+18605550132"} <= set(fields.numbers)


def test_the_customers_own_toll_free_line_in_the_list_stays_a_line(tmp_path: Path) -> None:
    fields = _read(tmp_path, _lines_column([(380, 192, "888.555.0107", 9)]))
    assert "+18885550107" in fields.numbers


@pytest.mark.parametrize(("printed", "name"), [
    ("Access Communications Co-operative Limited", "Access Communications"),
    ("versature.com", "Versature")])
def test_canadian_carriers_known_by_legal_name_or_domain(printed: str, name: str) -> None:
    """Two Canadian carriers the table lacked: a known carrier is compared by identity."""
    from portdesk.bills.carriers import carriers_named_in

    assert [c.name for c in carriers_named_in(printed)] == [name]


@pytest.mark.parametrize("name", ["Et Voilà Café", "Or Noir Joaillerie", "And Then Studio LLC",
                                  "Mailing Solutions Group"])
def test_a_name_starting_like_a_label_word_is_still_a_name(name: str) -> None:
    assert clean_name(name) == name


def test_a_typed_btn_seen_only_as_a_later_line_of_an_abbreviated_list_is_a_mismatch(
        tmp_path: Path) -> None:
    """"Main line 860-555-0131" and the lines listed "860-555-0131, -0144, -0152": a typed BTN
    of 860-555-0144 is one of the account's lines (the list's form says so), not its BTN."""
    fields = _read(tmp_path, _page([
        (380, 54, "Account Number", 8), (480, 54, "55120931", 9),
        (380, 68, "Main Line", 8), (480, 68, "860-555-0131", 9),
        (40, 170, "B:Your Voice Services", 10), (40, 184, "860-555-0131, -0144, -0152", 9),
        (40, 198, "3 business lines with voicemail", 9)]))
    assert {"+18605550144", "+18605550152"} <= set(fields.numbers)
    other = PortCase(account_name="Harbor Light Bakery", btn="+18605550144")
    assert compare(other, fields).fields["btn"].verdict == Verdict.MISMATCH
    same = PortCase(account_name="Harbor Light Bakery", btn="+18605550131")
    assert compare(same, fields).fields["btn"].verdict == Verdict.EXACT
