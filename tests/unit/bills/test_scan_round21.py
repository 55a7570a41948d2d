"""Scans round 21 (issue 10), judging and finding what the OCR text holds: classes of the scan
path's gap against the text path of the same bills, each on OCR words drawn here (never on a
corpus bill):

- the gap between two words of a typed value read as a tick glued to both ('OAK'HWY'): a
  speck, so the value is printed as typed (exact), as a dot read in a gap is;
- the area code's parenthesis read as a sign of its shape ('£' for '(' and '}' for ')'): the
  typed number read in its place is still every digit as typed, and a block of lines printed
  with such brackets is still a block (its lines listed, never "not found");
- a row of phone numbers and nothing else whose first cell the lines' heading places: a cell
  right of it with no place of its own is still one of the listed lines, so the typed number
  read there unsurely, every digit as typed, confirms it as it does under the heading;
- a holder's name found whole with a word read at noise level ('.GQLDEN GATE ...' at the top)
  whose word is read surely, as typed, beside the name's next word in another copy of the name
  (the stub's 'GOLDEN GATE PLUMBING: ...'): each word is read surely somewhere, so the name is
  confirmed, not a question.
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.ranges import blocks_in
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc, _verdicts


def _service(line: str, typed: str = "118 Birch Ln") -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|7730-4412", 0.95)],
                       [(40, "Service|Address:", 0.95), (160, line, 0.93)],
                       [(160, "Kenora,|ON|P9N|3X7", 0.95)]]
    case = PortCase(account_name="", account_number="7730-4412",
                    service_address=Address(typed, "", "Kenora", "ON", "P9N 3X7"))
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


def test_a_gap_between_two_words_read_as_a_tick_is_a_speck() -> None:
    assert _service("118|Birch|Ln") == Verdict.EXACT  # as it was
    assert _service("118|Birch'Ln") == Verdict.EXACT
    assert _service("118|Birch`Ln") == Verdict.EXACT
    # a tick where the typed value has no gap is print, never the typed value as printed
    assert _service("118|Bir'ch|Ln") != Verdict.EXACT


def test_an_elision_s_apostrophe_is_print_not_a_speck_in_a_gap() -> None:
    # one letter before the tick ("O'Neil", "D'Arcy") is a name's own apostrophe, printed: the
    # typed value with a space there is the same name written another way, never as printed
    assert _service("118|O'Neil|Rd", "118 O Neil Rd") == Verdict.EQUIVALENT
    assert _service("118|D'Arcy|St", "118 D Arcy St") == Verdict.EQUIVALENT
    assert _service("118|O'Neil|Rd", "118 O'Neil Rd") == Verdict.EXACT
    assert _service("118|Oak'Hwy", "118 Oak Hwy") == Verdict.EXACT  # two words and a speck


def _line(cell: str, conf: float, typed: str = "+13065550172") -> Verdict:
    rows: list[Row] = [[(40, "Your|Lines", 0.95)],
                       [(40, "(306)|555-0100", 0.95), (200, "Office", 0.96), (300, "$25.10", 0.95)],
                       [(40, cell, conf), (200, "Fax", 0.96), (300, "$18.40", 0.95)]]
    return _verdicts(rows, [typed])[typed]


def test_an_area_codes_bracket_read_as_a_sign_of_its_shape_is_the_same_print() -> None:
    assert _line("(306)|555-0172", 0.45) == Verdict.EXACT  # as it was
    assert _line("£306)|555-0172", 0.45) == Verdict.EXACT
    # a digit off, or under the typed-read floor, it stays what it was
    assert _line("£306)|555-0173", 0.45) != Verdict.EXACT
    assert _line("£306)|555-0172", 0.3) == Verdict.UNVERIFIABLE


def test_a_block_printed_with_its_area_codes_brackets_misread_is_still_a_block() -> None:
    for text in ("£306} 555-0140 - 0144", "{306] 555-0140 thru 0144", "[306} 555-0140 to 0144"):
        blocks = blocks_in(text, scan=True)
        assert [(b.npa, b.nxx, b.first, b.last) for b in blocks] == [("306", "555", 140, 144)]
    # never on a text layer, and never a bracket glued to a word before it
    assert blocks_in("£306} 555-0140 - 0144") == []
    assert blocks_in("x£306} 555-0140 - 0144", scan=True) == []
    lines = [f"+1306555{n:04d}" for n in range(140, 145)]
    rows: list[Row] = [[(40, "Your|Lines", 0.95)],
                       [(40, "£306}|555-0140|-|0144", 0.9), (200, "Hunt|group", 0.96)]]
    assert Verdict.NOT_FOUND not in _verdicts(rows, lines).values()


def _grid(second: str, conf: float) -> Verdict:
    rows: list[Row] = [[(40, "Account|Summary", 0.95)],
                       [(40, "Your|Lines", 0.95)],
                       [(40, "306.555.0120", 0.95), (180, second, conf)],
                       [(40, "Line|Features", 0.94)]]
    return _verdicts(rows, ["+13065550133"])["+13065550133"]


def test_a_cell_right_of_a_grid_rows_first_under_the_lines_heading_is_a_listed_line() -> None:
    assert _grid("306.555.0133", 0.9) == Verdict.EXACT  # as it was
    assert _grid("306.555.0133.", 0.55) == Verdict.EXACT
    # a digit off, or read at noise level, it stays what it was
    assert _grid("306.555.0134.", 0.55) != Verdict.EXACT
    assert _grid("306.555.0133.", 0.3) == Verdict.UNVERIFIABLE


def _holder(stub: list[tuple[float, str, float]]) -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|4410-2291", 0.95)],
                       [],
                       [(40, "MAPLE", 0.95), (74, "R1DGE", 0.1), (108, "DENTAL", 0.94),
                        (148, "GROUP", 0.93)],
                       [(40, "5520|Birch|Ave", 0.95)],
                       [(40, "Regina,|SK|S4P|3Y2", 0.95)],
                       [], [], [],
                       [(40, "Please|detach|and|return|with|your|payment", 0.95)],
                       stub,
                       [(40, "5520|Birch|Ave", 0.95)],
                       [(40, "Regina,|SK|S4P|3Y2", 0.95)]]
    case = PortCase(account_name="MAPLE RIDGE DENTAL GROUP", account_number="4410-2291")
    return compare(case, extract_fields(_doc(rows))).fields["account_name"].verdict


def test_a_holders_word_read_at_noise_level_is_read_surely_in_another_copy_of_the_name() -> None:
    # the stub's copy lost its last word: no whole reading of its own, a witness for the words
    # it reads as typed
    assert _holder([(40, "MAPLE|RIDGE", 0.95), (108, "DENTAL", 0.92)]) == Verdict.EXACT
    # the other copy reads the word at noise level too, or as it is read here: still a question
    assert _holder([(40, "MAPLE", 0.95), (74, "RIDGE", 0.2), (108, "DENTAL", 0.92)]) \
        == Verdict.UNVERIFIABLE
    assert _holder([(40, "MAPLE|R1DGE", 0.95), (108, "DENTAL", 0.92)]) == Verdict.UNVERIFIABLE
