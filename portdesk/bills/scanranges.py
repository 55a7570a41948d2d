"""Blocks of numbers as OCR reads them: a separator lost ("512 555-0140 0156") or read as
letters of its shape ("t6" for "to", "a" or "@" for "à", "&"), a first line's leading zero lost,
a digit of the last end's exchange lost or misread, a last line OCR split or misread that the
row's count of lines puts back. Each reading is as sure as the words it rests on; one the pixels
leave two ways is a question, never a match (findphones.py).

Split from ranges.py (the printed forms on a text layer).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from portdesk.bills.blockform import MAX_RANGE, RANGE_RE, RANGE_SEP, Block
from portdesk.bills.layout import Segment
from portdesk.bills.ocrdigits import CONFUSED_PAIRS
from portdesk.bills.pageindex import PageIndex
from portdesk.bills.rowcounts import row_counts

# on a scan, the dash of "512 555-0140 - 0156" is often lost: a number and the four digits of
# a later line in its exchange, ending the cell, within a hundred lines
_BARE_RANGE = re.compile(r"(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})"
                         r"[\s.-]?(\d{4})\s+(\d{4})\W*$")
MAX_BARE_RANGE = 100
# the same with the row's count of lines after it ('419.555.0151 0155 (5 DIDs)'): the count that
# agrees with the two ends is the witness that they are one block's, not a number and a word
_BARE_COUNTED = re.compile(r"(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})"
                           r"[\s.-]?(\d{4})\s+(\d{4})\s*\(?(\d{1,3})\s+(?:numbers?|lines?|dids?|"
                           r"tns?|numéros?|lignes?)\)?\W*$", re.IGNORECASE)
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


# on a scan the area code's brackets are read as signs of their shape ('£208} 555-0101 - 0105',
# '{509] 555-0140 to 0156'): the same print, put back (one character for one, so every span
# still points into the segment's words)
_BRACKETED_AREA = re.compile(r"(?<![\w(])[({\[£](\d{3})[)}\]](?=[\s.-]?\d{3}[\s.-]?\d{4}(?!\d))")


def scan_blocks(text: str) -> tuple[str, list[Block]]:
    """The blocks only OCR's readings print (a separator lost or misread, a digit lost), and
    the text with a last line OCR split in two put back together."""
    out = []
    text = _BRACKETED_AREA.sub(lambda m: f"({m.group(1)})", text)
    # "through 01 71": a space OCR put inside the last line's digits (same length)
    text = _SPLIT_TAIL.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} ", text)
    bare = _BARE_RANGE.search(text)
    if bare is not None and 0 < int(bare.group(4)) - int(bare.group(3)) <= MAX_BARE_RANGE:
        out.append(Block(bare.group(1), bare.group(2), int(bare.group(3)), int(bare.group(4)),
                         bare.span()))
    counted = _BARE_COUNTED.search(text)
    if counted is not None and 0 < int(counted.group(4)) - int(counted.group(3)) == int(
            counted.group(5)) - 1:
        out.append(Block(counted.group(1), counted.group(2), int(counted.group(3)),
                         int(counted.group(4)), (counted.start(), counted.end(4))))
    for m in [*_A_RANGE.finditer(text), *_TO_MISREAD.finditer(text)]:
        if 0 < int(m.group(4)) - int(m.group(3)) <= MAX_RANGE:
            out.append(Block(m.group(1), m.group(2), int(m.group(3)), int(m.group(4)), m.span()))
    for m in _LOST_ZERO.finditer(text):
        if 0 < int(m.group(4)) - int(m.group(3)) <= MAX_BARE_RANGE:
            out.append(Block(m.group(1), m.group(2), int(m.group(3)), int(m.group(4)), m.span(),
                             repaired=True))
    for m in _SHORT_EXCHANGE.finditer(text):
        nxx, short = m.group(2), m.group(4)
        if any(nxx[:k] + nxx[k + 1:] == short for k in range(3)) and (
                0 < int(m.group(5)) - int(m.group(3)) <= MAX_BARE_RANGE):
            out.append(Block(m.group(1), nxx, int(m.group(3)), int(m.group(5)), m.span(),
                             repaired=True))
    return text, out


def counted_conf(index: PageIndex, seg: Segment, block: Block, first: int, last: int) -> float:
    """How surely a block read by OCR is read when its row also says how many lines it holds
    ('DID Block (22 numbers)') and the count agrees with its ends: the sure end (last or first)
    and the count fix the other one's digits, whatever doubt OCR had over a speck glued to it.
    Without an agreeing count, 0: the block is as sure as its least sure word."""
    ends = [w.conf for w in seg.words[first + 1:last + 1] if any(c.isdigit() for c in w.text)]
    size = block.last - block.first + 1
    sure = [conf for n, conf in row_counts(index, seg) if n == size]
    return min(max(ends[0], ends[-1]), sure[0]) if ends and sure else 0.0


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
    + rf"\s*{RANGE_SEP}[.,:]?\s*"
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


# on a scan, the mark between a block's two ends lost or read as letters of no range word
# ('573-555-0126 573-555-0141 16 DID Range', 'Bloc de 9 numéros 450-555-0172 a 0180': French
# 'à' without its accent): a whole number and, after nothing or a short mark that is no digit
# and no range word (a block printed with its range word is read as printed: ranges.py), a
# later line of its exchange, whole or by its four digits
_SIDE_BY_SIDE = re.compile(r"(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})"
                           r"[\s.-]?(\d{4})\s+(?:(?!(?:to|au|à|[-–—])\s)[^\d\s]{1,2}\s+)?"
                           r"(?:(?:\+?1[\s.-]?)?\(?\1\)?[\s./-]?\2[\s.-]?)?(\d{4})(?![\d-])")
# on a scan, a block's last end OCR lost or lifted off the row ('(507) 555-0188 through', the
# '0194' read apart at noise level): a number and a range word ending the cell
_OPEN_END = re.compile(r"(?i)(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})"
                       r"[\s.-]?(\d{4})[.,]?\s*(?:thru|through|to|until|jusqu['’] ?(?:à|au)|à|au)"
                       r"[.,:]?\s*$")


def counted_runs(index: PageIndex, seg: Segment, text: str) -> Iterator[tuple[Block, float]]:
    """On a scan, a block whose row's count of lines is the only witness left of its form: its two
    ends side by side with the mark between them lost or misread, or its first end and a range word
    with the last end lost. The count must be the row's only one and agree with the ends (two
    numbers of one exchange side by side on a row that counts exactly the lines from one to the
    other are that block's ends, not a list of two); for a lost last end, the first line and the
    count fix it. (block, how surely: the least sure of the count and the end it rests on.) A
    count that disagrees or a second count on the row puts nothing back."""
    if index.page.source != "ocr":
        return
    counts = row_counts(index, seg)
    if len({n for n, _ in counts}) != 1 or not 1 < counts[0][0] <= MAX_RANGE:
        return
    size, sure = counts[0][0], min(conf for _, conf in counts)
    for m in _SIDE_BY_SIDE.finditer(text):
        first, last = int(m.group(3)), int(m.group(4))
        if last - first + 1 == size:
            yield Block(m.group(1), m.group(2), first, last, m.span()), sure
    end = _OPEN_END.search(text)
    if end is not None and int(end.group(3)) + size - 1 <= 9999:
        first = int(end.group(3))
        yield Block(end.group(1), end.group(2), first, first + size - 1, end.span()), sure


_BLOCK_NAME = re.compile(r"(?i)\b(?:blocks?|blocs?|ranges?|plages?)\b")


def block_caption(index: PageIndex, seg: Segment) -> bool:
    """On a scan, the pair's cell sits right under a caption naming a block ('Bloc de numéros'
    over '418 555-0108 & 418 555-0119'), or its row names one: the sign OCR read between the two
    ends is the block's 'à' or 'to', not 'and' (a list of two lines is no block). The caption
    is the line right above, over the cell's left edge."""
    row = [s for s in index.lines.get(seg.line, [seg])]
    if any(_BLOCK_NAME.search(s.text) for s in row):
        return True
    height = max(seg.height, index.body_height)
    above = [s for s in index.segments if s.page == seg.page and s.bottom <= seg.top + 1
             and seg.top - s.bottom <= 1.5 * height and s.x0 - height <= seg.x0 < s.x1]
    return bool(above) and _BLOCK_NAME.search(max(above, key=lambda s: s.bottom).text) is not None
