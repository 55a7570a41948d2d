"""Where a label's value sits: after it on its line, right of it (across a wide table too),
under it, or over it when the label is a small caption under its value.

The geometry only; which label a segment is comes from the vocabulary (labelvalues.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from portdesk.bills.context import is_labelish
from portdesk.bills.labelmatch import LabelHit
from portdesk.bills.layout import ByTop, Segment, below, same_line_right
from portdesk.bills.parse import parse_date
from portdesk.bills.structure import in_columns
from portdesk.bills.values import address_from


@dataclass
class LabelPage:
    segments: list[Segment]
    hits: dict[int, LabelHit]  # id(segment) -> label

    @cached_property
    def by_top(self) -> ByTop:
        """The segments top to bottom, for `below` (built once, on first use)."""
        return ByTop(self.segments)

    def is_label(self, seg: Segment) -> bool:
        return id(seg) in self.hits


def values_of(hit: LabelHit, page: LabelPage) -> Iterator[tuple[Segment, float]]:
    """Where a label's value may be: after it on the segment, right of it, under it."""
    for seg, weight in _places(hit, page):
        kept = seg.trimmed()
        if kept is not None:
            yield kept, weight


# the verb that makes a label's words a sentence stating its value, and where the value's clause
# ends: a conjunction, or a word closing it with a comma, a semicolon or a full stop
_COPULA = frozenset({"is", "are", "was", "est", "es", "sont"})
_CLAUSE_WORD = frozenset({"and", "but", "et", "y", "while"})


def _stated(tail: Segment) -> Segment | None:
    """'is 218209 and this ...' after a label in a sentence: the value is the words between the
    verb and the end of its clause."""
    words = tail.words
    if len(words) < 2 or words[0].text.casefold() not in _COPULA:
        return None
    out = []
    for word in words[1:]:
        if word.text.casefold() in _CLAUSE_WORD:
            break
        out.append(word)
        if word.text.endswith((",", ";")) or (word.text.endswith(".") and len(word.text) > 2
                                                and not word.text[-2].isupper()):
            break
    return Segment(tail.page, tuple(out), tail.line) if out else None


def _subject(tail: Segment) -> Segment | None:
    """The words before the sentence's verb, when a verb follows two words or more of value."""
    words = tail.words
    at = next((k for k, w in enumerate(words) if k >= 2 and w.text.casefold() in _VERBS), None)
    return Segment(tail.page, words[:at], tail.line) if at is not None else None


_VERBS = _COPULA | {"will", "has", "have", "were"}


# OCR confidence under which a lone character after a label is a speck, not the label's value
SPECK_READ = 0.6


def _speck(tail: Segment) -> bool:
    """On a scan, the label's tail is only lone characters read unsurely ('i' at 0.52 after
    'Numéro de client', a dot over a letter): no field's value is one character read so."""
    return all(len(w.text) == 1 and w.conf < SPECK_READ for w in tail.words)


def _places(hit: LabelHit, page: LabelPage) -> Iterator[tuple[Segment, float]]:
    tail = hit.segment.tail(hit.size)
    head = hit.segment
    if tail is not None and _QUALIFIER.match(tail.text):
        tail = None  # "Service Address (E911)": the label's own aside, its value right or under
    if tail is not None and _speck(tail):
        tail = None  # 'Numéro de client i': a speck OCR read after the label, its value right
    if tail is not None and (stated := _stated(tail)) is not None:
        yield stated, 0.95  # "Your account number is 218209 and this statement ...": a sentence
        return
    if tail is not None and (subject := _subject(tail)) is not None:
        yield subject, 0.95  # "Service at 5478 Oak Hwy, Texarkana, TX 75559 is billed to ...":
        # the value is the sentence's subject, up to its verb
    if tail is not None:
        yield tail, 1.0
        if not is_labelish(tail):
            return  # else "Invoice Date Terms": header cells run together, the value under them
        head = Segment(head.page, head.words[:hit.size], head.line)  # under its own words
    right = same_line_right(hit.segment, page.segments)
    if right is not None and not page.is_label(right) and right.x0 - hit.segment.x1 < 260 and (
            not _key_in_label_column(right, page)) and not _side_by_side(hit.segment, right, page):
        yield right, 0.97
    if _BARE_DATE.match(hit.segment.text):
        # "Date" alone labels the value beside it; under it is a column of call dates, unless
        # it heads a cell of the account's one-row header table
        cell = _header_cell_value(hit.segment, page)
        if cell is not None:
            yield cell, 0.9
        return
    over = _captioned(hit.segment, page)
    under = below(head, page.by_top)
    if under is not None and page.is_label(under):
        under = None
    if over is not None and under is not None:
        over, under = _nearer_of(head, over, under)
    if over is not None:
        yield over, 0.9
    if under is not None:
        yield _in_cell(head, under, page) or under, 0.92
    elif below(head, page.by_top) is None and (cell := _cell_under(head, page)) is not None:
        yield cell, 0.9
    if right is not None and _far_in_table(hit.segment, right, page):
        yield right, 0.85
    if tail is None and right is None and (left := _left_of_caption(hit.segment, page)):
        yield left, 0.8


def _side_by_side(label: Segment, right: Segment, page: LabelPage) -> bool:
    """'Customer' and 'Channel Partner' on one line, each over a name and its address: two
    parties' blocks side by side, each under its own heading. The words right of the label
    head the other block; the label's value is the block under it."""
    return _heads_a_party(label, page) and _heads_a_party(right, page)


def _heads_a_party(head: Segment, page: LabelPage) -> bool:
    """A name under the heading, then an address under the name, all at the heading's edge."""
    name = below(head, page.by_top, max_lines=1.9, align=6.0)
    if name is None or page.is_label(name) or abs(name.x0 - head.x0) > 6:
        return False
    lines: list[Segment] = []
    current = name
    while len(lines) < 4 and (nxt := below(current, page.by_top, max_lines=1.9,
                                            align=6.0)) is not None and abs(nxt.x0 - head.x0) <= 6:
        lines.append(nxt)
        current = nxt
    return bool(lines) and address_from(lines) is not None


_QUALIFIER = re.compile(r"^\s*\((?:[^()]*[^\W\d_][^()]*|9-?1-?1)\)\s*:?\s*$")  # words or 911 in brackets
_BARE_DATE = re.compile(r"(?i)^\W*date\W*$")
_CALL_COLUMNS = re.compile(r"(?i)\b(?:time|heure|min|mins|minutes|duration|dur[ée]e|called|"
                           r"dialed|destination|compos[ée]|appel[ée])\b")


def _header_cell_value(head: Segment, page: LabelPage) -> Segment | None:
    """'Statement Number | Date | Ending Balance' over one row of values: the account's header
    table, whose date is the statement's. A column of dates under it, or a call's columns
    (time, minutes, number called) beside it, is call detail."""
    row = [s for s in page.segments if s.line == head.line and s is not head]
    if not any(page.is_label(s) for s in row) or any(_CALL_COLUMNS.search(s.text) for s in row):
        return None
    under = below(head, page.by_top)
    if under is None or page.is_label(under) or parse_date(under.text) is None:
        return None
    nxt = below(under, page.by_top)
    return None if nxt is not None and parse_date(nxt.text) is not None else under


def _key_in_label_column(seg: Segment, page: LabelPage) -> bool:
    """'Bill To   Sold To   Terms   Net 30': right of a label, a word with its own value right
    of it, starting in the column of labels just over or under it ('Due Date', 'Currency'), is
    that column's key, no value of the label left of it."""
    if same_line_right(seg, page.segments) is None:
        return False
    return any(page.is_label(o) and o.page == seg.page and o.line != seg.line
               and abs(o.x0 - seg.x0) <= 4 and abs(o.top - seg.top) <= 3 * seg.height
               for o in page.segments)


def _far_in_table(label: Segment, value: Segment, page: LabelPage) -> bool:
    """'Account Number ........ 4410 2289 10' across a wide table: a value far right of its
    label counts when a neighbouring row's label has its value starting in the same column."""
    if page.is_label(value) or value.x0 - label.x1 < 260:
        return False
    for other in page.segments:
        if other is label or not page.is_label(other) or abs(other.x0 - label.x0) > 4 or abs(
                other.top - label.top) > 3 * label.height:
            continue
        beside = same_line_right(other, page.segments)
        if beside is not None and abs(beside.x0 - value.x0) <= 6:
            return True
    return False


def _cell_under(label: Segment, page: LabelPage) -> Segment | None:
    """'Customer Number   Statement Date   Total Due' over 'C4453480 Feb 03, 2025 $1,372.87':
    a header row's values printed close enough to read as one run (a tall wordmark on the line
    widens the gap words may have); the words starting under a header cell, up to where the
    next cell of the row starts, are its value."""
    for run in page.segments:
        if run.page == label.page and 0 <= run.top - label.bottom <= 1.5 * label.height and (
                run.x0 < label.x0 - 4 < run.x1) and not page.is_label(run):
            return _in_cell(label, run, page)
    return None


def _in_cell(label: Segment, run: Segment, page: LabelPage) -> Segment | None:
    """The words of `run` under the header cell `label`: from its left edge to the next cell's
    of its row of labels. None when the run is all in the cell, or the label has no row."""
    row = [s for s in page.segments if s.page == label.page and s.line == label.line
           and s is not label and page.is_label(s)]
    if not row:
        return None  # a lone label: nothing says where its value's cell ends
    nxt = min((s.x0 for s in row if s.x0 > label.x1), default=float("inf"))
    starts = [i for i, w in enumerate(run.words) if i and abs(w.x0 - nxt) <= 4
              and w.x0 - run.words[i - 1].x1 >= 12]
    if nxt != float("inf") and not starts:
        return None  # no value starts under the next cell, after a gap: one value, not two
    words = tuple(w for w in run.words if label.x0 - 4 <= w.x0 < nxt - 4)
    if not words or words == run.words:
        return None
    return Segment(run.page, words, run.line)


def _nearer_of(label: Segment, over: Segment, under: Segment,
               ) -> tuple[Segment | None, Segment | None]:
    """A label in a stack of pairs with a value both over and under it belongs with the nearer:
    a label and its value are set closer to each other than to the next pair. 'Billing Account
    ID / 7669293915 / (gap) / Main Number / 519 555-0115' labels over values; '91-25427 /
    Account Number / (gap) / 251.555.0127 / Main Telephone Number' captions under them. The
    farther value is another label's; kept both when the gaps do not clearly differ."""
    gap_over = label.top - over.bottom
    gap_under = under.top - label.bottom
    near, far = sorted((gap_over, gap_under))
    if far - near < 0.5 * label.height or far < 1.5 * max(near, 0.0):
        return over, under
    return (None, under) if gap_under < gap_over else (over, None)


def _captioned(label: Segment, page: LabelPage) -> Segment | None:
    """'4410 2289 10' over a small 'Account Number': a caption under its value, the way boxed
    summaries print them. Only a label smaller than the value, close under it, in its column."""
    best: Segment | None = None
    for other in page.segments:
        gap = label.top - other.bottom
        if other.page != label.page or not -1 <= gap <= 1.2 * label.height or page.is_label(other):
            continue
        if other.height < 1.15 * label.height or (abs(other.x0 - label.x0) > 8 and not (
                other.x0 <= label.x0 < other.x1)):
            continue
        if best is None or other.bottom > best.bottom:
            best = other
    return best


def _left_of_caption(label: Segment, page: LabelPage) -> Segment | None:
    """'7730-2201-948   Account Number': a label ending its line with nothing under it names
    the value left of it, when that value is no other label's (nothing labels it from its left)."""
    under = below(label, page.by_top, max_lines=1.6)
    if under is not None and not page.is_label(under) and under.x0 >= label.x0 - 4:
        return None
    row = sorted((s for s in page.segments if s.line == label.line and s.page == label.page
                  and s.x1 <= label.x0 + 1), key=lambda s: -s.x1)
    if not row or page.is_label(row[0]) or label.x0 - row[0].x1 > 150:
        return None
    if len(row) > 1 and page.is_label(row[1]) and row[0].x0 - row[1].x1 < 260:
        return None  # "Amount Due  $412.55  Account Number": the amount is the due's
    if in_columns(row[0], label, page.segments):
        return None  # a table row's type cell ("Main Number" in a Type column)
    return row[0]
