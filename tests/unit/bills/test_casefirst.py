"""The case-first check on bills drawn for the failure classes seen on unseen carriers' bills."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import MATCHES, Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

V = Verdict
CASES = {
    "cox_business": PortCase(
        account_name="Harbor Dental Group, L.L.C.", account_number="001840211723380 1",
        btn="+18055550142", losing_carrier="Cox Business",
        service_address=Address("1200 Harbor Boulevard", "Suite 210", "Oxnard", "CA", "93035"),
        numbers=(CaseNumber("+18055550142"), CaseNumber("+18055550147"))),
    "wireless_tables": PortCase(
        account_name="Northgate Logistics, Inc.", account_number="987654321",
        btn="+13035550117", losing_carrier="T-Mobile",
        service_address=Address("88 West Madison Avenue", "# 12", "Denver", "CO", "80203"),
        numbers=(CaseNumber("+13035550117"), CaseNumber("+13035550118"))),
    "quebec": PortCase(
        account_name="Boulangerie Saint-Denis Inc", account_number="4410223109",
        btn="+15145550134", losing_carrier="Videotron",
        service_address=Address("4200 rue Saint-Denis", "Bureau 3", "Montreal", "QC", "H2J2K8"),
        numbers=(CaseNumber("+15145550134"),)),
    "grid_labels": PortCase(
        account_name="Copper Kettle Cafe", account_number="5520118733", btn="+14125550171",
        losing_carrier="Keystone Telephone Co.",
        service_address=Address("77 Cedar St", "", "Pittsburgh", "PA", "15222"),
        numbers=(CaseNumber("+14125550171"),)),
    "att_wireline": PortCase(
        account_name="Harbor View Dental, P.C.", account_number="2125550142 8834",
        btn="+12125550142", losing_carrier="AT&T Corp",
        service_address=Address("350 Fifth Avenue", "Floor 12", "New York", "NY", "10118"),
        numbers=(CaseNumber("+12125550142"), CaseNumber("+12125550157"))),
    "verizon_columns": PortCase(
        account_name="Lakeside Veterinary Clinic", account_number="04127739000158",
        btn="+16085550119", losing_carrier="Verizon Business",
        service_address=Address("2214 Willow Way", "Ste 5", "Madison", "WI", "53704"),
        numbers=(CaseNumber("+16085550119"),)),
}


@pytest.fixture(scope="module")
def bills(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BillFields]:
    folder = tmp_path_factory.mktemp("drawn")
    return {name: extract_fields(read_bill(drawn.draw(folder / f"{name}.pdf",
                                                      getattr(drawn, name)())))
            for name in CASES}


@pytest.mark.parametrize("name", list(CASES))
def test_right_values_are_confirmed_in_any_form(bills: dict[str, BillFields], name: str) -> None:
    result = compare(CASES[name], bills[name])
    wrong = {f: (c.verdict, c.reason) for f, c in result.fields.items()
             if c.verdict not in MATCHES and c.verdict != V.UNVERIFIABLE}
    assert wrong == {}
    assert result.numbers is not None and result.numbers.verdict == V.EXACT
    assert result.headline is None


def test_wordmark_carrier_is_the_same_carrier_as_its_business_brand(
        bills: dict[str, BillFields]) -> None:
    check = compare(CASES["cox_business"], bills["cox_business"]).fields["carrier"]
    assert check.verdict == V.EQUIVALENT and check.evidence is not None
    assert bills["cox_business"].carrier == "Cox Communications"
    other = replace(CASES["cox_business"], losing_carrier="Spectrum Business")
    assert compare(other, bills["cox_business"]).fields["carrier"].verdict == V.MISMATCH
    assert bills["wireless_tables"].carrier == "T-Mobile"


def test_a_range_gives_every_number_in_it_and_help_lines_are_not_the_customers(
        bills: dict[str, BillFields]) -> None:
    fields = bills["cox_business"]
    assert {f"+1805555014{i}" for i in range(2, 10)} <= set(fields.numbers)
    assert "+18665550190" not in fields.numbers and "+18005550122" not in fields.numbers
    case = replace(CASES["cox_business"], numbers=(CaseNumber("+18665550190"),))
    item = compare(case, fields).numbers.items[0]  # type: ignore[union-attr]
    assert item.verdict == V.NOT_FOUND and "help line" in item.reason


def test_dialed_numbers_in_a_usage_table_are_not_the_accounts(
        bills: dict[str, BillFields]) -> None:
    fields = bills["wireless_tables"]
    assert set(fields.numbers) == {"+13035550117", "+13035550118"}
    case = replace(CASES["wireless_tables"], numbers=(CaseNumber("+17205550161"),))
    assert compare(case, fields).numbers.verdict == V.NOT_FOUND  # type: ignore[union-attr]


def test_a_mailing_address_alone_does_not_confirm_the_service_address(
        bills: dict[str, BillFields]) -> None:
    check = compare(CASES["wireless_tables"], bills["wireless_tables"]).fields["service_address"]
    assert check.verdict == V.UNVERIFIABLE and "mailing" in check.reason


def test_the_billing_address_typed_for_the_service_address_is_a_mismatch(
        bills: dict[str, BillFields]) -> None:
    case = replace(CASES["grid_labels"],
                   service_address=Address("PO Box 55", "", "Pittsburgh", "PA", "15230"))
    check = compare(case, bills["grid_labels"]).fields["service_address"]
    assert check.verdict == V.MISMATCH and "billing address" in check.reason
    assert check.bill_value == Address("77 Cedar Street", "", "Pittsburgh", "PA", "15222")


def test_account_holder_is_never_a_label_word(bills: dict[str, BillFields]) -> None:
    assert bills["cox_business"].account_name == "HARBOR DENTAL GROUP LLC"
    assert bills["quebec"].account_name == "Boulangerie Saint-Denis Inc."


def test_french_labels_and_a_canadian_postal_code(bills: dict[str, BillFields]) -> None:
    fields = bills["quebec"]
    assert fields.account_number == "4410 2231 09" and fields.btn == "+15145550134"
    assert fields.service_address == Address("4200, rue Saint-Denis", "bureau 3", "Montréal",
                                             "QC", "H2J 2K8", "CA")  # a province: Canada
    moved = replace(CASES["quebec"], service_address=replace(
        CASES["quebec"].service_address, postal_code="H2J 2K9"))
    assert compare(moved, fields).fields["service_address"].verdict == V.MISMATCH


def test_values_under_a_header_row_and_another_reference_beside_them(
        bills: dict[str, BillFields]) -> None:
    fields = bills["grid_labels"]
    assert (fields.account_number, fields.btn) == ("5520-1187-33", "+14125550171")
    invoice = replace(CASES["grid_labels"], account_number="INV-0098812")
    check = compare(invoice, fields).fields["account_number"]
    assert check.verdict == V.MISMATCH and check.bill == "5520-1187-33"


@pytest.mark.parametrize("name", list(CASES))
def test_one_character_off_is_never_a_match(bills: dict[str, BillFields], name: str) -> None:
    case = CASES[name]

    def off(text: str) -> str:
        i = next(i for i, c in enumerate(text) if c.isdigit())
        return text[:i] + str((int(text[i]) + 3) % 10) + text[i + 1:]

    wrong = [
        ("account_number", replace(case, account_number=off(case.account_number))),
        ("btn", replace(case, btn="+1" + off(case.btn[2:]))),
        ("account_name", replace(case, account_name=case.account_name + " Holdings")),
        ("service_address", replace(case, service_address=replace(
            case.service_address, line1=off(case.service_address.line1)))),
        ("service_address", replace(case, service_address=replace(
            case.service_address, postal_code=case.service_address.postal_code[:-1] + "0"))),
    ]
    for field, changed in wrong:
        assert compare(changed, bills[name]).fields[field].verdict not in MATCHES, field


def test_another_customers_bill_is_said_in_one_line(bills: dict[str, BillFields]) -> None:
    stranger = PortCase(account_name="Lakeside Veterinary", account_number="7788-9900",
                        btn="+16175550111", losing_carrier="Cox",
                        service_address=Address("9 Elm Rd", "", "Boston", "MA", "02108"),
                        numbers=(CaseNumber("+16175550111"),))
    result = compare(stranger, bills["cox_business"])
    assert result.headline is not None and "another customer" in result.headline
    assert compare(CASES["cox_business"], bills["cox_business"]).headline is None


def test_a_letter_with_the_customers_name_is_still_not_a_bill(tmp_path: Path) -> None:
    from portdesk.bills.errors import NotABill
    from portdesk.config import Settings
    from portdesk.services.bill_check import check_bill

    path = drawn.draw(tmp_path / "letter.pdf", [(72, 100, "Dear customer,", 11),
                                                (72, 120, "Thank you for your order.", 11)])
    with pytest.raises(NotABill):
        check_bill(path, CASES["grid_labels"], Settings())


def test_a_one_line_address_without_commas_and_an_ordinal_street(
        bills: dict[str, BillFields]) -> None:
    fields = bills["att_wireline"]
    assert fields.service_address == Address("350 5th Ave", "Fl 12", "New York", "NY",
                                              "10118-0110")
    check = compare(CASES["att_wireline"], fields).fields["service_address"]
    assert check.verdict == V.EQUIVALENT
    assert check.bill_value == fields.service_address


def test_the_customers_line_in_call_detail_is_kept_and_its_dialed_numbers_are_not(
        bills: dict[str, BillFields]) -> None:
    fields = bills["verizon_columns"]
    assert fields.btn == "+16085550119" and "+16085550188" not in fields.numbers
    case = replace(CASES["verizon_columns"], numbers=(CaseNumber("+16085550188"),))
    assert compare(case, fields).numbers.verdict == V.NOT_FOUND  # type: ignore[union-attr]


def test_a_service_location_in_a_table_row_of_several(tmp_path: Path) -> None:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "m.pdf", drawn.multi_location())))
    case = PortCase(account_name="Silver Pine Realty, LLC", account_number="7744102",
                    service_address=Address("77 South Main Street", "Suite 2", "Derby", "KS",
                                            "67037"),
                    numbers=(CaseNumber("+13165550144"),))
    check = compare(case, fields).fields["service_address"]
    assert check.verdict == V.EQUIVALENT
    assert check.bill_value == Address("77 S Main St", "Ste 2", "Derby", "KS", "67037")
    other_suite = replace(case, service_address=replace(case.service_address, line2="Suite 3"))
    assert compare(other_suite, fields).fields["service_address"].verdict == V.MISMATCH


def test_a_numbered_company_a_postal_box_and_a_grid_of_numbers(tmp_path: Path) -> None:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", drawn.bilingual_grid())))
    assert fields.account_name == "9180-4421 QUÉBEC INC."
    assert fields.billing_address == Address("CP 2210 SUCC CENTRE-VILLE", "", "MONTRÉAL", "QC",
                                             "H3C 3T2", "CA")
    assert set(fields.numbers) == {f"+1514555011{i}" for i in range(1, 10)}
    case = PortCase(account_name="9180-4421 Québec inc.", account_number="31 4477 0928",
                    losing_carrier="Telus",
                    service_address=Address("1500 boulevard Robert-Bourassa", "Bureau 810",
                                            "Montreal", "QC", "H3A3S7"),
                    numbers=(CaseNumber("+15145550117"), CaseNumber("+18665550141")))
    result = compare(case, fields)
    assert {f: c.verdict for f, c in result.fields.items() if f != "btn"} == dict.fromkeys(
        ("account_name", "account_number", "carrier", "service_address"), V.EQUIVALENT)
    verdicts = [i.verdict for i in result.numbers.items]  # type: ignore[union-attr]
    assert verdicts == [V.EXACT, V.NOT_FOUND]
