"""The corpus's truth for a DID block printed as a slash pair with no count
('830-555-0176/0190 (DID)'): honestly two numbers or a block between them, so the lines between
its ends are a question ("unverifiable"), never "exact" and never "not found". The rule is the
generator's, for any family: only what is printed on the block's row decides."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.billcorpus.carriers import CARRIERS
from tests.billcorpus.cases import CaseMaker
from tests.billcorpus.draw import Sheet
from tests.billcorpus.formats import phone
from tests.billcorpus.pages import seen_on_pages
from tests.billcorpus.people import new_customer
from tests.billcorpus.truth import BillTruth, new_draft


def _truth(tmp_path: Path, row: str) -> BillTruth:
    rng = random.Random(7)
    customer = new_customer(rng)
    draft = new_draft("any_family", next(iter(CARRIERS.values())), customer, rng,
                      account_number="4410-2291", lines=(1, 1), block=1.0, block_size=(9, 9))
    (first, count), = draft.ranges
    sheet = Sheet(tmp_path / "b.pdf", rng)
    sheet.text(40, 100, phone(draft.real_btn, "dash"), 9)
    pair = f"{phone(first, 'dash')}/{int(first[-4:]) + count - 1:04d}"
    sheet.text(40, 120, row.format(pair=pair, count=count), 9)
    if "{note}" not in row:
        sheet.text(300, 120, "Business Lines", 9)
    return draft.freeze(sheet.save(), seen_on_pages(sheet, draft))


def test_a_slash_pair_with_no_count_leaves_the_lines_between_it_a_question(
        tmp_path: Path) -> None:
    t = _truth(tmp_path, "{pair} (DID)")
    (first, count), = t.ranges
    last = f"{first[:-4]}{int(first[-4:]) + count - 1:04d}"
    assert first in t.numbers and last in t.numbers
    assert len(t.between_numbers) == count - 2 and not set(t.between_numbers) & set(t.numbers)
    case = CaseMaker(t, "", random.Random(1)).exact()
    for n in t.between_numbers:
        assert case.numbers[n].verdicts == {"unverifiable"}  # never exact, never not found
    assert case.numbers[first].primary == "exact"


@pytest.mark.parametrize("row", ["{pair} ({count} numbers)", "DID Block {pair}",
                                 "{pair} DIDs ({count})"])
def test_a_slash_pair_with_a_count_or_a_block_word_stays_a_block(tmp_path: Path,
                                                                 row: str) -> None:
    t = _truth(tmp_path, row)
    (_, count), = t.ranges
    assert not t.between_numbers and len(t.numbers) == count + 1
