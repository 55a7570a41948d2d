"""Classes traced in session 24 on blind21 (opened) and the splits before it, each tested on
material drawn apart from the family it was seen on (no carrier, family or place of theirs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.accountgroup import group_apart
from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn


# -- an account typed with a printed group more or less: a question, not another account -------
def _account_page(tmp_path: Path, printed: str) -> Path:
    return drawn.draw(tmp_path / "acct.pdf", [
        (40, 40, "B:Tamarack Valley Communications", 15), (380, 40, "Customer Account", 8),
        (470, 40, printed, 9), (380, 54, "Invoice Date", 8), (470, 54, "October 2, 2026", 9),
        (40, 100, "Odalys Fennimore", 9), (40, 112, "2206 Quarry Ridge Dr", 9),
        (40, 124, "Laramie, WY 82070", 9), (40, 170, "B:Lines on this account", 10),
        (40, 186, "307-555-0162", 9), (160, 186, "Residential Line", 9)])


def _account_verdict(path: Path, typed: str) -> Verdict:
    case = PortCase(account_name="Odalys Fennimore", account_number=typed)
    return compare(case, extract_fields(read_bill(path))).fields["account_number"].verdict


@pytest.mark.parametrize(("printed", "typed"), [
    ("5510 2273 001", "5510 2273"),    # a sequence suffix the record leaves out
    ("5510 2273 001", "55102273"),
    ("07-3391045", "3391045"),         # a system prefix the record leaves out
    ("3391045/2", "3391045"),          # a check digit after a slash
    ("77124806", "77124806 3"),        # the record holds a check digit the bill leaves out
    ("77124806", "77124806-3"),
])
def test_an_account_a_whole_printed_group_apart_is_a_question(
        tmp_path: Path, printed: str, typed: str) -> None:
    """No character of either value disagrees; only a group at one end is missing, which a
    billing system prints and a customer's record may not hold: never a match, and no proof of
    another account either (a false alarm if called a mismatch)."""
    assert _account_verdict(_account_page(tmp_path, printed), typed) == Verdict.UNVERIFIABLE


@pytest.mark.parametrize(("printed", "typed"), [
    ("5510 2273 001", "5510 227"),     # a digit less inside a group: a typo
    ("5510-2273", "5510"),             # half an account is no check digit
    ("77124806", "7712480"),           # a digit less, no group printed apart
    ("77124806", "771248063"),         # a digit more run into the number
    ("5510 2273 001", "5510 2273 002"),  # another suffix: another account
])
def test_a_typo_or_half_an_account_is_still_a_mismatch(
        tmp_path: Path, printed: str, typed: str) -> None:
    assert _account_verdict(_account_page(tmp_path, printed), typed) == Verdict.MISMATCH


def test_the_group_apart_is_read_from_the_longer_form() -> None:
    assert group_apart("44102273", "4410-2273-9") == "9"
    assert group_apart("4410-2273-9", "44102273") == "9"
    assert group_apart("4410", "4410-227309") is None  # what is left out is no longer than kept
    assert group_apart("9", "2273-9") is None  # a single character is no account
    assert group_apart("4410227", "4410-2273-9") is None

