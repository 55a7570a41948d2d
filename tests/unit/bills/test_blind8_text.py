"""Blind8 text classes, each a general rule tried on bills drawn here with wordings of their own
(none a corpus family's strings): a line's role written after its number on a charge line item
is the item's kind, not the billing number; a label with its value beside it on its line does
not also label the numbers printed under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn

_NAME = "Kestrel Valley Dental PC"
_ACCOUNT = "88412-07"
_OK = (Verdict.EXACT, Verdict.EQUIVALENT)


def _bill(tmp_path: Path, *items: drawn.Item) -> BillFields:
    page = [(40, 40, "B:Larkspur Voice", 16), (380, 70, "Invoice Date", 8),
            (470, 70, "03/14/2026", 9), (380, 84, "Customer No.", 8), (470, 84, _ACCOUNT, 9),
            (40, 100, _NAME, 9), (40, 112, "77 Quarry Ln", 9), (40, 124, "Dayton, OH 45402", 9),
            (40, 740, "Please make checks payable to Larkspur Voice Inc.", 7), *items]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


def _btn(fields: BillFields, btn: str) -> Verdict:
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT, btn=btn)
    return compare(case, fields).fields["btn"].verdict


@pytest.mark.parametrize("tag", ["(Primary Line)", "- main line", "(Main Number)"])
def test_a_lines_role_on_a_charge_item_is_not_the_billing_number(tmp_path: Path,
                                                                 tag: str) -> None:
    """"Hosted Extension 937-555-0164 (Primary Line)  1  $6.10": the words after the number
    say what kind of line the charge is for; the bill names no billing number, so the typed
    BTN is not confirmed by it."""
    items = [(40, 200, "B:Charges", 10), (40, 214, "B:Item", 8), (330, 214, "B:Qty", 8),
             (420, 214, "B:Charge", 8),
             (40, 228, f"Hosted Extension 937-555-0164 {tag}", 8), (330, 228, "1", 8),
             (420, 228, "$6.10", 8),
             (40, 240, "Hosted Extension 937-555-0165", 8), (330, 240, "1", 8),
             (420, 240, "$6.10", 8)]
    fields = _bill(tmp_path, *items)
    assert fields.btn is None
    assert _btn(fields, "+19375550164") not in _OK
    assert "+19375550164" in fields.numbers


def test_a_charge_item_captioned_as_the_billing_number_still_is(tmp_path: Path) -> None:
    """The same row saying "(BTN)" in so many words does name the billing number."""
    items = [(40, 214, "B:Item", 8), (330, 214, "B:Qty", 8), (420, 214, "B:Charge", 8),
             (40, 228, "Hosted Extension 937-555-0164 (BTN)", 8), (330, 228, "1", 8),
             (420, 228, "$6.10", 8)]
    assert _btn(_bill(tmp_path, *items), "+19375550164") == Verdict.EXACT


@pytest.mark.parametrize("label", ["Billing Telephone No.", "Main Phone", "Account Phone"])
def test_a_label_answered_beside_it_does_not_label_the_numbers_under_it(tmp_path: Path,
                                                                         label: str) -> None:
    """"Main Phone   937.555.0120" with more numbers under the label, no label of their own:
    the label's value is the one beside it; another line typed as the BTN is no match."""
    items = [(40, 300, "B:Phone Service", 10), (44, 316, f"B:{label}", 8.5),
             (150, 316, "937.555.0120", 8.5), (44, 330, "937.555.0121", 8.5),
             (154, 330, "937.555.0122", 8.5)]
    fields = _bill(tmp_path, *items)
    assert _btn(fields, "+19375550120") == Verdict.EXACT
    for other in ("+19375550121", "+19375550122"):
        assert _btn(fields, other) not in _OK


# -- the sender's return address beside the customer's, no carrier list needed -------------------
_SENDER: list[drawn.Item] = [(40, 24, "B:Pine Hollow Telephone Cooperative", 9), (40, 36, "PO Box 41", 8),
           (40, 48, "Lakeview, MT 59001-0041", 8)]
_WINDOW: list[drawn.Item] = [(330, 100, "GRANITE PEAK OUTFITTERS LLC", 9), (330, 112, "2210 RIVER BEND RD", 9),
           (330, 124, "BELGRADE MT 59714", 9)]


def _coop_bill(tmp_path: Path, domain: str, form: str) -> BillFields:
    page1: list[drawn.Item] = [*_SENDER, (330, 24, "B:MEMBER ACCOUNT", 8), (450, 24, "40917-22", 9),
             (330, 36, "B:BILL DATE", 8), (450, 36, "08/03/2026", 9), *_WINDOW,
             (40, 200, "Billing Telephone Number", 8.5), (200, 200, "406-555-0148", 8.5),
             (40, 240, f"Pay online at {domain} or call our office.", 8)]
    page2: list[drawn.Item] = [(40, 30, f"B:{form}", 18), (380, 40, "Member Account 40917-22", 8),
             (40, 90, "406-555-0148 Business Line", 8), (420, 90, "$24.10", 8)]
    return extract_fields(read_bill(drawn.draw(tmp_path / "c.pdf", page1, page2)))


@pytest.mark.parametrize(("domain", "form"), [("phtc-i.net", "PHTC"),
                                              ("pinehollow-tel.com", "Pine Hollow"),
                                              ("pinehollow.coop", "Pine Hollow")])
def test_the_senders_block_named_by_its_domain_and_wordmark_is_not_the_holder(
        tmp_path: Path, domain: str, form: str) -> None:
    """Two name-and-address blocks at the top, the sender's a PO Box: the bill's domain and a
    second form of the name (initials heading page 2) say which is the sender's; the customer
    is the other block, the carrier is read from the sender's."""
    fields = _coop_bill(tmp_path, domain, form)
    assert fields.account_name == "GRANITE PEAK OUTFITTERS LLC"
    assert fields.billing_address is not None and fields.billing_address.city == "BELGRADE"
    assert fields.carrier is not None and "Pine Hollow" in fields.carrier
    case = PortCase(account_name="Granite Peak Outfitters LLC", account_number="40917-22",
                    losing_carrier="Pine Hollow Telephone Cooperative")
    checked = compare(case, fields).fields
    assert checked["account_name"].verdict in _OK
    assert checked["carrier"].verdict in _OK
    wrong = compare(PortCase(account_name="Pine Hollow Telephone Cooperative",
                             account_number="40917-22"), fields).fields
    assert wrong["account_name"].verdict not in _OK


# -- a list of charges ends the block over it --------------------------------------------------------
@pytest.mark.parametrize("tax", ["GST 5%", "HST 13%", "TPS 5%"])
def test_lines_listed_under_a_list_of_charges_are_the_accounts(tmp_path: Path, tax: str) -> None:
    """"Phone lines: 705-555-0110, -0111, -0112" under a summary of charges, one of them a
    tax line: the charge lines, each with its amount beside it, are pairs of their own; the
    tax line is no heading over the list, and every line of the list is the account's."""
    charges = [("Monthly Service", "$61.20"), (tax, "$36.04"), ("Adjustments", "$0.00"),
               ("Total This Bill", "$97.24")]
    items: list[drawn.Item] = [(40, 300, "B:This Month", 10)]
    for i, (label, amount) in enumerate(charges):
        items += [(44, 314 + i * 12, label, 8.5), (300, 314 + i * 12, amount, 8.5)]
    items += [(40, 380, "B:Phone Services", 10),
              (44, 394, "Phone lines: 705-555-0110, -0111, -0112", 8.5)]
    fields = _bill(tmp_path, *items)
    assert {"+17055550110", "+17055550111", "+17055550112"} <= set(fields.numbers)


# -- the sender's legal name signed with its street address under the brand --------------------
@pytest.mark.parametrize("legal", ["Cedar Ridge Networks LLC · 41 Orchard St, Burlington, VT 05401",
                                   "Cedar Ridge Networks Inc. | 9 Depot Rd, Suite 3, Barre, VT 05641"])
def test_a_legal_name_signed_with_its_address_under_the_brand_is_the_sender(
        tmp_path: Path, legal: str) -> None:
    """A brand wordmark, and under it the company's legal name with its own street address on
    the same line: the carrier typed by its legal name, without the suffix, is the sender; a
    carrier the bill never names is still not confirmed."""
    items: list[drawn.Item] = [(40, 20, "B:RidgeVoice", 18), (40, 56, legal, 7)]
    page = [*items, (380, 70, "Invoice Date", 8), (470, 70, "03/14/2026", 9),
            (380, 84, "Customer No.", 8), (470, 84, _ACCOUNT, 9), (40, 100, _NAME, 9),
            (40, 112, "77 Quarry Ln", 9), (40, 124, "Dayton, OH 45402", 9),
            (40, 300, "Questions? support@ridgevoice.com", 8)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "l.pdf", page)))

    def carrier(typed: str) -> Verdict:
        case = PortCase(account_name=_NAME, account_number=_ACCOUNT, losing_carrier=typed)
        return compare(case, fields).fields["carrier"].verdict

    assert carrier("Cedar Ridge Networks") in _OK
    assert carrier("RidgeVoice") in _OK
    assert carrier("Lakeshore Telecom") not in _OK
