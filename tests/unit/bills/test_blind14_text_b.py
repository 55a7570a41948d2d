"""Blind14 text classes (second half), each a general rule about how bills are written, tried on
bills drawn here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.context import Context, classify
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

_HEAD = [(40, 40, "B:Tamarack Voice", 18), (400, 40, "Account Number", 8),
         (480, 40, "66120-31", 8),
         (40, 110, "Juniper Hollow Florist", 10), (40, 122, "PO Box 881", 10),
         (40, 134, "Stratford ON N5A 6T3", 10)]
_SUBS = [(40, 200, "B:Sub-account", 8), (200, 200, "B:Location", 8), (340, 200, "B:Main number", 8),
         (480, 200, "B:Total", 8),
         (40, 212, "66120-31-01", 8), (200, 212, "Warehouse", 8), (340, 212, "(226) 555-0177", 8),
         (480, 212, "$31.00", 8),
         (40, 224, "66120-31-02", 8), (200, 224, "Front office", 8), (340, 224, "(226) 555-0178", 8),
         (480, 224, "$12.00", 8)]


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _number(fields: BillFields, e164: str) -> Verdict:
    check = compare(PortCase(account_name="Juniper Hollow Florist", account_number="66120-31",
                             numbers=(CaseNumber(e164),)), fields)
    assert check.numbers is not None
    return check.numbers.items[0].verdict


# -- the carrier's business sales desk as a labelled pair -------------------------------------
@pytest.mark.parametrize("label", ["Business Solutions:", "Enterprise Solutions:"])
def test_the_carriers_business_desk_under_a_table_is_its_help_line(tmp_path: Path,
                                                                   label: str) -> None:
    """'Business Solutions: 226-378-4100' a few lines under a table of sub-accounts, in its
    first column: the carrier's business desk, not one of the account's lines."""
    fields = _read(tmp_path, [*_HEAD, *_SUBS, (40, 258, f"{label} 226-378-4100", 8)])
    assert _number(fields, "+12263784100") == Verdict.NOT_FOUND
    assert _number(fields, "+12265550178") == Verdict.EXACT


def test_a_customers_name_with_business_solutions_in_it_is_no_help_label() -> None:
    assert classify("Business Solutions:") == Context.HELP
    assert classify("Maple Business Solutions LLC") != Context.HELP


# -- a "Main number" role run into a row of a list of lines ------------------------------------
_ROLES = [(40, 200, "B:Numbers and features", 10),
          (40, 216, "(226) 555-0147 Main number (hunt group pilot)", 8),
          (40, 228, "(226) 555-0198 Hunt group member", 8),
          (40, 240, "(226) 555-0116 User line", 8)]


def _btn(fields: BillFields, btn: str) -> Verdict:
    return compare(PortCase(account_name="Juniper Hollow Florist", btn=btn), fields).fields[
        "btn"].verdict


def test_a_main_number_role_in_a_list_of_lines_proves_no_btn(tmp_path: Path) -> None:
    """Each row a number and the kind of line it is: 'Main number' there is the line's role,
    as in a Type column (decided: a 'Main number' type cell proves no BTN)."""
    fields = _read(tmp_path, [*_HEAD, *_ROLES])
    assert fields.btn is None
    assert _btn(fields, "+12265550147") not in (Verdict.EXACT, Verdict.EQUIVALENT)
    assert _number(fields, "+12265550198") == Verdict.EXACT


def test_a_lone_main_number_caption_still_names_the_btn(tmp_path: Path) -> None:
    """Not a list: one number captioned 'Main number' right after it names the BTN as before."""
    fields = _read(tmp_path, [*_HEAD, (40, 216, "(226) 555-0147 Main number", 9)])
    assert _btn(fields, "+12265550147") == Verdict.EXACT


# -- a typed carrier name that is only the end of a longer printed name ------------------------
_SENDER = [(40, 40, "B:Telephone Sagard", 18),
           (40, 60, "Telephone Sagard inc. · telsagard.com", 8),
           (400, 40, "Account Number", 8), (480, 40, "66120-31", 8),
           (40, 110, "Juniper Hollow Florist", 10), (40, 122, "PO Box 881", 10),
           (40, 134, "Stratford ON N5A 6T3", 10),
           (40, 400, "Return this portion with your payment to", 8),
           (40, 412, "Telephone Sagard", 9), (40, 424, "PO Box 77", 9),
           (40, 436, "Sagard QC G0T 1P0", 9)]


def _carrier(tmp_path: Path, typed: str) -> Verdict:
    fields = _read(tmp_path, _SENDER)
    return compare(PortCase(account_name="Juniper Hollow Florist", losing_carrier=typed),
                   fields).fields["carrier"].verdict


def test_a_carrier_name_printed_only_as_the_end_of_a_longer_name_is_a_question(
        tmp_path: Path) -> None:
    """'Sagard' typed, the page prints 'Telephone Sagard inc.': a kind word dropped may be
    another company's name, so the page does not prove it (decided: carrier truth round 14)."""
    assert _carrier(tmp_path, "Sagard") == Verdict.UNVERIFIABLE


def test_the_whole_printed_carrier_name_still_matches(tmp_path: Path) -> None:
    assert _carrier(tmp_path, "Telephone Sagard") == Verdict.EXACT


# -- a subscription's identifier is its account number ------------------------------------------
_SUBSCRIBED = [(40, 40, "B:Harrowgate Cloud", 18), (520, 40, "B:Invoice", 10),
               (330, 56, "Subscription ID", 8), (500, 56, "HC-4471-09", 8),
               (330, 68, "Invoice number", 8), (500, 68, "88120451", 8),
               (40, 90, "Bill to", 8), (40, 104, "Juniper Hollow Florist", 10),
               (40, 116, "PO Box 881", 10), (40, 128, "Stratford ON N5A 6T3", 10)]


def test_a_subscription_id_labels_the_account_number(tmp_path: Path) -> None:
    """'Subscription ID' under an 'Invoice' title: the account of a service sold by
    subscription, not another reference of the invoice's."""
    fields = _read(tmp_path, _SUBSCRIBED)
    assert fields.account_number == "HC-4471-09"
    check = compare(PortCase(account_name="Juniper Hollow Florist", account_number="HC-4471-09"),
                    fields)
    assert check.fields["account_number"].verdict == Verdict.EXACT


# -- a dotted heading whose last part is a service-address label -------------------------------
def _service(tmp_path: Path, heading: str) -> Verdict:
    fields = _read(tmp_path, [*_HEAD, (40, 170, heading, 8),
                              (40, 182, "418 Quarry Rd, Unit 2, Stratford, ON N5A 7B1", 9)])
    case = PortCase(account_name="Juniper Hollow Florist", service_address=Address(
        "418 Quarry Rd", "Unit 2", "Stratford", "ON", "N5A 7B1", "CA"))
    return compare(case, fields).fields["service_address"].verdict


def test_a_dotted_heading_ending_in_a_service_label_names_the_address_under_it(
        tmp_path: Path) -> None:
    """'Calling site: Stratford shop  ·  Service location' right over the address line."""
    assert _service(tmp_path, "Calling site: Stratford shop  \u00b7  Service location") == (
        Verdict.EXACT)


def test_a_dotted_heading_ending_in_another_label_names_no_service_address(
        tmp_path: Path) -> None:
    assert _service(tmp_path, "Calling site: Stratford shop  \u00b7  Mailing address") != (
        Verdict.EXACT)


# -- the customer's tax number is a label of its own -------------------------------------------
def test_a_customers_ein_label_is_no_name(tmp_path: Path) -> None:
    """'Customer EIN  81-2966190' in the header's stack: a tax number, never the holder."""
    fields = _read(tmp_path, [*_HEAD, (400, 52, "Customer EIN", 8), (480, 52, "81-2966190", 8)])
    assert fields.account_name == "Juniper Hollow Florist"


# -- a name with 'The' and a comma before its legal form ---------------------------------------
def test_a_the_name_with_a_comma_before_its_legal_form_is_a_name(tmp_path: Path) -> None:
    """'The Triangle Group, Incorporated' under 'Bill to': a proper name, its legal form set
    off by a comma, as 'The Triangle Group Incorporated' is."""
    fields = _read(tmp_path, [(40, 40, "B:Harrowgate Cloud", 18), (40, 90, "Bill to", 8),
                              (40, 104, "The Kestrel Group, Incorporated", 10),
                              (40, 116, "PO Box 881", 10), (40, 128, "Stratford ON N5A 6T3", 10),
                              (400, 40, "Account Number", 8), (480, 40, "66120-31", 8)])
    assert fields.account_name == "The Kestrel Group, Incorporated"


# -- a territory's carrier signs with its country-code domain ----------------------------------
def test_a_sender_signed_with_a_territory_domain_ties_its_legal_name(tmp_path: Path) -> None:
    """'Kelpa · kelpa.vi' and a legal line 'Harbour Islands Telephone Corp. d/b/a Kelpa': a
    US territory's carrier signs with its country's domain (.vi, .pr, .gu) as others with
    .com, so the legal name the page ties to it is the same carrier."""
    items = [(40, 40, "B:kelpa", 18), (40, 60, "Kelpa \u00b7 kelpa.vi", 8),
             (400, 40, "Account Number", 8), (480, 40, "66120-31", 8),
             (40, 110, "Juniper Hollow Florist", 10), (40, 122, "PO Box 881", 10),
             (40, 134, "Christiansted, VI 00820", 10),
             (40, 300, "Harbour Islands Telephone Corp. d/b/a Kelpa", 8)]
    fields = _read(tmp_path, items)
    check = compare(PortCase(account_name="Juniper Hollow Florist",
                             losing_carrier="Harbour Islands Telephone Corporation"), fields)
    assert check.fields["carrier"].verdict == Verdict.EQUIVALENT


# -- the wordmark's lockup line names the brand with the service it sells ---------------------
def _lockup(tmp_path: Path, typed: str) -> Verdict:
    items = [(40, 40, "B:Harrowgate", 22), (40, 56, "by Northwind \u00b7 Harrowgate Voice", 8),
             (400, 40, "Account Number", 8), (480, 40, "66120-31", 8),
             (40, 110, "Juniper Hollow Florist", 10), (40, 122, "PO Box 881", 10),
             (40, 134, "Stratford ON N5A 6T3", 10)]
    fields = _read(tmp_path, items)
    return compare(PortCase(account_name="Juniper Hollow Florist", losing_carrier=typed),
                   fields).fields["carrier"].verdict


def test_the_brand_and_its_service_on_the_wordmarks_lockup_line_is_printed(
        tmp_path: Path) -> None:
    """'Harrowgate' over 'by Northwind · Harrowgate Voice': 'Harrowgate Voice' is printed as
    the sender's lockup prints it; another service of the brand is not."""
    assert _lockup(tmp_path, "Harrowgate Voice") == Verdict.EXACT
    assert _lockup(tmp_path, "Harrowgate Mobile") not in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_logo_lockup_over_two_lines_ended_by_a_separator_is_printed(tmp_path: Path) -> None:
    """'Harrowgate' over 'by Northwind · Harrowgate Voice': the lockup 'Harrowgate by
    Northwind' is printed, the dot ending it as it ends a name on one line."""
    assert _lockup(tmp_path, "Harrowgate by Northwind") == Verdict.EXACT
    assert _lockup(tmp_path, "Harrowgate by Eastwind") not in (Verdict.EXACT, Verdict.EQUIVALENT)
