"""A rule drawn over a section's heading divides the form; it is no line to write on.

Forms that tell their blocks apart by headings alone ("CUSTOMER", "AUTHORIZED PERSON",
"INSTALLER", each over its own "Name: [ ] Phone: [ ]" rows) often draw a rule across the page
right over each heading. Read as a writing line, the heading tight under it was taken for its
caption: the signer's name was written over "AUTHORIZED PERSON", a number over "NUMBERS", and the
words no longer counted as the heading that tells whose "Name" and "Phone" the rows under it
ask (the customer's name and billing number were left empty).

A drawn rule is such a divider when it spans the page's print (most of its width), the words
tight under it start where it starts and fill little of it (a heading, no caption filling its
line), open in capitals at least as tall as the labels under them (a caption under a writing
line is small print), no blank shares their row, and the next printed row under them, within a
row's reach, is a label followed by its own blank: the heading's block begins there.
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.labels import Line, PageText

Rect = tuple[float, float, float, float]
_FULL = 0.8  # the rule spans at least this share of the page's print
_TIGHT = 6.0  # points between the rule and the heading under it
_FLUSH = 4.0  # points: the heading starts where the rule starts
_SHARE = 0.6  # a heading fills at most this share of its rule
_NEXT_ROW = 30.0  # points from the heading down to its block's first row
_INDENT = 12.0  # points: the block's first row starts this close to the rule's start
_SAME_HEIGHT = 0.2  # points of print height: rounding between two words of one size


def divides_sections(x0: float, y: float, x1: float, text: PageText,
                     blanks: Sequence[Rect]) -> bool:
    """True for a rule from x0 to x1 at height y drawn over a section heading (see module)."""
    if not text.words:
        return False
    left = min([*(w.x0 for w in text.words), *(b[0] for b in blanks)])
    right = max([*(w.x1 for w in text.words), *(b[2] for b in blanks)])
    if x1 - x0 < _FULL * (right - left):
        return False
    under = [ln for ln in text.lines if 0 <= y - ln.top <= _TIGHT and ln.x0 < x1 and ln.x1 > x0]
    if len(under) != 1:
        return False
    head = under[0]
    if abs(head.x0 - x0) > _FLUSH or head.x1 - head.x0 > _SHARE * (x1 - x0) or \
            any(w.is_blank for w in head.words) or _on_row(head, blanks, x0):
        return False
    below = sorted((ln for ln in text.lines if 0 < head.y - ln.top and
                    head.y - ln.y <= _NEXT_ROW), key=lambda ln: -ln.y)
    if not below:
        return False
    row = below[0]
    return 0 <= row.x0 - x0 <= _INDENT and _on_row(row, blanks, row.words[0].x1 - 1) and \
        _printed_as_heading(head, row)


def _printed_as_heading(head: Line, row: Line) -> bool:
    """A heading opens in capitals at least as tall as the labels under it; a caption under
    its line ("Firmenname", "COMPANY NAME" in small print) does not."""
    first = head.words[0]
    letters = "".join(c for c in first.text if c.isalpha())
    label = row.words[0]
    return len(letters) >= 2 and letters.isupper() and \
        first.y1 - first.y0 >= label.y1 - label.y0 - _SAME_HEIGHT


def _on_row(line: Line, blanks: Sequence[Rect], after: float) -> bool:
    """A blank on the line's row starting right of `after`."""
    return any(b[0] >= after and min(b[3], line.top) - max(b[1], line.y) > 0 for b in blanks)
