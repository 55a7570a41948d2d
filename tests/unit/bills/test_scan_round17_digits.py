"""Scan classes of scans round 17 on the values written in digits (issue 10), each on OCR words
drawn here (never on a corpus bill):

- a block only the row's count still shows: its two whole ends side by side with the mark
  between them lost ('573-555-0126 573-555-0141 16 DID Range'), or its first end and a range
  word with the last end lost or lifted off the row ('(507) 555-0188 through', '(7 numbers)'):
  a count that agrees with the ends (or, for a lost last end, fixes it) makes them one block; a
  count that disagrees, a second count or none lists nothing between; so does the French 'à'
  read as 'a' before the last line's four digits ('Bloc de 9 numéros 450-555-0172 a 0180');
- '&' read between two whole numbers of one exchange under a caption naming a block ('Bloc de
  numéros' over '418 555-0108 & 418 555-0119', the sign read unsurely): the block's 'à', the lines between
  are listed; under any other caption, or read surely (round 11), they stay a question;
- a typed number read unsurely but every digit as typed ('(208) 555°0135' at 0.55) at the head
  of a row, in a column of whole numbers read surely at its left edge (a list of lines with no
  label, where the text version lists it by its print alone), is listed; alone it stays a
  question;
- an account number with a speck read as a colon after its last digit ('593624:' ending the
  value) is that number: no number ends in a colon;
- a mark OCR read alone before a label ('+ Account ID: 4271614') is no word of the label;
- a lone character read unsurely after a label ('Numéro de client i', the value in the next
  cell) is a speck, not the label's value: the value right of it is.
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.findphones import number_sightings
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.scantyped import in_number_column, typed_number_readings
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills.test_scan_round9 import Row, _block, _doc, _verdicts


def test_two_whole_ends_side_by_side_are_a_block_when_the_rows_count_agrees() -> None:
    def row(count: str) -> list[Row]:
        return [[(40, "Telephone|Number|Inventory", 0.95)],
                [(40, "573-555-0126", 0.47), (120, "573-555-0141", 0.95), (210, count, 0.96)]]

    verdicts = _verdicts(row("16|DID|Range"), _block(127, 140, "+1573555"))
    assert set(verdicts.values()) == {Verdict.EXACT}
    for other in ("12|DID|Range", "DID|Range", "16|DID|2|lines"):  # disagrees, none, two
        assert _verdicts(row(other), ["+15735550133"])["+15735550133"] == Verdict.NOT_FOUND


def test_a_blocks_misread_a_before_its_last_four_digits_is_one_when_counted() -> None:
    def row(count: str) -> list[Row]:
        return [[(40, "Service|Numéro|Montant", 0.95)],
                [(40, f"Bloc|de|{count}|numéros", 0.95), (160, "450-555-0172|a|0180", 0.9),
                 (320, "29,29|$", 0.9)]]

    verdicts = _verdicts(row("9"), _block(173, 179, "+1450555"))
    assert set(verdicts.values()) == {Verdict.EXACT}
    assert _verdicts(row("7"), ["+14505550175"])["+14505550175"] == Verdict.NOT_FOUND


def test_a_blocks_lost_last_end_is_put_back_from_the_rows_count() -> None:
    def row(count: str, sep: str = "through") -> list[Row]:
        return [[(40, "Telephone|Number|Service", 0.95)],
                [(40, f"(507)|555-0188|{sep}", 0.95), (220, f"Direct|Dial|{count}", 0.96)]]

    verdicts = _verdicts(row("(7|numbers)"), _block(189, 194, "+1507555"))
    assert set(verdicts.values()) == {Verdict.EXACT}
    # one past the count is no line of the block
    assert _verdicts(row("(7|numbers)"), ["+15075550195"])["+15075550195"] == Verdict.NOT_FOUND
    for count, sep in (("numbers", "through"), ("(7|numbers)", "Line")):  # no count, no range
        assert _verdicts(row(count, sep), ["+15075550190"])["+15075550190"] == Verdict.NOT_FOUND


def _account(rows: list[Row], typed: str) -> tuple[str | None, Verdict]:
    rows = [*rows, [(40, "Ridgeway|Dental", 0.95)], [(40, "Statement|Date:|May|3,|2025", 0.95)]]
    fields = extract_fields(_doc(rows), require_account=False)
    case = PortCase(account_name="", account_number=typed)
    return fields.account_number, compare(case, fields).fields["account_number"].verdict


def test_an_account_number_with_a_speck_read_as_a_colon_after_it_is_read() -> None:
    rows: list[Row] = [[(40, "Account|Number", 0.96), (140, "593624:", 0.54)]]
    assert _account(rows, "593624")[0] == "593624"
    # a typed digit off the bill's is not lost: the bill's value is there to compare
    assert _account(rows, "553624")[1] != Verdict.NOT_FOUND


def test_a_mark_read_alone_before_a_label_is_no_word_of_it() -> None:
    rows: list[Row] = [[(40, "+|Account|ID:", 0.83), (160, "4271614", 0.96)]]
    assert _account(rows, "4271614") == ("4271614", Verdict.EXACT)
    assert _account(rows, "4171614")[1] == Verdict.MISMATCH


def test_a_lone_character_read_unsurely_after_a_label_is_a_speck() -> None:
    def rows(speck: float) -> list[Row]:
        return [[(300, "Numéro|de|client", 0.95), (397, "i", speck), (420, "215476", 0.95)]]

    assert _account(rows(0.52), "215476")[0] == "215476"
    # read surely, the character is the label's value (none here): nothing stands in
    assert _account(rows(0.95), "215476")[0] is None


def test_an_ampersand_under_a_caption_naming_a_block_is_the_blocks_a() -> None:
    def rows(caption: str) -> list[Row]:
        return [[(40, "Télévision|95,28|$", 0.93), (300, caption, 0.92)],
                [(40, "Internet|$", 0.9), (300, "418|555-0108|&|418|555-0119", 0.68)]]

    verdicts = _verdicts(rows("Bloc|de|numéros"), _block(109, 118, "+1418555"))
    assert set(verdicts.values()) == {Verdict.EXACT}
    other = _verdicts(rows("Vos|numéros"), ["+14185550112"])["+14185550112"]
    assert other == Verdict.UNVERIFIABLE


def test_a_typed_number_read_unsurely_in_a_column_of_sure_lines_is_listed() -> None:
    line: Row = [(40, "(208)|555°0135", 0.55), (140, "1FB|Business|Line", 0.8)]
    peers: list[Row] = [[(40, "(208)|555-0197", 0.95), (140, "Business|Line", 0.9)],
                        [(40, "(208)|555-0177", 0.94), (140, "Business|Line", 0.9)]]
    listed = _verdicts([peers[0], line, peers[1]], ["+12085550135"])
    assert listed["+12085550135"] == Verdict.EXACT

    def column(rows: list[Row]) -> bool:
        index = BillIndex.of(_doc(rows))
        found = typed_number_readings(index, "+12085550135")
        return in_number_column(index, number_sightings("+12085550135", found)[0])

    assert column([peers[0], line, peers[1]])
    assert not column([line])  # alone, or beside numbers read unsurely, it is no list
    assert not column([[(40, "(208)|555-0197", 0.5)], line, [(40, "(208)|555-0177", 0.5)]])
