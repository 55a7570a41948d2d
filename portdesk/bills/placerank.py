"""Where a typed value was found, and how good that place is for the field it was typed for.

A sighting is one place the bill prints the value, with the label that says what it is there.
Its rank for a field (good, doubtful, bad) is what the verdict rests on (judge.py): the label of
its own line before its column's header, a block heading before the page's section. Split from
judge.py, which weighs the sightings into a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from portdesk.bills.context import Context, Place, fold, strong_help
from portdesk.bills.values import Evidence
from portdesk.domain.numbers import TOLL_FREE_NPAS

C = Context
# a label that gives the value itself: on its line, over its column, heading its block
DIRECT = frozenset({"line", "column", "block"})
GOOD: dict[str, frozenset[Context]] = {
    "account_name": frozenset({C.NAME, C.BILLING, C.SERVICE, C.ACCOUNT}),
    "account_number": frozenset({C.ACCOUNT}),
    "btn": frozenset({C.BTN}),
    "numbers": frozenset({C.NUMBERS, C.BTN, C.ACCOUNT, C.SERVICE}),
    "service_address": frozenset({C.SERVICE}),
    "carrier": frozenset({C.CARRIER, C.REMIT, C.HELP, C.NONE}),
}
BAD: dict[str, frozenset[Context]] = {
    "account_name": frozenset({C.REMIT, C.HELP, C.USAGE, C.CARRIER, C.OTHER_ID, C.NUMBERS}),
    "account_number": frozenset({C.OTHER_ID, C.HELP, C.USAGE, C.BTN, C.NUMBERS}),
    "btn": frozenset({C.HELP, C.USAGE, C.REMIT, C.OTHER_ID, C.CARRIER, C.NUMBERS, C.FORMER}),
    "numbers": frozenset({C.HELP, C.USAGE, C.REMIT, C.OTHER_ID, C.CARRIER, C.FORMER}),
    "service_address": frozenset({C.REMIT, C.HELP, C.CARRIER, C.USAGE, C.BILLING}),
    "carrier": frozenset({C.USAGE}),
}
PLACE_WORDS = {
    C.NAME: "the customer name", C.ACCOUNT: "the account details", C.BTN: "the billing number",
    C.NUMBERS: "the account's lines", C.SERVICE: "the service address",
    C.BILLING: "the mailing (billing) address", C.REMIT: "the carrier's payment (remit-to) address",
    C.HELP: "the carrier's contact or help line", C.USAGE: "call detail (a number dialed)",
    C.OTHER_ID: "another reference (invoice, customer or order number)",
    C.CARRIER: "the carrier's own details", C.NONE: "text with no label",
    C.FORMER: "a line the bill says has left the account (or a number a line changes to)",
}


@dataclass(frozen=True, slots=True)
class Sighting:
    """A typed value seen on the bill: its printed form, where, and how it was read."""

    form: str
    evidence: Evidence
    context: Context
    label: str
    read_conf: float
    whole: bool = True
    value: Any = None  # the bill's value as the case stores it (an Address for addresses)
    # the label answers this value itself (same line, table column, first value under it); a
    # section heading or a context worked out from the layout is not the bill giving the value
    direct: bool = True
    relation: str = ""  # the place's relation to the value ("line", "column", "block"...)


# for a phone number, an account or address label counts only on its own line ("Account number
# 212 555-0142 883"); a block or section about the account also holds the carrier's lines
_LINE_ONLY = frozenset({C.ACCOUNT, C.SERVICE, C.NAME, C.BILLING})
_NOT_ABOUT_ADDRESSES = frozenset({C.ACCOUNT, C.NUMBERS, C.BTN, C.OTHER_ID})
_NOT_ABOUT_NUMBERS = frozenset({C.SERVICE, C.NAME, C.BILLING})
# the last place of a range ("720-555-0133 THRU 0152"): a list of lines by its form (find.py)
BLOCK = Place(C.NUMBERS, "a block of numbers", "line")


def primary(places: Sequence[Place], field: str = "") -> tuple[Context, str]:
    """The nearest place that names a context: same line, then column, block, section."""
    place = primary_place(places, field)
    return place.context, place.label


def primary_place(places: Sequence[Place], field: str = "", toll_free: bool = False) -> Place:
    """As primary(); a toll-free number beside a help word is the carrier's wherever it is."""
    if (sample := next((p for p in places if p.context == C.HELP and p.relation == "section"
                        and _SPECIMEN_HEAD.search(fold(p.label))), None)) is not None:
        # under a 'How to read your bill (sample)' heading every value is the made-up customer's
        # of the carrier's panel, whatever label it has on its line ('Account number', 'Home
        # phone'): the heading says what all of them are
        return sample
    for i, place in enumerate(places):
        if field == "service_address" and _SERVICES_FOR.search(place.label) and (
                place.context == C.NUMBERS and place.relation == "line"):
            return Place(C.SERVICE, place.label, place.relation)  # "Services for: 12 Main St"
        if field in ("btn", "numbers") and place.context in _NOT_ABOUT_NUMBERS and (
                place.relation != "line") and places[-1] == BLOCK:
            continue  # a block of numbers under a service address heading: the account's lines
        if field == "service_address" and place.context in _NOT_ABOUT_ADDRESSES:
            continue  # "Account Number" beside an address block says nothing about the address
        if field in ("btn", "numbers") and place.context == C.SERVICE and (
                _ADDRESS_CLAUSE.search(place.label)):
            continue  # "To update your service address, [call] 334-...": whom to call about it
        if field == "numbers" and not toll_free and _describes_a_line(place, places[i + 1:]):
            continue
        if field == "numbers" and toll_free and _only_says_toll_free(place, places[i + 1:]):
            continue
        if field not in _NAMED_BY_NAME_WORDS and _outranked_by_column(place, places[i + 1:]):
            continue
        if place.context == C.NUMBERS and (
                place.relation == "line") and _in_a_sentence(place.label):
            return Place(C.HELP, place.label, place.relation)  # a notice's number
        if place.context != Context.NONE:
            if field == "numbers" and place.context in _LINE_ONLY and place.relation != "line":
                return Place(Context.NONE, place.label, place.relation)
            if field == "numbers" and place.relation == "section" and place.context in GOOD[field]:
                return Place(Context.NONE, place.label, place.relation)  # far above: lists nothing
            return place
    return Place(Context.NONE, "", "")


_SENTENCE_WORDS = 8


def _in_a_sentence(label: str) -> bool:
    """The words before a number are a running sentence (eight words or more, opened before
    it and not closed: an open bracket, a clause): the number is what the notice names, a
    third party's or the carrier's, never a row of the account's lines ('911 calls are
    answered by the North Slope Borough 911 center (administrative line 907-...)')."""
    words = label.split()
    return len(words) >= _SENTENCE_WORDS and not label.rstrip().endswith(":")


_SPECIMEN_HEAD = re.compile(r"\bsample\b|\bspecimen\b|\bhow to read\b|\bcomment lire\b|"
                            r"\bcomo leer\b|\bexemple\b|\bexample\b|\bejemplo\b")


# a clause of a sentence about an address, ended by its comma ("To update your service address
# or 911 location, call 334-636-5251"): the number after it is whom to call, not a line of the
# address (a scan may lose the "call" that says so on the text version)
_ADDRESS_CLAUSE = re.compile(r"(?i)\b(?:address|location)\b[^:]*,\s*$")
# "Services for" names the lines before a number and the place of service before an address
_SERVICES_FOR = re.compile(r"(?i)\bservices? (?:for|at)\W*$")
_NAMED_BY_NAME_WORDS = frozenset({"account_name", "service_address"})


def _outranked_by_column(place: Place, rest: Sequence[Place]) -> bool:
    """A name word on a number's line ("Business" of a wordmark, "Customer") says nothing of a
    phone or account number; the header of the table column the number sits in does."""
    return place.context in (C.NAME, C.BILLING) and place.relation == "line" and any(
        p.relation == "column" and p.context != C.NONE for p in rest)


def _describes_a_line(place: Place, rest: Sequence[Place]) -> bool:
    """'Sales', 'Support Desk', 'Customer Service' beside a number in a table of the account's
    lines (or a list under their heading) name the customer's line, not the carrier's help line.
    A table's column outranks the words of its row; a list's heading outranks a department word
    on the line, but not a carrier's own phrase ("Customer care", "Pay by phone")."""
    if place.context != C.HELP or place.relation not in ("line", "right", "block"):
        return False
    weak = place.relation == "right" or not strong_help(place.label)
    if place.relation == "block":  # 'Sales' heading a group of the lines in their list
        return weak and any(p.context == C.NUMBERS and p.relation == "block" for p in rest)
    if not weak and place.relation == "line" and place.label.rstrip().endswith(":"):
        # "Customer Service: 787-...": a carrier's own phrase as the label of a pair, not the
        # cell of a row that names a line; under a column of the lines it is still the
        # carrier's help line, unless the list itself says it is a department of the
        # customer's (deptlines.py: same exchange as a listed line, in its column, near it)
        return False
    return any(p.context == C.NUMBERS and (p.relation == "column" or (
        p.relation == "block" and weak)) for p in rest)


_TOLL_FREE_ONLY = re.compile(r"^\W*(?:toll[- ]?free|sans frais|gratuit|n(?:u|ú)mero gratuito)"
                             r"(?: (?:number|line|no\.?|numero|ligne))?\W*$")


def says_only_toll_free(label: str) -> bool:
    """The label is only the words 'toll free' (a kind of number), no desk's name."""
    return bool(_TOLL_FREE_ONLY.match(fold(label)))


def _only_says_toll_free(place: Place, rest: Sequence[Place]) -> bool:
    """'Toll free 888-555-0127' as a row of the customer's list of lines (under its heading or
    opened by its label): the row's word says what kind of number it is, not whose; the list
    says whose. A carrier's help line names a desk ('Customer care', 'Billing')."""
    return place.context == C.HELP and place.relation == "line" and says_only_toll_free(
        place.label) and any(
        p.context == C.NUMBERS and p.relation in ("block", "column") for p in rest)


def rank_context(field: str, context: Context) -> int:
    """2 good, 1 doubtful, 0 bad."""
    if context in GOOD[field]:
        return 2
    return 0 if context in BAD[field] else 1


def rank(field: str, sighting: Sighting) -> int:
    return rank_context(field, sighting.context)


def where(sighting: Sighting) -> str:
    label = f' ("{sighting.label[:40]}")' if sighting.label else ""
    return f"{PLACE_WORDS[sighting.context]}{label}, page {sighting.evidence.page}"


def number_rank(e164: str, sightings: Sequence[Sighting]) -> tuple[int, Sighting | None]:
    """Is a phone number one of the account's lines? (2 listed, 1 printed in passing, 0 not the
    customer's, -1 absent) and the sighting that says so.

    A number the bill also shows as a dialed number or a help line, and nowhere as a line, is not
    the customer's; nor is a toll-free number printed in passing (the carrier's, nearly always).
    """
    if not sightings:
        return -1, None
    ranked = sorted(sightings, key=lambda s: (-_line_rank(s), not s.whole))
    best = _line_rank(ranked[0])
    if e164[2:5] in TOLL_FREE_NPAS and any(_line_rank(s) == 0 for s in ranked) and not any(
            s.context in (C.NUMBERS, C.BTN) and s.direct for s in ranked):
        # the carrier's toll-free line, also printed in a sentence about the service address or
        # in a block under a numbers heading: never in a list or table of the lines themselves
        return 0, min(ranked, key=_line_rank)
    if best == 1 and (any(_line_rank(s) == 0 for s in ranked)
                      or e164[2:5] in TOLL_FREE_NPAS):
        return 0, min(ranked, key=_line_rank)
    return best, ranked[0]


def line_peers(s: Sighting, sightings: Sequence[Sighting]) -> list[Sighting]:
    """`s` (the sighting that lists the number) first, then the other readings of its digits
    that print it as a line or in passing: any of them read surely confirms the digits that `s`
    lists (a block whose first number OCR doubted, its last number also read on its own)."""
    return [s, *(o for o in sightings if o is not s and o.whole and _line_rank(o) >= 1)]


def _line_rank(s: Sighting) -> int:
    """As rank(); the head of a longer account number (find._as_account_id, the only phone
    number that is not `whole`) is only doubtfully one of the lines."""
    return min(1, rank("numbers", s)) if not s.whole else rank("numbers", s)


def inside_account(s: Sighting) -> bool:
    return not s.whole
