"""A service's name on a charge row of the customer's services table is not a help desk.

"Residential Wireless Service" or "Single Party Business Service" holds the words a carrier's help
line uses ("... service"), but printed after a number on a row that carries a charge it names the
service billed on that line. A help line carries no charge, and it names a desk or offers contact
("Service Center", "Repair", "call", hours); those stay the carrier's, priced row or not.
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn

LINES = {"+16085550141", "+16085550142", "+16085550157"}
NOT_THEIRS = {"+16085550111", "+16085550100"}


def _wireless_services() -> list[drawn.Item]:
    """A small wireless co-op's monthly statement: its lines in a 'Monthly Charges' table, the
    plan's name after each number, the charge or 'Included' at the row's end."""
    return [
        (40, 50, "B:Driftless Mobile Cooperative", 14), (380, 48, "Member Account 55-10432", 9),
        (380, 62, "Statement Date: 11/30/2026", 9),
        (40, 100, "ORCHARD VALLEY VET CLINIC", 10), (40, 112, "4410 County Rd J", 10),
        (40, 124, "Viroqua, WI 54665", 10),
        (40, 170, "B:Monthly Charges", 11),
        (50, 190, "(608) 555-0141", 9), (180, 190, "Residential Wireless Service", 9),
        (470, 190, "$34.50", 9),
        (50, 204, "(608) 555-0142", 9), (180, 204, "Residential Wireless Service", 9),
        (470, 204, "Included", 9),
        (50, 218, "(608) 555-0157", 9), (180, 218, "Mobile Service - Shared Plan", 9),
        (470, 218, "$12.00", 9),
        (40, 300, "Residential Service Repair 608-555-0111 (24 hours)", 8),
        (40, 314, "608-555-0100 Business Service Center, Mon - Fri 8 to 5", 8),
    ]


def test_a_service_named_on_a_charge_row_is_the_customers_line(tmp_path: Path) -> None:
    path = drawn.draw(tmp_path / "services.pdf", _wireless_services())
    fields = extract_fields(read_bill(path))
    assert set(fields.numbers) == LINES
    case = PortCase(account_name="x", numbers=tuple(CaseNumber(n) for n in sorted(LINES | NOT_THEIRS)))
    items = compare(case, fields).numbers.items  # type: ignore[union-attr]
    got = {i.number: i.verdict for i in items}
    assert {n for n, v in got.items() if v == Verdict.EXACT} == LINES
    assert all(got[n] not in (Verdict.EXACT, Verdict.EQUIVALENT) for n in NOT_THEIRS)
