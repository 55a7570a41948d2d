"""A header line with no labels: "Osprey Marine Supply LLC   7730-2201-948   October 2, 2026".

Many bills head each page with the account's facts and no words for them: the holder's name,
the account number and the bill's date, side by side or set off by bars and dots. No label says
which value is which, but their kinds do: a name, a date and one run of digits that is neither a
phone number nor an amount is that account's number. The line must hold nothing else of note,
and exactly one such run: two runs (an account and an invoice) say nothing of which is which.
Beside an account number with its own label ("Acme Dental LLC | Account 7730-2201-948") the one
name on the line is whose account it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from portdesk.bills.billmemo import per_bill
from portdesk.bills.context import Context, Place, classify
from portdesk.bills.dates import month_of, parse_date
from portdesk.bills.layout import Segment
from portdesk.bills.parse import PHONE_RE, clean_name
from portdesk.bills.structure import SEPARATOR

if TYPE_CHECKING:
    from portdesk.bills.pageindex import PageIndex

Chunk = tuple[Segment, int, int]  # a segment's words [first, last] between separators

_ACCOUNT_SHAPE = re.compile(r"^(?:[A-Z]{1,3}[- ]?)?\d[\d -]{4,}[\dA-Z]$")
_MONTH_YEAR = re.compile(r"^[A-Za-z]{3,9}\.?,?\s+\d{4}$")
_STATE_ZIP = re.compile(r"\b[A-Za-z]{2}\.?,?\s+(?:\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z][\s-]?\d[A-Za-z]\d)\b")
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


@per_bill
def _kind(text: str) -> str:
    digits = sum(c.isdigit() for c in text)
    if _PAGE.match(text):
        return "page"
    if (_MONTH_YEAR.match(text) and month_of(text.split()[0].strip(".,"))) or (
            parse_date(text) is not None and len(text) <= 20):
        return "date"
    if PHONE_RE.fullmatch(text.strip()) is not None:
        return "phone"
    if _ACCOUNT_SHAPE.match(text.upper()) and digits >= 6:
        return "account"
    head, _, value = text.rpartition(" ")
    if head and classify(head) == Context.ACCOUNT and _ACCOUNT_SHAPE.match(value.upper()) and (
            sum(c.isdigit() for c in value) >= 4):
        return "labelled account"  # "Account 7730-2201-948" beside the name
    if digits == 0 and len(text.split()) >= 2 and classify(text) == Context.NONE and (
            clean_name(text) is not None):
        return "name"
    return "other"


@dataclass(frozen=True, slots=True)
class Header:
    account: Chunk
    name: Chunk
    date: Chunk | None
    labelled: bool  # the account has its own label: the line says only whose it is


def header_account(index: PageIndex, line: int) -> Header | None:
    """The facts of a header line with the account: its number, the name and the date."""
    key = ("header_account", line)
    if key not in index._memo:
        index._memo[key] = _read(index.lines.get(line, []))
    return index._memo[key]  # type: ignore[return-value]


def _read(row: list[Segment]) -> Header | None:
    if any(_STATE_ZIP.search(s.text) for s in row):
        return None  # an address's last line ("Raleigh, NC 27662-0867"), no header
    chunks = [p for c in _chunks(row) for p in (_parts(c) if _kind(_text(c)) == "other" else [c])]
    if not 2 <= len(chunks) <= 5:
        return None
    kinds = [_kind(_text(c)) for c in chunks]
    accounts = [k for k in kinds if k in ("account", "labelled account")]
    if "other" in kinds or "phone" in kinds or len(accounts) != 1 or kinds.count("name") != 1:
        return None
    labelled = accounts[0] == "labelled account"
    day = chunks[kinds.index("date")] if "date" in kinds else None
    if day is None and not labelled:
        return None  # a name and a run of digits: the line says nothing of what the run is
    return Header(chunks[kinds.index(accounts[0])], chunks[kinds.index("name")], day, labelled)


def _within(chunk: Chunk, seg: Segment, start: int) -> bool:
    return chunk[0] is seg and chunk[1] <= start <= chunk[2]


def header_place(index: PageIndex, seg: Segment, start: int) -> Place | None:
    """The place of a value in a header line of the account's facts (see the module): the
    account's for its bare run of digits, the account holder's for the name beside it."""
    got = header_account(index, seg.line)
    if got is None:
        return None
    if _within(got.name, seg, start):
        return Place(Context.NAME, _text(got.account), "header")
    if not got.labelled and _within(got.account, seg, start):
        return Place(Context.ACCOUNT, _text(got.name), "header")
    return None


def header_facts(index: PageIndex) -> list[Header]:
    """Every header line of the account's facts on the page."""
    return [got for line in index.order if (got := header_account(index, line)) is not None]


def segment(chunk: Chunk) -> Segment:
    seg, first, last = chunk
    return Segment(seg.page, seg.words[first:last + 1], seg.line)
