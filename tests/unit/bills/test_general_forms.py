"""General classes of bill wording, each as a rule tried on two or more wordings and arrangements
drawn here (drawn.py), none of them a corpus family's: a date given only as the billing period,
a customer number standing for the account number, an address's unit printed before, after or
inside the civic number, a section heading in a wordmark's place, department names in a list of
the account's lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from portdesk.bills.addrmatch import addresses_equivalent, placed
from portdesk.bills.addrparse import parse_address_lines
from portdesk.bills.carriers import identify_typed
from portdesk.bills.compare import compare
from portdesk.bills.dates import period_start
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

_NAME = "Acme Tool Co"


def _bill(tmp_path: Path, *items: drawn.Item, top: str = "B:Lakeshore Telephone") -> BillFields:
    page = [(40, 40, top, 16), (40, 100, _NAME, 9), (40, 112, "PO Box 77", 9),
            (40, 124, "Dover, DE 19901", 9), *items]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


_ACCOUNT = [(380, 40, "Account Number", 8), (480, 40, "4410 2289 10", 9)]


# -- the bill's date given only as its billing period -------------------------------------
@pytest.mark.parametrize(("label", "value"), [
    ("Billing period", "Mar 3 - Apr 2, 2026"), ("Service Period:", "03/03/2026 to 04/02/2026"),
    ("Statement period", "March 3, 2026 through April 2, 2026"),
    ("Période de facturation", "du 3 mars au 2 avril 2026")])
def test_a_bill_dated_only_by_its_period_is_dated_by_its_first_day(
        tmp_path: Path, label: str, value: str) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, (380, 54, label, 8), (480, 54, value, 9))
    assert fields.statement_date == date(2026, 3, 3)


def test_a_date_label_outranks_the_period(tmp_path: Path) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, (380, 54, "Billing period Feb 1 - Feb 28, 2026", 8),
                   (380, 68, "Invoice Date", 8), (480, 68, "March 2, 2026", 9))
    assert fields.statement_date == date(2026, 3, 2)


def test_a_period_reads_its_first_day_in_any_form() -> None:
    assert period_start("Dec 3 - Jan 2, 2026") == date(2025, 12, 3)  # over the new year
    assert period_start("2026-03-03 - 2026-04-02") == date(2026, 3, 3)
    assert period_start("03/03 - 04/02/2026") == date(2026, 3, 3)
    assert period_start("03/03/26-04/02/26") == date(2026, 3, 3)
    assert period_start("03/03/2026 thru 04/02/2026") == date(2026, 3, 3)
    assert period_start("Mar 3, 2026") is None  # one date is no period
    assert period_start("Upon receipt") is None


# -- a customer number standing for the account number ------------------------------------
@pytest.mark.parametrize("label", ["Customer Number", "Client No.", "Customer ID:", "No de client"])
def test_a_customer_number_is_the_account_number_when_the_bill_prints_no_other(
        tmp_path: Path, label: str) -> None:
    fields = _bill(tmp_path, (380, 40, label, 8), (480, 40, "88120447", 9),
                   (40, 200, "B:Phone Numbers", 9), (40, 214, "302-555-0117", 9))
    assert fields.account_number == "88120447"
    assert fields.account_name == _NAME  # "Client No." labels no name
    check = compare(PortCase(account_name=_NAME, account_number="88120447"), fields)
    assert check.fields["account_number"].verdict == Verdict.EXACT


def test_a_customer_number_beside_an_account_number_is_not_the_account(tmp_path: Path) -> None:
    fields = _bill(tmp_path, (380, 40, "Client No.", 8), (480, 40, "88120447", 9),
                   (380, 54, "Account Number", 8), (480, 54, "4410 2289 10", 9),
                   (40, 200, "B:Phone Numbers", 9), (40, 214, "302-555-0117", 9))
    assert fields.account_number == "4410 2289 10"
    check = compare(PortCase(account_name=_NAME, account_number="88120447"), fields)
    assert check.fields["account_number"].verdict == Verdict.MISMATCH


# -- an address's unit wherever it is printed ---------------------------------------------
_HALIFAX = ("Halifax NS B3J 1A1",)


@pytest.mark.parametrize(("printed", "typed"), [
    (("4-123 Main St", *_HALIFAX), Address("123 Main St", "Unit 4", "Halifax", "NS", "B3J 1A1",
                                           "CA")),
    (("123 Main St, Unit 4", *_HALIFAX), Address("4-123 Main St", "", "Halifax", "NS",
                                                 "B3J 1A1", "CA")),
    (("Apt 4, 123 Main St", *_HALIFAX), Address("123 Main Street", "#4", "Halifax", "NS",
                                                "B3J 1A1", "CA")),
    (("Suite 210 - 88 King St W", "Toronto ON M5H 1A1"),
     Address("210-88 King Street West", "", "Toronto", "ON", "M5H 1A1", "CA")),
    (("123, rue Principale, app. 4", "Gatineau (Québec) J8X 1A1"),
     Address("4-123 rue Principale", "", "Gatineau", "QC", "J8X 1A1", "CA"))])
def test_a_unit_before_after_or_in_the_civic_number_is_the_same_address(
        tmp_path: Path, printed: tuple[str, ...], typed: Address) -> None:
    lines = [(40, 172 + 12 * i, text, 9) for i, text in enumerate(printed)]
    fields = _bill(tmp_path, *_ACCOUNT, (40, 160, "B:Service Address", 9), *lines)
    assert fields.service_address is not None
    check = compare(PortCase(account_name=_NAME, service_address=typed), fields)
    assert check.fields["service_address"].verdict in (Verdict.EXACT, Verdict.EQUIVALENT)


@pytest.mark.parametrize("typed", [
    Address("123 Main St", "Unit 5", "Halifax", "NS", "B3J 1A1", "CA"),  # another unit
    Address("4123 Main St", "", "Halifax", "NS", "B3J 1A1", "CA")])  # the digits run together
def test_another_unit_or_house_is_still_a_mismatch(tmp_path: Path, typed: Address) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, (40, 160, "B:Service Address", 9),
                   (40, 172, "4-123 Main St", 9), (40, 184, "Halifax NS B3J 1A1", 9))
    check = compare(PortCase(account_name=_NAME, service_address=typed), fields)
    assert check.fields["service_address"].verdict == Verdict.MISMATCH


def test_unit_civic_is_canadian_only_and_never_a_numbered_company() -> None:
    queens = Address("123-45 Queens Blvd", "", "Queens", "NY", "11375")
    assert placed(queens) == queens  # one New York house number
    assert not addresses_equivalent(queens, Address("45 Queens Blvd", "#123", "Queens", "NY",
                                                    "11375"))
    assert parse_address_lines(["9180-4421 Québec inc.", "Laval QC H7N 1A1"]) is None


def test_unit_designators_of_one_kind_agree_but_a_floor_is_another_thing() -> None:
    base = Address("9 Elm St", "Suite 4", "Dover", "DE", "19901")
    assert addresses_equivalent(base, Address("9 Elm St", "Unit 4", "Dover", "DE", "19901"))
    assert addresses_equivalent(base, Address("9 Elm St", "# 4", "Dover", "DE", "19901"))
    assert not addresses_equivalent(base, Address("9 Elm St", "Fl 4", "Dover", "DE", "19901"))


# -- a section heading is no carrier ------------------------------------------------------
@pytest.mark.parametrize("heading", ["B:Current Charges", "B:Important Messages",
                                     "B:Sommaire du compte", "B:Payment Overview"])
def test_a_section_heading_in_the_wordmarks_place_is_no_carrier(
        tmp_path: Path, heading: str) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, top=heading)
    assert fields.carrier is None
    check = compare(PortCase(account_name=_NAME, losing_carrier="Lakeshore Telephone"), fields)
    assert check.fields["carrier"].verdict != Verdict.MISMATCH


# -- department names in a list of the account's lines ------------------------------------
@pytest.mark.parametrize("heading", ["B:Lines", "B:Your Phone Numbers"])
def test_department_names_left_of_the_lines_name_the_customers_lines(
        tmp_path: Path, heading: str) -> None:
    rows = [(40, 244 + 12 * i, word, 9) for i, word in enumerate(("Sales", "Billing", "Support"))]
    numbers = [(120, 244 + 12 * i, f"302-555-011{7 + i}", 9) for i in range(3)]
    fields = _bill(tmp_path, *_ACCOUNT, (40, 230, heading, 9), *rows, *numbers)
    assert set(fields.numbers) == {"+13025550117", "+13025550118", "+13025550119"}
    case = PortCase(account_name=_NAME, numbers=(CaseNumber("+13025550118"),))
    check = compare(case, fields).numbers
    assert check is not None and check.items[0].verdict == Verdict.EXACT


def test_the_same_words_under_a_contact_heading_stay_the_carriers(tmp_path: Path) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, (40, 180, "B:Telephone Numbers", 9),
                   (40, 194, "302-555-0117", 9), (40, 230, "B:Contact Us", 9),
                   (40, 244, "Sales", 9), (120, 244, "302-555-0190", 9),
                   (40, 256, "Billing", 9), (120, 256, "302-555-0191", 9))
    assert set(fields.numbers) == {"+13025550117"}
    case = PortCase(account_name=_NAME, numbers=(CaseNumber("+13025550191"),))
    check = compare(case, fields).numbers
    assert check is not None and check.items[0].verdict == Verdict.NOT_FOUND


# -- more carriers known, more label wordings ---------------------------------------------
@pytest.mark.parametrize(("typed", "key"), [
    ("Manhattan Telecommunications Corporation", "mettel"), ("Jive", "goto"),
    ("Hargray Communications", "hargray"), ("ShoreTel", "mitel"), ("Rogers for Business", "rogers"),
    ("NorthernTel", "northerntel"), ("Start.ca", "startca")])
def test_more_carriers_known_by_their_names(typed: str, key: str) -> None:
    found = identify_typed(typed)
    assert found is not None and found.key == key


def test_a_known_carriers_wordmark_against_its_legal_name_is_the_same_carrier(
        tmp_path: Path) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, top="B:MetTel")
    same = PortCase(account_name=_NAME, losing_carrier="Manhattan Telecommunications Corp.")
    assert compare(same, fields).fields["carrier"].verdict == Verdict.EQUIVALENT
    other = PortCase(account_name=_NAME, losing_carrier="Verizon")
    assert compare(other, fields).fields["carrier"].verdict == Verdict.MISMATCH


@pytest.mark.parametrize(("label", "field", "value", "want"), [
    ("A/C No.", "account_number", "8841 2290 177", "8841 2290 177"),
    ("A/C #", "account_number", "8841 2290 177", "8841 2290 177"),
    ("Bill-to Telephone Number", "btn", "(614) 555-0142", "+16145550142"),
    ("Main BTN", "btn", "(614) 555-0142", "+16145550142")])
@pytest.mark.parametrize("under", [False, True])
def test_more_label_wordings_beside_or_over_their_value(
        tmp_path: Path, label: str, field: str, value: str, want: str, under: bool) -> None:
    at = (300, 172) if under else (420, 160)
    fields = _bill(tmp_path, (380, 54, "Invoice Date", 8), (480, 54, "Mar 3, 2026", 9),
                   (300, 160, label, 8), (*at, value, 9),
                   (40, 300, "B:Phone Numbers", 9), (40, 314, "614-555-0177", 9))
    assert getattr(fields, field) == want


# -- names: a label word inside a name, articles, titles, initials -------------------------
@pytest.mark.parametrize("name", ["Les Entreprises Gagnon Ltée", "The Company Store Inc.",
                                  "Entreprises Lavoie inc."])
@pytest.mark.parametrize("labelled", [False, True])
def test_a_name_label_word_inside_a_name_is_the_name(
        tmp_path: Path, name: str, labelled: bool) -> None:
    """"Entreprise" and "Company" label a name; "Les Entreprises Gagnon Ltée" is one."""
    block = [(300, 100, "Account Name:", 8), (380, 100, name, 9)] if labelled else [
        (300, 100, name, 9), (300, 112, "12 Rue Principale", 9), (300, 124, "Laval QC H7N 1A1", 9)]
    page = [(40, 40, "B:Lakeshore Telephone", 16), *_ACCOUNT, *block]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.account_name == name
    check = compare(PortCase(account_name=name), fields)
    assert check.fields["account_name"].verdict == Verdict.EXACT


@pytest.mark.parametrize(("printed", "typed"), [
    ("The Greenway Group", "Greenway Group"), ("Greenway Group", "THE GREENWAY GROUP"),
    ("ST. MARY'S FAMILY CLINIC P.C.", "Saint Mary's Family Clinic PC"),
    ("A.B.C. Auto Body Co.", "A B C Auto Body Company"), ("Dr. Ana Ruiz DDS", "Ana Ruiz D.D.S.")])
def test_articles_titles_saints_and_initials_are_forms_of_one_name(
        tmp_path: Path, printed: str, typed: str) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, (300, 100, "Customer Name", 8), (300, 112, printed, 9))
    assert fields.account_name == printed
    check = compare(PortCase(account_name=typed), fields)
    assert check.fields["account_name"].verdict == Verdict.EQUIVALENT


@pytest.mark.parametrize("typed", ["Greenway Group Inc", "Greenaway Group", "The Greenway Groups"])
def test_another_name_near_an_article_is_still_a_mismatch(tmp_path: Path, typed: str) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, (300, 100, "Customer Name", 8),
                   (300, 112, "The Greenway Group", 9))
    check = compare(PortCase(account_name=typed), fields)
    assert check.fields["account_name"].verdict == Verdict.MISMATCH


# -- a carrier PortDesk does not know -----------------------------------------------------
@pytest.mark.parametrize(("wordmark", "typed", "verdict"), [
    ("B:LAKESHORE TELEPHONE", "Lakeshore Telephone Co.", Verdict.EQUIVALENT),
    ("B:Prairie Rural Telecom", "Prairie Rural Telecom, Inc.", Verdict.EQUIVALENT),
    ("B:Lakeshore Telephone", "AT&T", Verdict.MISMATCH),  # a known carrier the bill never names
    ("B:Prairie Rural Telecom", "Rogers", Verdict.MISMATCH),
    ("B:Lakeshore Telephone", "Lakeshore", Verdict.UNVERIFIABLE)])  # part of it: the eye decides
def test_an_unknown_carrier_is_compared_by_its_name(
        tmp_path: Path, wordmark: str, typed: str, verdict: Verdict) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, top=wordmark)
    check = compare(PortCase(account_name=_NAME, losing_carrier=typed), fields)
    assert check.fields["carrier"].verdict == verdict


def test_a_known_carrier_named_only_in_the_fine_print_is_no_mismatch(tmp_path: Path) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, (40, 740, "Services provided by AT&T Corp.", 7),
                   top="B:Lakeshore Telephone")
    check = compare(PortCase(account_name=_NAME, losing_carrier="AT&T"), fields)
    assert check.fields["carrier"].verdict != Verdict.MISMATCH


@pytest.mark.parametrize("lines", [
    ("4410 Riverside Dr Ste 200 Columbus, OH 43215 USA",),
    ("4410 Riverside Dr, Suite 200", "Columbus OH 43215", "United States")])
@pytest.mark.parametrize("typed", [
    Address("4410 Riverside Dr", "Ste 200", "Columbus", "OH", "43215"),
    Address("4410 Riverside Drive Suite 200", "", "Columbus", "Ohio", "43215")])
def test_a_country_after_the_code_and_a_state_spelled_out_are_the_same_address(
        tmp_path: Path, lines: tuple[str, ...], typed: Address) -> None:
    printed = [(40, 172 + 12 * i, text, 9) for i, text in enumerate(lines)]
    fields = _bill(tmp_path, *_ACCOUNT, (40, 160, "B:Service Address", 9), *printed)
    check = compare(PortCase(account_name=_NAME, service_address=typed), fields)
    assert check.fields["service_address"].verdict in (Verdict.EXACT, Verdict.EQUIVALENT)
    other = replace(typed, state="Indiana")
    assert compare(PortCase(account_name=_NAME, service_address=other), fields).fields[
        "service_address"].verdict == Verdict.MISMATCH


@pytest.mark.parametrize("group", ["Sales", "Billing", "Support Desk", "Accounting"])
def test_a_department_heading_a_group_inside_the_list_of_lines_names_the_customers_lines(
        tmp_path: Path, group: str) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, (40, 200, "B:Telephone Numbers", 9),
                   (40, 214, "302-555-0115", 9), (40, 226, "302-555-0116", 9),
                   (40, 244, f"B:{group}", 9), (40, 258, "302-555-0117", 9),
                   (40, 270, "302-555-0118", 9))
    assert {"+13025550117", "+13025550118"} <= set(fields.numbers)


def test_a_toll_free_number_under_such_a_heading_stays_the_carriers(tmp_path: Path) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, (40, 200, "B:Telephone Numbers", 9),
                   (40, 214, "302-555-0115", 9), (40, 226, "302-555-0116", 9),
                   (40, 244, "B:Billing", 9), (40, 258, "1-800-555-0199", 9))
    assert "+18005550199" not in fields.numbers
    case = PortCase(account_name=_NAME, numbers=(CaseNumber("+18005550199"),))
    check = compare(case, fields).numbers
    assert check is not None and check.items[0].verdict == Verdict.NOT_FOUND


@pytest.mark.parametrize(("label", "field", "value", "want"), [
    ("Numéro du compte", "account_number", "8841 2290 177", "8841 2290 177"),
    ("Compte no", "account_number", "8841 2290 177", "8841 2290 177"),
    ("No de facturation", "btn", "(514) 555-0142", "+15145550142"),
    ("Facture du", "statement_date", "3 mars 2026", date(2026, 3, 3))])
def test_more_french_label_wordings(tmp_path: Path, label: str, field: str, value: str,
                                    want: object) -> None:
    fields = _bill(tmp_path, (300, 160, f"{label} : {value}", 9),
                   (40, 300, "B:Numéros de téléphone", 9), (40, 314, "514 555-0177", 9))
    assert getattr(fields, field) == want


@pytest.mark.parametrize("printed", ["Account #8841 2290 177", "Acct. No. #8841 2290 177",
                                     "Account Number ........ 8841 2290 177"])
def test_the_labels_own_marks_are_not_part_of_the_account_number(
        tmp_path: Path, printed: str) -> None:
    fields = _bill(tmp_path, (300, 40, printed, 9), (40, 300, "B:Phone Numbers", 9),
                   (40, 314, "614-555-0142", 9))
    assert fields.account_number == "8841 2290 177"


@pytest.mark.parametrize(("typed", "verdict"), [
    ("88120448", Verdict.MISMATCH),  # the customer number mistyped
    ("88120447", Verdict.EXACT), ("4410-2289-10", Verdict.UNVERIFIABLE)])  # another reference
def test_a_customer_number_standing_for_the_account_proves_only_what_it_can(
        tmp_path: Path, typed: str, verdict: Verdict) -> None:
    fields = _bill(tmp_path, (380, 40, "Customer No.", 8), (480, 40, "88120447", 9),
                   (40, 200, "B:Phone Numbers", 9), (40, 214, "302-555-0117", 9))
    check = compare(PortCase(account_name=_NAME, account_number=typed), fields)
    assert check.fields["account_number"].verdict == verdict


@pytest.mark.parametrize(("typed", "verdict"), [
    (Address("123-45 Queens Blvd", "", "Forest Hills", "NY", "11375"), Verdict.EXACT),
    (Address("123-45 Queens Boulevard", "", "Forest Hills", "NY", "11375"), Verdict.EQUIVALENT),
    (Address("123-46 Queens Blvd", "", "Forest Hills", "NY", "11375"), Verdict.MISMATCH)])
def test_a_hyphenated_new_york_house_number_is_read_whole(
        tmp_path: Path, typed: Address, verdict: Verdict) -> None:
    fields = _bill(tmp_path, *_ACCOUNT, (40, 160, "B:Service Address", 9),
                   (40, 172, "123-45 Queens Blvd", 9), (40, 184, "Forest Hills, NY 11375", 9))
    assert fields.service_address == Address("123-45 Queens Blvd", "", "Forest Hills", "NY",
                                             "11375")
    check = compare(PortCase(account_name=_NAME, service_address=typed), fields)
    assert check.fields["service_address"].verdict == verdict


@pytest.mark.parametrize("typed", ["Northern Lakes Tel", "TCI"])
def test_a_carrier_name_portdesk_does_not_know_against_a_known_bill_is_a_question(
        tmp_path: Path, typed: str) -> None:
    """It may be another name of the bill's carrier (an old name, initials): not a mismatch."""
    fields = _bill(tmp_path, *_ACCOUNT, (40, 740, "telus.com", 7), top="B:TELUS")
    check = compare(PortCase(account_name=_NAME, losing_carrier=typed), fields)
    assert check.fields["carrier"].verdict == Verdict.UNVERIFIABLE


@pytest.mark.parametrize("unit", ["Suite 867", "Unit 4B"])
def test_a_unit_line_repeated_from_page_one_beside_a_line_is_no_running_header(
        tmp_path: Path, unit: str) -> None:
    """Page 2 lists each location's lines beside its address; the address's unit line is also in
    the mailing block of page 1, which does not make it the carrier's page furniture."""
    first = [(40, 40, "B:Lakeshore Telephone", 16), *_ACCOUNT, (40, 100, _NAME, 9),
             (40, 112, "7794 Washington Ave", 9), (40, 124, unit, 9),
             (40, 136, "Moncton NB E1C 8N1", 9)]
    second: list[drawn.Item] = [
        (40, 80, "B:Service address", 8), (260, 80, "B:Service", 8),
        (40, 94, "7794 Washington Ave", 9), (260, 94, "Home Phone 506-555-0108", 9),
        (40, 106, unit, 9), (260, 106, "Home Phone 506-555-0175", 9),
        (40, 118, "Moncton NB E1C 8N1", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", first, second)))
    assert {"+15065550108", "+15065550175"} <= set(fields.numbers)


_DBA_BLOCKS = {
    "one line": [(40, 100, "Acme Holdings LLC DBA Joe's Pizza", 9), (40, 112, "9 Elm St", 9),
                 (40, 124, "Dover, DE 19901", 9)],
    "two lines": [(40, 100, "Acme Holdings LLC", 9), (40, 112, "Doing Business As: Joe's Pizza", 9),
                  (40, 124, "9 Elm St", 9), (40, 136, "Dover, DE 19901", 9)],
    "labelled": [(300, 100, "Account Name:", 8), (380, 100, "Acme Holdings LLC d/b/a Joe's Pizza", 9)]}


@pytest.mark.parametrize("block", list(_DBA_BLOCKS))
def test_the_legal_name_of_a_name_with_its_trade_name_is_the_account_holder(
        tmp_path: Path, block: str) -> None:
    page = [(40, 40, "B:Lakeshore Telephone", 16), *_ACCOUNT, *_DBA_BLOCKS[block]]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    for typed in ("Acme Holdings LLC", "Acme Holdings LLC DBA Joe's Pizza"):
        check = compare(PortCase(account_name=typed), fields)
        assert check.fields["account_name"].verdict in (Verdict.EXACT, Verdict.EQUIVALENT)
    wrong = compare(PortCase(account_name="Acme Holdings Inc"), fields)
    assert wrong.fields["account_name"].verdict == Verdict.MISMATCH


def test_a_name_after_care_of_is_a_question_not_a_mismatch(tmp_path: Path) -> None:
    page = [(40, 40, "B:Lakeshore Telephone", 16), *_ACCOUNT, (40, 100, "Joe's Pizza", 9),
            (40, 112, "c/o Acme Holdings LLC", 9), (40, 124, "9 Elm St", 9),
            (40, 136, "Dover, DE 19901", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    check = compare(PortCase(account_name="Acme Holdings LLC"), fields)
    assert check.fields["account_name"].verdict == Verdict.UNVERIFIABLE
