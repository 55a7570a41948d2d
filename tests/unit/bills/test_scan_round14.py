"""Scan classes of scans round 14 (issue 10; DEV = tests/billcorpus/scan_round14_halves.md at seed
107, DEV misses only; the first class traced from round 13's fresh draw), each on OCR words drawn
here (never on a corpus bill):

- a typed billing number read once, beside its label ('Primary Line: 580-555-0196' at 0.94),
  while the page lists as one of the account's lines a number one digit off it ('LINES ON THIS
  ACCOUNT 580-555-0106, -0167') and the typed number nowhere: the BTN is the account's own line
  and one surely read digit is what OCR gets wrong most, so the one reading confirms nothing; a
  question, never "exact" (round 13's fresh draw's false match: a BTN typed one digit off);
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc


def _primary_line(labelled: str, listed: str, typed: str) -> Verdict:
    rows: list[Row] = [[(360, "Member|Number:", 0.96), (541, "72437-7", 0.93)],
                       [(362, "Primary|Line:", 0.96), (518, labelled, 0.94)],
                       [(362, "Statement|Date:", 0.95), (521, "JUN|23,|2025", 0.95)],
                       [(61, "SUMMIT|RIDGE|FAMILY|MEDICINE|LTD.", 0.96)],
                       [], [],
                       [(41, "LINES|ON|THIS|ACCOUNT", 0.95)],
                       [(44, f"{listed}|-0167,|-0169,|-0127", 0.93)]]
    case = PortCase(account_name="", account_number="72437-7", btn=typed)
    return compare(case, extract_fields(_doc(rows))).fields["btn"].verdict


def test_a_btn_read_once_one_digit_off_a_listed_line_is_a_question() -> None:
    # the printed '0106' read '0196' beside its label; '0196' typed one digit off the real BTN
    assert _primary_line("580-555-0196", "580-555-0106,", "+15805550196") == Verdict.UNVERIFIABLE
    # the page lists the typed number too, or reads it the same twice: as read
    assert _primary_line("580-555-0106", "580-555-0106,", "+15805550106") == Verdict.EXACT
    # no listed line one digit off it (another line two digits away): the label's reading holds
    assert _primary_line("580-555-0196", "580-555-0147,", "+15805550196") == Verdict.EXACT
