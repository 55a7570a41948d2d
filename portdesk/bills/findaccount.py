"""Case first for account numbers: every run of the bill's letters and digits that spells the
typed account, however the bill groups or separates it ("4410-2231-09" as "4410 2231 09"), and on
a scan also read through OCR's digit confusions.

Split from find.py (the case-first search for names); find.py names it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from portdesk.bills.findbase import Found, _found
from portdesk.bills.layout import Segment
from portdesk.bills.ocrdigits import CONFUSED_READ, as_digits, key_as_digits
from portdesk.bills.pageindex import BillIndex, PageIndex


def _alnum_map(seg: Segment, digits: bool = False,
               ) -> tuple[str, tuple[tuple[int, bool, bool], ...]]:
    """The segment's letters and digits upper-cased, each with (word, starts word, ends word);
    with `digits`, a scan's numbers with their misread letters read as digits."""
    return _alnum_of(tuple(w.text for w in seg.words), digits)


@lru_cache(maxsize=4096)
def _alnum_of(words: tuple[str, ...], digits: bool,
              ) -> tuple[str, tuple[tuple[int, bool, bool], ...]]:
    # every typed account is searched in every segment: the map is the same each time
    chars: list[str] = []
    where: list[tuple[int, bool, bool]] = []
    for i, w in enumerate(words):
        kept = [c for c in (as_digits(w) if digits else w) if c.isalnum()]
        for j, c in enumerate(kept):
            chars.append(c.upper())
            where.append((i, j == 0, j == len(kept) - 1))
    return "".join(chars), tuple(where)


def _continues(seg: Segment, word: int) -> bool:
    """A neighbouring word that is more of the same number (digits and separators only)."""
    if not 0 <= word < len(seg.words):
        return False
    text = seg.words[word].text.strip(",;()")  # "(580) 555-0152": the area code in brackets
    return bool(text) and bool(re.fullmatch(r"[\d\-./]+", text)) and any(c.isdigit() for c in text)


def find_account(bill: BillIndex, typed: str) -> list[Found]:
    """The typed account number in any punctuation, on word boundaries, never inside a longer one."""
    key = re.sub(r"[^0-9A-Za-z]", "", typed).upper()
    if len(key) < 4:
        return []
    out: list[Found] = []
    for index in bill.pages:
        confused_key = key_as_digits(key).upper() if (
            index.page.source == "ocr" and len(key) >= 6) else None  # '4l39 27l6': partly wrong
        plain = _segment_flats(index, False)
        confusable = _segment_flats(index, True) if confused_key is not None else ()
        for k, seg in enumerate(index.segments):
            if key in plain[k]:  # a segment whose letters do not spell it holds no run of it
                out.extend(_account_runs(index, seg, key, False))
            if confused_key is not None and confused_key in confusable[k]:
                confused = _account_runs(index, seg, confused_key, True)
                out.extend(replace(f, read_conf=min(f.read_conf, CONFUSED_READ))
                           for f in confused if f.evidence not in {o.evidence for o in out})
    return out


def _segment_flats(index: PageIndex, digits: bool) -> tuple[str, ...]:
    """Each segment's letters and digits (_alnum_map), worked out once per page: every typed
    account is searched in every segment, and most segments cannot spell it."""
    key = ("account flats", digits, id(index.segments), len(index.segments))
    got = index._memo.get(key)
    if got is None:
        got = index._memo[key] = tuple(_alnum_map(seg, digits)[0] for seg in index.segments)
    return got  # type: ignore[return-value]


def _account_runs(index: PageIndex, seg: Segment, key: str, digits: bool) -> Iterator[Found]:
    flat, where = _alnum_map(seg, digits)
    start = flat.find(key)
    while start >= 0:
        end = start + len(key) - 1
        (w0, starts, _), (w1, _, ends) = where[start], where[end]
        if starts and ends:
            whole = not _continues(seg, w0 - 1) and not _continues(seg, w1 + 1)
            yield _found(index, seg, w0, w1, whole)
        start = flat.find(key, start + 1)


# -- names -----------------------------------------------------------------------------------
# 'l.l.c' too (its last dot lost), but not the 'd' of a 'd/b/a' after 'L.L.C. '
