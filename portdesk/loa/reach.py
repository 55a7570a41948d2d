"""How far a party's section reaches down the page when no heading follows it.

A heading naming another party (the current provider, the new one, an installer, the office)
governs the rows of blanks printed under it in one run. A form that gives the signer no heading
of its own prints the signer's rows after the party's, set apart by white space: where the rows'
rhythm breaks (a gap between two rows of blanks plainly wider than the page's usual spacing),
a new block starts, and a block holding the place to sign or the date it is signed is the
customer's kind of block, whoever's heading sits above the break. The section ends at the
break, not at the page's end ("Nuværende teleselskab" over the provider's rows, then the
signer's name, title, signature and date: the signer's rows are ours).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from itertools import pairwise

from portdesk.loa.fields import LoaField
from portdesk.loa.ticks import Found

_SAME_ROW = 4.0  # points: blanks whose tops are this close sit on one row
_USUAL = 60.0  # gaps wider than this are no row spacing when measuring the page's rhythm
_BREAK_MIN = 28.0  # a break is at least this wide...
_BREAK_PITCHES = 1.6  # ...and this many times the usual spacing of rows in one block
_CUSTOMERS_KIND = frozenset({LoaField.SIGNATURE, LoaField.DATE_SIGNED})


def ends_before(f: Found, heading_y: float, founds: Sequence[Found]) -> bool:
    """The heading at `heading_y` is another party's: its section ends at a break in the rows
    between it and the blank, when the blank's own block holds a place of the customer's kind
    (the signature or the date signed)."""
    page = [g for g in founds if g.blank.page == f.blank.page]
    tops = _rows([g.blank.rect[3] for g in page])
    gaps = [a - b for a, b in pairwise(tops) if a - b <= _USUAL]
    pitch = statistics.quantiles(gaps, n=4)[0] if len(gaps) > 1 else 20.0  # the rows' own
    wide = max(_BREAK_MIN, _BREAK_PITCHES * pitch)
    top = f.blank.rect[3]
    between = [t for t in tops if top - _SAME_ROW < t < heading_y]  # from the heading down
    starts = [b for a, b in pairwise(between) if a - b > wide]
    if not starts:
        return False
    start = starts[-1]  # the blank's own block starts at the last break above it
    bottom = start
    for t in (t for t in tops if t < start):
        if bottom - t > wide:
            break
        bottom = t
    return any(g.field in _CUSTOMERS_KIND and bottom - _SAME_ROW <= g.blank.rect[3]
               <= start + _SAME_ROW for g in page)


def _rows(tops: Sequence[float]) -> list[float]:
    """The heights of the rows of blanks, top of the page first."""
    out: list[float] = []
    for t in sorted(tops, reverse=True):
        if not out or out[-1] - t > _SAME_ROW:
            out.append(t)
    return out
