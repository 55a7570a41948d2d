"""Judging what the case-first search found: the place decides, and doubt is never a match.

A typed value found where the bill gives that field (its label, its table column, its block) is
confirmed. Found only in a doubtful place (a paragraph, the remit-to box, the carrier's help line),
it is "unverifiable" with the evidence, or for a phone number "not found": a help line is not the
customer's. A mismatch needs the bill to print another value for the field, read with confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from portdesk.bills.context import Context, Place, strong_help
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import (
    MIN_MATCH_CONFIDENCE,
    MIN_MATCH_READ,
    MIN_MISMATCH_READ,
    FieldCheck,
    Verdict,
    mismatch_or_unclear,
)
from portdesk.domain.numbers import TOLL_FREE_NPAS

if TYPE_CHECKING:
    from portdesk.bills.extract import BillFields

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
    "btn": frozenset({C.HELP, C.USAGE, C.REMIT, C.OTHER_ID, C.CARRIER, C.NUMBERS}),
    "numbers": frozenset({C.HELP, C.USAGE, C.REMIT, C.OTHER_ID, C.CARRIER}),
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
    for i, place in enumerate(places):
        if field == "service_address" and _SERVICES_FOR.search(place.label) and (
                place.context == C.NUMBERS and place.relation == "line"):
            return Place(C.SERVICE, place.label, place.relation)  # "Services for: 12 Main St"
        if field in ("btn", "numbers") and place.context in _NOT_ABOUT_NUMBERS and (
                place.relation != "line") and places[-1] == BLOCK:
            continue  # a block of numbers under a service address heading: the account's lines
        if field == "service_address" and place.context in _NOT_ABOUT_ADDRESSES:
            continue  # "Account Number" beside an address block says nothing about the address
        if field == "numbers" and not toll_free and _describes_a_line(place, places[i + 1:]):
            continue
        if field not in _NAMED_BY_NAME_WORDS and _outranked_by_column(place, places[i + 1:]):
            continue
        if place.context != Context.NONE:
            if field == "numbers" and place.context in _LINE_ONLY and place.relation != "line":
                return Place(Context.NONE, place.label, place.relation)
            if field == "numbers" and place.relation == "section" and place.context in GOOD[field]:
                return Place(Context.NONE, place.label, place.relation)  # far above: lists nothing
            return place
    return Place(Context.NONE, "", "")


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
    return any(p.context == C.NUMBERS and (p.relation == "column" or (
        p.relation == "block" and weak)) for p in rest)


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


@dataclass(frozen=True, slots=True)
class Extracted:
    """The open extraction's value for the field: what the bill says without the case."""

    value: Any
    shown: str
    evidence: Evidence | None
    confidence: float
    read_conf: float

    @property
    def sure(self) -> bool:
        return self.confidence >= MIN_MATCH_CONFIDENCE


def read_twice(s: Sighting, others: Sequence[Sighting]) -> bool:
    """The value read the same way in another place of the scan (the stub, page 2's header):
    two OCR readings that agree on every character are not one misreading, whatever
    Tesseract's word confidence says (it is low on long runs of digits read right)."""
    return any(not overlap(o.evidence, s.evidence) for o in others)


def confirmed(field: str, shown: str, s: Sighting, exact: bool,
              others: Sequence[Sighting] = ()) -> FieldCheck:
    from portdesk.bills.scantyped import read_as_typed

    if s.read_conf < MIN_MATCH_READ and not read_twice(s, others) and not read_as_typed(
            s, field in ("btn", "account_number") and rank(field, s) == 2 and s.direct):
        return FieldCheck(field, Verdict.UNVERIFIABLE, shown, s.form,
                          "the bill's value was read with low confidence (a poor scan); compare "
                          "it by eye", s.form, s.evidence)
    value = s.value if s.value is not None else s.form
    if exact:
        return FieldCheck(field, Verdict.EXACT, shown, s.form, "same as on the bill", None,
                          s.evidence, value)
    return FieldCheck(field, Verdict.EQUIVALENT, shown, s.form,
                      "same meaning, written differently; use the bill's exact form", s.form,
                      s.evidence, value)


def judge(field: str, shown: str, sightings: list[Sighting], extracted: Extracted | None,
          agrees: Callable[[Any], bool], is_exact: Callable[[Sighting], bool],
          what: str, near: Callable[[], Evidence | None] | None = None) -> FieldCheck:
    """The verdict for one typed value; see the module docstring for the order of evidence.

    `near` looks for the typed value read unsurely on a scan (a digit or two off, in words OCR
    doubted): before a mismatch is said, such a reading makes it a question for the eye.
    """
    whole = [s for s in sightings if s.whole]
    good = sorted((s for s in whole if rank(field, s) == 2),
                  key=lambda s: (not is_exact(s), -s.read_conf))
    if good and not any(s.direct for s in good) and extracted is not None and extracted.sure \
            and not agrees(extracted.value):
        s = good[0]  # the bill gives another value: the case's, seen only by inference, is not it
        return FieldCheck(field, Verdict.UNVERIFIABLE, shown, extracted.shown,
                          f"the bill's {what} reads \"{extracted.shown}\"; the case's value "
                          f"appears too, in {where(s)}; check which one the carrier has", None,
                          s.evidence)
    readings = whole if field == "service_address" else sightings  # of the typed value itself
    if good:
        return confirmed(field, shown, good[0], is_exact(good[0]), readings)
    doubtful = [s for s in whole if rank(field, s) == 1]
    bad = [s for s in whole if rank(field, s) == 0]
    if extracted is not None and extracted.sure and not agrees(extracted.value) and doubtful:
        s = doubtful[0]  # the bill prints the case's value too: a question, not a rejection
        return FieldCheck(field, Verdict.UNVERIFIABLE, shown, extracted.shown,
                          f"the bill's {what} reads \"{extracted.shown}\", but the case's value "
                          f"also appears in {where(s)}; check which one the carrier has", None,
                          s.evidence)
    if extracted is not None and extracted.sure and not agrees(extracted.value) and (
            close := near() if near is not None else None) is not None and not (
            overlap(close, extracted.evidence) and extracted.read_conf >= 0.9
            and not _dropped(extracted.shown, shown)) and not (
            extracted.read_conf >= MIN_MISMATCH_READ and _holds(close.text, extracted.shown)):
        return FieldCheck(field, Verdict.UNVERIFIABLE, shown, extracted.shown,
                          f"the bill's {what} reads \"{extracted.shown}\", but the scan also "
                          f"shows something close to the case's value, read unsurely "
                          f"(\"{close.text[:40]}\"); compare it by eye", None, close)
    if extracted is not None and extracted.sure and not agrees(extracted.value):
        also = f"; the case's value appears only in {where(bad[0])}" if bad else ""
        check = mismatch_or_unclear(field, shown, extracted.shown,
                                    f"the bill gives another {what}{also}", extracted.read_conf,
                                    extracted.shown)
        return _with(check, extracted)
    if extracted is not None and extracted.sure and agrees(extracted.value):
        s = Sighting(extracted.shown, extracted.evidence or Evidence(1, (0, 0, 0, 0), ""),
                     Context.NONE, "", extracted.read_conf, True, extracted.value)
        return confirmed(field, shown, s, extracted.shown == shown or is_exact(s), readings)
    if doubtful:
        s = doubtful[0]
        return FieldCheck(field, Verdict.UNVERIFIABLE, shown, s.form,
                          f"found on the bill only in {where(s)}, not where it gives the {what}; "
                          "check it by eye", None, s.evidence)
    if bad:
        s = bad[0]
        return FieldCheck(field, Verdict.UNVERIFIABLE, shown, s.form,
                          f"the bill shows this value only as {where(s)}, not as the {what}",
                          None, s.evidence)
    if extracted is not None:
        return _with(FieldCheck(field, Verdict.UNVERIFIABLE, shown, extracted.shown,
                                f"the bill's {what} was read with doubt; compare it by eye",
                                None), extracted)
    return FieldCheck(field, Verdict.NOT_FOUND, shown, None, f"no {what} found on the bill")


def _holds(reading: str, value: str) -> bool:
    """The near reading is the bill's own value again (its other copy), not the typed one."""
    key = [c for c in value.upper() if c.isalnum()]
    return bool(key) and "".join(key) in "".join(c for c in reading.upper() if c.isalnum())


def _dropped(bill: str, typed: str) -> bool:
    """The bill's reading is the typed value with characters missing ("9415 Maple" for "9415
    Maple Dr"): OCR loses words without doubting the rest, so on a scan that is no proof."""
    a = [c for c in bill.upper() if c.isalnum()]
    it = iter(c for c in typed.upper() if c.isalnum())
    return len(a) < sum(c.isalnum() for c in typed) and all(c in it for c in a)


def overlap(a: Evidence, b: Evidence | None) -> bool:
    """The near reading is the bill's own labelled value, read clearly: a real difference."""
    if b is None or a.page != b.page:
        return False
    return a.bbox[0] < b.bbox[2] and b.bbox[0] < a.bbox[2] and a.bbox[1] < b.bbox[3] and (
        b.bbox[1] < a.bbox[3])


def _with(check: FieldCheck, extracted: Extracted) -> FieldCheck:
    from dataclasses import replace

    sure = extracted.sure and extracted.read_conf >= MIN_MATCH_READ
    return replace(check, evidence=extracted.evidence,
                   bill_value=extracted.value if sure and check.verdict == Verdict.MISMATCH
                   else None)


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


def extracted(fields: BillFields, name: str, value: Any, shown: str | None) -> Extracted | None:
    """The open extraction's value for a field, with its evidence and confidences."""
    if value is None or shown is None:
        return None
    return Extracted(value, shown, fields.evidence.get(name), fields.confidence.get(name, 1.0),
                     fields.read_confidence.get(name, 1.0))


def nothing_typed(field: str, shown: str | None, value: Any = None) -> FieldCheck:
    """Nothing typed for the field: say what the bill shows, verdict-free."""
    if shown is None:
        return FieldCheck(field, Verdict.NOT_FOUND, "", None, "nothing entered, and nothing on "
                          "the bill")
    return FieldCheck(field, Verdict.UNVERIFIABLE, "", shown, "nothing entered in the case to "
                      "check; the bill shows this value", shown, None, value)
