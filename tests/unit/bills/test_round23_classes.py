"""Classes traced in session 23 on blind20 (opened) and the splits before it, each tested on
material drawn apart from the family it was seen on (no carrier, family or place of theirs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn

_CUSTOMER = [(40, 110, "Marisol Quintero", 9), (40, 122, "77 Juniper Hollow Rd", 9),
             (40, 134, "Red Lodge, MT 59068", 9), (380, 40, "Account Number", 8),
             (480, 40, "3390-1127", 9)]


def _lockup(tmp_path: Path, gap: float) -> Path:
    """A wordmark set large ('kv') and a word set small right after it ('telecom'), `gap`
    points apart, over the sender's legal name in small print."""
    mark = stringWidth("kv", "Helvetica-Bold", 30)
    return drawn.draw(tmp_path / f"lockup-{gap}.pdf", [
        (40, 50, "B:kv", 30), (40 + mark + gap, 50, "telecom", 10),
        (40, 64, "Kettle Valley Rural Telephone Company", 7), *_CUSTOMER])


def _carrier_verdict(path: Path, typed: str) -> Verdict:
    case = PortCase(account_name="Marisol Quintero", account_number="3390-1127",
                    losing_carrier=typed)
    return compare(case, extract_fields(read_bill(path))).fields["carrier"].verdict


@pytest.mark.parametrize("gap", [0.0, 1.0, 2.0])
@pytest.mark.parametrize("typed", ["KV Telecom", "kv telecom", "KV Telecom Inc."])
def test_a_name_read_across_a_lockup_the_page_does_not_space_is_no_match(
        tmp_path: Path, gap: float, typed: str) -> None:
    """Less than a space between a large wordmark and a small word: the page prints one token
    ('kvtelecom' in its text layer), so a name read across the join is not printed as typed,
    and may be the wordmark beside a descriptor: a question, never exact or equivalent."""
    assert _carrier_verdict(_lockup(tmp_path, gap), typed) == Verdict.UNVERIFIABLE


def test_the_same_lockup_spaced_apart_still_names_the_sender(tmp_path: Path) -> None:
    """A space's width or more between them: two words the page prints, read as the name."""
    assert _carrier_verdict(_lockup(tmp_path, 9.0), "KV Telecom") in (
        Verdict.EXACT, Verdict.EQUIVALENT)
