"""Blind13 text classes (first half), each a general rule about how bills are written, tried on
bills drawn here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

_SITE = Address(line1="77 Juniper Ct", city="Vernal", state="UT", postal_code="84078")


def _carrier(tmp_path: Path, page: list[drawn.Item], typed: str) -> Verdict:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    check = compare(PortCase(account_name="Lena Ortiz", losing_carrier=typed, service_address=_SITE,
                             numbers=(CaseNumber("+14355550131"),)), fields)
    return check.fields["carrier"].verdict


# -- the payee's block on the stub, a street under its name, beside the recipient's -------------
def _stub_bill(payee_street: str = "18 West 300 South") -> list[drawn.Item]:
    return [(40, 40, "B:OSPREY", 18),
            (60, 110, "Lena Ortiz", 10), (60, 122, "77 Juniper Ct", 10),
            (60, 134, "Vernal, UT 84078", 10),
            (40, 200, "Account 44120    Phone (435) 555-0131", 10),
            (40, 220, "Total due $61.20", 10),
            (40, 500, "Please detach and return this portion with your payment.", 8),
            (60, 530, "Osprey Ridge Networks", 10), (60, 542, payee_street, 10),
            (60, 554, "Price, UT 84501", 10),
            (360, 600, "Lena Ortiz", 10), (360, 612, "77 Juniper Ct", 10),
            (360, 624, "Vernal, UT 84078", 10)]


def test_the_stubs_other_block_beside_the_recipients_is_the_payee(tmp_path: Path) -> None:
    """A payment stub carries the payee's block and the recipient's (the customer's mailing
    block, as at the top of page 1): the other block is the payee, a street under its name as
    surely as a PO Box; the carrier typed as that name is the sender."""
    assert _carrier(tmp_path, _stub_bill(), "Osprey Ridge Networks") == Verdict.EXACT


def test_another_name_than_the_stubs_payee_is_never_matched(tmp_path: Path) -> None:
    assert _carrier(tmp_path, _stub_bill(), "Heron Point Telecom") not in (
        Verdict.EXACT, Verdict.EQUIVALENT)


@pytest.mark.parametrize("street", ["77 Juniper Ct"])
def test_a_block_on_the_customers_own_street_is_no_payee(tmp_path: Path, street: str) -> None:
    """The same street as the customer's mailing block: another block of the customer's (a
    location's name over its address), not the payee's."""
    assert _carrier(tmp_path, _stub_bill(street), "Osprey Ridge Networks") not in (
        Verdict.EXACT, Verdict.EQUIVALENT)
