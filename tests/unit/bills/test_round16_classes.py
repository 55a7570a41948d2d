"""Text round 16's classes: ABSTENTION BY PLACE. A match rests on a place whose role the reader
knows; a typed value found only in a place it cannot tie to the customer (a region under a
heading, a label's own words, an address line, a part of a longer token) is a question with that
place as evidence, never a match. Each bill is drawn here with wordings of its own (none a corpus
family's strings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn

MATCH = (Verdict.EXACT, Verdict.EQUIVALENT)
_NAME = "Tamarack Hollow Dairy Cooperative"
_ACCOUNT = "70341-2286"


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _check(fields: BillFields, **typed: str) -> Verdict:
    field = next(iter(typed))
    case = PortCase(account_name=typed.get("account_name", _NAME),
                    account_number=typed.get("account_number", _ACCOUNT))
    return compare(case, fields).fields[field].verdict


# -- a holder's name rests on a place that gives a name ----------------------------------------
def _sites_bill() -> list[drawn.Item]:
    """The holder heads the mailing block; an account box under a bare heading holds dates and
    amounts; a table of sites names each by a 'Location' column, beside a header row."""
    return [
        (40, 40, "B:Larkspur Valley Telephone", 16),
        (400, 40, "B:Account", 9), (400, 54, "Account No.", 8), (480, 54, _ACCOUNT, 8),
        (400, 66, "Payment Due", 8), (480, 66, "03/02/2026", 8),
        (400, 78, "Autopay on", 8), (400, 90, "Invoice Date", 8), (480, 90, "02/09/2026", 8),
        (40, 130, _NAME, 9), (40, 142, "2710 County Road K", 9),
        (40, 154, "Glenwood City, WI 54013", 9),
        (40, 200, "B:Location", 8), (160, 200, "B:Main Number", 8), (280, 200, "B:Address", 8),
        (40, 214, "Cheese Plant", 8), (160, 214, "(715) 555-0142", 8),
        (280, 214, "2710 County Road K", 8),
        (40, 226, "Creamery Store", 8), (160, 226, "(715) 555-0157", 8),
        (280, 226, "88 Depot St", 8),
        (40, 260, "Calling site: Tasting Room \u00b7 Service location", 8),
    ]


@pytest.mark.parametrize("typed", ["Creamery Store", "Main Number", "Payment Due",
                                   "Tasting Room"])
def test_a_name_found_only_where_no_name_is_given_is_no_match(tmp_path: Path,
                                                              typed: str) -> None:
    """A site's name in a location column or after a site label, a column header, a label of
    the account box: the typed words are printed, but the place is not the holder's."""
    fields = _read(tmp_path, _sites_bill())
    assert _check(fields, account_name=typed) not in MATCH
    assert _check(fields, account_name=_NAME) in MATCH  # the holder heading its block still is


# -- a postal code is no account number ----------------------------------------------------------
def test_a_zip_plus_four_under_an_account_heading_is_no_account(tmp_path: Path) -> None:
    """A stub's mailing block, reached from its account label by walking up the column, ends in
    a ZIP+4: a token of an account number's shape, but the address's postal code (blind14's
    Spanish stub, drawn by the corpus family that showed it)."""
    from tests.billcorpus.build import render_bill

    bill = render_bill("openmobile_estado", 0, tmp_path, 0)
    fields = extract_fields(read_bill(bill.path))
    address = bill.truth.billing_address
    assert address is not None and "-" in address.postal_code
    case = PortCase(account_name=bill.truth.account_name, account_number=address.postal_code)
    assert compare(case, fields).fields["account_number"].verdict not in MATCH
    case = PortCase(account_name=bill.truth.account_name,
                    account_number=bill.truth.account_number)
    assert compare(case, fields).fields["account_number"].verdict in MATCH


# -- a third party pays: the holder is the one the page names as whose service it is -----------
def _payer_bill(holder_label: str, payer_label: str) -> list[drawn.Item]:
    return [
        (40, 40, "B:Larkspur Valley Telephone", 16), (400, 40, "Account No.", 8),
        (480, 40, _ACCOUNT, 8),
        (40, 110, payer_label, 8), (300, 110, holder_label, 8),
        (40, 122, "Brule County Holdings Inc.", 9), (300, 122, _NAME, 9),
        (40, 134, "Attn: Accounts Payable", 9), (300, 134, "Site contact: Plant Manager", 9),
        (40, 146, "PO Box 7720", 9), (40, 158, "Chamberlain, SD 57325", 9),
    ]


@pytest.mark.parametrize(("holder_label", "payer_label"), [
    ("Service for", "Invoice to"), ("Account name", "Bill to"), ("Account holder", "Paid by")])
def test_the_holder_is_whose_service_it_is_not_who_pays(tmp_path: Path, holder_label: str,
                                                        payer_label: str) -> None:
    """'Invoice to' a parent company's accounts payable beside 'Service for' the holder (a
    caption pair under the holder, 'Site contact: ...', is no row of a column of names): the
    holder typed is a match, never a mismatch; the payer typed is no match."""
    fields = _read(tmp_path, _payer_bill(holder_label, payer_label))
    assert fields.account_name == _NAME
    assert _check(fields, account_name=_NAME) in MATCH
    assert _check(fields, account_name="Brule County Holdings Inc.") not in MATCH


# -- a specimen in a help panel is never the customer's -------------------------------------------
@pytest.mark.parametrize("caption", ["Sample line:", "Your line number looks like",
                                     "Ejemplo de línea:"])
def test_a_specimen_value_in_a_help_panel_is_no_line(tmp_path: Path, caption: str) -> None:
    fields = _read(tmp_path, [
        (40, 40, "B:Larkspur Valley Telephone", 16), (400, 40, "Account No.", 8),
        (480, 40, _ACCOUNT, 8), (40, 120, _NAME, 9), (40, 132, "2710 County Road K", 9),
        (40, 144, "Glenwood City, WI 54013", 9),
        (40, 190, "B:Your lines", 8), (40, 202, "(715) 555-0142", 8),
        (40, 214, "(715) 555-0157", 8),
        (330, 190, "B:Reading your statement", 8), (330, 202, f"{caption} 715 555-0188", 8)])
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT,
                    numbers=[CaseNumber("+17155550188")])
    got = compare(case, fields)
    assert got.numbers is not None
    assert got.numbers.items[0].verdict not in MATCH
    assert "+17155550188" not in fields.numbers


# -- a moved service: the previous address and the 911 location are named apart ----------------
def test_the_service_address_is_the_one_labelled_so_not_the_previous_or_911(
        tmp_path: Path) -> None:
    """A header row 'Service Address | Previous Service Address | Registered 911 Location':
    the current one is the service address; the one the service left is no match."""
    fields = _read(tmp_path, [
        (40, 40, "B:Larkspur Valley Telephone", 16), (400, 40, "Account No.", 8),
        (480, 40, _ACCOUNT, 8), (40, 110, _NAME, 9), (40, 122, "PO Box 14", 9),
        (40, 134, "Glenwood City, WI 54013", 9),
        (40, 190, "B:Service Address", 8), (200, 190, "B:Previous Service Address", 8),
        (380, 190, "B:Registered 911 Location", 8),
        (40, 202, "2710 County Road K", 8), (200, 202, "455 Depot St", 8),
        (380, 202, "88 Creamery Ln", 8),
        (40, 214, "Glenwood City, WI 54013", 8), (200, 214, "Boyceville, WI 54725", 8),
        (380, 214, "Glenwood City, WI 54013", 8)])
    assert fields.service_address is not None
    assert fields.service_address.line1 == "2710 County Road K"
    old = {"line1": "455 Depot St", "line2": "", "city": "Boyceville", "state": "WI",
           "postal_code": "54725"}
    from portdesk.domain.entries import case_from_entry

    case = case_from_entry({"account_name": _NAME, "numbers": ["+17155550142"],
                            "service_address": old})
    assert compare(case, fields).fields["service_address"].verdict not in MATCH


# -- a section heading over a table's header row is no name -----------------------------------
@pytest.mark.parametrize("heading", ["Resumen de la cuenta", "Sommaire du compte"])
def test_an_account_summary_heading_is_no_holder(tmp_path: Path, heading: str) -> None:
    """The heading over a summary table whose first column is headed by a name label: the
    heading is a label of the vocabulary (the account summary, as in English), not the name."""
    fields = _read(tmp_path, [
        (40, 40, "B:Coqui Celular", 16), (400, 40, "Cuenta", 8), (480, 40, _ACCOUNT, 8),
        (40, 110, _NAME, 9), (40, 122, "Calle 7 B-14", 9), (40, 134, "Arecibo, PR 00612", 9),
        (40, 190, f"B:{heading}", 10), (40, 206, "Titular", 8), (220, 206, "Cuenta", 8),
        (330, 206, "Cargos", 8), (40, 220, "Tamarack Hollow Dairy", 8),
        (40, 230, "Cooperative", 8), (220, 220, _ACCOUNT, 8), (330, 220, "$88.10", 8)])
    assert fields.account_name is not None and "cuenta" not in fields.account_name.casefold()
    assert "compte" not in fields.account_name.casefold()


# -- a date whose month is a numeral after the word for month ------------------------------------
@pytest.mark.parametrize("printed", ["ngày 9 tháng 4 năm 2026", "Ngay 9 thang 4, nam 2026",
                                     "2026年4月9日", "2026년 4월 9일"])
def test_a_date_with_the_month_as_a_numeral_after_its_word(printed: str) -> None:
    """Vietnamese 'ngày D tháng M năm Y' and the CJK year-month-day with their unit words: the
    numbers say which is the day, so no order needs guessing."""
    from datetime import date

    from portdesk.bills.dates import parse_date

    assert parse_date(printed) == date(2026, 4, 9)


# -- a contact on an attention line is not the holder --------------------------------------------
@pytest.mark.parametrize("caption", ["ATTN:", "Attention", "c/o"])
def test_the_person_on_an_attention_line_is_no_holder(tmp_path: Path, caption: str) -> None:
    fields = _read(tmp_path, [
        (40, 40, "B:Larkspur Valley Telephone", 16), (400, 40, "Account No.", 8),
        (480, 40, _ACCOUNT, 8), (40, 110, _NAME, 9), (40, 122, f"{caption} Wendell Okafor", 9),
        (40, 134, "2710 County Road K", 9), (40, 146, "Glenwood City, WI 54013", 9)])
    assert _check(fields, account_name="Wendell Okafor") not in MATCH
    assert _check(fields, account_name=_NAME) in MATCH


# -- a prepaid carrier's voucher or top-up line is its help line ---------------------------------
@pytest.mark.parametrize("caption", ["Voucher line:", "Top-up number:", "Refill line:"])
def test_a_prepaid_desk_line_is_the_carriers(tmp_path: Path, caption: str) -> None:
    fields = _read(tmp_path, [
        (40, 40, "B:Larkspur Mobile", 16), (40, 80, "PREPAID RECEIPT", 9),
        (40, 100, f"Customer: {_NAME}", 8), (40, 112, f"Account #: {_ACCOUNT}", 8),
        (40, 124, "Mobile: (715) 555-0142", 8), (40, 200, "Help: 1-855-555-0130", 8),
        (40, 212, f"{caption} 1-855-555-0131", 8)])
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT,
                    numbers=[CaseNumber("+18555550131")])
    got = compare(case, fields)
    assert got.numbers is not None and got.numbers.items[0].verdict not in MATCH
    assert "+18555550131" not in fields.numbers
