"""A carrier named for its trade and the services it sells ('<Name> Telecom Services', '<Name>
Communication Services') prints that name large as its wordmark. 'Services' is also a word of
section headings ('Telephone Services', 'Your Services'), which are no carrier's name; a name word
of its own before the trade says it is a company's."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from tests.unit.bills import drawn

_REST = [(380, 40, "Account Number", 8), (480, 40, "40917725", 9),
         (40, 100, "Lena Okafor", 9), (40, 112, "9 Birch Crescent", 9),
         (40, 124, "Dryden ON P8N 2Z4", 9), (40, 200, "Monthly charges", 9),
         (40, 212, "Local line", 8)]


@pytest.mark.parametrize("mark", ["Wabigoon Communication Services", "Larch Telecom Services"])
def test_a_company_named_for_its_trade_and_services_is_read_as_the_carrier(
        tmp_path: Path, mark: str) -> None:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "w.pdf", [
        (40, 44, f"B:{mark}", 16), (40, 60, "The Corporation of the Municipality of Larch", 7),
        *_REST])))
    assert fields.carrier == mark


def test_a_services_heading_set_large_is_no_carrier(tmp_path: Path) -> None:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "h.pdf", [
        (40, 44, "B:Telephone Services", 16), *_REST])))
    assert fields.carrier != "Telephone Services"
