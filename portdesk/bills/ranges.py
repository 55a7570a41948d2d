"""Blocks of numbers (DID ranges) as carriers print them, so every number in a block is found.

On one line: "720-555-0133 THRU 0152", "... - 0152", "... thru -0152", "... through 52",
"... to (720) 555-0152", "720/555-0133-0152", French "à" and "au". Across a table row: the first
and last number in two cells under "Range start | Range end" (or From/To, First/Last), or with a
lone "to" or dash cell between them. A range is only a range within one exchange and a thousand
numbers; two numbers that merely share a row (a call from one line to a neighbour) are not one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from portdesk.bills.context import fold
from portdesk.bills.layout import Segment
from portdesk.bills.ocrdigits import CONFUSED_PAIRS
from portdesk.bills.pageindex import PageIndex
from portdesk.bills.parse import PHONE_RE, phones_in
from portdesk.bills.reader import Word

MAX_RANGE = 1000  # a printed range longer than this is not a list of the customer's lines
_SEP = r"(?P<sep>-|–|—|thru|through|to|until|à|au|al|hasta|\.{2,3}|…)"
RANGE_RE = re.compile(
    r"(?i)(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})[\s.-]?(\d{4})"
    rf"\s*{_SEP}[.,:]?\s*[-.]?\s*"
    r"(?:(?:\+?1[\s.-]?)?\(?\1\)?[\s./-]?\2[\s.-]?)?(\d{2,4})(?!\d)")
_MORE_DIGITS = re.compile(r"\s*[-./(]?\s*\d")
_RANGE_CELL = re.compile(r"(?i)^(?:-|–|—|to|thru|through|à|au|al|hasta)$")
_START = re.compile(r"^(?:range |block |did )?(?:start|first|begin|from|low|de|du|debut)")
_END = re.compile(r"^(?:range |block |did )?(?:end|last|to|thru|through|high|a|au|fin)\b")
_USAGE_HEAD = re.compile(r"\b(?:date|time|min|mins|minutes|duration|heure|duree|called)\b")


@dataclass(frozen=True, slots=True)
class Block:
    npa: str
    nxx: str
    first: int
    last: int
    span: tuple[int, int]  # characters of the segment's text (one-line blocks)
    repaired: bool = False  # a digit OCR lost put back: listed, never sure

    def numbers(self) -> Iterator[str]:
        for line in range(self.first, self.last + 1):
            yield f"+1{self.npa}{self.nxx}{line:04d}"


# on a scan, the dash of "512 555-0140 - 0156" is often lost: a number and the four digits of
# a later line in its exchange, ending the cell, within a hundred lines
_BARE_RANGE = re.compile(r"(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})"
                         r"[\s.-]?(\d{4})\s+(\d{4})\W*$")
MAX_BARE_RANGE = 100
# on a scan, French "à" between two whole numbers of one exchange is often read without its accent,
# and a speck before it as a dot or comma glued to the first number ('418 555-0144.a 418 555-0148'),
# or read as '@' or as an '8' glued to the next area code ('819 555-0178 8819 555-0183'; an '&'
# between two numbers is wide and read apart: an '8' with a space after it is no 'à')
_A_RANGE = re.compile(r"(?<![\d])\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})[\s.-]?(\d{4})"
                      r"(?:(?:\s+|[.,]\s*)a\s+|\s+(?:8|@\s*)(?=\(?\1))"
                      r"\(?\1\)?[\s.-]?\2[\s.-]?(\d{4})(?!\d)")
# on a scan, '&' between two whole numbers of one exchange: 'and' (two lines) or French 'à' (a
# block) read as the sign of its shape; the pixels cannot say which (see ampersand_spans)
_AMPERSAND = re.compile(r"(?<![\d])\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})[\s.-]?(\d{4})\s*&\s*"
                        r"\(?\1\)?[\s.-]?\2[\s.-]?(\d{4})(?!\d)")


def ampersand_spans(text: str) -> Iterator[Block]:
    """'819 555-0193 & 819 555-0199' on a scan: the lines strictly between the two, which the
    bill lists if the sign is a misread 'à' and does not if it is '&'. Never a block of its
    own: a question for the eye (find.py lists them read at noise level)."""
    for m in _AMPERSAND.finditer(text):
        first, last = int(m.group(3)), int(m.group(4))
        if 1 < last - first <= MAX_RANGE:
            yield Block(m.group(1), m.group(2), first + 1, last - 1, m.span())


# on a scan, a short mark between two whole numbers of one exchange that OCR read at noise level
# ('819 555-0180 4 819 555-0196': French 'à', '&', a dash or a speck; the pixels do not say which)
_ODD_JOIN = re.compile(r"(?<![\d])\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})[\s.-]?(\d{4})\s+(\S{1,2})\s+"
                       r"\(?\1\)?[\s.-]?\2[\s.-]?(\d{4})(?!\d)")


def odd_join_spans(text: str) -> Iterator[tuple[Block, tuple[int, int]]]:
    """'819 555-0180 4 819 555-0196' on a scan: the lines strictly between the two numbers and
    where the mark between them is (the caller asks how surely OCR read it: a mark read surely is
    what it says, a quantity or a list's sign). Never a block of its own: a question for the eye,
    as ampersand_spans."""
    for m in _ODD_JOIN.finditer(text):
        first, last = int(m.group(3)), int(m.group(5))
        if 1 < last - first <= MAX_RANGE:
            yield Block(m.group(1), m.group(2), first + 1, last - 1, m.span()), m.span(4)


# on a scan the "to" between two whole numbers of one exchange is read as letters of its shape
# ('té', 't6', 'lo'), often glued to the first by a speck ('+16045550115.té +16045550136')
_TO_MISREAD = re.compile(r"(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})[\s.-]?"
                         r"(\d{4})[.,]?\s*(?!to\b)[tfl1][oóòôöeéè06c][.,]?\s+"
                         r"(?:\+?1[\s.-]?)?\(?\1\)?[\s.-]?\2[\s.-]?(\d{4})(?!\d)")
# on a scan the leading zero of the first line is lost ('785-555-177 to 785-555-0185'): when the
# block's last number is printed whole under a thousand, '0177' is the only line it can be
_LOST_ZERO = re.compile(r"(?i)(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})[\s.-]?"
                        r"([1-9]\d{2})(?!\d)[.,]?\s*(?:-|–|—|to|thru|through|à|au|a)[.,]?\s*"
                        r"(?:\+?1[\s.-]?)?\(?\1\)?[\s./-]?\2[\s.-]?(0\d{3})(?!\d)")
# on a scan a digit of the last end's exchange is lost ('778 555-0154 to 778 55-0161'): a block
# stays in one exchange, so a last end whose exchange is the first's with one digit dropped is in
# the first's exchange
_SHORT_EXCHANGE = re.compile(r"(?i)(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})"
                             r"[\s.-]?(\d{4})[.,]?\s*(?:-|–|—|to|thru|through|à|au|a)[.,]?\s*"
                             r"(?:\+?1[\s.-]?)?\(?\1\)?[\s./-]?(\d{2})[\s.-]?(\d{4})(?!\d)")
_SPLIT_TAIL = re.compile(r"(?i)(\d{4}\s*(?:-|–|—|thru|through|to)\s*)(\d{2}) (\d{2})(?!\d)")


def blocks_in(text: str, scan: bool = False) -> list[Block]:
    """The ranges printed in one run of text (`scan`: read by OCR, which loses separators)."""
    out = []
    if scan:  # "through 01 71": a space OCR put inside the last line's digits (same length)
        text = _SPLIT_TAIL.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} ", text)
    bare = _BARE_RANGE.search(text) if scan else None
    if bare is not None and 0 < int(bare.group(4)) - int(bare.group(3)) <= MAX_BARE_RANGE:
        out.append(Block(bare.group(1), bare.group(2), int(bare.group(3)), int(bare.group(4)),
                         bare.span()))
    for m in [*_A_RANGE.finditer(text), *_TO_MISREAD.finditer(text)] if scan else ():
        if 0 < int(m.group(4)) - int(m.group(3)) <= MAX_RANGE:
            out.append(Block(m.group(1), m.group(2), int(m.group(3)), int(m.group(4)), m.span()))
    for m in _LOST_ZERO.finditer(text) if scan else ():
        if 0 < int(m.group(4)) - int(m.group(3)) <= MAX_BARE_RANGE:
            out.append(Block(m.group(1), m.group(2), int(m.group(3)), int(m.group(4)), m.span(),
                             repaired=True))
    for m in _SHORT_EXCHANGE.finditer(text) if scan else ():
        nxx, short = m.group(2), m.group(4)
        if any(nxx[:k] + nxx[k + 1:] == short for k in range(3)) and (
                0 < int(m.group(5)) - int(m.group(3)) <= MAX_BARE_RANGE):
            out.append(Block(m.group(1), nxx, int(m.group(3)), int(m.group(5)), m.span(),
                             repaired=True))
    for m in RANGE_RE.finditer(text):
        head, tail = m.group(3), m.group(5)
        if len(tail) < 4:
            # "0190 through 92": the tail replaces the last digits; never after a bare dash
            # ("0133-52" is as likely a reference) nor when more digits follow ("to 212-555-")
            if m.group("sep") in "-–—" or _MORE_DIGITS.match(text[m.end():]):
                continue
            tail = head[:4 - len(tail)] + tail
        first, last = int(head), int(tail)
        if 0 < last - first <= MAX_RANGE:
            out.append(Block(m.group(1), m.group(2), first, last, m.span()))
    return out


_TAILS = re.compile(r"(?:\s*[,;&]\s*-\d{4}(?!\d)|/\d{4}(?!\d)|"
                    r"\s*[,;&]\s*\d{4}(?=\s*(?:[,;&]|$)))+")
# on a scan a list's comma is often read as a full stop ('-0113, -0162. -0148'), its dash twice
# ('0182,--0167'): a later line written by its dash and last digits still follows one; a bare
# '. 0148' may end a sentence
_SCAN_TAILS = re.compile(r"(?:\s*[,;&.]\s*-{1,2}\d{4}(?!\d)|/\d{4}(?!\d)|"
                         r"\s*[,;&]\s*\d{4}(?=\s*(?:[,;&]|$)))+")
_TAIL = re.compile(r"(?:[-/]|[,;&]\s*)(\d{4})")
_YEAR = re.compile(r"^\s*[,;&]\s*(?:19|20)\d\d\s*$")


def abbreviated_in(text: str, scan: bool = False) -> list[tuple[str, tuple[int, int]]]:
    """'502-555-0141, -0130, -0155', '..., 0130, 0155' or '720-555-0142/0136/0108': later lines of the list written
    as their last four digits after a dash or a slash, in the exchange of the full number before
    them; (E.164, span) of each. A single '/0152' may be a list of two or a block's first and
    last line: either way both are the account's, and the lines between are left unconfirmed."""
    out = []
    for m in PHONE_RE.finditer(text):
        tails = (_SCAN_TAILS if scan else _TAILS).match(text, m.end())
        if tails is None or _YEAR.match(tails.group()):
            continue  # "..., 2025" after a number is a year
        head = "+1" + "".join(m.groups())[:6]
        for t in _TAIL.finditer(text, tails.start(), tails.end()):
            out.append((head + t.group(1), (t.start(), t.end())))
    return out


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
        if m is None or not _LINE.match(first) or not _LINE.match(last):
            continue
        if 0 < int(last) - int(first) <= MAX_RANGE and _range_header(index, cells[i + 1],
                                                                     cells[i + 2]):
            yield cells[i], cells[i + 2], Block(m.group(1), m.group(2), int(first), int(last),
                                                (0, 0))


def _first_by_count(printed: str, last: int, count_cell: list[Segment]) -> str:
    """A scan's first-line cell OCR misread ('01747,' for 0174) beside a last line and a
    count ('Qty 22'): the count and the last line give the first line, and the printed one
    must agree with it but for one character (one read for another, or one more). Two
    witnesses agree, so the first line is put back; otherwise the cell stays unread."""
    digits = re.sub(r"\D", "", printed)
    count = _count_cell(count_cell[0].text) if count_cell else None
    if count is None or not 1 < count <= MAX_RANGE or last < count:
        return printed
    first = f"{last - count + 1:04d}"
    if len(digits) == 4:
        near = sum(a != b for a, b in zip(first, digits, strict=True)) == 1
    else:
        near = len(digits) == 5 and any(digits[:k] + digits[k + 1:] == first for k in range(5))
    return first if near else printed


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
    header = index.header_row(first)
    if header is None or _USAGE_HEAD.search(" ".join(fold(s.text) for s in header)):
        return False

    def over(seg: Segment) -> str:
        cells = [s for s in header if s.x0 - 30 <= seg.x1 and seg.x0 <= s.x1 + 30]
        return fold(min(cells, key=lambda s: abs(s.x0 - seg.x0)).text) if cells else ""

    return bool(_START.match(over(first))) and bool(_END.match(over(last)))


_COUNT = re.compile(r"(?i)^\(?(\d{1,4})$")
_COUNTED = re.compile(r"(?i)^(?:numbers?|lines?|dids?|tns?|numéros?|lignes?)\)?[.,;]?$")
# the count in parentheses after the block's name ('DID block (20)', 'Numbers (7)')
_NAMED = re.compile(r"(?i)^(?:numbers?|lines?|dids?|tns?|numéros?|lignes?|blocks?|blocs?|"
                    r"ranges?|plages?)$")
_PAREN_COUNT = re.compile(r"^\((\d{1,4})\)[.,;:]?$")


def _count_cell(text: str) -> int | None:
    """The count a cell prints on its own ('22', '(22') or after the block's name ('DIDs (22)')."""
    words = text.split()
    bare = _COUNT.match(text.strip())
    if bare is not None:
        return int(bare.group(1))
    named = _PAREN_COUNT.match(words[-1]) if len(words) >= 2 and _NAMED.match(words[-2]) else None
    return int(named.group(1)) if named is not None else None


def counted_conf(index: PageIndex, seg: Segment, block: Block, first: int, last: int) -> float:
    """How surely a block read by OCR is read when its row also says how many lines it holds
    ('DID Block (22 numbers)') and the count agrees with its ends: the sure end (last or first)
    and the count fix the other one's digits, whatever doubt OCR had over a speck glued to it.
    Without an agreeing count, 0: the block is as sure as its least sure word."""
    ends = [w.conf for w in seg.words[first + 1:last + 1] if any(c.isdigit() for c in w.text)]
    size = block.last - block.first + 1
    sure = [conf for n, conf in row_counts(index, seg) if n == size]
    return min(max(ends[0], ends[-1]), sure[0]) if ends and sure else 0.0


def row_counts(index: PageIndex, seg: Segment) -> list[tuple[int, float]]:
    """The counts of lines the row of `seg` prints ('7 numbers', '(22 DIDs)'), each with how
    surely it was read."""
    words = [w for row in index.lines.get(seg.line, []) for w in row.words]
    return [*((int(m.group(1)), min(word.conf, unit.conf)) for word, unit in pairwise(words)
              if (m := _COUNT.match(word.text)) and _COUNTED.match(unit.text)),
            *((int(m.group(1)), word.conf) for row in index.lines.get(seg.line, [])
              for name, word, after in zip(row.words, row.words[1:], [*row.words[2:], None],
                                           strict=False)
              if _NAMED.match(name.text) and (m := _PAREN_COUNT.match(word.text))
              and not _area_code(word, after))]


def _area_code(word: Word, after: Word | None) -> bool:
    """'Block (218) 555-0117': parentheses followed, in the same cell, by the rest of a number
    hold its area code."""
    return after is not None and word.text.endswith(")") and after.text[:1].isdigit()


def counted_blocks(index: PageIndex, seg: Segment,
                   text: str) -> Iterator[tuple[Block, int, float]]:
    """On a scan, a block whose last line OCR misread into no block at all ('555-0117 through
    6123', 7 numbers): the row's count and the first line give the last one (0123), and the
    printed last must agree with it but for one digit of a shape OCR confuses (6 for 0). Two
    witnesses agree, so the block is as sure as its first line and its count (with the
    confidence of the least sure of them); a count that leaves two digits apart, or a pair OCR
    does not confuse, puts nothing back. (block, end of its first line in `text`, the count's
    confidence)."""
    counts = row_counts(index, seg)
    if len(counts) != 1 or not 1 < counts[0][0] <= MAX_RANGE:
        return
    count = counts[0]
    for m in RANGE_RE.finditer(text):
        first, tail = int(m.group(3)), m.group(5)
        last = first + count[0] - 1
        if len(tail) != 4 or last > 9999 or 0 < int(tail) - first <= MAX_RANGE:
            continue  # a block as printed (blocks_in), or no whole last line to compare
        diffs = [frozenset(p) for p in zip(f"{last:04d}", tail, strict=True) if p[0] != p[1]]
        if len(diffs) == 1 and diffs[0] in CONFUSED_PAIRS:
            yield Block(m.group(1), m.group(2), first, last, m.span()), m.end(3), count[1]


# one digit of a block's exchange misread at one of its two whole ends ('402.855.0167 through
# 402.555.0186'): a block stays in one exchange, so it is one exchange read twice
_EXCHANGE_TWICE = re.compile(
    r"(?i)(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})[\s.-]?(\d{4})"
    + rf"\s*{_SEP}[.,:]?\s*"
    + r"(?:\+?1[\s.-]?)?\(?\1\)?[\s./-]?([2-9]\d{2})[\s.-]?(\d{4})(?!\d)")


def exchange_read_twice(text: str) -> Iterator[tuple[Block, Block, tuple[int, int],
                                                      tuple[int, int]]]:
    """On a scan, a block whose two whole ends disagree on one digit of the exchange: (the block
    in the first end's exchange, the block in the last end's, the first end's span, the last
    end's span). Which reading is right is for the words' confidence to say (findphones)."""
    for m in _EXCHANGE_TWICE.finditer(text):
        a, b = m.group(2), m.group(5)  # group 4 is the separator
        first, last = int(m.group(3)), int(m.group(6))
        if sum(x != y for x, y in zip(a, b, strict=True)) != 1 or not 0 < last - first <= MAX_RANGE:
            continue
        span = m.span()
        yield (Block(m.group(1), a, first, last, span, repaired=True),
               Block(m.group(1), b, first, last, span, repaired=True),
               (m.start(), m.end(3)), (m.end("sep"), m.end()))
