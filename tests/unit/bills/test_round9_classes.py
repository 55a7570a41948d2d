"""Text round 9's classes, each a general rule tried on bills drawn here with wordings of their
own (none a corpus family's strings): a service address printed as a form of rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

_NAME = "Kestrel Ridge Pottery Co"
_ACCOUNT = "4471-0982-35"
_SITE = Address(line1="97 Quarry Hill Rd", city="Barre", state="VT", postal_code="05641")
_OK = (Verdict.EXACT, Verdict.EQUIVALENT)


def _bill(tmp_path: Path, *items: drawn.Item, date: str = "10/02/2026") -> BillFields:
    page = [(40, 40, "B:Granite Line Telecom", 16), (380, 58, "Account Number", 8),
            (480, 58, _ACCOUNT, 9), (380, 70, "Statement Date", 8), (480, 70, date, 9),
            (40, 100, _NAME, 9), (40, 112, "PO Box 311", 9), (40, 124, "Barre, VT 05641", 9),
            (40, 300, "B:Your Lines", 9), (40, 314, "802-555-0176", 9), (40, 326, "802-555-0177", 9),
            (40, 740, "Please make checks payable to Granite Line Telecom, Inc.", 7), *items]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


def _verdict(fields: BillFields, field: str, **typed: object) -> Verdict:
    values: dict[str, object] = {
        "account_name": _NAME, "account_number": _ACCOUNT, "btn": "+18025550176",
        "losing_carrier": "Granite Line Telecom", "service_address": _SITE,
        "numbers": (CaseNumber("+18025550176"), CaseNumber("+18025550177"))}
    values.update(typed)
    return compare(PortCase(**values), fields).fields[field].verdict  # type: ignore[arg-type]


# -- a service address printed as a form of rows ----------------------------------------------
def _form(heading: str, rows: list[tuple[str, str]], values_first: bool = False) -> list[drawn.Item]:
    items: list[drawn.Item] = [(40, 180, f"B:{heading}", 9)]
    for k, (label, value) in enumerate(rows):
        label_x, value_x = (150, 40) if values_first else (40, 130)
        items += [(label_x, 194 + 12 * k, label, 8), (value_x, 194 + 12 * k, value, 8)]
    return items


_FORMS = {
    "label, value": ("Location of Service", [("Street Address", "97 Quarry Hill Rd"),
                                             ("Suite", "-"), ("Town", "Barre"), ("State", "VT"),
                                             ("ZIP", "05641")], False),
    "colons, a city/state row": ("Service Address", [("Street:", "97 Quarry Hill Rd"),
                                                      ("City / State:", "Barre, VT"),
                                                      ("ZIP Code:", "05641")], False),
    "values first": ("Where your service is installed", [
        ("Street", "97 Quarry Hill Rd"), ("City", "Barre"), ("State", "VT"),
        ("Zip Code", "05641")], True),
}


@pytest.mark.parametrize("form", list(_FORMS))
def test_a_service_address_printed_as_a_form_of_rows_is_one_address(
        tmp_path: Path, form: str) -> None:
    """Street, unit, town, state and ZIP each on a row under its own label: no line is a
    'City, ST ZIP' line, the labels say which part each value is."""
    heading, rows, values_first = _FORMS[form]
    fields = _bill(tmp_path, *_form(heading, rows, values_first))
    assert fields.service_address == _SITE
    assert _verdict(fields, "service_address") == Verdict.EXACT
    for other in (Address("98 Quarry Hill Rd", "", "Barre", "VT", "05641"),
                  Address("97 Quarry Hill Rd", "", "Barre", "VT", "05614"),
                  Address("97 Quarry Hill Rd", "Suite 2", "Barre", "VT", "05641")):
        assert _verdict(fields, "service_address", service_address=other) not in _OK


def test_a_forms_unit_row_is_the_addresses_unit(tmp_path: Path) -> None:
    """A bare '12' beside 'Suite' is suite 12; a bill naming another suite is no match."""
    rows = [("Civic Address", "97 Quarry Hill Rd"), ("Suite", "12"), ("City", "Barre"),
            ("Province", "VT"), ("Postal Code", "05641")]
    fields = _bill(tmp_path, *_form("Service Location", rows))
    with_suite = Address("97 Quarry Hill Rd", "Suite 12", "Barre", "VT", "05641")
    assert _verdict(fields, "service_address", service_address=with_suite) == Verdict.EXACT
    for other in ("Suite 21", "Ste 1"):
        typed = Address("97 Quarry Hill Rd", other, "Barre", "VT", "05641")
        assert _verdict(fields, "service_address", service_address=typed) not in _OK


def test_a_form_of_rows_under_the_billing_heading_is_not_the_site(tmp_path: Path) -> None:
    rows = [("Street", "97 Quarry Hill Rd"), ("City", "Barre"), ("State", "VT"),
            ("ZIP Code", "05641")]
    fields = _bill(tmp_path, *_form("Billing Address", rows))
    assert _verdict(fields, "service_address") != Verdict.EXACT


# -- a numeric date whose label states no order: the bill's own evidence decides ------------
def _dated(tmp_path: Path, printed: str, *items: drawn.Item, city: str = "Barre, VT 05641",
           label: str = "Statement Date", account: str = "Account Number") -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "d.pdf", [
        (40, 40, "B:Granite Line Telecom", 16), (380, 58, account, 8),
        (480, 58, _ACCOUNT, 9), (380, 70, label, 8), (480, 70, printed, 9),
        (40, 100, _NAME, 9), (40, 112, "97 Quarry Hill Rd", 9), (40, 124, city, 9),
        (40, 300, "B:Your Lines", 9), (40, 314, "802-555-0176", 9), *items])))


@pytest.mark.parametrize(("evidence", "meant"), [
    ((380, 82, "Due Date", 8), "2025-11-03"),  # its value 28/11/2025: only a day comes first
    ((380, 82, "Pay by", 8), "2025-03-11"),  # its value 11/28/2025: only a month comes first
])
def test_another_date_on_the_bill_decides_the_order(
        tmp_path: Path, evidence: drawn.Item, meant: str) -> None:
    due = "28/11/2025" if meant == "2025-11-03" else "11/28/2025"
    fields = _dated(tmp_path, "03/11/2025", evidence, (480, 82, due, 9),
                    city="Kingston, ON K7L 3N6")
    assert str(fields.statement_date) == meant


def test_a_format_spelled_anywhere_on_the_bill_decides_the_order(tmp_path: Path) -> None:
    fields = _dated(tmp_path, "03/11/2025", (40, 700, "All dates are shown as DD/MM/YYYY", 7),
                    city="Kingston, ON K7L 3N6")
    assert str(fields.statement_date) == "2025-11-03"


def test_a_date_only_a_day_can_start_is_read_day_first(tmp_path: Path) -> None:
    assert str(_dated(tmp_path, "25/04/2026").statement_date) == "2026-04-25"


@pytest.mark.parametrize(("city", "labels", "meant"), [
    ("Barre, VT 05641", ("Statement Date", "Account Number"), "2025-03-11"),  # US, English
    ("Rimouski (Québec) G5L 1A1", ("Date de la facture", "Numéro de compte"), "2025-11-03"),
    ("Kingston, ON K7L 3N6", ("Statement Date", "Account Number"), "None"),  # either order
])
def test_without_evidence_the_bills_country_and_language_decide_or_nothing_does(
        tmp_path: Path, city: str, labels: tuple[str, str], meant: str) -> None:
    """A US bill in English writes the month first, a French one in Canada the day; an
    English bill in Canada may do either: no date rather than a guess."""
    extra = [(40, 200, "Solde précédent", 8), (40, 212, "Montant à payer", 8)] if (
        "Québec" in city) else []
    fields = _dated(tmp_path, "03/11/2025", *extra, city=city, label=labels[0],
                    account=labels[1])
    assert str(fields.statement_date) == meant


def test_a_bill_printing_both_orders_gives_no_date(tmp_path: Path) -> None:
    fields = _dated(tmp_path, "03/11/2025", (380, 82, "Due", 8), (480, 82, "28/11/2025", 9),
                    (380, 94, "Paid", 8), (480, 94, "11/28/2025", 9))
    assert fields.statement_date is None


# -- a numbered road for a street ----------------------------------------------------------------
@pytest.mark.parametrize(("printed", "same", "other"), [
    ("Hwy 7 W", "Highway 7 West", "Hwy 17 W"),
    ("Carr. 2 Km 8.4", "Carretera 2 Km 8.4", "Carr. 2 Km 8.6"),
    ("State Route 32", "SR 32", "State Route 132"),
    ("RR 3", "Rural Route 3", "RR 13"),
    ("County Road 12", "CR 12", "County Road 21"),
])
def test_a_numbered_road_is_a_street(tmp_path: Path, printed: str, same: str, other: str) -> None:
    """Rural and Puerto Rican sites sit on a numbered road ("Hwy 7 W", "Carr. 2 Km 8.4"):
    no house number leads the line, the road's number does."""
    fields = _bill(tmp_path, (40, 180, "B:Service Address", 9), (40, 194, printed, 8),
                   (40, 206, "Barre, VT 05641", 8))
    assert fields.service_address is not None and fields.service_address.line1 == printed

    def typed(street: str) -> Address:
        return Address(street, "", "Barre", "VT", "05641")

    assert _verdict(fields, "service_address", service_address=typed(printed)) == Verdict.EXACT
    assert _verdict(fields, "service_address", service_address=typed(same)) in _OK
    assert _verdict(fields, "service_address", service_address=typed(other)) not in _OK


# -- a Spanish post office box heads the mailing block -------------------------------------------
@pytest.mark.parametrize("box", ["Apartado 4410", "Apdo. 4410", "Apartado Postal 4410"])
def test_a_spanish_post_office_box_is_the_mailing_address(tmp_path: Path, box: str) -> None:
    """"Apartado 4410" is a PO box: the block it is in is the mailing block, and the line over
    it is the account holder's name."""
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "s.pdf", [
        (40, 40, "B:Isla Telefonía", 16), (330, 52, "Número de cuenta:", 8), (480, 52, _ACCOUNT, 9),
        (60, 128, "Ferretería Los Pinos, Corp.", 9), (60, 140, box, 9),
        (60, 152, "Mayagüez, PR 00681", 9),
        (40, 300, "B:Números de teléfono", 9), (40, 314, "787-555-0161", 9)])))
    assert fields.account_name == "Ferretería Los Pinos, Corp."
    assert fields.billing_address is not None
    assert fields.billing_address.postal_code == "00681"
    assert fields.billing_address.line1 == box


# -- the one number a bill says it is for is its billing number ----------------------------------
def _headed(tmp_path: Path, *heads: str, extra: tuple[drawn.Item, ...] = ()) -> BillFields:
    items: list[drawn.Item] = [(40, 40, "B:Granite Line Telecom", 16), (380, 58, "Account Number", 8),
                               (480, 58, _ACCOUNT, 9), (40, 100, _NAME, 9),
                               (40, 112, "PO Box 311", 9), (40, 124, "Barre, VT 05641", 9), *extra]
    for k, head in enumerate(heads):
        items += [(40, 180 + 60 * k, f"B:{head}", 10), (40, 196 + 60 * k, "Local service", 8),
                  (300, 196 + 60 * k, "$41.20", 8)]
    return extract_fields(read_bill(drawn.draw(tmp_path / "h.pdf", items)))


@pytest.mark.parametrize("head", ["Summary for (802) 555-0176", "Account Summary for 802-555-0176",
                                  "Statement for 802.555.0176"])
def test_the_one_number_a_bill_is_for_is_its_billing_number(tmp_path: Path, head: str) -> None:
    fields = _headed(tmp_path, head)
    assert fields.btn == "+18025550176"
    assert _verdict(fields, "btn") == Verdict.EXACT
    assert _verdict(fields, "btn", btn="+18025550177") == Verdict.MISMATCH


def test_a_summary_for_each_line_names_lines_not_the_billing_number(tmp_path: Path) -> None:
    """A wireless bill heads every line's charges "Summary for": none of them is the BTN."""
    fields = _headed(tmp_path, "Summary for (802) 555-0176", "Summary for (802) 555-0177")
    assert fields.btn is None
    assert _verdict(fields, "btn") != Verdict.EXACT


def test_a_labelled_billing_number_outranks_the_heading(tmp_path: Path) -> None:
    fields = _headed(tmp_path, "Summary for (802) 555-0176",
                     extra=((380, 70, "Main Number", 8), (480, 70, "802-555-0150", 9)))
    assert fields.btn == "+18025550150"
    assert _verdict(fields, "btn") not in _OK


# -- a header line with no labels: name, account number, date ------------------------------------
def _header(tmp_path: Path, *line: drawn.Item, mailing: bool = True) -> BillFields:
    block = [(40, 100, _NAME, 9), (40, 112, "PO Box 311", 9), (40, 124, "Barre, VT 05641", 9)]
    return extract_fields(read_bill(drawn.draw(tmp_path / "l.pdf", [
        (40, 40, "B:Granite Line Telecom", 16), *line, *(block if mailing else []),
        (40, 300, "B:Your Lines", 9), (40, 314, "802-555-0176", 9)])))


_HEADERS = {
    "cells": [(40, 62, _NAME, 8), (250, 62, _ACCOUNT, 8), (420, 62, "September 30, 2026", 8)],
    "bars": [(40, 62, f"{_NAME} | {_ACCOUNT} | 09/30/2026 | Page 1 of 2", 8)],
    "wide spaces": [(40, 62, f"{_NAME}     {_ACCOUNT}     Sep 30, 2026", 8)],
}


@pytest.mark.parametrize("layout", list(_HEADERS))
def test_a_label_less_header_line_gives_the_account_number(tmp_path: Path, layout: str) -> None:
    """A name, a date and one run of digits that is neither a phone number nor an amount: the
    run is the account's number, and the date the bill's."""
    fields = _header(tmp_path, *_HEADERS[layout])
    assert fields.account_number == _ACCOUNT
    assert str(fields.statement_date) == "2026-09-30"
    assert _verdict(fields, "account_number") == Verdict.EXACT
    assert _verdict(fields, "account_number", account_number="4471-0982-36") == Verdict.MISMATCH


@pytest.mark.parametrize("line", [
    f"{_NAME} | {_ACCOUNT} | 5512-0093-117 | 09/30/2026",  # two runs: which is the account?
    f"{_NAME} | {_ACCOUNT} | Total due $84.10",  # no date: a line of another kind
])
def test_a_header_line_that_does_not_say_which_run_is_the_account_confirms_nothing(
        tmp_path: Path, line: str) -> None:
    fields = _header(tmp_path, (40, 62, line, 8))
    assert fields.account_number is None
    assert _verdict(fields, "account_number") != Verdict.EXACT


# -- the typed value printed as another reference ------------------------------------------------
@pytest.mark.parametrize("other", ["Invoice No.", "Order Number", "Statement #"])
def test_an_account_typed_as_another_printed_reference_is_a_mismatch(
        tmp_path: Path, other: str) -> None:
    """A bill with a customer number and no account number: a typed value far from it may be an
    account the bill leaves out (unverifiable), unless the bill prints it as another reference."""
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "r.pdf", [
        (40, 40, "B:Granite Line Telecom", 16), (380, 58, "Customer Number", 8),
        (480, 58, "GL-220931", 9), (380, 70, other, 8), (480, 70, "88104415", 9),
        (40, 100, _NAME, 9), (40, 112, "PO Box 311", 9), (40, 124, "Barre, VT 05641", 9),
        (40, 300, "B:Your Lines", 9), (40, 314, "802-555-0176", 9)])))
    assert _verdict(fields, "account_number", account_number="88104415") == Verdict.MISMATCH
    assert _verdict(fields, "account_number", account_number="77310862") == Verdict.UNVERIFIABLE


@pytest.mark.parametrize("printed", ["2026.09.30", "Sep-30-2026", "30th September 2026",
                                     "2026-Sep-30", "2026/9/30"])
def test_dates_in_more_printed_forms(printed: str) -> None:
    """ISO with dots or one-digit parts, a month name between dashes or first in an ISO order,
    an ordinal day before the month's name."""
    from portdesk.bills.dates import parse_date

    assert str(parse_date(printed)) == "2026-09-30"


# -- more of the words bills use for their fields ------------------------------------------------
@pytest.mark.parametrize(("field", "label", "value", "meant"), [
    ("account_number", "Client Account No.", "5120-0931", "5120-0931"),
    ("account_number", "Acct Nbr", "5120-0931", "5120-0931"),
    ("btn", "Principal Number", "(802) 555-0150", "+18025550150"),
    ("statement_date", "Cycle Date", "Sep 30, 2026", "2026-09-30"),
    ("statement_date", "Statement Period Ending", "Sep 30, 2026", "2026-09-30"),
    ("account_name", "Sold To", "Heronsgate Bakery Ltd", "Heronsgate Bakery Ltd"),
    ("account_name", "Registered Name", "Heronsgate Bakery Ltd", "Heronsgate Bakery Ltd"),
])
def test_more_label_wordings_name_their_fields(
        tmp_path: Path, field: str, label: str, value: str, meant: str) -> None:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "w.pdf", [
        (40, 40, "B:Granite Line Telecom", 16), (330, 60, label, 8), (460, 60, value, 9),
        (40, 300, "B:Your Lines", 9), (40, 314, "802-555-0176", 9)])))
    assert str(getattr(fields, field)) == meant


# -- an address block under a heading about the service --------------------------------------------
_MAIL = Address("12 Depot St", "", "Montpelier", "VT", "05602")


def _headed_block(heading: str) -> list[drawn.Item]:
    return [(40, 180, f"B:{heading}", 9), (40, 194, _NAME, 8), (40, 206, "97 Quarry Hill Rd", 8),
            (40, 218, "Barre, VT 05641", 8)]


@pytest.mark.parametrize("heading", ["SERVICE INFORMATION", "Site Details", "Installation"])
def test_a_name_and_address_under_a_heading_about_the_service_is_the_site(
        tmp_path: Path, heading: str) -> None:
    """No label on the block itself: the heading over it says it is where the service is."""
    fields = _bill(tmp_path, *_headed_block(heading))
    assert fields.service_address == _SITE
    assert _verdict(fields, "service_address") == Verdict.EXACT
    other = Address("79 Quarry Hill Rd", "", "Barre", "VT", "05641")
    assert _verdict(fields, "service_address", service_address=other) not in _OK


def test_a_headed_block_beside_a_labelled_service_address_is_not_the_site(tmp_path: Path) -> None:
    """The bill labels its service address elsewhere: the block under "Service Summary" may be
    the mailing block, so the mailing address typed as the site is no match."""
    fields = _bill(tmp_path, (40, 180, "B:SERVICE SUMMARY", 9), (40, 194, _NAME, 8),
                   (40, 206, "12 Depot St", 8), (40, 218, "Montpelier, VT 05602", 8),
                   (300, 180, "Service Address", 8), (300, 192, "97 Quarry Hill Rd", 8),
                   (300, 204, "Barre, VT 05641", 8))
    assert _verdict(fields, "service_address") == Verdict.EXACT
    assert _verdict(fields, "service_address", service_address=_MAIL) not in _OK


def test_a_labels_own_number_is_no_house_number(tmp_path: Path) -> None:
    """"Location 1: 97 Quarry Hill Rd, Barre, VT 05641": the street starts at 97."""
    fields = _bill(tmp_path, (40, 180, "Location 1: 97 Quarry Hill Rd, Barre, VT 05641", 8),
                   (40, 192, "Location 2: 12 Depot St, Montpelier, VT 05602", 8))
    assert fields.service_address is not None
    assert fields.service_address.line1 in ("97 Quarry Hill Rd", "12 Depot St")


# -- a long table keeps its header ------------------------------------------------------------------
def test_a_number_dialed_at_the_foot_of_a_long_call_detail_table_is_no_line(tmp_path: Path) -> None:
    """Fifty calls under one "Date | Time | Number | Place | Minutes" header: the rows far below
    the header are calls too, their numbers dialed, not the customer's."""
    rows: list[drawn.Item] = [(40, 90, "B:Date", 8), (100, 90, "B:Time", 8), (170, 90, "B:Number", 8),
                              (270, 90, "B:Place", 8), (370, 90, "B:Minutes", 8)]
    for k in range(50):
        dialed = "919-555-0188" if k >= 45 else f"615-555-01{10 + k % 40:02d}"
        rows += [(40, 102 + 12 * k, f"06/{1 + k % 28:02d}", 8), (100, 102 + 12 * k, "9:40 AM", 8),
                 (170, 102 + 12 * k, dialed, 8), (270, 102 + 12 * k, "DALLAS TX", 8),
                 (370, 102 + 12 * k, str(1 + k % 9), 8)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "c.pdf", [
        (40, 40, "B:Granite Line Telecom", 16), (380, 58, "Account Number", 8),
        (480, 58, _ACCOUNT, 9), (40, 100, _NAME, 9), (40, 300, "B:Your Lines", 9),
        (40, 314, "802-555-0176", 9)], rows)))
    assert "+19195550188" not in fields.numbers
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT,
                    numbers=(CaseNumber("+18025550176"), CaseNumber("+19195550188")))
    items = compare(case, fields).numbers.items  # type: ignore[union-attr]
    assert next(i.verdict for i in items if i.number == "+19195550188") != Verdict.EXACT


@pytest.mark.parametrize("line", [f"{_NAME} | Account {_ACCOUNT}",
                                  f"Account No. {_ACCOUNT}  ·  {_NAME}  ·  Page 1 of 3"])
def test_the_one_name_beside_a_labelled_account_in_a_header_line_is_the_holder(
        tmp_path: Path, line: str) -> None:
    """A separator ends the name as it ends every fact of the line: the name is whole, and the
    account it sits beside says whose name it is."""
    fields = _header(tmp_path, (40, 62, line, 8), mailing=False)  # the name printed only there
    assert _verdict(fields, "account_name") == Verdict.EXACT
    assert _verdict(fields, "account_name", account_name="Kestrel Ridge Pottery Inc") not in _OK


@pytest.mark.parametrize("line", [f"Welcome, {_NAME}!", f"Dear {_NAME},"])
def test_a_name_in_a_greeting_is_found_and_shown(tmp_path: Path, line: str) -> None:
    """A greeting names whom the bill is for, with no label: shown for the eye ("unverifiable"
    with its evidence), never "not found"."""
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "g.pdf", [
        (40, 40, "B:Granite Line Telecom", 16), (380, 58, "Account Number", 8),
        (480, 58, _ACCOUNT, 9), (40, 160, line, 10), (40, 300, "B:Your Lines", 9),
        (40, 314, "802-555-0176", 9)])))
    check = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT), fields).fields[
        "account_name"]
    assert check.verdict == Verdict.UNVERIFIABLE and check.evidence is not None


def test_two_address_blocks_side_by_side_make_no_header_line(tmp_path: Path) -> None:
    """"Ste 1972 ... Raleigh, NC 27662-0867": a unit beside a town line; the ZIP+4 is no account
    and "Ste 1972" no month."""
    fields = _header(tmp_path, (40, 150, "Bill To", 8), (300, 150, "Service Address", 8),
                     (40, 162, "Ste 1972", 8), (300, 162, "Barre, VT 05641-0867", 8))
    assert fields.account_number is None


@pytest.mark.parametrize("town", ["Barre, VT 05641 US", "Barre, VT 05641, US"])
def test_a_country_code_after_the_postal_code_is_no_part_of_it(tmp_path: Path, town: str) -> None:
    fields = _bill(tmp_path, (40, 180, "B:Service Address", 9), (40, 194, "97 Quarry Hill Rd", 8),
                   (40, 206, town, 8))
    assert fields.service_address == _SITE
    assert _verdict(fields, "service_address") == Verdict.EXACT


def test_a_reference_in_date_like_groups_decides_no_order(tmp_path: Path) -> None:
    """"Order 13-04-9921" is no 13 April: a US bill's ambiguous date stays month first."""
    fields = _dated(tmp_path, "03/11/2025", (40, 200, "Order 13-04-9921", 8),
                    (40, 212, "Ref 31-07-88", 8))
    assert str(fields.statement_date) == "2025-03-11"


@pytest.mark.parametrize("name", ["Bayview Legal Services", "Summit Site Works", "Harbor Installation"])
def test_a_name_over_the_mailing_block_is_no_heading_about_the_service(
        tmp_path: Path, name: str) -> None:
    """The account holder's name over its address may hold the words of a site heading; it is
    still a name, and the block the mailing one (a false match before the guard)."""
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "m.pdf", [
        (40, 40, "B:Granite Line Telecom", 16), (380, 58, "Account Number", 8),
        (480, 58, _ACCOUNT, 9), (40, 100, name, 9), (40, 112, "97 Quarry Hill Rd", 9),
        (40, 124, "Barre, VT 05641", 9), (40, 300, "B:Your Lines", 9),
        (40, 314, "802-555-0176", 9)])))
    assert _verdict(fields, "service_address", account_name=name) not in _OK


@pytest.mark.parametrize("name", ["Route 66 Diner", "Highway 7 Auto Sales"])
def test_a_name_opening_with_a_road_is_still_a_name(tmp_path: Path, name: str) -> None:
    """A road's number followed by a word is a name ("Route 66 Diner"), no street."""
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "n.pdf", [
        (40, 40, "B:Granite Line Telecom", 16), (380, 58, "Account Number", 8),
        (480, 58, _ACCOUNT, 9), (40, 100, name, 9), (40, 112, "97 Quarry Hill Rd", 9),
        (40, 124, "Barre, VT 05641", 9), (40, 300, "B:Your Lines", 9),
        (40, 314, "802-555-0176", 9)])))
    assert fields.account_name == name
    assert fields.billing_address is not None and fields.billing_address.line1 == "97 Quarry Hill Rd"


def test_a_header_lines_run_the_bill_labels_as_another_reference_is_no_account(
        tmp_path: Path) -> None:
    """"Name | 88104415 | date" and, below, "Invoice No. 88104415": the run is the invoice's."""
    fields = _header(tmp_path, (40, 62, f"{_NAME} | 88104415 | 09/30/2026", 8),
                     (380, 80, "Invoice No.", 8), (480, 80, "88104415", 9))
    assert fields.account_number != "88104415"
    assert _verdict(fields, "account_number", account_number="88104415") not in _OK


# -- a building's range of house numbers -----------------------------------------------------------
@pytest.mark.parametrize(("printed", "typed", "verdict"), [
    ("97-101 Quarry Hill Rd", "99 Quarry Hill Rd", Verdict.UNVERIFIABLE),
    ("97 Quarry Hill Rd", "97-101 Quarry Hill Rd", Verdict.UNVERIFIABLE),
    ("97-101 Quarry Hill Rd", "98 Quarry Hill Rd", Verdict.MISMATCH),  # the other side
    ("97-101 Quarry Hill Rd", "103 Quarry Hill Rd", Verdict.MISMATCH),  # outside the range
    ("97-101 Quarry Hill Rd", "99 Quarry Hill Ave", Verdict.MISMATCH),
    ("123-45 Quarry Hill Rd", "123 Quarry Hill Rd", Verdict.MISMATCH),  # one Queens-style house
])
def test_a_range_of_house_numbers_against_one_number_in_it_is_a_question(
        tmp_path: Path, printed: str, typed: str, verdict: Verdict) -> None:
    """"97-101 Quarry Hill Rd" is a building with several numbers: one of them typed is not
    proved wrong (a false alarm before), nor proved right."""
    fields = _bill(tmp_path, (40, 180, "B:Service Address", 9), (40, 194, printed, 8),
                   (40, 206, "Barre, VT 05641", 8))
    site = Address(typed, "", "Barre", "VT", "05641")
    assert _verdict(fields, "service_address", service_address=site) == verdict
