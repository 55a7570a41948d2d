"""A header line with no labels: "Osprey Marine Supply LLC   7730-2201-948   October 2, 2026".

Many bills head each page with the account's facts and no words for them: the holder's name,
the account number and the bill's date, side by side or set off by bars and dots. No label says
which value is which, but their kinds do: a name, a date and one run of digits that is neither a
phone number nor an amount is that account's number. The line must hold nothing else of note,
and exactly one such run: two runs (an account and an invoice) say nothing of which is which.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from portdesk.bills.context import Context, Place, classify
from portdesk.bills.dates import parse_date
from portdesk.bills.layout import Segment
from portdesk.bills.parse import PHONE_RE, clean_name
from portdesk.bills.structure import SEPARATOR

if TYPE_CHECKING:
    from portdesk.bills.pageindex import PageIndex

Chunk = tuple[Segment, int, int]  # a segment's words [first, last] between separators

_ACCOUNT_SHAPE = re.compile(r"^(?:[A-Z]{1,3}[- ]?)?\d[\d -]{4,}[\dA-Z]$")
_MONTH_YEAR = re.compile(r"^[A-Za-z]{3,9}\.?,?\s+\d{4}$")
_PAGE = re.compile(r"(?i)^(?:page|p\.)\s*\d+(?:\s*(?:of|/|de)\s*\d+)?$")


def _chunks(row: list[Segment]) -> list[Chunk]:
    out: list[Chunk] = []
    for seg in sorted(row, key=lambda s: s.x0):
        first = 0
        for i, word in enumerate([*seg.words, None]):
            if word is None or word.text in SEPARATOR:
                if i > first:
                    out.append((seg, first, i - 1))
                first = i + 1
    return out


def _parts(chunk: Chunk) -> list[Chunk]:
    """A chunk of no one kind cut at its one account-shaped word ("Name 7730-2201-948 May 2,
    2026" printed as one run with wide spaces), when each piece then has a kind."""
    seg, first, last = chunk
    cuts = [i for i in range(first, last + 1) if _kind(seg.words[i].text) == "account"]
    if len(cuts) != 1:
        return [chunk]
    at = cuts[0]
    parts = [p for p in ((seg, first, at - 1), (seg, at, at), (seg, at + 1, last)) if p[1] <= p[2]]
    return parts if all(_kind(_text(p)) != "other" for p in parts) else [chunk]


def _text(chunk: Chunk) -> str:
    seg, first, last = chunk
    return " ".join(w.text for w in seg.words[first:last + 1])


def _kind(text: str) -> str:
    digits = sum(c.isdigit() for c in text)
    if _PAGE.match(text):
        return "page"
    if _MONTH_YEAR.match(text) or (parse_date(text) is not None and len(text) <= 20):
        return "date"
    if PHONE_RE.fullmatch(text.strip()) is not None:
        return "phone"
    if _ACCOUNT_SHAPE.match(text.upper()) and digits >= 6:
        return "account"
    if digits == 0 and len(text.split()) >= 2 and classify(text) == Context.NONE and (
            clean_name(text) is not None):
        return "name"
    return "other"


Header = tuple[Chunk, str, Chunk]  # the account's chunk, the name beside it, the date's chunk


def header_account(index: PageIndex, line: int) -> Header | None:
    """The account number's chunk of a label-less header line, the name and the date beside it."""
    key = ("header_account", line)
    if key not in index._memo:
        index._memo[key] = _read(index.lines.get(line, []))
    return index._memo[key]  # type: ignore[return-value]


def _read(row: list[Segment]) -> Header | None:
    chunks = [p for c in _chunks(row) for p in (_parts(c) if _kind(_text(c)) == "other" else [c])]
    if not 3 <= len(chunks) <= 5:
        return None
    kinds = [_kind(_text(c)) for c in chunks]
    if "other" in kinds or "phone" in kinds or kinds.count("account") != 1 or (
            kinds.count("name") != 1 or "date" not in kinds):
        return None
    return (chunks[kinds.index("account")], _text(chunks[kinds.index("name")]),
            chunks[kinds.index("date")])


def header_place(index: PageIndex, seg: Segment, start: int) -> Place | None:
    """The account's place for a value in a label-less header line (see the module)."""
    got = header_account(index, seg.line)
    if got is None:
        return None
    (where, first, last), name, _ = got
    if where is not seg or not first <= start <= last:
        return None
    return Place(Context.ACCOUNT, name, "header")


def header_facts(index: PageIndex) -> list[tuple[Segment, Segment]]:
    """Every label-less header line's account number and date on the page, as segments."""
    out = []
    for line in index.order:
        got = header_account(index, line)
        if got is not None:
            account, _, day = got
            out.append((_segment(account), _segment(day)))
    return out


def _segment(chunk: Chunk) -> Segment:
    seg, first, last = chunk
    return Segment(seg.page, seg.words[first:last + 1], seg.line)
