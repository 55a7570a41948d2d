"""What a case-first search returns: one place the bill prints a typed value, with its evidence
and what the bill says that place is (pageindex.places). Shared by the searches for numbers
(findphones.py), account numbers and names (find.py) and addresses (findaddr.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from portdesk.bills.context import Place
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import PageIndex
from portdesk.bills.reader import Word
from portdesk.bills.values import Evidence


@dataclass(frozen=True, slots=True)
class Found:
    """One place the bill prints a typed value."""

    form: str  # as printed
    evidence: Evidence
    places: tuple[Place, ...]
    read_conf: float  # lowest OCR word confidence of the value (1.0 on a text layer)
    whole: bool = True  # the value fills its place (not part of a longer name or number)


def _word_span(seg: Segment, start: int, end: int) -> tuple[int, int]:
    """Word indexes [first, last] covering characters [start, end) of seg.text."""
    pos, first, last = 0, -1, -1
    for i, w in enumerate(seg.words):
        w_end = pos + len(w.text)
        if first < 0 and w_end > start:
            first = i
        if pos < end:
            last = i
        pos = w_end + 1
    return max(first, 0), max(last, first, 0)


def _found(index: PageIndex, seg: Segment, first: int, last: int, whole: bool = True,
           at: int | None = None, phone: bool = False) -> Found:
    """A sighting of words first..last; `at` is the value's first character in seg.text;
    `phone` when the finder looks for a telephone number (see _read_conf)."""
    words = seg.words[first:last + 1]
    part = Segment(seg.page, words, seg.line)
    prefix = seg.text[:at] if at is not None else None
    return Found(part.text, Evidence.of(part), tuple(index.places(seg, first, prefix, last)),
                 _read_conf(words, phone), whole)


def _phone_found(index: PageIndex, seg: Segment, first: int, last: int, whole: bool = True,
                 at: int | None = None) -> Found:
    """_found for the telephone-number finders."""
    return _found(index, seg, first, last, whole, at, phone=True)


def _read_conf(words: tuple[Word, ...], phone: bool = False) -> float:
    """How surely OCR read the value: its least sure word; a range's dash or a stray mark
    between the words is not part of the value. For a telephone number only, neither is the
    country code read as a word of its own before exactly ten digits ('+1 585 555 0140': the
    '+1' read unsurely leaves every digit of the line read as surely as its groups); an
    account number's or a name's first word is always counted: an unsure leading '1' of a
    grouped account number is a digit of the value, not a country code."""
    counted = words
    if (phone and len(words) > 1 and _COUNTRY_CODE.fullmatch(words[0].text)
            and sum(c.isdigit() for w in words[1:] for c in w.text) == 10):
        counted = words[1:]
    return min((w.conf for w in counted if any(c.isalnum() for c in w.text)),
               default=min(w.conf for w in words))


_COUNTRY_CODE = re.compile(r"\+?1[\s.-]?")
