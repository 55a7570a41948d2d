"""Geometry of a page: words into lines, lines into segments, segments matched to label vocabularies.

A segment is a run of words on one line with no wide gap: "Account Number: 8310 7684" is one
segment, "Account Number        8310 7684" is two (label, then the value right of it). Two-column
bills fall apart into their columns at this step, which is what lets "below the label" stay inside
the label's own column.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field

from portdesk.bills.ocrlines import join_leaning_rows
from portdesk.bills.reader import Page, Word

LABEL_MIN_RATIO = 88.0
NOISE_CONF = 0.3  # OCR confidence under which a lone letter is taken for a speck


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of words on one line. Its text and box are worked out once: the page index asks
    for them thousands of times on a long bill."""

    page: int
    words: tuple[Word, ...]
    line: int  # index of the line on its page
    text: str = field(init=False, compare=False)
    x0: float = field(init=False, compare=False)
    x1: float = field(init=False, compare=False)
    top: float = field(init=False, compare=False)
    bottom: float = field(init=False, compare=False)
    height: float = field(init=False, compare=False, repr=False)  # the words' median height

    def __post_init__(self) -> None:
        words = self.words
        object.__setattr__(self, "text", " ".join(w.text for w in words))
        object.__setattr__(self, "x0", words[0].x0)
        object.__setattr__(self, "x1", max(w.x1 for w in words))
        object.__setattr__(self, "top", min(w.top for w in words))
        object.__setattr__(self, "bottom", max(w.bottom for w in words))
        object.__setattr__(self, "height", statistics.median(w.height for w in words))

    @property
    def conf(self) -> float:
        return min(w.conf for w in self.words)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1))

    def trimmed(self) -> Segment | None:
        """Without the unsure scraps OCR left at either end ("REDWOOD CAFE, eget")."""
        words = list(self.words)
        while words and _scrap(words[-1]):
            words.pop()
        while words and _scrap(words[0]):
            words.pop(0)
        if len(words) == len(self.words):
            return self
        return Segment(self.page, tuple(words), self.line) if words else None

    def tail(self, skip: int) -> Segment | None:
        """The words after the label, or None when the label fills the segment."""
        rest = self.words[skip:]
        if rest and rest[0].text.startswith(("/", "|")):
            return None  # "Account holder / Titulaire": the label goes on in the other language
        while rest and not any(c.isalnum() or c in _MASK_MARKS for c in rest[0].text):
            rest = rest[1:]  # ":", "-", "#", "#:": the label's own marks, no value
        return Segment(self.page, rest, self.line) if rest else None


_ACCENTS = str.maketrans("éèêëàâäîïôöûüùçÉÈÊÀÂÎÔÛÇ°", "eeeeaaaiioouuucEEEAAIOUCo")


_MASK_MARKS = "*•●"  # "**** **** 7494": masked digits are part of the value, not a label's mark


def _scrap(word: Word) -> bool:
    return word.conf < 0.5 and sum(c.isalnum() for c in word.text) <= 4


def norm_token(text: str) -> str:
    return re.sub(r"[^a-z0-9#]", "", text.translate(_ACCENTS).lower())


_SMALL = re.compile(r"^[acemnorsuvwxz]+[.,;:]?$")  # letters with no ascender or descender


# on a scan, a speck in the gap between a word and a number read as a quote, the space lost
# ('Jan’13,', 'Line’4', 'Location:“1305'): no word is written letters, quote, digit. Only after
# two letters: a postal code's letter-digit print ("E1C'2M4") is one value with a speck in it
_QUOTE_IN_GAP = re.compile(r"^(.*[^\W\d_]{2}[:.,;]?)[’‘'“”\"`´]+(\d.*)$")


def _unglued(word: Word) -> list[Word]:
    """The word, or its two words where OCR read the gap between them as a quote."""
    m = _QUOTE_IN_GAP.match(word.text)
    if m is None:
        return [word]
    head, tail = m.group(1), m.group(2)
    cut = word.x0 + (word.x1 - word.x0) * len(head) / len(word.text)
    step = (word.x1 - word.x0) / len(word.text)
    return [Word(head, word.x0, word.top, cut, word.bottom, word.conf),
            Word(tail, word.x1 - step * len(tail), word.top, word.x1, word.bottom, word.conf)]


def lines_of(page: Page) -> list[list[Word]]:
    """Words grouped into visual lines, each sorted left to right."""
    words = sorted((p for w in page.words for p in (_unglued(w) if page.source == "ocr" else [w])),
                   key=lambda w: (w.top + w.bottom) / 2)
    lines: list[list[Word]] = []
    centers: list[float] = []
    tall: list[float] = []  # OCR: the line's tallest word
    ocr = page.source != "text"
    for w in words:
        cy = (w.top + w.bottom) / 2
        # OCR boxes hug the ink: a word of small letters only ('avenue') is boxed to its
        # x-height, and the tolerance its own height gives is too tight for a line that leans
        height = max(w.height, 0.8 * tall[-1]) if ocr and lines and _SMALL.match(w.text) else (
            w.height)
        if lines and abs(cy - centers[-1]) < max(height, 4.0) * 0.45 and not (
                not ocr and any(_stacked_sizes(w, o) for o in lines[-1])):
            lines[-1].append(w)
            n = len(lines[-1])
            centers[-1] += (cy - centers[-1]) / n
            tall[-1] = max(tall[-1], w.height)
        else:
            lines.append([w])
            centers.append(cy)
            tall.append(w.height)
    if page.source == "text":
        _settle_on_baselines(lines)
    else:
        lines = join_leaning_rows(lines)
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _stacked_sizes(a: Word, b: Word) -> bool:
    """Two words of very different sizes over the same stretch of the page are one above the
    other, never on one line: a wordmark's small second line ('Communications') reaches into
    the large line's box ('Blue Ridge'), its centre near enough to join it."""
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    return overlap > 0.5 * min(a.x1 - a.x0, b.x1 - b.x0) and (
        max(a.height, b.height) > 1.5 * min(a.height, b.height))


def _settle_on_baselines(lines: list[list[Word]]) -> None:
    """A text layer boxes an accented capital ("Érables") higher than its neighbours, so its
    centre can fall nearer a column set a few points lower. Its box's bottom does not move:
    a word whose bottom is nearer the next line's common bottom than its own line's goes there."""
    for index in range(len(lines) - 1):
        here, below = lines[index], lines[index + 1]
        if len(here) < 2:
            continue
        own = statistics.median(w.bottom for w in here)
        nearer = statistics.median(w.bottom for w in below)
        moved = [w for w in here if abs(w.bottom - nearer) < abs(w.bottom - own) - 0.5]
        # a wordmark set over a word of that line (its lockup's small line) stays, and so do
        # the other words of its size: the logo's line is one
        over = {round(w.height, 1) for w in moved if any(_stacked_sizes(w, o) for o in below)}
        moved = [w for w in moved if round(w.height, 1) not in over]
        if moved and len(moved) < len(here):
            here[:] = [w for w in here if w not in moved]
            below.extend(moved)


def segments_of(page: Page) -> list[Segment]:
    out: list[Segment] = []
    for index, line in enumerate(lines_of(page)):
        # a wordmark on the line of a header's small labels does not widen the gap between them
        usual = statistics.median(w.height for w in line)
        height = max(w.height for w in line if w.height <= 1.5 * usual)
        # OCR boxes hug the ink, so the space between two words of one label ('Service' and
        # 'Address') reads wider than a text layer's; a column's gap is wider still
        gap_limit = max(height * (1.15 if page.source == "text" else 1.45), 7.0)
        current: list[Word] = [line[0]]
        for w in line[1:]:
            gap, prev = w.x0 - current[-1].x1, current[-1]
            local = max(min(w.height, prev.height) * 1.15, 7.0)
            # a text layer gives font-size boxes: a jump in size is a new field (logo, then date)
            size_jump = page.source == "text" and max(w.height, prev.height) > 1.5 * min(
                w.height, prev.height)
            if gap > gap_limit or (size_jump and gap > local):
                out.append(Segment(page.number, tuple(current), index))
                current = []
            current.append(w)
        out.append(Segment(page.number, tuple(current), index))
    return out


def same_line_right(seg: Segment, segments: list[Segment]) -> Segment | None:
    """The nearest segment to the right whose vertical middle lies within this one's band."""
    mid = (seg.top + seg.bottom) / 2
    best: Segment | None = None
    for other in segments:
        if other.page != seg.page or other.x0 <= seg.x1 or not other.top <= mid <= other.bottom:
            continue
        if best is None or other.x0 < best.x0:
            best = other
    return best


def below(seg: Segment, segments: list[Segment] | ByTop, max_lines: float = 2.4,
          align: float = 12.0) -> Segment | None:
    """The nearest segment under this one that starts in its column (left edges aligned).
    Given a page's segments ordered top to bottom (ByTop), only the few that start within reach
    are looked at; a plain list is walked whole. The answer is the same."""
    limit = seg.bottom + max(seg.height, 6.0) * max_lines
    # one word's box swollen by a speck (OCR) must not hide the line under it
    floor = statistics.median(w.bottom for w in seg.words) - 1
    if isinstance(segments, ByTop):
        for other in segments.from_(floor, seg.bottom):
            if other.top > limit:
                return None  # ordered by top: every later one starts lower still
            if _under_in_column(seg, other, floor, align):
                return other  # the least top, the page's first among equal tops
        return None
    best: Segment | None = None
    for other in segments:
        if other.top > limit or not _under_in_column(seg, other, floor, align):
            continue
        if best is None or other.top < best.top:
            best = other
    return best


def _under_in_column(seg: Segment, other: Segment, floor: float, align: float) -> bool:
    # a line whose box reaches up into this one's (a photo's lean, a speck over its first
    # letter) but whose middle lies under this one's bottom is still the line under it
    reaches = other.top < floor and other.top + other.bottom <= 2 * seg.bottom
    if other.page != seg.page or reaches:
        return False
    x0 = _print_left(other, seg.x0, align)
    if abs(x0 - seg.x0) > align and not (seg.x0 - align < x0 < seg.x1) and not (
            abs(other.x1 - seg.x1) <= 3 and x0 < seg.x1):
        return False  # left-aligned, starting under it, or right-aligned ("Bill Date" over
        # "Feb 27, 2025", both flush right)
    return other is not seg


class ByTop:
    """A page's segments ordered by their tops (the page's order kept among equal tops), built
    once per page of one check: `below` asks for the few segments that start under a line,
    not for every segment of the page (a walk over the page for each line was quadratic)."""

    __slots__ = ("reach", "segments", "tallest", "tops")

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = sorted(segments, key=lambda s: s.top)
        self.tops = [s.top for s in self.segments]
        self.reach: list[float] = []  # running maximum of top + bottom (twice the middle)
        self.tallest = max((s.height for s in self.segments), default=0.0)
        high = float("-inf")
        for s in self.segments:
            high = max(high, s.top + s.bottom)
            self.reach.append(high)

    def from_(self, floor: float, bottom: float) -> Iterator[Segment]:
        """The segments, top to bottom, from the first that may be under a line whose words
        sit on `floor` and whose box ends at `bottom`: every one before starts above the floor
        with its middle above the bottom (below's `reaches`)."""
        start = min(bisect.bisect_left(self.tops, floor),
                    bisect.bisect_right(self.reach, 2 * bottom))
        return itertools.islice(self.segments, start, None)

    def starting(self, top: float, heights: float) -> Iterator[Segment]:
        """The segments starting at `top` or under it, top to bottom, while any may still
        start within `heights` of its own height under it (the page's tallest bounds them)."""
        for seg in itertools.islice(self.segments, bisect.bisect_left(self.tops, top), None):
            if seg.top - top > heights * self.tallest:
                return
            yield seg


def set_under(seg: Segment, segments: list[Segment]) -> Segment | None:
    """A smaller line set right under a large one, flush with its left edge, its box reaching
    into the large line's descent ("Pine Belt" in 22 points over "Communications" in 9): a
    wordmark and the rest of its name. The large line's box is mostly its font's descent below
    the letters, so the smaller line starts above that box's bottom."""
    if seg.height < 14:
        return None
    under = [o for o in segments if o.page == seg.page and o is not seg
             and abs(o.x0 - seg.x0) <= 3 and o.height < 0.7 * seg.height
             and seg.top + 0.6 * seg.height <= o.top <= seg.bottom + o.height]
    return min(under, key=lambda o: o.top, default=None)


def _print_left(seg: Segment, column: float, align: float) -> float:
    """Where the segment's print starts, for a column starting at `column`. OCR may glue a
    speck to the left of a line's first word ('Ocala,' boxed 18 points left of its print, read
    unsurely for it): a first word read unsurely whose box starts less than twice the tolerance
    left of the column and ends inside it starts in the column. A word read surely, or a text
    layer's word (confidence 1.0), starts where its box does."""
    first = seg.words[0]
    if first.conf < 0.9 and column - 2 * align < first.x0 < column < first.x1:
        return column
    return seg.x0
