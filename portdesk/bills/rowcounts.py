"""How many lines a row says it holds ('DID Block (9)', '7 numbers', '(22 DIDs)'): a witness
for a block of numbers beside its printed ends.

Split from ranges.py (the forms of a printed block). A count that agrees with a block's ends
confirms it, on a scan (scanranges.counted_conf) and on a text layer alike: '402-555-0178/0186'
is a list of two lines by its form, and a block of nine when its row counts nine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from portdesk.bills.layout import Segment
from portdesk.bills.parse import PHONE_RE
from portdesk.bills.reader import Word

if TYPE_CHECKING:
    from portdesk.bills.pageindex import PageIndex

MAX_COUNTED = 1000  # as blockform.MAX_RANGE: a longer run is no list of the customer's lines

_COUNT = re.compile(r"(?i)^\(?(\d{1,4})$")
_COUNTED = re.compile(r"(?i)^(?:numbers?|lines?|dids?|tns?|numéros?|lignes?)\)?[.,;]?$")
# the count in parentheses after the block's name ('DID block (20)', 'Numbers (7)')
_NAMED = re.compile(r"(?i)^(?:numbers?|lines?|dids?|tns?|numéros?|lignes?|blocks?|blocs?|"
                    r"ranges?|plages?)$")
_PAREN_COUNT = re.compile(r"^\((\d{1,4})\)[.,;:]?$")


def count_cell(text: str) -> int | None:
    """The count a cell prints on its own ('22', '(22') or after the block's name ('DIDs (22)')."""
    words = text.split()
    bare = _COUNT.match(text.strip())
    if bare is not None:
        return int(bare.group(1))
    named = _PAREN_COUNT.match(words[-1]) if len(words) >= 2 and _NAMED.match(words[-2]) else None
    return int(named.group(1)) if named is not None else None


def row_counts(index: PageIndex, seg: Segment) -> list[tuple[int, float]]:
    """The counts of lines the row of `seg` prints ('7 numbers', '(22 DIDs)'), each with how
    surely it was read."""
    words = [w for row in index.lines.get(seg.line, []) for w in row.words]
    return [*((int(m.group(1)), min(word.conf, unit.conf)) for word, unit in pairwise(words)
              if (m := _COUNT.match(word.text)) and _COUNTED.match(unit.text)),
            *((int(m.group(1)), word.conf) for row in index.lines.get(seg.line, [])
              for name, word, after in zip(row.words, row.words[1:], [*row.words[2:], None],
                                           strict=False)
              if _NAMED.match(name.text) and (m := _PAREN_COUNT.match(word.text))
              and not _area_code(word, after))]


def _area_code(word: Word, after: Word | None) -> bool:
    """'Block (218) 555-0117': parentheses followed, in the same cell, by the rest of a number
    hold its area code."""
    return after is not None and word.text.endswith(")") and after.text[:1].isdigit()



_SLASH_PAIR = re.compile(r"/(\d{4})(?![\d/])")


Pair = tuple[str, str, int, int, tuple[int, int]]  # area code, exchange, first, last, span
# a word naming a run of lines as a block ('DID Block 402-555-0178/0186'): the pair is its ends
_BLOCK_WORD = re.compile(r"(?i)^(?:blocks?|blocs?|ranges?|plages?)[.,:;)]*$")


def _slash_pairs(text: str) -> Iterator[Pair]:
    """Every '402-555-0178/0186' of `text`: a number and one later line of its exchange after a
    slash, the last greater than the first and within a block's length."""
    for m in PHONE_RE.finditer(text):
        tail = _SLASH_PAIR.match(text, m.end())
        if tail is None:
            continue
        digits = "".join(m.groups())
        first, last = int(digits[6:]), int(tail.group(1))
        if 1 < last - first + 1 <= MAX_COUNTED:
            yield digits[:3], digits[3:6], first, last, (m.start(), tail.end())


def counted_pairs(index: PageIndex, seg: Segment, text: str) -> Iterator[Pair]:
    """'402-555-0178/0186' on a row that counts nine lines ('DID Block (9)') or names a block
    ('DID Block'): the two ends of one block, not a list of two. A pair whose count is on its
    row and disagrees stays the list of two its form says."""
    if "/" not in text:
        return
    counts = {n for n, _ in row_counts(index, seg)}
    named = not counts and _names_a_block(index, seg)
    for pair in _slash_pairs(text):
        if named or pair[3] - pair[2] + 1 in counts:
            yield pair


def uncounted_pairs(index: PageIndex, seg: Segment, text: str) -> Iterator[Pair]:
    """'830-555-0176/0190 (DID)': a slash pair whose row neither counts its lines nor names a
    block is honestly ambiguous, two lines or a block from one to the other. Its ends are found
    as printed; a line between them is a question for the specialist, never a match and never
    "not found" (checkphones.between_pair)."""
    if "/" not in text or row_counts(index, seg) or _names_a_block(index, seg):
        return
    yield from _slash_pairs(text)


def _names_a_block(index: PageIndex, seg: Segment) -> bool:
    return any(_BLOCK_WORD.match(w.text) for row in index.lines.get(seg.line, [])
               for w in row.words)
