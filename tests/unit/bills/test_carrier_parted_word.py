"""A carrier nobody listed prints a word of its name parted by a hyphen ('Tele-Communications',
'Inter-Connect'); the specialist types it whole ('Telecommunications'). The same letters in the
same order are the same name: equivalent, never a question. A different word typed stays one."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn


def _bill(tmp_path: Path) -> BillFields:
    """Its wordmark, then its legal name under it with the word parted, its payable-to line
    and its web address."""
    return extract_fields(read_bill(drawn.draw(tmp_path / "p.pdf", [
        (40, 40, "B:Meadowlark", 20), (40, 60, "Meadowlark Inter-Connect Services, LLC", 8),
        (380, 40, "Account Number", 8), (480, 40, "70215538", 9),
        (40, 100, "Dana Whitfield", 9), (40, 112, "52 Quarry Hill Road", 9),
        (40, 124, "Ogallala, NE 69153", 9),
        (40, 300, "Make checks payable to Meadowlark Inter-Connect Services, LLC", 8),
        (40, 312, "Questions? Visit meadowlarkic.net", 8)])))


def _verdict(fields: BillFields, typed: str) -> Verdict:
    case = PortCase(account_name="Dana Whitfield", account_number="70215538",
                    losing_carrier=typed)
    return compare(case, fields).fields["carrier"].verdict


@pytest.mark.parametrize("typed", ["Meadowlark Interconnect Services",
                                   "Meadowlark InterConnect Services LLC"])
def test_a_word_the_bill_parts_with_a_hyphen_typed_whole_is_the_same_name(
        tmp_path: Path, typed: str) -> None:
    assert _verdict(_bill(tmp_path), typed) == Verdict.EQUIVALENT


@pytest.mark.parametrize("typed", ["Meadowlark Interconnect Telephone", "Meadowlark Telephone"])
def test_another_word_typed_is_still_a_question(tmp_path: Path, typed: str) -> None:
    assert _verdict(_bill(tmp_path), typed) in (Verdict.UNVERIFIABLE, Verdict.MISMATCH)
