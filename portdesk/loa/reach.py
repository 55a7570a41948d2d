"""How far a party's section reaches down the page when no heading follows it.

A heading naming another party (the current provider, the new one, an installer, the office)
governs the rows of blanks printed under it in one run. A form that gives the signer no heading
of its own prints the signer's rows after the party's, set apart by white space: where the rows'
rhythm breaks in the blank's own column (white space between two rows of blanks plainly wider
than between the rows of one block), a new block starts, and a block holding the place to sign
or the date it is signed is the customer's kind of block, whoever's heading sits above the
break (unless the party's own rows above the break sign for themselves: a representative's
signature box, then its name and date). The section ends at the break, not at the page's end
("Nuværende teleselskab" over the provider's rows, then the signer's name, title, signature
and date: the signer's rows are ours).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from itertools import pairwise

from portdesk.loa.fields import LoaField
from portdesk.loa.ticks import Found

Rect = tuple[float, float, float, float]

_SAME_ROW = 4.0  # points: blanks whose tops are this close sit on one row
_USUAL = 40.0  # white wider than this is no spacing between the rows of one block
# a break is white space at least this high (measured, session 16, tests/loaforms/margins.py:
# every decision on every open form and the real ones is the same from 4 to 26 pt)...
_BREAK_MIN = 20.0
# ...and this many times the usual white between rows of one block (the same from 1.0 to 1.8;
# 1.85 turns a decision on a round 19 form: 1.8 sat at the edge, fitted; 1.4 is the middle)
_BREAK_ROWS = 1.4
_ROOM = 2.0  # times a break: the white above a signature's row that still joins its block
_CUSTOMERS_KIND = frozenset({LoaField.SIGNATURE, LoaField.DATE_SIGNED})


def ends_before(f: Found, heading_y: float, founds: Sequence[Found]) -> bool:
    """The heading at `heading_y` is another party's: its section ends at a break in the rows
    of the blank's column between it and the blank, when the blank's own block holds a place
    of the customer's kind (the signature or the date signed)."""
    x0, _y0, x1, top = f.blank.rect
    column = [g for g in founds if g.blank.page == f.blank.page
              and min(x1, g.blank.rect[2]) - max(x0, g.blank.rect[0]) > 2]
    rows = _rows([g.blank.rect for g in column])
    whites = [a[1] - b[0] for a, b in pairwise(rows) if 0 < a[1] - b[0] <= _USUAL]
    usual = statistics.quantiles(whites, n=4)[0] if len(whites) > 1 else 10.0
    wide = max(_BREAK_MIN, _BREAK_ROWS * usual)
    between = [r for r in rows if top - _SAME_ROW < r[0] < heading_y]  # from the heading down
    starts = [b for a, b in pairwise(between) if a[1] - b[0] > wide]
    if not starts:
        return False
    start = starts[-1]  # the blank's own block starts at the last break above it
    if any(_holds(column, r, _CUSTOMERS_KIND) for r in between if r[0] > start[0]):
        return False  # the party's rows sign for themselves: a signing block of its own
    block = [start]
    for r in (r for r in rows if r[0] < start[0]):
        # the room to sign is white by nature: a signature's row after the block's rows
        # belongs to it across a little more white than the rows between
        room = _ROOM * wide if _holds(column, r, _CUSTOMERS_KIND) else wide
        if block[-1][1] - r[0] > room:
            break
        block.append(r)
    low, high = block[-1][0], start[0]
    return any(g.field in _CUSTOMERS_KIND and low - _SAME_ROW <= g.blank.rect[3]
               <= high + _SAME_ROW for g in column)


def _holds(column: Sequence[Found], row: tuple[float, float],
           fields: frozenset[LoaField]) -> bool:
    return any(g.field in fields and abs(g.blank.rect[3] - row[0]) <= _SAME_ROW for g in column)


def _rows(rects: Sequence[Rect]) -> list[tuple[float, float]]:
    """The rows of blanks as (top, bottom), top of the page first."""
    out: list[tuple[float, float]] = []
    for r in sorted(rects, key=lambda r: -r[3]):
        if out and out[-1][0] - r[3] <= _SAME_ROW:
            out[-1] = (out[-1][0], min(out[-1][1], r[1]))
        else:
            out.append((r[3], r[1]))
    return out
