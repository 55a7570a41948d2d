"""A run of words read across a join the page does not print as a space.

A logo lockup sets a short wordmark large and a word right after it small ('etc' at 28 pt, then
'communications' at 11 pt, 3 pt apart): the layout reads two words, because the size changes,
but nothing on the page spaces them: the gap is narrower than a space of either size, and the
text layer itself prints one token. A name read across that join ('Etc Communications') is not
printed as typed: it may be the brand, or the wordmark beside a descriptor or a tagline. The
bill does not settle it, so a check that rests on such a run says "unverifiable", with the run
as the evidence, never "exact" or "equivalent". Geometry only: no name is known here.
"""

from __future__ import annotations

from itertools import pairwise

from portdesk.bills.pageindex import BillIndex
from portdesk.bills.reader import Word

# the words' heights differ at least this much: one word set in another size, not a glyph's box
_SIZE_RATIO = 1.5
# of the smaller word's height: the reader's own gap inside one word (reader.text_words)
_IN_WORD_GAP = 0.3


def glued(a: Word, b: Word) -> bool:
    """`b` follows `a` on its line in another size, with less than a space between them."""
    small, large = sorted((a.height, b.height))
    if small <= 0 or large < small * _SIZE_RATIO:
        return False
    gap = b.x0 - a.x1
    same_line = min(a.bottom, b.bottom) - max(a.top, b.top) >= small * 0.5
    return same_line and -0.5 <= gap < small * _IN_WORD_GAP


def read_across_a_join(index: BillIndex, page: int,
                       box: tuple[float, float, float, float]) -> bool:
    """The words printed inside `box` on `page` hold two that `glued` joins: the run was read
    across a join the page does not print as a space."""
    if not 0 < page <= len(index.pages) or index.pages[page - 1].page.source == "ocr":
        return False  # a scan's word boxes are OCR's guesses: their gaps say nothing of spaces
    x0, top, x1, bottom = box
    inside = sorted((w for w in index.pages[page - 1].page.words
                     if x0 - 1 <= w.x0 and w.x1 <= x1 + 1 and top - 1 <= w.top
                     and w.bottom <= bottom + 1), key=lambda w: (round(w.top), w.x0))
    rows: list[list[Word]] = []
    for w in sorted(inside, key=lambda w: w.x0):
        row = next((r for r in rows if min(r[-1].bottom, w.bottom) - max(r[-1].top, w.top) > 0),
                   None)
        if row is None:
            rows.append([w])
        else:
            row.append(w)
    return any(glued(a, b) for row in rows for a, b in pairwise(row))
