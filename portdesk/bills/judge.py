"""Judging what the case-first search found: the place decides, and doubt is never a match.

A typed value found where the bill gives that field (its label, its table column, its block) is
confirmed. Found only in a doubtful place (a paragraph, the remit-to box, the carrier's help line),
it is "unverifiable" with the evidence, or for a phone number "not found": a help line is not the
customer's. A mismatch needs the bill to print another value for the field, read with confidence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from portdesk.bills.context import Context
from portdesk.bills.placerank import Sighting, rank, where
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import (
    MIN_MATCH_CONFIDENCE,
    MIN_MATCH_READ,
    MIN_MISMATCH_READ,
    FieldCheck,
    Verdict,
    mismatch_or_unclear,
)

if TYPE_CHECKING:
    from portdesk.bills.extract import BillFields


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
    from portdesk.bills.scantyped import address_as_typed, read_as_typed, spelled_as_typed

    # a holder's name is placed by the block it heads as often as by a label beside it: the
    # two-errors argument of `spelled_as_typed` is about the reading, and a place the check
    # takes as the holder's for a sure reading is the name's own place for an unsure one too
    in_its_place = rank(field, s) == 2 and (s.direct or field == "account_name")
    if s.read_conf < MIN_MATCH_READ and not read_twice(s, others) and not read_as_typed(
            s, field in ("btn", "account_number") and in_its_place) and not (
            spelled_as_typed(s, shown, field in ("account_name", "account_number")
                             and in_its_place)) and not (
            address_as_typed(s, shown, field == "service_address" and in_its_place)):
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
            and not dropped(extracted.shown, shown)) and not (
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
    if extracted is not None and extracted.sure and agrees(extracted.value) and (
            spot := _said_otherwise(field, extracted, bad)) is not None:
        return FieldCheck(field, Verdict.UNVERIFIABLE, shown, spot.form,
                          f"the bill shows this value only as {where(spot)}, not as the {what}",
                          None, spot.evidence)
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


def _said_otherwise(field: str, extracted: Extracted, bad: list[Sighting]) -> Sighting | None:
    """The open extraction's place for the value is one whose own label, on the value's line or
    over its table column, says it is a look-alike (the carrier's help line or remit box,
    another reference, a dialed number): the words around the value decide what it is, so an
    extraction that agrees there is no match, only a place to show. A heading found by walking
    up the page, or a context worked out from the layout, does not outvote the label the
    extraction read (a long line reaches under another column's heading)."""
    return next((s for s in bad if s.relation in ("line", "column") and s.context in LOOK_ALIKES
                 and extracted.evidence is not None and overlap(s.evidence, extracted.evidence)),
                None)


# places that print values like the customer's that are not: the carrier's and other references
LOOK_ALIKES = frozenset({Context.HELP, Context.REMIT, Context.USAGE, Context.OTHER_ID,
                         Context.CARRIER})


def _holds(reading: str, value: str) -> bool:
    """The near reading is the bill's own value again (its other copy), not the typed one."""
    key = [c for c in value.upper() if c.isalnum()]
    return bool(key) and "".join(key) in "".join(c for c in reading.upper() if c.isalnum())


def dropped(bill: str, typed: str) -> bool:
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
