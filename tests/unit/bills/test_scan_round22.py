"""Scans round 22 (issue 10), blind19's scans opened: classes of the scan path's loss against the
text path of the same bills, each on OCR words drawn here (never on a corpus bill):

- a dot glued to a digit group before the gap to the next group ('4417. 302 9915'): a speck,
  so an account number read so is printed as typed (exact), not written another way; a dot
  between two groups with no gap, a comma, or a dot between words stay what they were;
- a mark standing alone before an address line's first word ('+ Suite 310', '* 77 Pine Ave'):
  a scan's speck or a list's bullet, never part of the address, so the address under its own
  label is read as printed (exact), not as another address read with doubt.
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc


def _account(cell: str, typed: str = "4417 302 9915") -> Verdict:
    rows: list[Row] = [[(40, "Customer|Account|No.", 0.95), (200, cell, 0.93)],
                       [(40, "Statement|Date", 0.95), (200, "Mar|04,|2026", 0.95)]]
    case = PortCase(account_name="", account_number=typed)
    return compare(case, extract_fields(_doc(rows))).fields["account_number"].verdict


def test_a_dot_glued_to_a_digit_group_before_the_gap_is_a_speck() -> None:
    assert _account("4417|302|9915") == Verdict.EXACT  # as it was
    assert _account("4417.|302|9915") == Verdict.EXACT
    assert _account("4417|302.|9915") == Verdict.EXACT
    # the same digits printed another way are still only equivalent
    assert _account("4417|302|9915", "44173029915") == Verdict.EQUIVALENT
    assert _account("4417.|302|9915", "44173029915") == Verdict.EQUIVALENT


def test_a_comma_after_a_group_is_not_taken_for_a_speck_dot() -> None:
    # a comma there is print another bill uses ('4460, rue ...'): never "as typed"
    assert _account("4417,|302|9915") != Verdict.EXACT


def _address(rows_at: list[Row], typed: Address) -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|6630-2187", 0.95)],
                       [(40, "Service|Location", 0.95)], *rows_at,
                       [(40, "Amount|Due:|$88.20", 0.95)]]
    case = PortCase(account_name="", account_number="6630-2187", service_address=typed)
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


_TYPED = Address("77 Pine Ave", "Suite 310", "Moose Jaw", "SK", "S6H 2K4")


def test_a_lone_mark_before_an_address_line_is_no_part_of_it() -> None:
    plain: list[Row] = [[(40, "77|Pine|Ave", 0.95)], [(40, "Suite|310", 0.95)],
                        [(40, "Moose|Jaw,|SK|S6H|2K4", 0.95)]]
    assert _address(plain, _TYPED) == Verdict.EXACT  # as it was
    for mark, conf in (("+", 0.72), ("*", 0.8), ("•", 0.9)):
        unit: list[Row] = [[(40, "77|Pine|Ave", 0.95)],
                           [(40, mark, conf), (52, "Suite|310", 0.95)],
                           [(40, "Moose|Jaw,|SK|S6H|2K4", 0.95)]]
        assert _address(unit, _TYPED) == Verdict.EXACT, mark
        street: list[Row] = [[(40, mark, conf), (52, "77|Pine|Ave", 0.95)],
                             [(40, "Suite|310", 0.95)],
                             [(40, "Moose|Jaw,|SK|S6H|2K4", 0.95)]]
        assert _address(street, _TYPED) == Verdict.EXACT, mark


def test_a_lone_mark_never_hides_another_address() -> None:
    other: list[Row] = [[(40, "77|Pine|Ave", 0.95)], [(40, "+", 0.72), (52, "Suite|510", 0.95)],
                        [(40, "Moose|Jaw,|SK|S6H|2K4", 0.95)]]
    assert _address(other, _TYPED) not in (Verdict.EXACT, Verdict.EQUIVALENT)
