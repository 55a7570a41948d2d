"""What a block of numbers is (an exchange and its first and last line) and how one line of
text prints it: the two ends with a separator between, the last written in full or as its last
digits. Shared by the text forms (ranges.py), OCR's readings (scanranges.py) and table rows
(rowranges.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MAX_RANGE = 1000  # a printed range longer than this is not a list of the customer's lines
# the last end in full ("to (720) 555-0152"), without its area code ("to 555-0152"), or as its
# last digits ("to 0152", "thru 52")
# the words and signs between a block's two ends, in English, French and Spanish ("up to",
# "jusqu'à", "hasta") and the arrows and tilde of a spreadsheet's print
RANGE_SEP = (r"(?P<sep>up to|jusqu['’] ?(?:à|au)|-|–|—|thru|through|to|until|à|au|al|"
             r"hasta|\.{2,3}|…|~|→|->)")
RANGE_RE = re.compile(
    r"(?i)(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})[\s.-]?(\d{4})"
    rf"\s*{RANGE_SEP}[.,:]?\s*[-.]?\s*"
    r"(?:(?:\+?1[\s.-]?)?\(?\1\)?[\s./-]?\2[\s.-]?|\2[\s.-]?(?=\d{4}(?!\d)))?(\d{2,4})(?!\d)")
MORE_DIGITS = re.compile(r"\s*[-./(]?\s*\d")


@dataclass(frozen=True, slots=True)
class Block:
    npa: str
    nxx: str
    first: int
    last: int
    span: tuple[int, int]  # characters of the segment's text (one-line blocks)
    repaired: bool = False  # a digit OCR lost put back: listed, never sure
    excluded: frozenset[int] = frozenset()  # lines the block's print says it leaves out

    def numbers(self) -> Iterator[str]:
        for line in range(self.first, self.last + 1):
            if line not in self.excluded:
                yield f"+1{self.npa}{self.nxx}{line:04d}"


# a block printed with the lines it leaves out: "720-555-0133 thru 0152 (except 0140, 0145)",
# "... excluding 720-555-0140", "... sauf 0140", "... excepto 0140"
_EXCEPT = re.compile(r"(?i)\s*[,;(\[]?\s*(?:except(?:ing)?|excluding|excl\.?|less|minus|"
                     r"not including|sauf|(?:à|a) l['’]exception de|excepto|menos|salvo)\b\s*:?\s*")
_LEFT_OUT = re.compile(r"(?:\+?1[\s.-]?)?(?:\(?(\d{3})\)?[\s./-]?(\d{3})[\s.-]?|-)?(\d{4})(?!\d)"
                       r"(?:\s*(?:,|;|&|/|and|et|y)\s*)?")


def left_out(text: str, block: Block) -> tuple[frozenset[int], int]:
    """The lines a block's print leaves out after it (`text` starts right after the block), and
    where that clause ends in `text` (0 when there is none). A clause whose lines cannot be read
    leaves out every line between the two ends: the block then vouches for its ends only."""
    head = _EXCEPT.match(text)
    if head is None:
        return frozenset(), 0
    lines, at = set(), head.end()
    while (m := _LEFT_OUT.match(text, at)) is not None and m.end() > at:
        if m.group(1) is not None and (m.group(1), m.group(2)) != (block.npa, block.nxx):
            break  # another exchange's number: not this block's
        line = int(m.group(3))
        if not block.first < line < block.last:
            break
        lines.add(line)
        at = m.end()
    if not lines and re.search(r"(?i)less|minus", head.group()):
        return frozenset(), 0  # "less $5.00": a word of money too, a clause only before lines
    if not lines:
        return frozenset(range(block.first + 1, block.last)), head.end()
    closing = re.match(r"\s*[)\]]", text[at:])
    return frozenset(lines), at + (closing.end() if closing else 0)
