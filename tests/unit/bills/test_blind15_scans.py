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
  not under the heading over the stack ('PREPAID TOP-UP RECEIPT', a top-up desk's words);
- a stamp set large on the page ('PAID 7/12' across the amount due) is no wordmark;
- the typed name printed whole on the wordmark's own row right beside it, led by the
  wordmark's name (a raster 'KPU' logo, then 'KPU Telecommunications'), is the sender's
  lockup set side by side, as one set over two lines is (session 16's decision: a logo's
  words count where they are drawn).
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import BillDocument, Page, Word
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


def _letterhead(stamp: bool, beside: str) -> Verdict:
    """A scan's top: a raster logo 'KPU' set large, the name beside it, a PAID stamp."""
    words = [Word("KPU", 58, 42.7, 104, 62.9, 0.91)]
    x = 126.0
    for w in beside.split():
        words.append(Word(w, x, 47, x + 6 * len(w), 56.6, 0.9))
        x += 6 * len(w) + 4
    words += [Word("Account", 346, 90, 374, 96.5, 0.94), Word("Number", 377, 90, 405, 96.5, 0.96),
              Word("27933-687", 547, 88.8, 590, 98.4, 0.91),
              Word("Statement", 346, 114, 382, 122, 0.9), Word("Date", 385, 114, 401, 122, 0.9),
              Word("07/03/2025", 545, 113, 587, 120.5, 0.96),
              Word("Grace", 76, 114.7, 101, 122.4, 0.93), Word("Whitfield", 104, 114.7, 150, 122.4, 0.9),
              Word("9129", 76, 127, 97, 135, 0.96), Word("Hillcrest", 100, 127, 133, 135, 0.95),
              Word("St", 137, 127, 147, 135, 0.95), Word("Ward", 76, 139.7, 97, 147.8, 0.9),
              Word("Cove,", 98, 139.7, 125, 147.8, 0.9), Word("AK", 129, 139.7, 141, 147.4, 0.97),
              Word("99966", 144, 139.7, 170, 147.4, 0.95),
              Word("Amount", 356, 170, 393, 177.6, 0.95), Word("Due", 396, 170, 415, 177.6, 0.96)]
    if stamp:
        words.append(Word("\\PAID", 434.8, 164.6, 489.6, 195.8, 0.9))
    doc = BillDocument(Path("scan.png"), (Page(1, 643, 816, tuple(words), "ocr"),), 1)
    case = PortCase(account_name="", account_number="27933-687",
                    losing_carrier="Kestrel Telecommunications" if "Kestrel" in beside
                    else "KPU Telecommunications")
    return compare(case, extract_fields(doc)).fields["carrier"].verdict


def test_a_stamp_is_no_wordmark_and_a_name_beside_the_logo_is_its_lockup() -> None:
    assert _letterhead(False, "KPU Telecommunications") == Verdict.EXACT
    assert _letterhead(True, "KPU Telecommunications") == Verdict.EXACT
    # a name beside the logo that the logo's name does not lead is no lockup of it
    assert _letterhead(False, "Kestrel Telecommunications") != Verdict.EXACT
