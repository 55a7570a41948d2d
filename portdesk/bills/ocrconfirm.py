"""A short number read unsurely, confirmed by the same number read surely in its own column.

Tesseract is unsure of a parenthesised area code far more often than of the digits after it:
'(402)' reads at 0.96 on six rows of a table of lines and at 0.53 on the seventh, where a speck
of the scan touches it, and reading it again cut out does not help (Tesseract gives '(402)' alone
a confidence near 0 whatever the pixels). Left so, the whole number is "read with low confidence"
and the check will not confirm it. Within a column, though, the word has a witness: the same
characters read surely in the rows above and below it, at the same left edge. Two readings that
agree are evidence (as in reread.py), so such a word is raised to `AGREED`: enough to confirm a
typed value it is part of, never enough on its own to call a typed value wrong.

Only short numeric words (an area code, an exchange, an extension) repeat down a column; a whole
phone number or an account number never borrows another row's confidence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from portdesk.bills.reader import Word

AGREED = 0.8  # over MIN_MATCH_READ (0.6), under MIN_MISMATCH_READ (0.85)
SURE = 0.9
_SHORT = re.compile(r"^\W{0,2}\(?(\d{3,4})\)?\W{0,2}$")
_ROWS = 12  # how many line heights above or below a witness may stand


def _digits(text: str) -> str | None:
    m = _SHORT.match(text)
    return m.group(1) if m else None


def confirm_in_column(words: list[Word]) -> list[Word]:
    """`words` with each unsure short number that a sure reading of the same digits, in the same
    column (left or right edge within half a line height) and a few lines away, confirms."""
    sure: dict[str, list[Word]] = {}
    for w in words:
        digits = _digits(w.text)
        if digits is not None and w.conf >= SURE:
            sure.setdefault(digits, []).append(w)
    if not sure:
        return words
    out = []
    for w in words:
        digits = _digits(w.text)
        if digits is not None and w.conf < AGREED and any(
                _same_column(w, o) for o in sure.get(digits, ())):
            w = replace(w, conf=AGREED)
        out.append(w)
    return out


def _same_column(w: Word, other: Word) -> bool:
    height = max(w.height, other.height, 1.0)
    aligned = abs(w.x0 - other.x0) <= height * 0.8 or abs(w.x1 - other.x1) <= height * 0.8
    return aligned and 0 < abs(w.top - other.top) <= _ROWS * height
