"""A label's value is the first value that answers it: what lies further down is not under it.

A blind bill printed "Service Address" over a one-line address and the unlabelled mailing block
just below; the billing address typed as the service address was found in that block, taken for
the service address and called exact. These bills are drawn for that mechanism, not that bill.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import MATCHES, Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn, drawn_unseen

V = Verdict
SERVICE = Address("418 Juniper Ave", "", "Boise", "ID", "83702")
MAILING = Address("PO Box 2290", "", "Boise", "ID", "83701")
BAKERY = PortCase(account_name="Mountain View Bakery", account_number="662011874",
                  losing_carrier="Ridgeline Telecom", service_address=SERVICE,
                  numbers=(CaseNumber("+12085550131"), CaseNumber("+12085550132")))
SURVEYING = PortCase(account_name="Tidewater Surveying LLC", account_number="55120984",
                     btn="+17575550140", losing_carrier="Harborline Voice",
                     service_address=Address("26 Bay Colony Dr", "", "Virginia Beach", "VA",
                                             "23451"),
                     numbers=(CaseNumber("+17575550140"), CaseNumber("+17575550161"),
                              CaseNumber("+17575550175")))


def _read(tmp_path: Path, name: str) -> BillFields:
    items = getattr(drawn_unseen, name)()
    return extract_fields(read_bill(drawn.draw(tmp_path / f"{name}.pdf", items)))


@pytest.fixture(scope="module")
def bakery(tmp_path_factory: pytest.TempPathFactory) -> BillFields:
    return _read(tmp_path_factory.mktemp("bakery"), "service_over_mailing")


def test_the_mailing_block_under_a_one_line_service_address_is_not_the_service_address(
        bakery: BillFields) -> None:
    check = compare(replace(BAKERY, service_address=MAILING), bakery).fields["service_address"]
    assert check.verdict == V.MISMATCH
    assert "billing address" in check.reason and check.bill_value == SERVICE


def test_the_service_address_itself_is_confirmed_and_the_mailing_block_read(
        bakery: BillFields) -> None:
    result = compare(BAKERY, bakery)
    assert result.fields["service_address"].verdict == V.EXACT
    assert (bakery.account_name, bakery.billing_address) == ("MOUNTAIN VIEW BAKERY", MAILING)
    assert result.fields["account_name"].verdict == V.EQUIVALENT


def test_a_label_with_its_own_value_does_not_head_the_table_under_it(tmp_path: Path) -> None:
    fields = _read(tmp_path, "pair_over_table")
    assert fields.btn == "+17575550140"
    result = compare(SURVEYING, fields)
    assert result.fields["btn"].verdict == V.EXACT
    assert result.numbers is not None and result.numbers.verdict == V.EXACT
    other_line = compare(replace(SURVEYING, btn="+17575550161"), fields).fields["btn"]
    assert other_line.verdict == V.MISMATCH


def test_a_value_seen_only_by_inference_never_beats_the_bills_own_value(
        bakery: BillFields) -> None:
    """The mailing block is the customer's (name over street): typed as the service address it
    is the billing address, whatever heading sits above; never a match."""
    for typed in (MAILING, replace(MAILING, line1="P.O. Box 2290")):
        check = compare(replace(BAKERY, service_address=typed), bakery).fields["service_address"]
        assert check.verdict not in MATCHES


def test_a_sighting_in_the_fields_context_by_inference_is_not_a_match_against_the_bills_value(
) -> None:
    from portdesk.bills.context import Context
    from portdesk.bills.judge import Extracted, judge
    from portdesk.bills.placerank import Sighting
    from portdesk.bills.values import Evidence

    here, there = Evidence(1, (40, 140, 120, 172), "PO Box 2290"), Evidence(1, (40, 115, 174,
                                                                               126), "418 Juniper")
    extracted = Extracted(SERVICE, SERVICE.one_line(), there, 0.9, 1.0)

    def verdict(direct: bool) -> Verdict:
        seen = Sighting(MAILING.one_line(), here, Context.SERVICE, "Service Address", 1.0, True,
                        MAILING, direct)
        return judge("service_address", MAILING.one_line(), [seen], extracted,
                     lambda v: v == MAILING, lambda s: True, "service address").verdict

    assert verdict(direct=False) == V.UNVERIFIABLE
    assert verdict(direct=True) == V.EXACT  # one of several service locations, each labelled
