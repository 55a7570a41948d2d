"""Finding the printed text that belongs to a blank: to its left, above it, in its box, below it.

Forms lay labels out every way: "City: ____" on one line, "Province/Territory:" with the blank on
the next line, a table's header over a column of empty cells, "Firma y sello" at the top of the box
to sign in, a sentence that runs on into a blank ("...mon précédent contrat avec ______"). A label
is a phrase, collected word by word until a gap, another blank, or the edge of its cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from portdesk.loa.formscan import Word

Rect = tuple[float, float, float, float]
_LEFT_REACH = 420.0  # points to the left of a blank a label may start (up to a wall)
_PHRASE_GAP = 14.0  # a wider gap between words ends the phrase
_FIRST_GAP = 170.0  # tab-aligned forms leave wide room between a label and its blank
_ABOVE_REACH = 30.0  # points above a blank the label line may sit
_WRAP_GAP = 6.0  # white space between two lines of one wrapped label
_MAX_WORDS = 14  # more than this is a paragraph, not a label
_TAIL_WORDS = 6  # of a sentence running into a blank, the words that name it
_SENTENCE_END = re.compile(r"\w{2,}[.!?]$")  # "...the new BTN." ends a sentence
_TITLE = 1.4  # a line printed this many times the page's usual height may be its title
_LARGEST = 0.95  # ... when it is in the page's largest print (section headings are smaller)
_LEAD_GAP = 12.0  # points between dots that lead to a blank and the blank
_ALIGNED = 4.0  # points: a label line starting where its blank starts is printed over it
_CELL_TOUCH = 4.0  # points between a label cell's right edge and its value cell's left edge
_SENTENCE = 5  # words on the line, at least, for a full stop to end a sentence ("Account No.")


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line: its words left to right, and its extent (computed once)."""

    words: tuple[Word, ...]
    y: float = field(init=False)
    top: float = field(init=False)
    x0: float = field(init=False)
    x1: float = field(init=False)
    text: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "y", min(w.y0 for w in self.words))
        object.__setattr__(self, "top", max(w.y1 for w in self.words))
        object.__setattr__(self, "x0", self.words[0].x0)
        object.__setattr__(self, "x1", self.words[-1].x1)
        object.__setattr__(self, "text", " ".join(w.text for w in self.words))


_WRAP_MARGIN = 12.0  # points right of a blank the line it continues may start


class PageText:
    """One page's words grouped into printed lines, for quick label look-ups."""

    def __init__(self, words: Sequence[Word], cells: Sequence[Rect] = ()) -> None:
        self.words = list(words)
        self.lines = _group_lines(self.words)
        self.cells = tuple(cells)  # the page's drawn table cells, smallest first
        heights = sorted(w.y1 - w.y0 for w in self.words)
        self._usual_height = heights[len(heights) // 2] if heights else 0.0
        self._largest = heights[-1] if heights else 0.0

    def is_title(self, line: Line) -> bool:
        """The page's title: printed far larger than the page's labels, in its largest print,
        wherever it sits (under a letterhead too): "Wireless Number Transfer Authorization" over
        the first widget names no blank."""
        height = max(w.y1 - w.y0 for w in line.words)
        return height >= _TITLE * self._usual_height and height >= _LARGEST * self._largest

    def line_of(self, rect: Rect) -> list[Word]:
        """Words on the same printed line as the blank (their middles within its height)."""
        y0, y1 = rect[1], rect[3]
        return [w for w in self.words if y0 - 2 <= (w.y0 + w.y1) / 2 <= y1 + 1.5]

    def left(self, rect: Rect, stop_at: Sequence[Rect] = ()) -> list[Word]:
        """The phrase just left of the blank: stops at a wide gap or at another blank."""
        x0 = rect[0]
        walls = [r[2] for r in stop_at if r[2] <= x0 + 2 and _overlaps_y(r, rect)]
        wall = max(walls, default=-1e9)
        line = sorted((w for w in self.line_of(rect) if w.x1 <= x0 + 6 and w.x0 >= wall - 2
                       and w.x1 >= x0 - _LEFT_REACH and not _under(w, rect)),
                      key=lambda w: w.x1, reverse=True)
        phrase: list[Word] = []
        edge = x0
        for word in line:
            if word.is_blank and not phrase and 0 <= x0 - word.x1 <= _LEAD_GAP \
                    and word.text.rstrip(",;:").strip(".…") == "":
                edge = word.x0  # dots leading to the blank: the label is before them
                continue
            if word.is_blank or word.is_box:
                break
            if edge - word.x1 > (_PHRASE_GAP if phrase else _FIRST_GAP):
                break
            if not phrase and self._column_header(word, x0):
                break  # a table's header cell, with room between it and the blank: the table's
            phrase.append(word)
            edge = word.x0
        if len(phrase) > 1 and all(_turned(w) for w in phrase):
            # a tab written up the page ("SIGN" under "HERE", one column): its words read in
            # the order they are printed, not by where they end (they all end at one x)
            return sorted(phrase, key=self.words.index)
        return list(reversed(phrase))

    def _column_header(self, word: Word, x0: float) -> bool:
        """The word is printed in a closed cell that ends apart from the blank (not its label
        cell) and heads a column of cells drawn under it: "Service" over a numbers table's
        column is that column's, not the label of a box right of the table."""
        for c in self.cells:
            if c[0] - 1 <= word.x0 and word.x1 <= c[2] + 1 and c[1] - 1 <= word.y0 and \
                    word.y1 <= c[3] + 1 and c[2] < x0 - 2 * _CELL_TOUCH:
                return any(abs(o[0] - c[0]) <= 3 and abs(o[2] - c[2]) <= 3
                           and abs(o[3] - c[1]) <= 3 for o in self.cells)
        return False

    def cell_beside(self, rect: Rect, others: Sequence[Rect] = ()) -> list[Word]:
        """A table row of a label cell and a value cell ("Site town | [____]"): the label is the
        text of the cell drawn against the blank's own cell on its left (every line of it: a
        label wrapped in its cell), however wide the label column is. Nothing: no such cell, no
        words beside the blank in it, or it is a blank of its own (captioned in its corner)."""
        own = next((c for c in self.cells if c[0] - 3 <= rect[0] and rect[2] <= c[2] + 3
                    and c[1] - 3 <= rect[1] and rect[3] <= c[3] + 3), rect)
        beside = [c for c in self.cells if abs(c[2] - own[0]) <= _CELL_TOUCH
                  and c[0] < own[0] - 20 and _overlaps_y(c, own)
                  and abs((c[1] + c[3]) / 2 - (own[1] + own[3]) / 2) <= (own[3] - own[1]) / 2]
        if not beside:
            return []
        cell = beside[0]  # the smallest: cells come smallest first
        if any(min(cell[2], o[2]) - max(cell[0], o[0]) > 2
               and min(cell[3], o[3]) - max(cell[1], o[1]) > 2 for o in others):
            return []
        words = [w for w in self.words if cell[0] - 1 <= w.x0 and w.x1 <= cell[2] + 1
                 and cell[1] - 1 <= w.y0 and w.y1 <= cell[3] + 1]
        if not words or len(words) > _MAX_WORDS or any(w.is_blank or w.is_box for w in words):
            return []
        if not any(rect[1] - 2 <= (w.y0 + w.y1) / 2 <= rect[3] + 2 for w in words):
            return []  # printed in a corner of the row, not beside the blank
        return [w for ln in _group_lines(words) for w in ln.words]  # a wrapped label, whole

    def right(self, rect: Rect, reach: float = 400.0) -> list[Word]:
        """Tick boxes carry their label after the box: "☐ I am transferring all my numbers"."""
        x1 = rect[2]
        line = sorted((w for w in self.line_of(rect) if x1 - 2 <= w.x0 <= x1 + reach
                       and not _under(w, rect)), key=lambda w: w.x0)
        phrase: list[Word] = []
        edge = x1
        for word in line:
            if word.is_blank or (word.is_box and phrase):
                break
            if word.is_box:
                edge = word.x1
                continue
            if word.x0 - edge > (_PHRASE_GAP if phrase else 30.0):
                break
            phrase.append(word)
            edge = word.x1
        return phrase

    def above(self, rect: Rect, max_lines: int = 2, reach: float = _ABOVE_REACH,
              slack: float = 40.0) -> list[Line]:
        """The line (or two) right above the blank, within its horizontal span."""
        x0, _y0, x1, y1 = rect
        picked: list[Line] = []
        floor = y1
        # the print over the blank itself decides how near a line is, not the line's lowest
        # word across the page (a larger label far left on the same line hangs lower)
        over = [(min(w.y0 for w in ws), line, ws) for line in self.lines
                if (ws := tuple(w for w in line.words if w.x1 > x0 - 4 and w.x0 < x1
                                and w.x0 >= x0 - slack))]
        for low, line, words in sorted((t for t in over if t[0] >= y1 - 4), key=lambda t: t[0]):
            gap = low - floor
            if gap > (reach if not picked else _WRAP_GAP) or any(w.is_blank for w in words):
                break
            picked.append(Line(_run_on(line.words, words)))
            floor = max(w.y1 for w in words)
            if len(picked) >= max_lines:
                break
        return list(reversed(picked))

    def below(self, rect: Rect, reach: float = 14.0) -> list[Word]:
        """A label printed under its line ("______ / Signature")."""
        x0, y0, x1, _y1 = rect
        found = [ln for ln in self.lines if y0 - reach <= ln.top <= y0 + 2]
        # the nearest print under the blank itself: captions of boxes further along the page
        # ("DD  MM  YYYY" beside a signature line) sit a little higher and are not its caption
        under = [(ln, ws) for ln in found if (ws := [w for w in ln.words if w.x1 > x0 - 4
                                                     and w.x0 < x1 and not w.is_blank])]
        if not under:
            return []
        return max(under, key=lambda t: t[0].top)[1]

    def inside(self, rect: Rect) -> list[Word]:
        x0, y0, x1, y1 = rect
        return [w for w in self.words if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1
                and y0 - 1 <= (w.y0 + w.y1) / 2 <= y1 + 1]

    def before(self, rect: Rect) -> list[Word]:
        """A blank that starts a line continues the sentence above: its last words name it."""
        if any(w.x1 <= rect[0] + 2 for w in self.line_of(rect)):
            return []  # something is printed before it on its own line: not a line start
        above = [ln for ln in self.lines if rect[3] - 2 < ln.y <= rect[3] + 16
                 and ln.x1 > rect[0]]
        if not above:
            return []
        line = min(above, key=lambda ln: ln.y)
        words = [w for w in line.words if not w.is_blank]
        if words and words[0].x0 > rect[0] + _WRAP_MARGIN:
            return []  # a sentence runs on from its own left margin: a line starting right
            # of the blank (a caption beside a table) runs into no blank under its left
        if _header_row(words):
            return []  # a row of column headers or captions: each heads its own blank (above)
        if len(words) >= _SENTENCE and _SENTENCE_END.search(words[-1].text):
            return []  # "... to become the new BTN." ended: it does not run on into the blank
        if words and abs(words[0].x0 - rect[0]) <= _ALIGNED and len(words) <= _MAX_WORDS // 2 + 3:
            return words  # a label line over the blank, flush with it: read whole ("Nº DE ...")
        if words and words[-1].text.endswith(":") and len(words) <= 2 * _MAX_WORDS and \
                words[0].x0 <= rect[0] + _ALIGNED:
            return words  # a whole label line ending in ":" introduces the lines under it
        return words[-_TAIL_WORDS:]

    def context(self, rect: Rect, reach: float = 70.0) -> list[Line]:
        """Lines above the blank within its column: the section or column header it sits under."""
        x0, _y0, x1, y1 = rect
        out = []
        for line in sorted(self.lines, key=lambda ln: ln.y):
            if not y1 - 2 <= line.y <= y1 + reach:
                continue
            words = tuple(w for w in line.words if w.x1 > x0 - 2 and w.x0 < x1 + 2)
            if words:
                out.append(Line(words))
        return out


def _header_row(words: Sequence[Word]) -> bool:
    """Several phrases apart on one line ("Street address   Suburb   State   Postcode", a
    table's header cells): captions side by side, not a sentence running on into a blank."""
    gaps = [b.x0 - a.x1 for a, b in pairwise(words)]
    return sum(1 for g in gaps if g > _PHRASE_GAP * 2) >= 1


def _run_on(line: Sequence[Word], picked: tuple[Word, ...]) -> tuple[Word, ...]:
    """A label over a narrow box runs on past its edges ("Requested port date" over the year
    box; a sentence over two lines side by side): its whole phrase belongs to it, up to the
    wide gaps on either side, never the fragment that happens to sit over the blank."""
    out = list(picked)
    for w in sorted(line, key=lambda w: w.x0):
        if w.x0 > out[-1].x0 and 0 <= w.x0 - out[-1].x1 <= _PHRASE_GAP and not w.is_blank:
            if _CLOSES.search(out[-1].text) and w.x0 >= picked[-1].x1:
                break  # "Requested date (dd.mm.yyyy)" then "Time": the next blank's own label
            out.append(w)
    for w in sorted(line, key=lambda w: -w.x1):
        if w.x0 < out[0].x0 and 0 <= out[0].x0 - w.x1 <= _PHRASE_GAP and not w.is_blank:
            if _CLOSES.search(w.text):
                break  # a label that ends before this one begins is the blank to the left's
            out.insert(0, w)
    return tuple(out)


_CLOSES = re.compile(r"[):]$")  # a closing bracket or a colon ends a label's phrase


def phrase(words: Sequence[Word]) -> str:
    return clean(" ".join(w.text for w in words))


def clean(text: str, max_words: int = _MAX_WORDS) -> str:
    """A label without its bullets and colon; '' for a paragraph (too long to be a label)."""
    text = text.strip(" :•·-–*")
    return "" if len(text.split()) > max_words else text


def _turned(w: Word) -> bool:
    """A word of several letters printed a quarter turn (up or down the page): clearly taller
    than a line and far taller than it is wide. One test for both its uses: such a word is a
    line of its own (_group_lines) and a phrase of such words reads in its printed order
    (left); a word the one calls turned the other must too."""
    height, width = w.y1 - w.y0, w.x1 - w.x0
    return len(w.text.strip()) >= 2 and height > 12 and height > 2 * width


def _under(word: Word, rect: Rect) -> bool:
    """The printed line a widget sits on (it pokes out a point or two at its ends) is part of
    the blank itself, not a wall between the blank and its label."""
    return word.is_blank and word.x0 >= rect[0] - 6 and word.x1 <= rect[2] + 6


def _overlaps_y(a: Rect, b: Rect) -> bool:
    """On the same line: sharing at least half the height of the lower of the two."""
    shared = min(a[3], b[3]) - max(a[1], b[1])
    return shared > 0.5 * min(a[3] - a[1], b[3] - b[1])


def _group_lines(words: Sequence[Word]) -> list[Line]:
    """Words into printed lines: a new line where the vertical middles jump by more than 3
    points (chained, so superscripts and drifting baselines stay on their line)."""
    rows: list[list[Word]] = []
    last_mid = None
    turned = [w for w in words if _turned(w)]
    for w in sorted((w for w in words if not _turned(w)), key=lambda w: -(w.y0 + w.y1) / 2):
        mid = (w.y0 + w.y1) / 2
        if last_mid is None or last_mid - mid > 3:
            rows.append([])
        rows[-1].append(w)
        last_mid = mid
    rows = _punctuation_on_its_line(rows)
    # a word turned 90 degrees (a section's title up the margin) is a line of its own: its
    # middle may fall on a caption's line beside it, whose top it would lift by its height
    rows += [[w] for w in turned]
    rows.sort(key=lambda r: -max((w.y0 + w.y1) / 2 for w in r))
    return [Line(tuple(sorted(r, key=lambda w: w.x0))) for r in rows]



_PUNCTUATION = re.compile(r"^[,.;:]+$")
_BASELINE = 2.0  # points a comma's glyph may reach under its line's baseline


def _punctuation_on_its_line(rows: list[list[Word]]) -> list[list[Word]]:
    """A lone comma's glyph box sits low ("______ , __ de ____"): its middle falls more than a
    line's jump under the words it is printed between, yet it stands on their baseline."""
    out: list[list[Word]] = []
    for row in rows:
        if out and all(_PUNCTUATION.match(w.text.strip()) for w in row) and \
                all(abs(w.y0 - min(u.y0 for u in out[-1])) <= _BASELINE for w in row):
            out[-1] = out[-1] + row
            continue
        out.append(row)
    return out
