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

    def numbers(self) -> Iterator[str]:
        for line in range(self.first, self.last + 1):
            yield f"+1{self.npa}{self.nxx}{line:04d}"
