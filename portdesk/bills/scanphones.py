"""Phone numbers a scan prints but OCR cut or glued unlike any way a bill writes them.

A text layer gives '604-555-0148'; Tesseract may give '604555-0148' (a dash lost), put the area
code of a table's cell on the line above its seven digits ('418' over '555-0165', a cell wrapped
in two), or read an exchange-row of a number-block table ('608-555 0130 0139 10') without the
'From | To' header that makes it a range on a text bill. Each is read here only on an OCR page,
and only where it cannot be something else:

- a lost separator counts only where the page says the line lists the account's numbers (a
  numbers or billing-number label, column or block): elsewhere '831862-7108' is more likely part
  of a reference than a phone number;
- an area code over seven digits must stand alone, right over them;
- an exchange row must carry its own proof: the count printed after the first and last line
  equals the lines between them, or a Start / End header stands over the row.

Each such sighting is a reading OCR got partly wrong (confidence capped at `CONFUSED_READ`), so
it can confirm a typed number in a good place, never on its own call one wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from portdesk.bills.context import Context
from portdesk.bills.layout import Segment
from portdesk.bills.ocrdigits import CONFUSED_READ
from portdesk.bills.pageindex import PageIndex
from portdesk.bills.parse import PHONE_RE, phones_in
from portdesk.domain.numbers import InvalidNumber, parse_number

if TYPE_CHECKING:
    from portdesk.bills.find import Found

_GLUED = re.compile(r"(?<![\dA-Za-z])\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})[\s.-]?(\d{4})(?!\d)")
_LOCAL = re.compile(r"(?<![\d-])([2-9]\d{2})[\s.-](\d{4})(?![\d-])")
_AREA = re.compile(r"^\(?([2-9]\d{2})\)?$")
_EXCHANGE_ROW = re.compile(r"(?<![\d-])\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})[\s-]+(\d{4})\s*[-–]?\s*"
                           r"(\d{4})(?:\s+(\d{1,4}))?(?!\d)")
_NUMBER_PLACES = frozenset({Context.NUMBERS, Context.BTN})
MAX_BLOCK = 1000

Sighting = tuple[str, int, int]  # (E.164, first character, end character) in the segment's text


def _e164(digits: str) -> str | None:
    try:
        return parse_number(digits).e164
    except InvalidNumber:
        return None


def glued(text: str) -> Iterator[Sighting]:
    """Ten digits split unlike a phone number ('604555-0148', '604-5550148')."""
    for m in _GLUED.finditer(text):
        groups = [len(g) for g in re.findall(r"\d+", m.group(0))]
        if groups in ([6, 4], [3, 7]):
            e164 = _e164("".join(m.groups()))
            if e164 is not None:
                yield e164, m.start(), m.end()


_PLUS_AS_4 = re.compile(r"(?<![\w+])4(1[\s.-]?[2-9]\d{2}[\s.-]?[2-9]\d{2}[\s.-]?\d{4})(?!\d)")
_PLUS_ONE = re.compile(r"\+\s?1[\s.-]?\(?[2-9]\d{2}")


def plus_read_as_four(text: str, row: list[Segment]) -> Iterator[Sighting]:
    """'41502 555 0194' beside '+1502 555 0113': the plus of a number written in E.164 read as
    the 4 of its shape, where the same row (or column: `column_with_plus`) writes its other
    numbers with their plus."""
    if not any(_PLUS_ONE.search(s.text) for s in row):
        return
    for m in _PLUS_AS_4.finditer(text):
        e164 = _e164(re.sub(r"\D", "", m.group(1)))
        if e164 is not None:
            yield e164, m.start(), m.end()


COLUMN_ROWS = 12  # how many line heights over or under a cell its column's witnesses stand


def column_with_plus(index: PageIndex, seg: Segment) -> list[Segment]:
    """The cells over and under `seg` starting at its left edge (within a line height) that open
    with a number written with its plus ('+1512...'): a lines table's column, where each row
    holds one number and so no row has another number to say how the column writes them."""
    if not seg.words:
        return []
    head = seg.words[0]
    height = max(head.height, index.body_height)
    return [other for other in index.segments
            if other.page == seg.page and other is not seg and other.words
            and abs(other.words[0].x0 - head.x0) <= height
            and not (other.top < seg.bottom and seg.top < other.bottom)
            and abs(other.top - seg.top) <= COLUMN_ROWS * height
            and _PLUS_ONE.match(other.text.lstrip())]


def exchange_rows(text: str, header: str = "") -> Iterator[tuple[str, str, int, int, int, int]]:
    """(npa, nxx, first, last, start, end) of a number-block row read in one run of text."""
    for m in _EXCHANGE_ROW.finditer(text):
        first, last = int(m.group(3)), int(m.group(4))
        if not 0 < last - first <= MAX_BLOCK:
            continue
        count = m.group(5)
        counted = count is not None and int(count) == last - first + 1
        if counted or re.search(r"(?i)\b(?:start|from|first)\b.*\b(?:end|to|last)\b", header):
            yield m.group(1), m.group(2), first, last, m.start(), m.end()


def area_over(index: PageIndex, seg: Segment, start: int) -> str | None:
    """The area code printed alone right over the seven digits at `start` (a wrapped cell)."""
    from portdesk.bills.find import _word_span

    first, _ = _word_span(seg, start, start + 1)
    word = seg.words[first]
    height = max(word.height, index.body_height)
    for other in index.segments:
        if other.page != seg.page or len(other.words) != 1 or not (
                0 < word.top - other.bottom <= height * 1.2):
            continue
        m = _AREA.match(other.text.strip())
        if m and other.x0 < word.x1 and word.x0 < other.x1:
            return m.group(1)
    return None


def area_of_row_above(index: PageIndex, seg: Segment, start: int) -> str | None:
    """The area code of the number right above when the seven digits at `start` sit exactly
    under its seven digits and nothing stands where its area code would: a column of numbers
    whose row lost its '(208)' to OCR (a photo's shadow, a speck cleaned away)."""
    from portdesk.bills.find import _word_span

    first, _ = _word_span(seg, start, start + 1)
    word = seg.words[first]
    row = [w for s in index.lines.get(seg.line, [seg]) for w in s.words]
    height = max(word.height, index.body_height)
    for other in index.segments:
        if other.page != seg.page or not 0 < word.top - other.bottom <= height * 1.2:
            continue
        for area, local in pairwise(other.words):
            m = _AREA.match(area.text)
            if m is None or not _LOCAL.fullmatch(local.text) or abs(local.x0 - word.x0) > height:
                continue
            if first == 0 and not any(area.x0 < w.x1 and w.x0 < area.x1 for w in row):
                return m.group(1)
    return None


# an area code taken from the row's other numbers is a guess (a list may mix areas, and a typed
# number of another area with the same seven digits must not match): listed, never confirmed
GUESSED_AREA = 0.5


def area_of_row(index: PageIndex, seg: Segment, local: str) -> str | None:
    """The one area code of the row when the seven digits are a cell of their own in a row of
    whole numbers, two or more, all of that area: a list printed across whose cell lost its
    '(509)' to OCR. A guess (`GUESSED_AREA`): the typed number is then a question for the eye.
    The row must be where the page lists the account's lines (its first cell's place)."""
    row = sorted(index.lines.get(seg.line, []), key=lambda s: s.x0)
    if seg.text.strip(" .,;") != local or not row or row[0] is seg or not good_place(
            index, row[0], 0):
        return None
    areas = [e164[2:5] for other in row if other is not seg for e164, _ in phones_in(other.text)]
    return areas[0] if len(areas) >= 2 and len(set(areas)) == 1 else None


def good_place(index: PageIndex, seg: Segment, first: int) -> bool:
    """The page lists the account's lines here (a numbers or billing-number label)."""
    places = index.places(seg, first)
    return any(p.context in _NUMBER_PLACES for p in places[:2]) and not any(
        p.context in (Context.USAGE, Context.HELP, Context.CARRIER, Context.REMIT)
        for p in places[:1])


def capped(found: Found) -> Found:
    return replace(found, read_conf=min(found.read_conf, CONFUSED_READ))


def add_scan_readings(index: PageIndex, seg: Segment, known: set[str],
                      out: dict[str, list[Found]]) -> None:
    """Into `out` (find.phone_index's), the numbers of `seg` only these readings give; `known`
    are those the segment gave already."""
    from portdesk.bills.findbase import _phone_found, _word_span

    def add(e164: str, start: int, end: int, need_place: bool, cap: float = CONFUSED_READ) -> None:
        a, b = _word_span(seg, start, end)
        if e164 in known or (need_place and not good_place(index, seg, a)):
            return
        found = _phone_found(index, seg, a, b, at=start)
        out.setdefault(e164, []).append(replace(found, read_conf=min(found.read_conf, cap)))
        known.add(e164)

    text = seg.text
    for e164, start, end in glued(text):
        add(e164, start, end, True)
    for e164, start, end in plus_read_as_four(text, index.lines.get(seg.line, [seg])):
        add(e164, start, end, False)  # as sure as its row's numbers printed with their plus
    for e164, start, end in plus_read_as_four(text, column_with_plus(index, seg)):
        add(e164, start, end, True)  # a column of one number a row: where it lists lines only
    whole = [(mm.start(), mm.end()) for mm in PHONE_RE.finditer(text)]
    for m in _LOCAL.finditer(text):
        if any(a <= m.start() < b for a, b in whole):
            continue  # the area code is on the line, before the digits
        area = area_over(index, seg, m.start())
        local = _e164(f"{area}{m.group(1)}{m.group(2)}") if area else None
        if local is not None:
            add(local, m.start(), m.end(), False)
        elif (area := area_of_row_above(index, seg, m.start())) is not None and (
                local := _e164(f"{area}{m.group(1)}{m.group(2)}")) is not None:
            add(local, m.start(), m.end(), True)
        elif (area := area_of_row(index, seg, m.group())) is not None and (
                local := _e164(f"{area}{m.group(1)}{m.group(2)}")) is not None:
            add(local, m.start(), m.end(), False, GUESSED_AREA)
    cells = sorted(index.lines.get(seg.line, [seg]), key=lambda s: s.x0)
    if cells[0] is not seg:
        return
    row = Segment(seg.page, tuple(w for c in cells for w in c.words), seg.line)
    header = " ".join(s.text for c in cells for s in (index.header_row(c) or []))
    for npa, nxx, first, last, start, end in exchange_rows(row.text, header):
        a, b = _word_span(row, start, end)
        found = capped(_phone_found(index, row, a, b, at=start))
        for line in range(first, last + 1):
            e164 = f"+1{npa}{nxx}{line:04d}"
            if e164 not in known:
                out.setdefault(e164, []).append(found)



def digit_run_line(text: str) -> bool:
    """A payment stub's scan line: runs of bare digits, not a list of phone numbers."""
    return sum(1 for t in text.split() if t.isdigit() and len(t) >= 5) >= 2


def stub_scan_line(index: PageIndex, seg: Segment) -> bool:
    """`seg` is a cell of a payment stub's scan line that OCR cut at its wide gaps ('6991 |
    9657960372 877088 | 38329441 | 8675550187 | 7'): a cell alone ('8675550187') looks like a
    listed number. The whole printed line is nothing but runs of digits, three of them long."""
    row = sorted(index.lines.get(seg.line, [seg]), key=lambda s: s.x0)
    tokens = " ".join(s.text for s in row).split()
    return all(t.isdigit() for t in tokens) and sum(len(t) >= 5 for t in tokens) >= 3
