"""Scan classes of scans round 14 (issue 10; DEV = tests/billcorpus/scan_round14_halves.md at seed
107, DEV misses only; the first class traced from round 13's fresh draw), each on OCR words drawn
here (never on a corpus bill):

- a typed billing number read once, beside its label ('Primary Line: 580-555-0196' at 0.94),
  while the page lists as one of the account's lines a number one digit off it ('LINES ON THIS
  ACCOUNT 580-555-0106, -0167') and the typed number nowhere: the BTN is the account's own line
  and one surely read digit is what OCR gets wrong most, so the one reading confirms nothing; a
  question, never "exact" (round 13's fresh draw's false match: a BTN typed one digit off);
- the carrier's stack of contact lines whose labels OCR garbled ('CustgmerCare (807) 623-4400'
  at 0.18 over 'Business Solutions 1-800-264-9501'; 'ice & la clientéle 514 448-0773' over
  '1.844 448-0773'): a number the scan lists nowhere, a line or two from a toll-free number it
  lists nowhere either, in the same label or number column, is the carrier's, not one of the
  customer's lines (DEV's start false matches: a help line typed as a line called exact);
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc, _verdicts


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


def _contact_box(help_label: str, below: str) -> dict[str, Verdict]:
    rows: list[Row] = [[(70, "Numbers|807|555-0163", 0.95)],
                       [],
                       [(60, "Balance|from|previous|invoice", 0.9), (285, "$151.58", 0.9),
                        (356, f"{help_label}|(807)|623-4400", 0.93)],
                       [(60, "Payments|received", 0.92), (290, "$14.67", 0.9),
                        (356, below, 0.96)]]
    return _verdicts(rows, ["+18075550163", "+18076234400"])


def test_a_number_stacked_over_a_toll_free_line_the_scan_lists_nowhere_is_the_carriers() -> None:
    verdicts = _contact_box("CustgmerCare", "Business|Solutions|1-800-264-9501")
    assert verdicts["+18076234400"] == Verdict.NOT_FOUND
    assert verdicts["+18075550163"] == Verdict.EXACT
    # no toll-free line beside it: printed in passing, as before
    assert _contact_box("CustgmerCare", "Business|Solutions")["+18076234400"] == Verdict.EXACT
