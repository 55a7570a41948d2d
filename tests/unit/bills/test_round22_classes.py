"""Text round 22's classes, traced on blind19 once it was opened (session 22) and on the splits
before it; each bill here is drawn with wordings and values of its own (none a corpus family's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

MATCH = (Verdict.EXACT, Verdict.EQUIVALENT)
_NAME = "Cedar Hollow Veterinary Clinic"
_LINES = ("+17055550131", "+17055550132")


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _case(**typed: object) -> PortCase:
    base: dict[str, object] = {"account_name": _NAME, "account_number": "880-21734",
                               "numbers": tuple(CaseNumber(n) for n in _LINES)}
    return PortCase(**{**base, **typed})  # type: ignore[arg-type]


# -- the service address only as a row of a table, its province and postal code in two cells ---
def _sites(unit: str, province: str, postal: str) -> list[drawn.Item]:
    return [(40, 40, "B:Muskoka Lakes Tel", 14),
            (380, 60, "Account No.", 8), (470, 60, "880-21734", 8),
            (40, 90, _NAME, 9), (40, 102, "PO Box 418", 9), (40, 114, "Bracebridge ON P1L 1T7", 9),
            (40, 170, "B:Locations served", 10),
            (40, 186, "Site", 7), (90, 186, "Civic address", 7), (230, 186, "Suite", 7),
            (290, 186, "Municipality", 7), (400, 186, "Province", 7), (460, 186, "Postal code", 7),
            (40, 198, "S-01", 8), (90, 198, "118 Birch Point Rd", 8), (230, 198, unit, 8),
            (290, 198, "Port Carling", 8), (400, 198, province, 8), (460, 198, postal, 8),
            (40, 260, "Lines", 8), (140, 260, "705-555-0131", 8), (140, 272, "705-555-0132", 8),
            # a decoy in the customer's own province: where to send equipment back
            (40, 330, "Returning a modem? Mail it to: Depot, 9 Mill St, Gravenhurst ON P1P 1K9", 8)]


@pytest.mark.parametrize(("unit", "postal", "line2"), [("Unit 4", "P0B 1J0", "Unit 4"),
                                                       ("—", "P0B1J0", ""), ("-", "P0B 1J0", "")])
def test_an_address_only_in_a_table_row_is_found_in_its_cells(
        tmp_path: Path, unit: str, postal: str, line2: str) -> None:
    """Street | unit | municipality | province | postal code in cells of one row under a table
    header: the typed address is the row's, never a mismatch with a decoy elsewhere; a unit cell
    printed as a dash is empty."""
    fields = _read(tmp_path, _sites(unit, "ON", postal))
    typed = Address("118 Birch Point Rd", line2, "Port Carling", "ON", "P0B 1J0")
    got = compare(_case(service_address=typed), fields).fields["service_address"]
    assert got.verdict in MATCH, got
    other = Address("118 Birch Point Rd", line2, "Port Carling", "ON", "P0B 1J4")
    assert compare(_case(service_address=other),
                   fields).fields["service_address"].verdict not in MATCH
    assert fields.service_address is not None
    assert fields.service_address.line1 == "118 Birch Point Rd"
    assert fields.service_address.line2 == line2
