"""Blocks of numbers printed across the cells of a table row: the first and last number under
"Range start | Range end" (From/To, First/Last) or with a lone "to" or dash cell between them,
"NPA-NXX | From | To", and a DID inventory "402-555 | 0103 | 0130" under a heading naming the
exchange. Two numbers that merely share a row (a call from one line to a neighbour) are no block.

Split from ranges.py (the forms printed on one line).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from portdesk.bills.blockform import MAX_RANGE, Block
from portdesk.bills.context import fold
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import PageIndex
from portdesk.bills.parse import phones_in
from portdesk.bills.rowcounts import count_cell

_RANGE_CELL = re.compile(r"(?i)^(?:-|–|—|to|up to|thru|through|à|au|al|hasta|~|→|->)$")
_START = re.compile(r"^(?:range |block |did )?(?:start|first|begin|from|low|de|du|debut)")
_END = re.compile(r"^(?:range |block |did )?(?:end|last|to|thru|through|high|a|au|fin)\b")
_USAGE_HEAD = re.compile(r"\b(?:date|time|min|mins|minutes|duration|heure|duree|called)\b")


def _one_number(seg: Segment) -> str | None:
    phones = phones_in(seg.text)
    if len(phones) != 1 or phones[0][1].strip() != seg.text.strip(" ,;"):
        return None
    return phones[0][0]


def row_blocks(index: PageIndex) -> Iterator[tuple[Segment, Segment, Block]]:
    """Ranges printed across the cells of a table row: (first cell, last cell, block)."""
    for row in index.lines.values():
        cells = sorted(row, key=lambda s: s.x0)
        numbered = [(i, n) for i, c in enumerate(cells) if (n := _one_number(c)) is not None]
        for (i, a), (j, b) in pairwise(numbered):
            if a[:8] != b[:8] or not 0 < int(b[8:]) - int(a[8:]) <= MAX_RANGE:
                continue
            between = cells[i + 1:j]
            if (len(between) == 1 and _RANGE_CELL.match(between[0].text.strip())) or (
                    not between and _range_header(index, cells[i], cells[j])):
                yield cells[i], cells[j], Block(a[2:5], a[5:8], int(a[8:]), int(b[8:]), (0, 0))
        yield from _exchange_row(index, cells)
        yield from _exchange_grid(index, cells)
        if index.page.source == "ocr":
            yield from _scanned_exchange_grid(index, cells)


SURE_LINE = 0.85  # OCR confidence a lone line cell of a garbled grid needs to be listed
_EXCHANGE = re.compile(r"^\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})$")
_LINE = re.compile(r"^\d{4}$")


def _exchange_row(index: PageIndex, cells: list[Segment]) -> Iterator[tuple[Segment, Segment,
                                                                               Block]]:
    """'NPA-NXX | From | To': the exchange in one cell, the block's first and last line in the
    next two, under a From/To (Start/End) header."""
    scan = index.page.source == "ocr"
    for i in range(len(cells) - 2):
        m = _EXCHANGE.match(cells[i].text.strip())
        first, last = _line_cell(cells[i + 1].text, scan), _line_cell(cells[i + 2].text, scan)
        if scan and m is not None and _LINE.match(last) and not _LINE.match(first):
            first = _first_by_count(first, int(last), cells[i + 3:i + 4])
        if scan and m is not None and _LINE.match(first) and (
                block := _counted_from(index, m, cells[i + 1], cells[i + 2])) is not None:
            yield cells[i], cells[i + 2], block
            continue
        if m is None or not _LINE.match(first) or not _LINE.match(last):
            continue
        if 0 < int(last) - int(first) <= MAX_RANGE and _range_header(index, cells[i + 1],
                                                                     cells[i + 2]):
            yield cells[i], cells[i + 2], Block(m.group(1), m.group(2), int(first), int(last),
                                                (0, 0))


def _first_by_count(printed: str, last: int, counted: list[Segment]) -> str:
    """A scan's first-line cell OCR misread ('01747,' for 0174) beside a last line and a
    count ('Qty 22'): the count and the last line give the first line, and the printed one
    must agree with it but for one character (one read for another, or one more). Two
    witnesses agree, so the first line is put back; otherwise the cell stays unread."""
    digits = re.sub(r"\D", "", printed)
    count = count_cell(counted[0].text) if counted else None
    if count is None or not 1 < count <= MAX_RANGE or last < count:
        return printed
    first = f"{last - count + 1:04d}"
    if len(digits) == 4:
        near = sum(a != b for a, b in zip(first, digits, strict=True)) == 1
    else:
        near = len(digits) == 5 and any(digits[:k] + digits[k + 1:] == first for k in range(5))
    return first if near else printed


_QTY_HEAD = re.compile(r"^(?:qty|quantity|count|lines|numbers|dids|quantite|nombre|cantidad)\b")
SURE_COUNT = 0.9  # OCR confidence the count of a block whose last line OCR lost needs


def _counted_from(index: PageIndex, exchange: re.Match[str], first: Segment,
                  counted: Segment) -> Block | None:
    """'NPA-NXX | From | Qty' as OCR read a scan's 'NPA-NXX | From | To | Qty' row, the To
    column lost whole, header and cell ('502-555 | 0111 | 25'): the exchange, the block's first
    line under 'From' and its count under 'Qty', read surely, make the block (the first line
    and the count are what the bill prints; the count read unsurely lists nothing)."""
    count = count_cell(counted.text)
    if count is None or not 1 < count <= MAX_RANGE or min(
            w.conf for w in counted.words) < SURE_COUNT:
        return None
    over = _heads_over(index, first)
    if over is None:
        return None
    if not _START.match(over(first)) or not _QTY_HEAD.match(over(counted)):
        return None
    start = int(first.text.strip(_CELL_SPECKS))
    return Block(exchange.group(1), exchange.group(2), start, start + count - 1, (0, 0))


# '+ 0114', '0138*': a speck beside a line cell, read as a mark of its own (OCR only)
_CELL_SPECKS = "+*°|~'’\":;,. "


def _line_cell(text: str, scan: bool) -> str:
    return text.strip(_CELL_SPECKS) if scan else text.strip()


_EXCHANGE_HEAD = re.compile(r"\bnpa\b|\bnxx\b|npa-?nxx|exchange|prefix|indicatif|central office")


def _exchange_grid(index: PageIndex, cells: list[Segment]) -> Iterator[tuple[Segment, Segment,
                                                                                Block]]:
    """'402-555 | 0103 | 0130 | 0146' under 'NPA-NXX': the exchange printed once, then lines of
    it (a DID inventory); each four-digit cell is one number of that exchange. Only the whole
    row counts (nothing but the exchange and its lines) under a heading naming the exchange."""
    m = _EXCHANGE.match(cells[0].text.strip()) if len(cells) >= 2 else None
    if m is None or not all(_LINE.match(c.text.strip()) for c in cells[1:]):
        return
    over = [s for n in index.lines_above(cells[0])[:3] for s in index.lines[n]
            if s.x0 - 12 <= cells[0].x0 <= s.x1 and not _USAGE_HEAD.search(fold(s.text))]
    if not any(_EXCHANGE_HEAD.search(fold(s.text)) for s in over):
        return
    for cell in cells[1:]:
        line = int(cell.text.strip())
        yield cells[0], cell, Block(m.group(1), m.group(2), line, line, (0, 0))


def _scanned_exchange_grid(index: PageIndex, cells: list[Segment]) -> Iterator[
        tuple[Segment, Segment, Block]]:
    """The DID inventory row as OCR gives it: cells run together into one segment, a separator
    read as a dot ('614.555 0127 0158 0157 0165 (068 0177'), a cell misread. Word by word, the
    exchange first and then its lines; a misread cell lists nothing, and the row counts only
    when most of it reads as lines (under the same heading naming the exchange)."""
    words = [Segment(c.page, (w,), c.line) for c in cells for w in c.words]
    if len(cells) > 1 and all(_LINE.match(c.text.strip()) for c in cells[1:]):
        return  # the printed grid, read cell by cell above
    m = _EXCHANGE.match(words[0].text.strip()) if len(words) >= 3 else None
    if m is None:
        return
    lines = [w for w in words[1:] if _LINE.match(w.text.strip())]
    if len(lines) < 2 or len(lines) < 0.6 * (len(words) - 1):
        return
    # four digits alone carry no check of their own: in a row OCR garbled, only those read
    # surely are listed ('0158' read at 0.70 was 0156: a neighbour typed by mistake would match)
    sure = [w for w in lines if w.conf >= SURE_LINE]
    yield from _exchange_grid(index, [words[0], *sure]) if sure else iter(())


def _range_header(index: PageIndex, first: Segment, last: Segment) -> bool:
    """'Range start | Range end' (From/To, First/Last) over the two cells, in a table that is
    not call detail."""
    over = _heads_over(index, first)
    return over is not None and bool(_START.match(over(first))) and bool(_END.match(over(last)))


def _heads_over(index: PageIndex, first: Segment) -> Callable[[Segment], str] | None:
    """The header row over `first`'s table, as 'the folded header cell over this cell', when the
    table has one and it is not call detail."""
    header = index.header_row(first)
    if header is None or _USAGE_HEAD.search(" ".join(fold(s.text) for s in header)):
        return None

    def over(seg: Segment) -> str:
        cells = [s for s in header if s.x0 - 30 <= seg.x1 and seg.x0 <= s.x1 + 30]
        return fold(min(cells, key=lambda s: abs(s.x0 - seg.x0)).text) if cells else ""

    return over

