"""The carrier verdict rests on who sent the bill, never on the typed text merely being printed
somewhere on it: the customer's own name, or a word of the customer's street, typed as the
carrier is no match (a false "exact" is the one thing the bill check must never say)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn

_CUSTOMER = [(40, 100, "Osprey Ridge Outfitters", 9), (40, 112, "418 Tamarack Lane", 9),
             (40, 124, "Bozeman, MT 59715", 9)]


def _known(tmp_path: Path) -> BillFields:
    """A bill from a carrier PortDesk knows (its wordmark and domain)."""
    return extract_fields(read_bill(drawn.draw(tmp_path / "k.pdf", [
        (40, 40, "B:Crexendo", 18), (380, 40, "Account Number", 8), (480, 40, "55120931", 9),
        *_CUSTOMER, (40, 300, "Questions? Visit crexendo.com", 8)])))


def _unknown(tmp_path: Path) -> BillFields:
    """A bill from a carrier nobody listed, named by its wordmark and its payable-to line."""
    return extract_fields(read_bill(drawn.draw(tmp_path / "u.pdf", [
        (40, 40, "B:Kestrel Valley Telephone", 16), (380, 40, "Account Number", 8),
        (480, 40, "55120931", 9), *_CUSTOMER,
        (40, 300, "Make checks payable to Kestrel Valley Telephone", 8),
        (40, 312, "Questions? Visit kestrelvalley.net", 8)])))


def _verdict(fields: BillFields, typed: str) -> Verdict:
    case = PortCase(account_name="Osprey Ridge Outfitters", account_number="55120931",
                    losing_carrier=typed)
    return compare(case, fields).fields["carrier"].verdict


@pytest.mark.parametrize("bill", [_known, _unknown])
@pytest.mark.parametrize("typed", ["Osprey Ridge Outfitters", "Tamarack", "418 Tamarack Lane"])
def test_the_customers_own_words_typed_as_the_carrier_are_no_match(
        tmp_path: Path, bill: object, typed: str) -> None:
    assert callable(bill)
    assert _verdict(bill(tmp_path), typed) in (Verdict.MISMATCH, Verdict.UNVERIFIABLE)


def test_on_a_known_carriers_bill_the_customers_name_is_a_mismatch(tmp_path: Path) -> None:
    """The sender is read surely (wordmark and domain of a known carrier): the customer's name
    typed as the carrier is not it."""
    assert _verdict(_known(tmp_path), "Osprey Ridge Outfitters") == Verdict.MISMATCH


@pytest.mark.parametrize("bill,typed", [(_known, "Crexendo"),
                                        (_unknown, "Kestrel Valley Telephone")])
def test_the_sender_typed_is_still_the_carrier(tmp_path: Path, bill: object, typed: str) -> None:
    assert callable(bill)
    assert _verdict(bill(tmp_path), typed) in (Verdict.EXACT, Verdict.EQUIVALENT)
