"""The heading that governs a grid of blanks from a distance.

A form often prints "Numbers" (or "Telephone Numbers NOT TO BE PORTED") and then, before the
grid of bare lines or numbered boxes it announces, other rows: the main billing number, the
requested date with its DD / MM / YYYY captions, a paragraph of instructions. None of those is the
grid's heading; the first short line above them that labels no blank, captions none, and is no
part of a paragraph is. It decides what the grid holds when nothing nearer does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.blanks import Blank
from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Word
from portdesk.loa.labels import Line, PageText
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import normalise

_HEADING_WORDS = 9  # a longer line is body text
_REACH = 220.0  # points above the grid a governing heading may sit
_CAPTION = 12.0  # a line this close under a blank is its caption
_LEADING = 1.8  # lines of one paragraph sit within this many of their heights
_SIZE_SLACK = 2.5  # points: one paragraph's lines differ in height only by their glyphs
_SECTION_MARK = re.compile(r"^(\(?[A-Z]\)|[A-Z]\.|\d{1,2}[.)]|[IVX]{1,4}\.)$")


def heading_words(words: Sequence[Word]) -> int:
    """How many words a heading says: its section mark ("C.", "4)") and its asides in
    parentheses ("C. TELEPHONE NUMBERS TO BE PORTED (area code + number)": five) say nothing of
    its length as a sentence; a heading with a long aside is still a heading, not body text."""
    depth, count, half = 0, 0, 0
    for n, w in enumerate(words):
        opens, closes = w.text.count("("), w.text.count(")")
        if w.text == "/" and not depth:  # "Numéros à porter / Over te dragen nummers": a
            half, count = max(half, count), 0  # bilingual heading says its longer half
            continue
        if not (depth or opens or (n == 0 and _SECTION_MARK.match(w.text))):
            count += 1
        depth = max(0, depth + opens - closes)
    return max(half, count)


def governing_heading(top: Blank, blanks: Sequence[Blank], text: PageText) -> str:
    """The nearest heading above the grid whose top blank is `top` ("" when there is none)."""
    x0, x1 = top.rect[0], top.rect[2]
    above = sorted((ln for ln in text.lines if top.rect[3] - 2 <= ln.y <= top.rect[3] + _REACH
                    and ln.x0 < x1 and ln.x1 > x0 - 40), key=lambda ln: ln.y)
    others = [b for b in blanks if b.page == top.page and b is not top]
    for n, line in enumerate(above):
        if beside_a_blank(line, others) or caption(line, others) or any(
                w.is_blank or w.is_box for w in line.words) or label_over(line, top, others):
            continue
        if heading_words(line.words) > _HEADING_WORDS or in_paragraph(line, above[n + 1:]):
            continue
        return line.text
    return ""


_LABEL_GAP = 6.0  # points between a label and the box it is printed over (or at the top of)


def label_over(line: Line, top: Blank, blanks: Sequence[Blank]) -> bool:
    """The line is the label of another box (a widget, or a cell with its label at its top)
    printed tight over it, above the grid's first row: "Company name" over its widget, then the
    numbered lines of an attachment. That box's label, not the heading or header of the grid."""
    low = min(w.y0 for w in line.words)
    lx0, lx1 = line.words[0].x0, line.words[-1].x1
    return any(o.page == top.page and o.kind in ("widget", "cell") and o is not top
               and o.rect[1] >= top.rect[3] - 1 and 0 <= low - o.rect[3] <= _LABEL_GAP
               and min(o.rect[2], lx1) - max(o.rect[0], lx0) > 0 for o in blanks)


def beside_a_blank(line: Line, blanks: Sequence[Blank]) -> bool:
    mid = (line.y + line.top) / 2
    return any(b.rect[1] - 2 <= mid <= b.rect[3] + 2 for b in blanks)


def caption(line: Line, blanks: Sequence[Blank]) -> bool:
    return any(0 <= b.rect[1] - line.top <= _CAPTION and b.rect[0] - 4 <= line.x0 <= b.rect[2]
               for b in blanks)


def in_paragraph(line: Line, higher: Sequence[Line]) -> bool:
    """The short last line of a paragraph: a long line of the same size just above it. A row
    of a table's header cells ("No | Number to port | Port time | New routing", their second
    language under them) is no long line: its words run on only within each cell."""
    height = line.top - line.y
    return any(_longest_phrase(up.words) > _HEADING_WORDS and
               0 < up.y - line.y <= _LEADING * height + 2
               and abs((up.top - up.y) - height) <= _SIZE_SLACK for up in higher)


# of the words' own type height: a wider gap between two words separates header cells (the
# page's type size, not a distance fixed in points: measured, tests/loaforms/margins.py)
_CELL_GAP = 2.4


def _longest_phrase(words: Sequence[Word]) -> int:
    """The most words of the line that run on from each other (no wider gap than a cell's)."""
    best = run = 0
    last: Word | None = None
    for w in sorted(words, key=lambda w: w.x0):
        run = run + 1 if last is not None and w.x0 - last.x1 <= _CELL_GAP * max(
            w.y1 - w.y0, last.y1 - last.y0) else 1
        best, last = max(best, run), w
    return best


_ONE_EACH = {LoaField.NUMBERS: LoaField.NUMBER, LoaField.REMAINING_NUMBERS: LoaField.REMAINING_NUMBER}


def one_number_per_line(founds: Sequence[Found]) -> None:
    """Single lines side by side under one sentence ("Numbers that will NOT be ported (they
    stay with the current provider):" over two lines) are slots, a number on each, not two
    boxes for the whole list (the list would be written twice, or into one line only)."""
    groups: dict[tuple[int, str, LoaField], list[Found]] = {}
    for f in founds:
        if isinstance(f.field, LoaField) and f.field in _ONE_EACH and f.blank.lines < 2:
            # the same label read above one line and as the sentence before the next
            groups.setdefault((f.blank.page, normalise(f.evidence), f.field), []).append(f)
    bare = [f for f in founds if f.field is None and not f.evidence and f.blank.lines < 2]
    for group in groups.values():
        alike = [f for f in bare if any(_same_row(f.blank, o.blank) and f.blank.kind ==
                                        o.blank.kind and _same_width(f.blank, o.blank)
                                        and not _blank_between(f.blank, o.blank, founds)
                                        for o in group)]  # the bare lines beside them
        row = [f for f in group + alike if any(o is not f and _same_row(f.blank, o.blank)
                                               for o in group + alike)]
        lead = max(group, key=lambda f: (f.blank.rect[3], -f.blank.rect[0]))  # the first read
        below = _stacked_under(lead, bare + group[1:])  # a column of lines under one heading
        alike += [f for f in below if f in bare]
        row += [f for f in [lead, *below] if below and f not in row]
        each = _ONE_EACH[lead.field]  # type: ignore[index]
        for f in row:
            if f in alike:
                f.evidence, f.source, f.confidence = lead.evidence, lead.source, lead.confidence
            f.field = each
    _one_of_a_column(founds)


def _blank_between(a: Blank, b: Blank, founds: Sequence[Found]) -> bool:
    """Another blank of the row stands between the two: they are not side by side (a column of
    a numbers table is no more room for the list of numbers that stay beside the table)."""
    lo, hi = min(a.rect[2], b.rect[2]), max(a.rect[0], b.rect[0])
    return any(f.blank is not a and f.blank is not b and f.blank.page == a.page
               and _same_row(f.blank, a) and lo - 1 <= f.blank.rect[0] and f.blank.rect[2] <= hi + 1
               for f in founds)


def _one_of_a_column(founds: Sequence[Found]) -> None:
    """A single line read as the whole list in a column of like lines read as slots (the
    middle one of three "numbers that stay" boxes, its label being the box above): a slot too,
    not a second place for the whole list (it was written there, both numbers in one box)."""
    for f in founds:
        each = _ONE_EACH.get(f.field) if isinstance(f.field, LoaField) else None
        if each is None or f.blank.lines >= 2:
            continue
        if any(o.field == each and o.blank.page == f.blank.page and o.blank.kind == f.blank.kind
               and abs(o.blank.rect[0] - f.blank.rect[0]) <= 3 and _same_width(o.blank, f.blank)
               for o in founds):
            f.field = each
            f.note("one of a column of slots")


def _stacked_under(lead: Found, bare: Sequence[Found]) -> list[Found]:
    """Bare lines of the same width stacked right under the first: "Numbers staying with the
    current provider" over four boxes is four slots, not one box for the list and three empty."""
    out: list[Found] = []
    last = lead.blank
    while True:
        height = last.rect[3] - last.rect[1]
        nxt = next((f for f in bare if f not in out and f.blank.page == last.page
                    and f.blank.kind == last.kind and abs(f.blank.rect[0] - last.rect[0]) <= 3
                    and _same_width(f.blank, last)
                    and 0 <= last.rect[1] - f.blank.rect[3] <= 1.5 * height), None)
        if nxt is None:
            return out
        out.append(nxt)
        last = nxt.blank


def _same_row(a: Blank, b: Blank) -> bool:
    shared = min(a.rect[3], b.rect[3]) - max(a.rect[1], b.rect[1])
    return shared > 0.5 * min(a.rect[3] - a.rect[1], b.rect[3] - b.rect[1]) and (
        a.rect[2] <= b.rect[0] or b.rect[2] <= a.rect[0])


def _same_width(a: Blank, b: Blank) -> bool:
    wa, wb = a.rect[2] - a.rect[0], b.rect[2] - b.rect[0]
    return abs(wa - wb) <= 0.2 * max(wa, wb)
