"""The corpus's truth for an account whose page gives exactly one phone number as the account's
own, under a singular label ('Phone number', 'PHONE #', 'Your number'): that number is the
account's main number and so its BTN (the lead's rule of session 17). The rule is the
generator's, for any family: only what is drawn decides, never the family's name."""

from __future__ import annotations

import random
from pathlib import Path

from tests.billcorpus.carriers import CARRIERS
from tests.billcorpus.draw import Sheet
from tests.billcorpus.formats import phone
from tests.billcorpus.pages import own_number_btn, seen_on_pages
from tests.billcorpus.people import new_customer
from tests.billcorpus.truth import BillTruth, Draft, new_draft


def _drawn(tmp_path: Path, lines: int, rows: list[tuple[str, str]],
           in_text: str = "") -> tuple[Draft, Sheet]:
    rng = random.Random(11)
    draft = new_draft("any_family", next(iter(CARRIERS.values())), new_customer(rng), rng,
                      account_number="4410-2291", lines=(lines, lines))
    draft.btn = None  # the family proved no BTN of its own
    sheet = Sheet(tmp_path / "b.pdf", rng)
    y = 100.0
    for label, value in rows:
        sheet.text(40, y, label, 8)
        sheet.text(300, y, value.format(*(phone(n, "dash") for n in draft.numbers)), 8)
        y += 12
    if in_text:
        sheet.text(40, y, in_text.format(phone(draft.numbers[0], "paren")), 8)
    return draft, sheet


def _freeze(draft: Draft, sheet: Sheet) -> BillTruth:
    draft.btn_from_own_number = own_number_btn(sheet, draft)
    return draft.freeze(sheet.save(), seen_on_pages(sheet, draft))


def test_a_receipts_one_phone_line_is_the_btn(tmp_path: Path) -> None:
    draft, sheet = _drawn(tmp_path, 1, [("SUBSCRIBER", "Ann Lee"), ("PHONE #", "{0}")])
    t = _freeze(draft, sheet)
    assert t.btn == t.numbers[0] and t.btn_from_own_number
    assert t.shown("btn", t.btn)


def test_a_phone_number_label_before_its_value_in_one_string(tmp_path: Path) -> None:
    draft, sheet = _drawn(tmp_path, 1, [], in_text="Phone number: {0}")
    assert _freeze(draft, sheet).btn == draft.numbers[0]


def test_an_item_line_naming_a_number_labels_no_btn(tmp_path: Path) -> None:
    """'Phone Number 919-555-0187 (Main Line)' in a charges table is an item, not a label."""
    draft, sheet = _drawn(tmp_path, 1, [], in_text="Phone Number {0} (Main Line)")
    t = _freeze(draft, sheet)
    assert t.btn is None and not t.btn_from_own_number


def test_two_lines_prove_no_btn(tmp_path: Path) -> None:
    draft, sheet = _drawn(tmp_path, 2, [("Phone number", "{0}"), ("Phone number", "{1}")])
    assert _freeze(draft, sheet).btn is None


def test_a_number_under_no_singular_label_proves_no_btn(tmp_path: Path) -> None:
    draft, sheet = _drawn(tmp_path, 1, [("Your lines", "{0}")])
    assert _freeze(draft, sheet).btn is None
