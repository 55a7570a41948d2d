"""The failure classes of the blind splits, each as a general rule on a bill drawn for it.

A customer's name is not a label because it holds a label's word; header cells printed close
together are split by the columns under them; a wordmark is no label; where a line sits on the
page says nothing (no header band); short lists and ranges in more notations; a feature called
"Direct Inward Dial" and a help line "for business customers".
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.context import Context
from portdesk.bills.extract import extract_fields
from portdesk.bills.findphones import phone_index
from portdesk.bills.ranges import abbreviated_in, blocks_in
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn, drawn_classes


def _numbers(path: Path) -> set[str]:
    return set(extract_fields(read_bill(path)).numbers)


def _verdicts(path: Path, typed: list[str]) -> dict[str, Verdict]:
    case = PortCase(account_name="x", numbers=tuple(CaseNumber(n) for n in typed))
    items = compare(case, extract_fields(read_bill(path))).numbers.items  # type: ignore[union-attr]
    return {i.number: i.verdict for i in items}


def test_a_name_with_label_words_over_its_address_labels_nothing(tmp_path: Path) -> None:
    path = drawn.draw(tmp_path / "b.pdf", drawn_classes.name_with_label_words())
    lines = {"+15415550120", *(f"+1541555013{n}" for n in range(1, 5))}
    assert _numbers(path) == lines
    got = _verdicts(path, sorted(lines | {"+18665550188"}))
    assert {n for n, v in got.items() if v == Verdict.EXACT} == lines
    assert got["+18665550188"] == Verdict.NOT_FOUND  # the repair line beside the list


def test_run_together_header_cells_are_split_by_the_columns_under_them(tmp_path: Path) -> None:
    path = drawn.draw(tmp_path / "b.pdf", drawn_classes.run_together_header())
    fields = extract_fields(read_bill(path))
    assert fields.btn == "+16145550150"  # the first account's billing number, not an address
    assert fields.index is not None
    for e164 in ("+16145550150", "+16145550177"):
        place = phone_index(fields.index)[e164][0].places[0]
        assert (place.context, place.label) == (Context.BTN, "Billing Telephone Number")
    case = PortCase(account_name="Juniper Hill Dental", btn="+16145550150")
    assert compare(case, fields).fields["btn"].verdict == Verdict.EXACT
    other = PortCase(account_name="Juniper Hill Dental", btn="+16145550199")
    assert compare(other, fields).fields["btn"].verdict == Verdict.MISMATCH


def test_a_wordmark_beside_a_header_grid_labels_nothing(tmp_path: Path) -> None:
    path = drawn.draw(tmp_path / "b.pdf", drawn_classes.wordmark_beside_grid())
    fields = extract_fields(read_bill(path))
    assert set(fields.numbers) == {"+15095550132", "+15095550114"}  # not the invoice number
    case = PortCase(account_name="Tamarack Logistics LLC", account_number="3499854224")
    check = compare(case, fields).fields["account_number"]
    assert check.verdict == Verdict.MISMATCH  # the invoice number typed as the account's
    assert check.bill == "0188414"


def test_where_a_line_sits_on_the_page_says_nothing(tmp_path: Path) -> None:
    first, second = drawn_classes.lines_at_the_top_of_page_two()
    path = drawn.draw(tmp_path / "b.pdf", first, second)
    lines = {"+15095550178", "+15095550165", *(f"+1509555019{n}" for n in range(6))}
    assert _numbers(path) == lines  # the top of page 2, a "Direct Inward Dial" block
    assert _verdicts(path, ["+15095550100"])["+15095550100"] == Verdict.NOT_FOUND


def test_short_lists_in_slash_and_comma_forms_and_help_for_an_audience(tmp_path: Path) -> None:
    path = drawn.draw(tmp_path / "b.pdf", drawn_classes.short_lists_and_help())
    lines = {"+17205550142", "+17205550136", "+17205550108", "+17205550160", "+17205550163",
             "+17205550171"}
    assert _numbers(path) == lines
    got = _verdicts(path, ["+17206434411", "+17206434400"])
    assert set(got.values()) == {Verdict.NOT_FOUND}


def test_number_notations() -> None:
    def tails(text: str) -> list[str]:
        return [e[-4:] for e, _ in abbreviated_in(text)]

    assert tails("720-555-0142/0136/0108") == ["0136", "0108"]
    assert tails("608-555-0101, 0104, 0117") == ["0104", "0117"]
    assert tails("720-555-0133/0152") == ["0152"]  # a list of two or a block: both ends sure
    assert tails("Main 720-555-0133, 2025") == []  # a year after a number
    assert tails("720-555-0133, 1200 Main St") == []  # a street number
    assert tails("Account 522-378-5402/750") == []
    assert [(b.first, b.last) for b in blocks_in("720-555-0133...0152")] == [(133, 152)]
    assert [(b.first, b.last) for b in blocks_in("720.555.0133 to .0152")] == [(133, 152)]


def test_an_account_number_that_starts_like_a_phone_number_is_no_line(tmp_path: Path) -> None:
    items: list[drawn.Item] = [(40, 50, "B:Tri-County Telephone", 18), (40, 90, "Account Number", 8),
             (40, 102, "522-378-5402/750", 9), (40, 140, "Lines on this account", 9),
             (40, 154, "(518) 555-0185", 9)]
    path = drawn.draw(tmp_path / "b.pdf", items)
    assert _numbers(path) == {"+15185550185"}
    got = _verdicts(path, ["+15223785402"])
    assert got["+15223785402"] != Verdict.EXACT


def test_a_header_printed_on_two_lines_reads_as_one(tmp_path: Path) -> None:
    path = drawn.draw(tmp_path / "b.pdf", drawn_classes.header_on_two_lines())
    fields = extract_fields(read_bill(path))
    assert fields.btn == "+13165550142"
    assert set(fields.numbers) == {"+13165550142", "+13165550157"}
    other = PortCase(account_name="Flint Hills Surveying", btn="+13165550157")
    assert compare(other, fields).fields["btn"].verdict == Verdict.MISMATCH  # another line


def test_dialed_numbers_under_a_call_detail_heading_are_not_the_lines(tmp_path: Path) -> None:
    path = drawn.draw(tmp_path / "b.pdf", drawn_classes.call_detail_without_its_header())
    assert _numbers(path) == {"+15095550175"}
    dialed = ["+14155550167", "+14705550122", "+17025550135", "+13125550169", "+12065550130"]
    got = _verdicts(path, ["+15095550175", *dialed])
    assert got["+15095550175"] == Verdict.EXACT
    assert {got[n] for n in dialed} == {Verdict.NOT_FOUND}
