"""The bill table's columns laid out to the table's width, so nothing runs past its right edge.

At 1024 px the bill screen leaves the table ~590 px: with its text columns at fixed widths and
"Why" stretched after them, the Action and Why columns ran past the right edge (the specialist
scrolled sideways to reach "Use bill value"). Now the columns that hold controls or a chip
(Verdict, Action) keep their own width and the text columns share the rest, wrapping at words:
each gets at least its longest word (a value is wrapped, never cut, the specialist compares it to
the last character) and at most its text on one line; only when even the longest words do not fit
does the table scroll sideways.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontMetrics

CELL_PADDING = 14  # the cell's text margins and a little air


def text_wants(metrics: QFontMetrics, texts: Sequence[str]) -> tuple[int, int]:
    """(least, most) width for a column of `texts`: its longest word, its longest text."""
    words = [word for text in texts for line in text.splitlines() for word in line.split()]
    least = max((metrics.horizontalAdvance(word) for word in words), default=0)
    most = max((metrics.horizontalAdvance(line) for text in texts
                for line in text.splitlines()), default=0)
    return least + CELL_PADDING, max(least, most) + CELL_PADDING


def share_room(room: int, wants: Sequence[tuple[int, int]]) -> list[int]:
    """Widths for columns wanting (least, most) in `room` px: each at least its least; the rest
    shared equally among those still short of their most; what is left when all are whole goes
    to the last column (it ends at the table's right edge)."""
    widths = [least for least, _most in wants]
    left = room - sum(widths)
    while left > 0:
        short = [i for i, (_least, most) in enumerate(wants) if widths[i] < most]
        if not short:
            break
        share = max(1, left // len(short))
        for i in short:
            give = min(share, wants[i][1] - widths[i], left)
            widths[i] += give
            left -= give
            if left <= 0:
                break
    if left > 0 and widths:
        widths[-1] += left
    return widths
