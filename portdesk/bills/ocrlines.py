"""Rows of a scan that still lean after the deskew, put back together.

The OCR deskew turns the page by one angle, the median of its lines' slopes. A phone photo's
perspective leaves parts of the sheet leaning differently, so a label at the left of a row and
its value 120 points to the right can sit 4 points apart, more than the line grouping's
tolerance: "Account Number" and its value become two lines, and the value reads as text with no
label. The page itself says how it leans where: within a line, consecutive words of one size
share a baseline, and the slope between them is the local lean. Two neighbouring lines that
share no column (no word of one over a word of the other) are one row when the step between
their nearest words is the step that lean predicts; a flat page predicts no step and joins
nothing, so two columns whose rows simply do not line up stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from portdesk.bills.reader import Word

_DESCENDERS = frozenset("gjpqy,;()[]{}|")
_MIN_SAMPLES = 4  # fewer pairs of words than this say nothing about how the page leans
_SURE = 0.6
_Sample = tuple[float, float, float, float]  # x, y, slope, weight


def _baseline(word: Word) -> float | None:
    """The bottom of the box when it is the baseline (no descender); else unknown."""
    return None if _DESCENDERS & set(word.text) else word.bottom


def _same_size(a: Word, b: Word) -> bool:
    return max(a.height, b.height) <= 1.3 * min(a.height, b.height)


def _samples(lines: Sequence[Sequence[Word]]) -> list[_Sample]:
    """The slope between consecutive words of one size on one line, where both are read surely."""
    out: list[_Sample] = []
    for line in lines:
        words = sorted(line, key=lambda w: w.x0)
        for a, b in pairwise(words):
            ya, yb = _baseline(a), _baseline(b)
            if ya is None or yb is None or min(a.conf, b.conf) < _SURE or not _same_size(a, b):
                continue
            if sum(c.isalnum() for c in a.text + b.text) < 4 or b.x0 - a.x1 > 2.5 * a.height:
                continue
            dx = (b.x0 + b.x1 - a.x0 - a.x1) / 2
            if dx > 0:
                out.append(((a.x0 + b.x1) / 2, (ya + yb) / 2, (yb - ya) / dx, dx))
    return out


def _lean(samples: list[_Sample], x: float, y: float) -> float:
    """The weighted median slope of the samples nearest (x, y): a photo leans differently in
    different parts of the sheet."""
    near = sorted(samples, key=lambda s: (s[0] - x) ** 2 + (s[1] - y) ** 2)[:_MIN_SAMPLES]
    ordered = sorted(near, key=lambda s: s[2])
    half, acc = sum(s[3] for s in ordered) / 2, 0.0
    for _, _, slope, weight in ordered:
        acc += weight
        if acc >= half:
            return slope
    return 0.0


def _apart(one: Sequence[Word], other: Sequence[Word]) -> bool:
    """No word of one line stands over a word of the other: they share no column."""
    return all(a.x1 + 2 < b.x0 or b.x1 + 2 < a.x0 for a in one for b in other)


def _nearest(one: Sequence[Word], other: Sequence[Word]) -> tuple[Word, Word] | None:
    """The closest pair across the two lines, left word first, of one size with baselines."""
    pairs = [(a, b) if a.x0 < b.x0 else (b, a) for a in one for b in other
             if _same_size(a, b) and _baseline(a) is not None and _baseline(b) is not None]
    if not pairs:
        return None
    return min(pairs, key=lambda p: p[1].x0 - p[0].x1)


def _one_row(above: Sequence[Word], below: Sequence[Word], samples: list[_Sample]) -> bool:
    if not _apart(above, below):
        return False
    pair = _nearest(above, below)
    if pair is None:
        return False
    left, right = pair
    height = min(left.height, right.height)
    step = right.bottom - left.bottom
    dx = (right.x0 + right.x1 - left.x0 - left.x1) / 2
    middle = (left.x0 + right.x1) / 2, (left.bottom + right.bottom) / 2
    predicted = _lean(samples, *middle) * dx
    if abs(predicted) < 0.25 * height or step * predicted <= 0:
        return False  # the page does not lean enough here to part a row
    return abs(step - predicted) <= 0.3 * height and abs(step) <= 0.8 * height


def join_leaning_rows(lines: list[list[Word]]) -> list[list[Word]]:
    """Lines in top-to-bottom order, with each row a lean parted joined again."""
    samples = _samples(lines)
    if len(samples) < _MIN_SAMPLES or not lines:
        return lines
    out = [list(lines[0])]
    for line in lines[1:]:
        if _one_row(out[-1], line, samples):
            out[-1].extend(line)
        else:
            out.append(list(line))
    return out
