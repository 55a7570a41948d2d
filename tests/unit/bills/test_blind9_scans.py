"""Scan classes the opened blind9 split showed, each on OCR words drawn here (never on a corpus
bill):

- specks OCR read as dots or a comma after a value's last digit ('2042-827829..') are no part of
  it: the account number typed as printed is the bill's exact form, not another way to write it.
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase


def _page(rows: list[tuple[float, float, str, float]]) -> BillDocument:
    """OCR words: (left, top, words joined by '|', confidence) a row each."""
    words = []
    for x, top, text, conf in rows:
        for w in text.split("|"):
            words.append(Word(w, x, top, x + 6 * len(w), top + 10, conf))
            x += 6 * len(w) + 5
    return BillDocument(Path("scan.png"), (Page(1, 612, 792, tuple(words), "ocr"),), 1)


def _account(read: str, typed: str) -> Verdict:
    doc = _page([(44, 30, "Northway|Telephone", 0.93),
                 (340, 30, f"Account|Number|{read}", 0.93),
                 (60, 110, "Lakeview|Dental|Group", 0.94),
                 (60, 124, "418|Birch|St", 0.94),
                 (60, 138, "Harlan|KY|40831", 0.94),
                 (60, 210, "Total|Amount|Due|$88.10", 0.94)])
    case = PortCase(account_name="", account_number=typed)
    return compare(case, extract_fields(doc)).fields["account_number"].verdict


def test_dots_ocr_read_after_an_account_numbers_last_digit_are_no_part_of_it() -> None:
    assert _account("2042-827829..", "2042-827829") == Verdict.EXACT
    assert _account("2042-827829,", "2042-827829") == Verdict.EXACT


def test_the_same_digits_written_otherwise_are_still_equivalent_and_others_no_match() -> None:
    assert _account("2042-827829..", "2042827829") == Verdict.EQUIVALENT
    assert _account("2042-827828..", "2042-827829") not in (Verdict.EXACT, Verdict.EQUIVALENT)
