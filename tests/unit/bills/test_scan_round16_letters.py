"""Scan classes of scans round 16 (issue 10), the values written in letters (holder's name,
service address), on OCR words drawn here (never on a corpus bill). Each class is a value the
text version of the same bill confirms and the scan lost between the OCR words and the verdict
(`scanlab --gap`):

- a holder's name read unsurely whose OCR words spell every letter of the typed name, at the
  head of the mailing block (a place judged the holder's by the address it heads, not by a
  label): the two-errors argument of `spelled_as_typed` does not depend on how the place was
  found, so it confirms there as under a label (inland_wireless: 'L.L.C.' at 0.55).
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import MATCHES, FieldCheck, Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc


def _name_check(typed: str, rows: list[Row]) -> FieldCheck:
    head: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], []]
    case = PortCase(account_name=typed, account_number="5521-0087")
    return compare(case, extract_fields(_doc(head + rows))).fields["account_name"]


_ENVELOPE: list[Row] = [[(60, "Cedar|Grove|Cafe", 0.95), (156, "L.L.C.", 0.55)],
                        [(60, "4418|Ridge|Rd", 0.95)],
                        [(60, "Hartford,|CT|06103", 0.95)]]


def test_a_name_read_unsurely_as_typed_heading_the_mailing_block_is_confirmed() -> None:
    assert _name_check("Cedar Grove Cafe L.L.C.", _ENVELOPE).verdict == Verdict.EXACT
    # the same letters written otherwise: the same name, in the bill's form
    assert _name_check("Cedar Grove Cafe LLC", _ENVELOPE).verdict == Verdict.EQUIVALENT


def test_a_name_read_unsurely_otherwise_stays_a_question() -> None:
    # a letter the scan reads otherwise than typed, in the unsure word: never a match
    assert _name_check("Cedar Grove Cafe L.L.P.", _ENVELOPE).verdict not in MATCHES
    noise: list[Row] = [[(60, "Cedar|Grove|Cafe", 0.95), (156, "L.L.C.", 0.3)], *_ENVELOPE[1:]]
    assert _name_check("Cedar Grove Cafe L.L.C.", noise).verdict == Verdict.UNVERIFIABLE


