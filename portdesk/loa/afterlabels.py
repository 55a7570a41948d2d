"""A row that opens with a line: its labels are printed after their lines.

"__________ account number   __________ PIN / passcode (if any)": nothing is printed before the
row's first line, so the form labels each line by the words after it. The words between the two
lines read as the second line's label on its left, but they are the first line's: the value
they ask goes on the first line, and the second line asks what the words after it say.
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.labels import PageText
from portdesk.loa.ticks import Found

_AFTER = 8.0  # points from a line's end to the first word of the label printed after it
_ROW = 0.5  # of the lower height: two lines sharing this much of it are on one row


def labels_after_their_lines(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    lines = [f for f in founds if f.blank.kind == "leader"]
    for f in lines:
        if f.field is None or f.source != "label (left)":
            continue
        text = texts.get(f.blank.page)
        if text is None:
            continue
        first = _line_before(f, lines)
        if first is None or first.field is not None:
            continue
        row = text.line_of(first.blank.rect)
        if any(w.x1 <= first.blank.rect[0] + 1 and not w.is_blank for w in row):
            continue  # print before the row's first line: its labels may lead their lines
        between = sorted((w for w in row if not w.is_blank and first.blank.rect[2] - 1 <= w.x0
                          and w.x1 <= f.blank.rect[0] + 1), key=lambda w: w.x0)
        if not between or between[0].x0 - first.blank.rect[2] > _AFTER or \
                between[-1].text.rstrip().endswith(":"):
            continue  # "____ (signature)   Date: ____": a colon leads its own line
        first.field, first.confidence, first.evidence = f.field, f.confidence, f.evidence
        first.source = "label (right)"
        first.note("the row opens with a line: its labels follow their lines")
        f.field = None
        f.note(f"'{f.evidence}' is printed after the line before this one: that line's label")


def _line_before(f: Found, lines: Sequence[Found]) -> Found | None:
    """The nearest line on the blank's row that ends before it starts."""
    r = f.blank.rect
    same = [o for o in lines if o is not f and o.blank.page == f.blank.page
            and o.blank.rect[2] <= r[0] + 1 and _one_row(o.blank.rect, r)]
    return max(same, key=lambda o: o.blank.rect[2], default=None)


def _one_row(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    low = min(a[3] - a[1], b[3] - b[1])
    return min(a[3], b[3]) - max(a[1], b[1]) > _ROW * low
