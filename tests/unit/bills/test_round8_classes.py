"""Text round 8's classes, each a general rule tried on bills drawn here with wordings of their
own (none a corpus family's strings): a value printed left of its caption; a separator ending
one fact of a header line; a service address split over two cells of a table row, or listed in
an "Address" column beside a column of sites; a sender's former name the bill prints; a German
customer number; a period whose last day has its own label."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.dates import period_date
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

_NAME = "Osprey Marine Supply LLC"
_ACCOUNT = "7730-2201-948"
_SITE = Address(line1="240 Harbor View Rd", city="Fairhaven", state="MA", postal_code="02719")
_PAYEE = (40, 740, "Please make checks payable to Blue Heron Communications, Inc.", 7)
_OK = (Verdict.EXACT, Verdict.EQUIVALENT)


def _bill(tmp_path: Path, *items: drawn.Item, payee: bool = True) -> BillFields:
    page = [(40, 40, "B:Blue Heron", 16), (380, 70, "Statement Date", 8), (480, 70, "10/02/2026", 9),
            (40, 100, _NAME, 9), (40, 112, "PO Box 88", 9), (40, 124, "Fairhaven, MA 02719", 9),
            (40, 300, "B:Your Lines", 9), (40, 314, "508-555-0142", 9), (40, 326, "508-555-0143", 9),
            *items]
    if payee:
        page.append(_PAYEE)
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


def _verdict(fields: BillFields, field: str, **typed: object) -> Verdict:
    values: dict[str, object] = {
        "account_name": _NAME, "account_number": _ACCOUNT, "btn": "+15085550142",
        "losing_carrier": "Blue Heron Communications", "service_address": _SITE,
        "numbers": (CaseNumber("+15085550142"), CaseNumber("+15085550143"))}
    values.update(typed)
    return compare(PortCase(**values), fields).fields[field].verdict  # type: ignore[arg-type]


# -- a value printed left of its caption ---------------------------------------------------------
_CAPTIONED = {
    "account, caption after a gap": ("account_number", [(380, 84, _ACCOUNT, 9),
                                                        (470, 84, "Account Number", 7)]),
    "account, caption in brackets": ("account_number", [(330, 84, f"{_ACCOUNT} (your account no.)",
                                                         9)]),
    "billing number, caption after": ("btn", [(380, 98, "508-555-0142", 9),
                                              (470, 98, "Main Number", 7)]),
    "service address, caption after": ("service_address", [
        (40, 180, "240 Harbor View Rd, Fairhaven, MA 02719", 8), (300, 180, "(service address)", 7)]),
}


@pytest.mark.parametrize("case", list(_CAPTIONED))
def test_a_value_left_of_its_caption_is_the_captioned_field(tmp_path: Path, case: str) -> None:
    field, items = _CAPTIONED[case]
    assert _verdict(_bill(tmp_path, *items), field) in _OK


def test_another_value_left_of_the_caption_is_the_bills_and_disagrees(tmp_path: Path) -> None:
    fields = _bill(tmp_path, (380, 84, "5512-0093-117", 9), (470, 84, "Account Number", 7))
    assert fields.account_number == "5512-0093-117"
    assert _verdict(fields, "account_number") == Verdict.MISMATCH
    # a value another label answers from its left is that label's, not the caption's
    fields = _bill(tmp_path, (300, 84, "Amount Due", 8), (380, 84, "$412.55", 9),
                   (470, 84, "Account Number", 7))
    assert fields.account_number is None


@pytest.mark.parametrize("marked", [[(40, 340, "508-555-0144 (BTN)", 9)],
                                    [(40, 340, "508-555-0144", 9), (140, 340, "Billing number", 8)],
                                    [(40, 340, "508-555-0144  - main line", 9)]])
def test_a_line_marked_as_the_billing_number_in_the_list_is_the_btn(
        tmp_path: Path, marked: list[drawn.Item]) -> None:
    fields = _bill(tmp_path, *marked)
    assert _verdict(fields, "btn", btn="+15085550144") == Verdict.EXACT
    assert _verdict(fields, "btn", btn="+15085550142") not in _OK
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT, btn="+15085550144",
                    numbers=(CaseNumber("+15085550142"), CaseNumber("+15085550144")))
    checked = compare(case, fields).numbers
    assert checked is not None and all(n.verdict in _OK for n in checked.items)


def test_a_label_with_a_value_of_its_own_captions_nothing_left_of_it(tmp_path: Path) -> None:
    """"7730-2201-948   Main Number  (508) 555-0142": the label has its value after it; the
    account number left of it is no billing number, and the BTN typed as the account number
    is still not confirmed as the account."""
    fields = _bill(tmp_path, (300, 84, _ACCOUNT, 9), (380, 84, "Main Number", 7),
                   (450, 84, "(508) 555-0142", 9))
    assert _verdict(fields, "btn") == Verdict.EXACT
    assert _verdict(fields, "account_number") not in _OK or _verdict(
        fields, "account_number", account_number="508-555-0142") not in _OK


def test_a_caption_heading_the_next_columns_value_is_not_the_left_values(tmp_path: Path) -> None:
    """A label over the value under it, on the line of another value to its left: the label is
    the lower value's, not a caption of the left one."""
    fields = _bill(tmp_path, (380, 84, "88120-4", 9), (470, 84, "Account Number", 7),
                   (470, 96, _ACCOUNT, 9))
    assert _verdict(fields, "account_number") == Verdict.EXACT
    assert _verdict(fields, "account_number", account_number="88120-4") not in _OK


# -- a separator ends one fact of a header line ---------------------------------------------------
@pytest.mark.parametrize("line", [
    f"{_NAME}  |  Account {_ACCOUNT}  |  October 2026",
    f"Monthly Statement · Acct {_ACCOUNT} · Page 1 of 2",
    f"Statement for October 2026 • Account {_ACCOUNT}",
])
def test_a_separator_ends_the_fact_before_the_label(tmp_path: Path, line: str) -> None:
    assert _verdict(_bill(tmp_path, (40, 60, line, 8)), "account_number") == Verdict.EXACT


def test_a_separated_other_label_still_names_its_own_value(tmp_path: Path) -> None:
    fields = _bill(tmp_path, (40, 60, f"Account 5512-0093-117 | Invoice {_ACCOUNT}", 8))
    assert _verdict(fields, "account_number") not in _OK


# -- a service address over two cells, or in an address column beside the sites --------------
@pytest.mark.parametrize("heads", [("Service Address", "City / State / ZIP"),
                                   ("Installation Address", "Town, Province/State, Postal Code"),
                                   ("Site Address", "City, ST ZIP")])
def test_a_street_cell_and_a_town_cell_in_one_row_are_one_address(
        tmp_path: Path, heads: tuple[str, str]) -> None:
    fields = _bill(tmp_path, (40, 180, f"B:{heads[0]}", 8), (220, 180, f"B:{heads[1]}", 8),
                   (40, 192, "240 Harbor View Rd", 8), (220, 192, "Fairhaven, MA 02719", 8))
    assert _verdict(fields, "service_address") == Verdict.EXACT
    other = Address(line1="250 Harbor View Rd", city="Fairhaven", state="MA", postal_code="02719")
    assert _verdict(fields, "service_address", service_address=other) == Verdict.MISMATCH


@pytest.mark.parametrize("site", ["Location", "Site", "Premises"])
def test_an_address_column_beside_a_column_of_sites_lists_service_addresses(
        tmp_path: Path, site: str) -> None:
    rows = [(40, 180, f"B:{site}", 8), (180, 180, "B:Address", 8), (420, 180, "B:Charges", 8),
            (40, 192, "Warehouse", 8), (180, 192, "12 Depot St, New Bedford, MA 02740", 8),
            (420, 192, "$88.10", 8), (40, 204, "Main Store", 8),
            (180, 204, "240 Harbor View Rd, Fairhaven MA 02719", 8), (420, 204, "$120.00", 8)]
    assert _verdict(_bill(tmp_path, *rows), "service_address") == Verdict.EXACT


def test_an_address_column_beside_names_says_nothing_of_service(tmp_path: Path) -> None:
    """"Contact | Address": whose address that is, the table does not say."""
    rows = [(40, 180, "B:Contact", 8), (180, 180, "B:Address", 8),
            (40, 192, "Dana Whitfield", 8), (180, 192, "240 Harbor View Rd, Fairhaven MA 02719", 8)]
    assert _verdict(_bill(tmp_path, *rows), "service_address") != Verdict.EXACT


@pytest.mark.parametrize("heading", ["Service Information", "SITE DETAILS", "Installation"])
def test_a_bare_address_label_under_a_heading_about_the_service_is_the_site(
        tmp_path: Path, heading: str) -> None:
    block = [(40, 180, f"B:{heading}", 9), (40, 194, "Address:", 8), (110, 194, "240 Harbor View Rd", 8),
             (110, 206, "Fairhaven, MA 02719", 8), (40, 218, "Plan:", 8), (110, 218, "Voice 2", 8)]
    assert _verdict(_bill(tmp_path, *block), "service_address") == Verdict.EXACT


def test_a_bare_address_label_under_the_billing_heading_is_not_the_site(tmp_path: Path) -> None:
    block = [(40, 180, "B:Billing Information", 9), (40, 194, "Address:", 8),
             (110, 194, "240 Harbor View Rd", 8), (110, 206, "Fairhaven, MA 02719", 8)]
    assert _verdict(_bill(tmp_path, *block), "service_address") != Verdict.EXACT


@pytest.mark.parametrize("line", ["Your 911 address on file: 240 Harbor View Rd, Fairhaven, MA 02719",
                                  "E-911 location 240 Harbor View Rd, Fairhaven, MA 02719"])
def test_the_emergency_address_named_in_a_line_is_the_site(tmp_path: Path, line: str) -> None:
    assert _verdict(_bill(tmp_path, (40, 180, line, 8)), "service_address") in _OK


# -- a sender's former name -----------------------------------------------------------------------
_FORMER = ["Blue Heron Communications, Inc. (formerly Harbor Telephone Company)",
           "Blue Heron Communications, Inc. f/k/a Harbor Telephone Co.",
           "Harbor Telephone Company is now Blue Heron Communications."]


@pytest.mark.parametrize("line", _FORMER)
def test_the_former_name_the_bill_gives_its_sender_is_the_sender(tmp_path: Path,
                                                                  line: str) -> None:
    fields = _bill(tmp_path, (40, 720, line, 7))
    typed = "Harbor Telephone Company"
    assert _verdict(fields, "carrier", losing_carrier=typed) == Verdict.EQUIVALENT
    assert _verdict(fields, "carrier") in _OK
    assert _verdict(fields, "carrier", losing_carrier="Seaside Telephone Company") not in _OK
    assert _verdict(fields, "carrier", losing_carrier="Verizon") == Verdict.MISMATCH


def test_a_former_name_is_only_as_sure_as_the_sender_it_belongs_to(tmp_path: Path) -> None:
    """Without a payee line, the legal line alone names the sender weakly: its former name is
    a question; beside the customer's name, "formerly" names no carrier at all."""
    fields = _bill(tmp_path, (40, 720, _FORMER[0], 7), payee=False)
    assert _verdict(fields, "carrier", losing_carrier="Harbor Telephone Company") == (
        Verdict.UNVERIFIABLE)
    fields = _bill(tmp_path, (40, 150, f"{_NAME} (formerly Harbor Telephone Company)", 7))
    assert _verdict(fields, "carrier", losing_carrier="Harbor Telephone Company") not in _OK


# -- words of other languages and periods ----------------------------------------------------------
@pytest.mark.parametrize("label", ["Kundennummer", "Kunden-Nr."])
def test_a_german_customer_number_stands_for_the_account(tmp_path: Path, label: str) -> None:
    fields = _bill(tmp_path, (380, 84, label, 8), (480, 84, _ACCOUNT, 9))
    assert fields.account_number is not None
    assert _verdict(fields, "account_number") == Verdict.EXACT


@pytest.mark.parametrize(("text", "day"), [
    ("Billed From 04/12/2026 - Billed To 05/11/2026", "2026-05-11"),
    ("Mar 3, 2026 - Service through: Apr 2, 2026", "2026-04-02"),
    ("Billing period Mar 3 - Apr 2, 2026", "2026-03-03"),  # a bare period opens the bill
    ("Service from 03/01/2026 through 03/31/2026", "2026-03-01"),
])
def test_a_period_whose_last_day_is_labelled_dates_the_bill_by_it(text: str, day: str) -> None:
    assert str(period_date(text.removeprefix("Billing period "))) == day


def test_a_bill_dated_only_by_a_billed_to_period_reads_that_day(tmp_path: Path) -> None:
    page = [(40, 40, "B:Blue Heron", 16), (40, 100, _NAME, 9), (40, 112, "PO Box 88", 9),
            (40, 124, "Fairhaven, MA 02719", 9), (380, 84, "Account Number", 8),
            (480, 84, _ACCOUNT, 9), (300, 60, "Billed From 09/03/2026 - Billed To 10/02/2026", 8)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert str(fields.statement_date) == "2026-10-02"


# -- a section heading over one column; a phone product's name before a number ------------------
def test_a_heading_over_the_right_column_sections_none_of_the_left_columns_lines(
        tmp_path: Path) -> None:
    """"SITE ADDRESS" alone on its line over the right column: the mailing block beside it in
    the left column is not under it, so the mailing address typed as the service address is
    the bill disagreeing, not a question."""
    page = [(40, 40, "B:Blue Heron", 16), (380, 60, "Account Number", 8), (480, 60, _ACCOUNT, 9),
            (400, 100, "SITE ADDRESS", 8),
            (40, 120, _NAME, 9), (400, 120, _NAME, 9), (400, 132, "240 Harbor View Rd", 9),
            (40, 140, "PO Box 88", 9), (400, 144, "Fairhaven, MA 02719", 9),
            (40, 152, "Fairhaven, MA 02719", 9), _PAYEE]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert _verdict(fields, "service_address") == Verdict.EXACT
    box = Address(line1="PO Box 88", city="Fairhaven", state="MA", postal_code="02719")
    assert _verdict(fields, "service_address", service_address=box) == Verdict.MISMATCH


@pytest.mark.parametrize("heading", ["Hosted Voice Seat - ", "Business Line: ", "Analog Line # "])
def test_a_number_after_a_phone_products_name_is_one_of_the_lines(tmp_path: Path,
                                                                  heading: str) -> None:
    fields = _bill(tmp_path, (380, 98, "Main Number", 8), (480, 98, "508-555-0142", 9),
                   (40, 400, f"{heading}(508) 555-0147", 9), (480, 400, "$24.00", 9))
    assert _verdict(fields, "btn", btn="+15085550147") == Verdict.MISMATCH  # a line, not the BTN


def test_a_support_line_named_like_a_product_is_still_the_carriers(tmp_path: Path) -> None:
    fields = _bill(tmp_path, (40, 400, "Business Support Line - 1-800-555-0199", 8))
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT,
                    numbers=(CaseNumber("+15085550142"), CaseNumber("+18005550199")))
    checked = compare(case, fields).numbers
    assert checked is not None
    assert [n.verdict in _OK for n in checked.items] == [True, False]


@pytest.mark.parametrize("word", ["Tel.", "Voice", "Ligne"])
def test_a_number_heading_its_own_charges_is_one_of_the_lines(tmp_path: Path, word: str) -> None:
    fields = _bill(tmp_path, (380, 98, "Main Number", 8), (480, 98, "508-555-0142", 9),
                   (40, 400, f"{word} 508 555 0147", 9), (60, 412, "Call Waiting", 8),
                   (480, 412, "$4.00", 8), (60, 424, "Voicemail", 8), (480, 424, "$6.50", 8))
    assert _verdict(fields, "btn", btn="+15085550147") == Verdict.MISMATCH


# -- a letterhead: the issuer's company line with its own facts under it ----------------------------
@pytest.mark.parametrize("facts", ["GST/HST No. 81234 5678 RT0001 · QST 1203345678 TQ0001",
                                   "Federal Tax ID 41-2239901 · Toll-free 1-888-555-0140",
                                   "Tel 605-555-0100 · Fax 605-555-0101"])
def test_a_letterhead_names_the_sender(tmp_path: Path, facts: str) -> None:
    page = [(40, 30, "Northern Reach Telecom Ltd. · 12 Front St, Yellowknife NT X1A 2N5", 8),
            (40, 41, facts, 7), (380, 70, "Account Number", 8), (480, 70, _ACCOUNT, 9),
            (40, 100, "B:Billing Address", 8), (40, 112, _NAME, 9), (40, 124, "PO Box 88", 9),
            (40, 136, "Fairhaven, MA 02719", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.carrier is not None and "Northern Reach" in str(fields.carrier)
    assert _verdict(fields, "carrier", losing_carrier="Northern Reach Telecom") in _OK
    assert _verdict(fields, "carrier", losing_carrier=_NAME) not in _OK


def test_a_company_line_alone_at_the_top_is_no_letterhead(tmp_path: Path) -> None:
    """The customer's name with its legal suffix over its street says nothing of the sender."""
    page = [(40, 30, "Osprey Marine Supply LLC", 9), (40, 41, "240 Harbor View Rd", 8),
            (40, 52, "Fairhaven, MA 02719", 8), (380, 70, "Account Number", 8),
            (480, 70, _ACCOUNT, 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert _verdict(fields, "carrier", losing_carrier=_NAME) not in _OK


# -- a floor written as an ordinal ---------------------------------------------------------------
@pytest.mark.parametrize(("printed", "typed", "same"), [
    ("240 Harbor View Rd 2nd Floor", "Fl 2", True), ("240 Harbor View Rd, 3rd Fl.", "Floor 3", True),
    ("240 Harbor View Rd 2nd Floor", "Floor 3", False), ("240 Harbor View Rd 2nd Floor", "Ste 2", False)])
def test_a_floor_written_as_an_ordinal_is_that_floor(tmp_path: Path, printed: str, typed: str,
                                                      same: bool) -> None:
    fields = _bill(tmp_path, (40, 180, "Service Address", 8), (40, 192, printed, 9),
                   (40, 204, "Fairhaven, MA 02719", 9))
    site = Address(line1="240 Harbor View Rd", line2=typed, city="Fairhaven", state="MA",
                   postal_code="02719")
    got = _verdict(fields, "service_address", service_address=site)
    assert (got in _OK) if same else got == Verdict.MISMATCH


@pytest.mark.parametrize("label", ["Telephone (main)", "Phone Number (Primary):", "Numéro (principal)"])
def test_a_number_label_qualified_in_brackets_as_the_main_one_is_the_btn(
        tmp_path: Path, label: str) -> None:
    fields = _bill(tmp_path, (380, 84, "Account Number", 8), (480, 84, _ACCOUNT, 9),
                   (380, 98, label, 8), (480, 98, "(508) 555-0142", 9))
    assert _verdict(fields, "btn") == Verdict.EXACT
    assert _verdict(fields, "btn", btn="+15085550143") == Verdict.MISMATCH


# -- the name on the line of its attention -------------------------------------------------------
@pytest.mark.parametrize("line", [f"{_NAME} Attn: Dana Whitfield", f"{_NAME}, c/o Harbor CPA",
                                  f"{_NAME.upper()} ATTENTION ACCOUNTS PAYABLE"])
def test_a_name_followed_by_its_attention_on_one_line_is_the_name(tmp_path: Path,
                                                                  line: str) -> None:
    page = [(40, 40, "B:Blue Heron", 16), (380, 84, "Account Number", 8), (480, 84, _ACCOUNT, 9),
            (40, 100, line, 9), (40, 112, "PO Box 88", 9), (40, 124, "Fairhaven, MA 02719", 9),
            _PAYEE]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert _verdict(fields, "account_name") in _OK
    assert _verdict(fields, "account_name", account_name="Osprey Marine Service LLC") == (
        Verdict.MISMATCH)


# -- what the value was ---------------------------------------------------------------------------
@pytest.mark.parametrize("items", [
    [(40, 200, f"Your account number has changed. Old account number: {_ACCOUNT}", 8)],
    [(40, 200, "Former Account Number", 8), (200, 200, _ACCOUNT, 9)],
    [(40, 200, f"Previous account # {_ACCOUNT} (closed)", 8)]])
def test_an_old_account_number_is_not_the_account(tmp_path: Path,
                                                  items: list[drawn.Item]) -> None:
    """The typed number printed only as the account's former number is never confirmed: the bill
    gives the account number of today beside it (a false match before this round)."""
    fields = _bill(tmp_path, (380, 84, "Account Number", 8), (480, 84, "1184-0093-117", 9), *items)
    assert _verdict(fields, "account_number") not in _OK
    assert _verdict(fields, "account_number", account_number="1184-0093-117") == Verdict.EXACT


def test_a_rows_type_cell_is_no_caption(tmp_path: Path) -> None:
    """"(508) 555-0142 | Main Line" in a table of numbers and their types: the type describes the
    row, it does not say the bill's billing number is that one (a false match on a corpus bill
    while this round's caption rule had no such guard)."""
    rows = [(40, 400, "B:Phone Number", 8), (200, 400, "B:Line Type", 8),
            (40, 412, "(508) 555-0142", 8), (200, 412, "Main Number", 8),
            (40, 424, "(508) 555-0143", 8), (200, 424, "Fax", 8)]
    fields = _bill(tmp_path, *rows)
    assert fields.btn is None
    assert _verdict(fields, "btn") not in _OK
