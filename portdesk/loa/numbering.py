"""A numbered list of slots: its header row, and a hole in its printed numbering.

A grid's header row is one line: print found higher up than the row where a column is headed as
the numbers lies above the table (the last line of the section before, reached over a heading
that spans only part of the grid: "SSN / EIN: only if asked" over the second column of slots
under "NUMBERS TO PORT"), so it heads no column and labels no slot of it.

Slots are filled in the order the form prints their numbers ("1." ... "20."), one number of the
case after the other. When the slots the filler found skip printed numbers ("1.".."4." then
"9.".."20.": the slots 5-8 were not read as slots), filling on would put the fifth number in
slot 9 and every later one a slot off: a number in a wrong slot of a signed letter of agency is
worse than an empty slot. The slots past the hole are left empty and listed for the specialist.
A list whose first slot found is not its first printed number ("4." .. "6." read as slots,
"1." .. "3." read as something else) has its hole before the first: every slot is left empty.
"""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText
from portdesk.loa.mapping import Review
from portdesk.loa.ticks import Found

_HEAD_LINE = 10.0  # points: one line of a header row's small print, and its leading
_REACH = 40.0  # points above a slot where its own label may sit (slots._header's reach)
Header = tuple[LoaField | str | None, float]  # what a column's header reads, its line's y


def _header_row(headers: list[Header]) -> float | None:
    rows = [y for head, y in headers if head == LoaField.NUMBER]
    return max(rows) if rows else None


def under_the_header_row(headers: list[Header]) -> list[Header]:
    """The columns' headers, none for a column whose header lies above the grid's header row."""
    row = _header_row(headers)
    if row is None:
        return headers
    return [(None, 0.0) if head not in (None, LoaField.NUMBER) and y > row + _HEAD_LINE
            else (head, y) for head, y in headers]


def labels_above_the_grid(grid: list[list[Found]], headers: list[Header],
                          texts: dict[int, PageText]) -> None:
    """A numbered slot at the top of its column read by a label above the grid's header row
    ("Tax ID: only for business accounts" over "3)") was read by the section before: it is a
    bare slot of the grid again."""
    row = _header_row(headers)
    if row is None:
        return
    for col in grid:
        f = col[0]
        if f.marker is None or f.source != "label (above)" or f.field in (None, LoaField.NUMBER):
            continue
        lines = texts[f.blank.page].above(f.blank.rect, max_lines=1, reach=_REACH, slack=4)
        if lines and lines[-1].y > row + _HEAD_LINE:
            f.field, f.confidence, f.source, f.evidence = None, 0.0, "", ""


def slots_past_a_hole(kept: list[Found]) -> tuple[list[Found], list[Review]]:
    """`kept` without the number slots printed after a hole in the list's numbering, and a
    review line for each of them."""
    slots = [f for f in kept if f.field == LoaField.NUMBER]
    marked = sorted((f for f in slots if f.marker is not None), key=lambda f: f.marker or 0)
    markers = [f.marker for f in marked]
    if len(marked) * 2 < len(slots) or len(set(markers)) != len(markers):
        return kept, []  # not a list numbered once: ordered otherwise (slots.order_slots)
    hole = next((k for k in range(1, len(marked))
                 if (marked[k].marker or 0) - (marked[k - 1].marker or 0) > 1), None)
    if marked and (marked[0].marker or 0) > 1:  # "4." .. "6." found, "1." .. "3." not: the
        hole = 0  # first number would go to slot 4, every one of them a slot off
    if hole is None:
        return kept, []
    last = marked[hole - 1].marker if hole else 0
    past = {id(f) for f in marked[hole:]} | {id(f) for f in slots if f.marker is None}
    skips = (f"skips from {last} to {marked[hole].marker}" if hole
             else f"starts at {marked[0].marker}")
    reason = (f"the list's printed numbering {skips} (the slots between were not found): "
              "numbers from there on are left for you, never a slot off")
    review = [Review(f.blank.page, f.blank.rect, "number", f.confidence, reason)
              for f in slots if id(f) in past]
    return [f for f in kept if id(f) not in past], review
