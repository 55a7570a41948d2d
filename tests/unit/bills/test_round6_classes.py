"""blind4's failure classes (opened after its blind score in session 6's round), each as a general
rule on a bill drawn for it (drawn.py), never on the family's own strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.carriers import carriers_named_in, identify_typed
from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _header_with(label: str, value: str) -> list[drawn.Item]:
    """The account's header, one more label beside its value on the same line."""
    return [
        (40, 40, "B:Bluewater Telecom", 16), (380, 40, "Account Number", 8),
        (480, 40, "4410 2289 10", 9), (380, 54, "Invoice Date", 8), (480, 54, "18 Nov 2025", 9),
        (380, 68, label, 8), (480, 68, value, 9),
        (40, 100, "Acme Tool Co", 9), (40, 112, "9 Elm St", 9), (40, 124, "Dover, DE 19901", 9),
    ]


@pytest.mark.parametrize("label", ["Billing No.", "Main #", "Billing Telephone No."])
def test_a_btn_label_with_number_shortened_is_the_btn(tmp_path: Path, label: str) -> None:
    """Bills shorten "Number" to "No." or "#"; the vocabulary lists the long form once."""
    fields = _read(tmp_path, _header_with(label, "(302) 555-0113"))
    assert fields.btn == "+13025550113"


def test_a_wordmark_of_a_known_name_and_its_line_of_business_is_that_carrier(
        tmp_path: Path) -> None:
    """"Sogetel Entreprises" at the top of page 1 is Sogetel's wordmark for its business line:
    the bill says who sent it, so a case naming another carrier is a mismatch, not a guess."""
    items = _header_with("Billing No.", "(819) 555-0113")
    items[0] = (40, 40, "B:Sogetel Entreprises", 16)
    fields = _read(tmp_path, items)
    assert fields.carrier == "Sogetel"
    case = PortCase(account_name="Acme Tool Co", losing_carrier="Bell Canada")
    assert compare(case, fields).fields["carrier"].verdict == Verdict.MISMATCH
    same = PortCase(account_name="Acme Tool Co", losing_carrier="Sogetel")
    assert compare(same, fields).fields["carrier"].verdict in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_line_of_business_word_alone_or_after_an_unknown_name_is_no_carrier() -> None:
    assert carriers_named_in("Business Solutions", whole_line=True) == []
    assert carriers_named_in("Acme Business Services", whole_line=True) == []


@pytest.mark.parametrize(("typed", "key"), [
    ("Horry Telephone Cooperative, Inc.", "htc"), ("HTC Inc.", "htc"),
    ("Metro Fibernet, LLC", "metronet"), ("ACS of Anchorage, LLC", "alaska_comm"),
    ("Cooptel, coopérative de télécommunication", "cooptel"), ("Cooptel Affaires", "cooptel")])
def test_more_carriers_known_by_their_legal_names(typed: str, key: str) -> None:
    found = identify_typed(typed)
    assert found is not None and found.key == key


def test_a_handset_makers_name_in_a_line_is_no_carrier() -> None:
    """HTC is a telephone cooperative and a phone maker: only a line that is the name says so."""
    assert carriers_named_in("HTC One M8 device payment 12 of 24") == []


def test_ten_digits_under_a_transaction_id_are_no_line_and_no_account(tmp_path: Path) -> None:
    """A payment's or an invoice's identifier of ten digits reads like a phone number; its label
    says it is neither one of the lines nor the account number."""
    items = [*_header_with("Transaction ID:", "3025559186"),
             (40, 170, "B:Telephone Numbers", 9), (40, 184, "302-555-0117", 9),
             (40, 196, "302-555-0118", 9)]
    fields = _read(tmp_path, items)
    assert set(fields.numbers) == {"+13025550117", "+13025550118"}
    case = PortCase(account_name="Acme Tool Co", account_number="3025559186")
    assert compare(case, fields).fields["account_number"].verdict == Verdict.MISMATCH


def test_a_line_beside_the_customers_address_repeated_from_page_one_is_kept(
        tmp_path: Path) -> None:
    """Page 2 lists each location's lines beside its address; the first location is the mailing
    address printed on page 1. The repeat is the customer's address, not a running header, so the
    number on its row is one of the lines."""
    first = _header_with("Invoice No.", "88120")
    second: list[drawn.Item] = [
        (40, 40, "B:Bluewater Telecom", 12), (380, 40, "Account Number 4410 2289 10", 8),
        (40, 80, "B:Location", 8), (260, 80, "B:Service", 8),
        (40, 94, "9 Elm St", 9), (260, 94, "Home Phone / Telephone 302-555-0166", 9),
        (40, 106, "Dover, DE 19901", 9), (260, 106, "Home Phone / Telephone 302-555-0127", 9),
        (40, 130, "77 Bay Rd", 9), (260, 130, "Home Phone / Telephone 302-555-0184", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", first, second)))
    assert set(fields.numbers) == {"+13025550166", "+13025550127", "+13025550184"}
