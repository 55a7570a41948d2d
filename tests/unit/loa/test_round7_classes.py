"""Layout classes round 7 found once opened (issue 11), each drawn in the smallest form that has
it, in words of its own (not the round's forms'), each failing before its fix."""

from __future__ import annotations

from portdesk.loa.fill import FormAnalysis, analyse_form
from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round5_kit import numbered_slots


def _mapped(sheet: Sheet, country: str = "US") -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country=country)


def test_a_section_heading_with_a_long_aside_still_heads_its_numbered_grid() -> None:
    """"4. PHONE NUMBERS MOVING TO US (give the area code with each one, please)" is fourteen
    words, but its mark and its aside say nothing of its length: it is the grid's heading, not
    a paragraph, and the grid numbered down its columns takes the numbers."""
    s = letter("aside-heading", "US", "en", [], "")
    s.band(40, 700, 532, "4. PHONE NUMBERS MOVING TO US (give the area code with each one, please)",
           9)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, 676, cols=2, rows=4, col_w=266, label="{n}")
    got = [p for p in _mapped(s).placements if str(p.field) == "number"]
    assert len(got) == 8
    # printed 1-4 down the left column, 5-8 down the right: the slot is the printed number
    by_row = sorted(got, key=lambda p: (-round(p.y), p.x))
    assert [p.slot for p in by_row] == [0, 4, 1, 5, 2, 6, 3, 7]
