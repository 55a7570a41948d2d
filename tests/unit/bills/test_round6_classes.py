"""blind4's failure classes (opened after its blind score in session 6's round), each as a general
rule on a bill drawn for it (drawn.py), never on the family's own strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from tests.unit.bills import drawn


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _header_with(label: str, value: str) -> list[drawn.Item]:
    """The account's header, one more label beside its value on the same line."""
    return [
        (40, 40, "B:Bluewater Telecom", 16), (380, 40, "Account Number", 8),
        (480, 40, "4410 2289 10", 9), (380, 54, "Invoice Date", 8), (480, 54, "18 Nov 2025", 9),
        (380, 68, label, 8), (480, 68, value, 9),
        (40, 100, "Acme Tool Co", 9), (40, 112, "9 Elm St", 9), (40, 124, "Dover, DE 19901", 9),
    ]


@pytest.mark.parametrize("label", ["Billing No.", "Main #", "Billing Telephone No."])
def test_a_btn_label_with_number_shortened_is_the_btn(tmp_path: Path, label: str) -> None:
    """Bills shorten "Number" to "No." or "#"; the vocabulary lists the long form once."""
    fields = _read(tmp_path, _header_with(label, "(302) 555-0113"))
    assert fields.btn == "+13025550113"
