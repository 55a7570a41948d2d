"""Scan classes the opened blind6 split showed, each on OCR words drawn here with their
confidences (never on a corpus bill):

- the "to" of a block printed as two whole numbers ('+16045550115 to +16045550136') read by
  OCR as letters of its shape and glued to the first number by a speck ('+16045550115.té');
- such a block, its first number read with doubt because of the glued mark, is as sure as its
  last number when the row's count ('DID Block (22 numbers)') agrees with its ends;
- an icon OCR read as a copyright sign glued inside a heading ('6©6YOUR DIGITAL PHONE') does not
  make the lines under it the carrier's own details.
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.context import Context, classify
from portdesk.bills.extract import extract_fields
from portdesk.bills.ranges import blocks_in
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase

Row = list[tuple[str, float, float]]


def _doc(rows: list[Row]) -> BillDocument:
    """Rows of (text, x, confidence) words, 14 pt apart, on a letter page read by OCR."""
    words = [Word(text, x, 100 + 14 * r, x + 6 * len(text), 110 + 14 * r, conf)
             for r, row in enumerate(rows) for text, x, conf in row]
    return BillDocument(Path("scan.tif"), (Page(1, 612, 792, tuple(words), "ocr"),), 1)


def _row(x: float, *words: str | tuple[str, float]) -> Row:
    out = []
    for w in words:
        text, conf = w if isinstance(w, tuple) else (w, 0.95)
        out.append((text, x, conf))
        x += 6 * len(text) + 4
    return out


def _block_bill(count: str) -> BillDocument:
    return _doc([_row(40, "Customer", "No.", "73091316"),
                 _row(40, "Number") + _row(300, "Service") + _row(500, "Monthly"),
                 _row(40, "+16045550154") + _row(300, "Virtual", "Number") + _row(500, "$35.35"),
                 _row(40, ("+16045550115.té", 0.36), ("+16045550136", 0.88))
                 + _row(300, "DID", "Block", count, "numbers)") + _row(500, "$12.90"),
                 _row(40, "Business", "Support", "1-877-810-2877")])


def _verdicts(doc: BillDocument, *typed: str) -> dict[str, Verdict]:
    case = PortCase(account_name="", account_number="73091316",
                    numbers=tuple(CaseNumber(n) for n in typed))
    numbers = compare(case, extract_fields(doc, require_account=False)).numbers
    assert numbers is not None
    return {i.number: i.verdict for i in numbers.items}


def _spans(text: str, scan: bool = True) -> list[tuple[int, int]]:
    return [(b.first, b.last) for b in blocks_in(text, scan=scan)]


def test_a_to_misread_and_glued_between_two_numbers_of_one_exchange_is_a_block() -> None:
    assert _spans("+16045550115.té +16045550136 DID Block") == [(115, 136)]
    assert _spans("604-555-0115 t6 604-555-0136") == [(115, 136)]
    assert _spans("604-555-0115 to 604-555-0136") == [(115, 136)]  # once, not twice
    assert _spans("+16045550115.té +16045550136", scan=False) == []  # a text layer means it
    assert _spans("604-555-0115 té 604-556-0136") == []  # another exchange: two numbers
    assert _spans("604-555-0136 té 604-555-0115") == []  # backwards
    assert _spans("604-555-0115 the 604-555-0136") == []  # a word, not a misread "to"


def test_a_block_whose_count_agrees_with_its_ends_confirms_its_lines() -> None:
    typed = [f"+1604555{n:04d}" for n in range(115, 137)]
    verdicts = _verdicts(_block_bill("(22"), "+16045550154", *typed)
    assert {verdicts[n] for n in typed} == {Verdict.EXACT}
    assert verdicts["+16045550154"] == Verdict.EXACT


def test_a_count_that_disagrees_leaves_the_block_to_compare_by_eye() -> None:
    typed = [f"+1604555{n:04d}" for n in range(115, 137)]
    verdicts = _verdicts(_block_bill("(21"), *typed)
    assert Verdict.EXACT not in {verdicts[n] for n in typed[:-1]}
    assert Verdict.MISMATCH not in set(verdicts.values())


def test_a_number_outside_the_counted_block_is_not_confirmed_by_it() -> None:
    verdicts = _verdicts(_block_bill("(22"), "+16045550137", "+16045550114")
    assert verdicts["+16045550137"] not in (Verdict.EXACT, Verdict.EQUIVALENT)
    assert verdicts["+16045550114"] not in (Verdict.EXACT, Verdict.EQUIVALENT)


def _phone_section(heading: str) -> BillDocument:
    return _doc([_row(40, "Subscriber", "Account", "329-736563-81"),
                 _row(300, *[(w, 0.0 if "©" in w else 0.95) for w in heading.split()]),
                 _row(300, "Primary"),
                 _row(300, "Telephone:", "(330)", "555-0149"),
                 _row(300, "Additional", "Lines:", "(330)", "555-0181")])


def test_a_copyright_sign_glued_inside_a_garbled_heading_is_not_the_carriers_mark() -> None:
    verdicts = _verdicts(_phone_section("6©6YOUR DIGITAL PHONE"), "+13305550149", "+13305550181")
    assert verdicts == {"+13305550149": Verdict.EXACT, "+13305550181": Verdict.EXACT}


def test_a_copyright_mark_of_its_own_still_names_the_carrier() -> None:
    for text in ("© 2025 Armstrong Utilities", "©2025 Armstrong", "Armstrong ©"):
        assert classify(text) == Context.CARRIER, text
    assert classify("6©6YOUR DIGITAL PHONE") != Context.CARRIER
