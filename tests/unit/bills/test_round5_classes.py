"""blind3's failure classes, each as a general rule on a bill drawn for it (drawn_round5.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from portdesk.bills.addrparse import parse_address_lines
from portdesk.bills.carriers import identify
from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn, drawn_round5


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _number_verdicts(fields: BillFields, typed: list[str]) -> dict[str, Verdict]:
    case = PortCase(account_name="x", numbers=tuple(CaseNumber(n) for n in typed))
    items = compare(case, fields).numbers.items  # type: ignore[union-attr]
    return {i.number: i.verdict for i in items}


def test_where_a_numbers_calls_are_sent_is_not_one_of_the_lines(tmp_path: Path) -> None:
    fields = _read(tmp_path, drawn_round5.routing_table())
    lines = {"+12185550140", "+12185550141", "+12185550142"}
    assert set(fields.numbers) == lines
    got = _number_verdicts(fields, [*sorted(lines), "+16125550187", "+16515550133"])
    assert {got[n] for n in lines} == {Verdict.EXACT}
    assert got["+16125550187"] == got["+16515550133"] == Verdict.NOT_FOUND


def test_an_exchange_printed_once_lists_each_line_beside_it(tmp_path: Path) -> None:
    fields = _read(tmp_path, drawn_round5.exchange_grid())
    lines = {"+15315550110", "+15315550124", "+15315550187"}
    assert set(fields.numbers) == lines  # not the number called in the usage table
    got = _number_verdicts(fields, [*sorted(lines), "+15315550111"])
    assert {got[n] for n in lines} == {Verdict.EXACT}
    assert got["+15315550111"] == Verdict.NOT_FOUND


def test_a_service_location_printed_as_a_table_row(tmp_path: Path) -> None:
    fields = _read(tmp_path, drawn_round5.address_row_and_header_date())
    assert fields.service_address == Address("47 Bridger Canyon Rd", "", "Bozeman", "MT", "59715")
    other = PortCase(account_name="Granite Ledge Outfitters",
                     service_address=Address("52 Bridger Canyon Rd", "", "Bozeman", "MT", "59715"))
    assert compare(other, fields).fields["service_address"].verdict == Verdict.MISMATCH


def test_date_in_the_accounts_one_row_header_table_is_the_statement_date(tmp_path: Path) -> None:
    fields = _read(tmp_path, drawn_round5.address_row_and_header_date())
    assert fields.statement_date == date(2026, 3, 14)  # not a call's date from the usage table


def test_pay_to_is_the_carriers_block_and_bill_to_the_customers(tmp_path: Path) -> None:
    fields = _read(tmp_path, drawn_round5.pay_to_beside_bill_to())
    assert fields.account_name == "Copperline Dental Studio"
    assert fields.billing_address == Address("1404 Elm Ridge Dr", "", "Tulsa", "OK", "74133")


def test_french_client_code_main_line_and_one_line_address(tmp_path: Path) -> None:
    fields = _read(tmp_path, drawn_round5.french_labels())
    assert fields.account_number == "KQ8841"
    assert fields.btn == "+14185550171"
    assert fields.service_address is not None
    assert (fields.service_address.line1, fields.service_address.line2) == (
        "212, boulevard Taché", "bureau 4")
    typed = Address("212, boulevard Taché", "bureau 4", "Rimouski", "QC", "G5L 1B2")
    case = PortCase(account_name="Ébénisterie Bouchard inc.", account_number="KQ8841",
                    btn="+14185550171", service_address=typed)
    checks = compare(case, fields).fields
    assert checks["account_number"].verdict == Verdict.EXACT
    assert checks["btn"].verdict == Verdict.EXACT
    assert checks["service_address"].verdict in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_house_number_before_a_comma_starts_the_street() -> None:
    got = parse_address_lines(["3814, avenue Laurier bureau 140, Sherbrooke, QC J1H 5E4"])
    assert got is not None and (got.line1, got.line2) == ("3814, avenue Laurier", "bureau 140")
    us = parse_address_lines(["120 Oak St, Suite 4, Springfield, IL 62701"])
    assert us is not None and (us.line1, us.line2) == ("120 Oak St", "Suite 4")


def test_more_carriers_known_by_their_legal_names() -> None:
    for name, key in (("Teliax, Inc.", "teliax"), ("Skyline Telephone Membership Corporation",
                                                     "skybest"), ("EBOX inc.", "ebox")):
        found = identify(name)
        assert found is not None and found.key == key


def test_a_value_reaching_under_the_next_header_stays_in_its_own_column(tmp_path: Path) -> None:
    fields = _read(tmp_path, drawn_round5.address_reaching_the_next_column())
    assert fields.service_address == Address("88 QUARRY HILL RD", "STE 4", "BARRE", "VT", "05641")


def test_a_trade_name_after_dotted_initials_keeps_its_own_letters() -> None:
    from portdesk.bills.find import name_tokens

    assert name_tokens("Harbor View Cafe L.L.C. d/b/a Bright Kids") == name_tokens(
        "Harbor View Cafe LLC d/b/a Bright Kids")
    assert name_tokens("GROUP L.L.C") == name_tokens("Group LLC")


def test_a_carrier_goes_by_its_web_domains_name_unless_that_is_a_word() -> None:
    found = identify("NWTel")  # nwtel.ca
    assert found is not None and found.key == "northwestel"
    assert identify("Phone") is None  # phone.com's name is an ordinary word


def test_a_header_naming_one_address_is_answered_by_the_first(tmp_path: Path) -> None:
    fields = _read(tmp_path, drawn_round5.header_over_one_address())
    mailing = Address("3848 Elm Rd", "", "Salina", "KS", "67402")
    case = PortCase(account_name="Cedar Grove Cafe Inc.", service_address=mailing)
    assert compare(case, fields).fields["service_address"].verdict == Verdict.MISMATCH


def test_the_holders_mailing_block_on_the_stub_is_the_billing_address(tmp_path: Path) -> None:
    fields = _read(tmp_path, drawn_round5.mailing_block_on_the_stub())
    mailing = Address("PO BOX 90814", "", "WILMINGTON", "NC", "28402")
    case = PortCase(account_name="Sea Oats Dental PLLC", service_address=mailing)
    check = compare(case, fields).fields["service_address"]
    assert check.verdict == Verdict.MISMATCH  # the billing address typed as the service one
    other = PortCase(account_name="Sea Oats Dental PLLC",
                     service_address=Address("5584 Washington St", "", "Wilmington", "NC", "28401"))
    assert compare(other, fields).fields["service_address"].verdict in (
        Verdict.EXACT, Verdict.EQUIVALENT)


def test_more_printed_date_forms() -> None:
    from portdesk.bills.parse import parse_date

    for text in ("March 5th, 2025", "2025/03/05", "05-MAR-2025", "5-Mar-25"):
        assert parse_date(text) == date(2025, 3, 5), text
    assert parse_date("Invoice 12-ABC-2025") is None


@pytest.mark.parametrize("phrase", [
    "Need help?", "Soutien technique", "Paiement par téléphone", "Aide et soutien",
    "Contact your account manager, Jane Doe,", "Your account representative:", "Account rep",
    "Commercial accounts team", "Your service team:", "Automated payments",
    "Voicemail access number", "Collect call from"])
def test_the_carriers_people_and_payment_lines_are_not_the_accounts(tmp_path: Path,
                                                                     phrase: str) -> None:
    fields = _read(tmp_path, drawn_round5.help_line_under_the_lines(phrase))
    assert set(fields.numbers) == {"+13025550117", "+13025550118"}
    got = _number_verdicts(fields, ["+13025550117", "+13025550190"])
    assert got == {"+13025550117": Verdict.EXACT, "+13025550190": Verdict.NOT_FOUND}


@pytest.mark.parametrize("label", ["Main Phone #", "Billing Phone", "Account TN", "Main Tel.",
                                   "Téléphone de facturation", "Primary BTN"])
def test_billing_number_labels_over_their_value(tmp_path: Path, label: str) -> None:
    fields = _read(tmp_path, drawn_round5.labelled_over_its_value(label, "(302) 555-0117"))
    assert fields.btn == "+13025550117"


@pytest.mark.parametrize("label", ["Premise", "Install Address", "911 Location"])
def test_service_address_labels_over_their_value(tmp_path: Path, label: str) -> None:
    items = drawn_round5.labelled_over_its_value(label, "75 Orchard Way, Suite 2, Dover, DE 19904")
    assert _read(tmp_path, items).service_address == Address(
        "75 Orchard Way", "Suite 2", "Dover", "DE", "19904")


@pytest.mark.parametrize("label", ["Subscriber", "Organization", "Invoice To",
                                   "Account of", "Entreprise"])
def test_account_holder_labels_over_their_value(tmp_path: Path, label: str) -> None:
    items = drawn_round5.labelled_over_its_value(label, "Juniper Hollow Farms LLC")
    fields = _read(tmp_path, [i for i in items if "Acme" not in i[2]])
    assert fields.account_name == "Juniper Hollow Farms LLC"
    case = PortCase(account_name="Juniper Hollow Farms LLC")
    assert compare(case, fields).fields["account_name"].verdict == Verdict.EXACT


def test_a_lines_user_in_a_column_of_users_is_not_the_account_holder(tmp_path: Path) -> None:
    fields = _read(tmp_path, drawn_round5.users_column())
    assert fields.account_name == "Granite Peak Auto Repair Ltd"
    user = PortCase(account_name="S. MACDONALD", numbers=(CaseNumber("+16045550168"),))
    assert compare(user, fields).fields["account_name"].verdict not in (
        Verdict.EXACT, Verdict.EQUIVALENT)  # was a false match
    holder = PortCase(account_name="Granite Peak Auto Repair Ltd")
    assert compare(holder, fields).fields["account_name"].verdict == Verdict.EXACT


def test_a_typed_carrier_known_by_a_name_inside_it() -> None:
    from portdesk.bills.carriers import identify_typed

    found = identify_typed("U.S. TelePacific Corp.")
    assert found is not None and found.key == "tpx"
    assert identify_typed("Main Street Wireless") is None
    assert identify("Acme Verizon Reseller LLC") is None  # a customer's name stays one


@pytest.mark.parametrize("lines", [("Unit 4", "123 Main St", "Toronto ON  M5V 2T6"),
                                   ("Unit 4, 123 Main St, Toronto, ON M5V 2T6",)])
def test_a_unit_printed_before_the_street(tmp_path: Path, lines: tuple[str, ...]) -> None:
    fields = _read(tmp_path, drawn_round5.unit_before_the_street(*lines))
    right = Address("123 Main St", "Unit 4", "Toronto", "ON", "M5V 2T6", "CA")
    assert fields.service_address == right
    checks = compare(PortCase(account_name="Acme Tool Co", service_address=right), fields)
    assert checks.fields["service_address"].verdict in (Verdict.EXACT, Verdict.EQUIVALENT)
    other = Address("123 Main St", "Unit 5", "Toronto", "ON", "M5V 2T6", "CA")
    checks = compare(PortCase(account_name="Acme Tool Co", service_address=other), fields)
    assert checks.fields["service_address"].verdict == Verdict.MISMATCH


@pytest.mark.parametrize("label", ["Billing ID", "Subscriber Account", "Service Account Number",
                                   "Billing Acct"])
def test_account_number_labels_over_their_value(tmp_path: Path, label: str) -> None:
    items = [i for i in drawn_round5.labelled_over_its_value(label, "8812-4410-07")
             if "Account 4410" not in i[2]]
    fields = _read(tmp_path, items)
    assert fields.account_number == "8812-4410-07"
    case = PortCase(account_name="Acme Tool Co", account_number="8812441007")
    assert compare(case, fields).fields["account_number"].verdict in (
        Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_title_with_the_statements_date_is_no_account_holder(tmp_path: Path) -> None:
    items = [i for i in drawn_round5.labelled_over_its_value("Bill Date", "")
             if i[2] not in ("Bill Date", "Bill Date 03/03/2026", "")]
    fields = _read(tmp_path, [*items, (200, 20, "Statement for March 3, 2026", 12)])
    assert fields.statement_date == date(2026, 3, 3)
    assert fields.account_name == "Acme Tool Co"

