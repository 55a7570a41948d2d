"""Blind13 text classes (first half), each a general rule about how bills are written, tried on
bills drawn here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

_SITE = Address(line1="77 Juniper Ct", city="Vernal", state="UT", postal_code="84078")


def _carrier(tmp_path: Path, page: list[drawn.Item], typed: str) -> Verdict:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    check = compare(PortCase(account_name="Lena Ortiz", losing_carrier=typed, service_address=_SITE,
                             numbers=(CaseNumber("+14355550131"),)), fields)
    return check.fields["carrier"].verdict


# -- the payee's block on the stub, a street under its name, beside the recipient's -------------
def _stub_bill(payee_street: str = "18 West 300 South") -> list[drawn.Item]:
    return [(40, 40, "B:OSPREY", 18),
            (60, 110, "Lena Ortiz", 10), (60, 122, "77 Juniper Ct", 10),
            (60, 134, "Vernal, UT 84078", 10),
            (40, 200, "Account 44120    Phone (435) 555-0131", 10),
            (40, 220, "Total due $61.20", 10),
            (40, 500, "Please detach and return this portion with your payment.", 8),
            (60, 530, "Osprey Ridge Networks", 10), (60, 542, payee_street, 10),
            (60, 554, "Price, UT 84501", 10),
            (360, 600, "Lena Ortiz", 10), (360, 612, "77 Juniper Ct", 10),
            (360, 624, "Vernal, UT 84078", 10)]


def test_the_stubs_other_block_beside_the_recipients_is_the_payee(tmp_path: Path) -> None:
    """A payment stub carries the payee's block and the recipient's (the customer's mailing
    block, as at the top of page 1): the other block is the payee, a street under its name as
    surely as a PO Box; the carrier typed as that name is the sender."""
    assert _carrier(tmp_path, _stub_bill(), "Osprey Ridge Networks") == Verdict.EXACT


def test_another_name_than_the_stubs_payee_is_never_matched(tmp_path: Path) -> None:
    assert _carrier(tmp_path, _stub_bill(), "Heron Point Telecom") not in (
        Verdict.EXACT, Verdict.EQUIVALENT)


@pytest.mark.parametrize("street", ["77 Juniper Ct"])
def test_a_block_on_the_customers_own_street_is_no_payee(tmp_path: Path, street: str) -> None:
    """The same street as the customer's mailing block: another block of the customer's (a
    location's name over its address), not the payee's."""
    assert _carrier(tmp_path, _stub_bill(street), "Osprey Ridge Networks") not in (
        Verdict.EXACT, Verdict.EQUIVALENT)


# -- a customer service record: its title line and its field codes -------------------------------
def _csr(title: str, title_y: float = 40) -> list[drawn.Item]:
    rows = [("ACCT", "44120-001"), ("BTN", "435 555-0131"), ("LN", "ORTIZ, LENA"),
            ("SA", "77 JUNIPER CT"), ("", "VERNAL, UT 84078"), ("BA", "ORTIZ, LENA"),
            ("", "PO BOX 9"), ("", "VERNAL, UT 84079"), ("TN", "435 555-0131 1FR RES LINE")]
    page: list[drawn.Item] = [(40, title_y, title, 10), (40, 54, "RUN DATE 2025-10-02", 10),
                              (300, 54, "PAGE 1", 10)]
    for i, (code, value) in enumerate(rows):
        page.extend([(40, 90 + 12 * i, code, 10)] if code else [])
        page.append((80, 90 + 12 * i, value, 10))
    return page


def test_a_csrs_field_codes_label_the_service_address_and_the_date(tmp_path: Path) -> None:
    """A customer service record writes its fields as codes: SA the service address, BA the
    billing one, RUN DATE the day it was printed (its statement date)."""
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", _csr("ACME - CSR"))))
    assert str(fields.statement_date) == "2025-10-02"
    check = compare(PortCase(account_name="ORTIZ, LENA", service_address=Address(
        line1="77 JUNIPER CT", city="VERNAL", state="UT", postal_code="84078"),
        numbers=(CaseNumber("+14355550131"),)), fields)
    assert check.fields["service_address"].verdict == Verdict.EXACT
    billing = Address(line1="PO BOX 9", city="VERNAL", state="UT", postal_code="84079")
    check = compare(PortCase(account_name="ORTIZ, LENA", service_address=billing,
                             numbers=(CaseNumber("+14355550131"),)), fields)
    assert check.fields["service_address"].verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_known_carrier_titling_the_document_is_its_sender(tmp_path: Path) -> None:
    """'<Carrier> - CUSTOMER SERVICE RECORD' at the top of the first page: the name titles the
    document as its sender, as good as a line of its own."""
    assert _carrier(tmp_path, _csr("EASTLINK - CUSTOMER SERVICE RECORD"), "Eastlink") in (
        Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_carrier_named_before_a_dash_lower_on_the_page_is_no_title(tmp_path: Path) -> None:
    page = [*_csr("ACME - CSR"), (40, 400, "EASTLINK - CUSTOMER SERVICE RECORD", 10)]
    assert _carrier(tmp_path, page, "Eastlink") not in (Verdict.EXACT, Verdict.EQUIVALENT)


# -- the holder's name beside its label heads nothing ------------------------------------------
def _facts(name_row: list[drawn.Item]) -> list[drawn.Item]:
    rows = [("Account Number", "44120"), ("Service Address", "77 Juniper Ct"),
            ("", "Vernal, UT 84078"), ("Lines on this account", "(435) 555-0131"),
            ("", "(435) 555-0147"), ("", "(435) 555-0162")]
    page: list[drawn.Item] = [(40, 40, "B:Account Information", 14), *name_row]
    for i, (label, value) in enumerate(rows):
        page.extend([(40, 112 + 12 * i, label, 10)] if label else [])
        page.append((260, 112 + 12 * i, value, 10))
    return [*page, (40, 300, "Customer Service 435-555-0100", 9)]


def _numbers(tmp_path: Path, page: list[drawn.Item]) -> dict[str, Verdict]:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    check = compare(PortCase(account_name="Juniper Auto Repair Corp.", service_address=_SITE,
                             numbers=(CaseNumber("+14355550131"), CaseNumber("+14355550147"),
                                      CaseNumber("+14355550162"))), fields)
    return {n.number: n.verdict for n in check.numbers.items}


def test_a_holders_name_beside_its_label_heads_no_help_block(tmp_path: Path) -> None:
    """'Account Name  Juniper Auto Repair Corp.': the value a name label answers is a name,
    whatever words it holds; the stack of values under it is no repair desk's lines."""
    page = _facts([(40, 100, "Account Name", 10), (260, 100, "Juniper Auto Repair Corp.", 10)])
    assert set(_numbers(tmp_path, page).values()) == {Verdict.EXACT}


def test_a_help_heading_over_a_stack_of_numbers_still_heads_it(tmp_path: Path) -> None:
    page = _facts([(260, 100, "Auto Repair Desk", 10)])
    page = [p for p in page if p[2] != "Lines on this account"]
    assert Verdict.EXACT not in set(_numbers(tmp_path, page).values())


# -- a billing agent's bill says whose it is ------------------------------------------------------
def test_the_carrier_an_agent_bills_on_behalf_of_is_the_bills_carrier(tmp_path: Path) -> None:
    """'Billed on behalf of <carrier> by <agent>': the agent's name tops the page and takes the
    payment, but the bill says outright whose service it bills; that one is the carrier read."""
    page: list[drawn.Item] = [
        (40, 40, "B:LAKESIDE BILLING", 16), (40, 60, "Lakeside Billing Services, LLC", 9),
        (40, 72, "PO Box 14", 9), (40, 84, "Ashland, WI 54806-0014", 9),
        (40, 110, "Billed on behalf of Osprey Ridge Telephone by Lakeside Billing Services, LLC",
         9),
        (60, 150, "Lena Ortiz", 10), (60, 162, "77 Juniper Ct", 10),
        (60, 174, "Vernal, UT 84078", 10),
        (40, 220, "Account Number   44120", 10),
        (40, 500, "Make checks payable to Lakeside Billing Services, LLC", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert str(fields.carrier) == "Osprey Ridge Telephone"


# -- a name that starts with a numeral --------------------------------------------------------
def test_a_wordmark_starting_with_a_numeral_is_a_name_its_domain_spells(tmp_path: Path) -> None:
    """'7 Lakes' over 'Communications · 7lakes.net': a carrier's name may start with a numeral;
    the bill's own web domain spelling it makes it the sender's wordmark."""
    page: list[drawn.Item] = [
        (40, 40, "B:7 Lakes", 20), (40, 58, "Communications · 7lakes.net", 9),
        (60, 110, "Lena Ortiz", 10), (60, 122, "77 Juniper Ct", 10),
        (60, 134, "Vernal, UT 84078", 10), (40, 180, "Account Number   44120", 10)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert str(fields.carrier) == "7 Lakes"


def test_a_numeral_line_its_domain_does_not_spell_is_no_wordmark(tmp_path: Path) -> None:
    page: list[drawn.Item] = [
        (40, 40, "B:7 Oaks", 20), (40, 58, "Communications · 7lakes.net", 9),
        (60, 110, "Lena Ortiz", 10), (60, 122, "77 Juniper Ct", 10),
        (60, 134, "Vernal, UT 84078", 10), (40, 180, "Account Number   44120", 10)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert str(fields.carrier) != "7 Oaks"
