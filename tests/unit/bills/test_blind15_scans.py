"""Scan classes of the blind15 fix round (issue 10), each on OCR words drawn here (never on a
corpus bill):

- a number followed by whom to call ('new cell 907-555-0151 call Dave', a note a customer wrote
  on the printed copy, read by OCR like print) is a person's contact number: the words after it
  say it is someone to call, never one of the account's lines, whatever the words before it
  say ('cell' names a line on a bill, not in a note that names a person to call);
- a list of the lines with each one's kind run into its row ('+1 (408) 555-0123 Hunt group
  member') stays a list when OCR read a mark after a number or before its kind ('555-0158. Main
  number', '.Hunt group member'): a bare 'Main number' there is the line's role and proves no
  billing number (blind14's rule, which a speck hid: round 18 CHECK's webex_features photo, 5
  false matches on a BTN the page never names);
- a label word OCR read a letter off keeps the marks around it: 'BHONE #' is 'PHONE #', a label
  (its '#' makes the bare word one), so a receipt's phone number is read under its own label,
  not under the heading over the stack ('PREPAID TOP-UP RECEIPT', a top-up desk's words).
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc, _verdicts


def _note(after: str) -> list[Row]:
    return [[(40, "Current|Services", 0.95)],
            [(40, "Home|Phone", 0.95), (290, "(907)|555-0153", 0.95), (549, "$27.32", 0.9)],
            [(60, f"new|cell|907-555-0151{after}", 0.9), (356, "Amount|Due", 0.95)]]


def test_a_number_followed_by_a_person_to_call_is_no_line_of_the_account() -> None:
    for after in ("|call|Dave", "|-|call|Dave", "|ask|for|Maria"):
        got = _verdicts(_note(after), ["+19075550153", "+19075550151"])
        assert got["+19075550151"] != Verdict.EXACT, after
        assert got["+19075550153"] == Verdict.EXACT, after
    # the same line without a person to call is still read as a line ('cell' names one)
    assert _verdicts(_note(""), ["+19075550151"])["+19075550151"] == Verdict.EXACT


def _roles_btn(main: str, member: str) -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|Sub401215", 0.95)],
                       [(60, "Numbers|and|features.", 0.9)],
                       [(60, f"+1|(408)|{main}|number|(hunt-group.pilot)", 0.9)],
                       [(60, "+1|(408)|555-0123|Hunt|group|member", 0.95)],
                       [(60, f"+1|(408)|555-0140|{member}|group|member", 0.9)],
                       [(60, "+1|(408)|555-0138|User|line", 0.95)]]
    case = PortCase(account_name="", account_number="Sub401215", btn="+14085550158",
                    numbers=(CaseNumber("+14085550158"),))
    return compare(case, extract_fields(_doc(rows))).fields["btn"].verdict


def test_a_speck_after_a_number_keeps_a_list_of_roles_a_list() -> None:
    assert _roles_btn("555-0158|Main", "Hunt") != Verdict.EXACT  # the rule as it was
    assert _roles_btn("555-0158.|Main", "Hunt") != Verdict.EXACT
    assert _roles_btn("555-0158|.Main", ".Hunt") != Verdict.EXACT


def test_a_misread_label_word_keeps_the_marks_that_make_it_a_label() -> None:
    def rows(label: str) -> list[Row]:
        return [[(250, "PREPAID|TOP-UP|RECEIPT", 0.95)],
                [(199, "SUBSCRIBER", 0.95), (340, "Olivier|T.|Raman", 0.9)],
                [(199, "ACCOUNT|#", 0.95), (377, "308612465", 0.95)],
                [(199, label, 0.9), (362, "905-555-0147", 0.95)],
                [(199, "PLAN", 0.95), (382, "$40|10GB", 0.9)]]

    assert _verdicts(rows("PHONE|#"), ["+19055550147"])["+19055550147"] == Verdict.EXACT
    assert _verdicts(rows("BHONE|#"), ["+19055550147"])["+19055550147"] == Verdict.EXACT
