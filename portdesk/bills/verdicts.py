"""The verdicts of a bill check as plain data, and the summary the readiness checks read."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from portdesk.bills.values import Evidence
    from portdesk.domain.case import Address

MIN_MATCH_CONFIDENCE = 0.5
# OCR word confidence (BillFields.read_confidence) under which a scanned value cannot confirm a
# match, and under which it cannot prove a mismatch either: a misread digit is not the carrier's
MIN_MATCH_READ = 0.6
MIN_MISMATCH_READ = 0.85


class Verdict(StrEnum):
    EXACT = "exact"
    EQUIVALENT = "equivalent"
    MISMATCH = "mismatch"
    NOT_FOUND = "not_found"
    UNVERIFIABLE = "unverifiable"


MATCHES = (Verdict.EXACT, Verdict.EQUIVALENT)


@dataclass(frozen=True, slots=True)
class FieldCheck:
    field: str
    verdict: Verdict
    entered: str
    bill: str | None
    reason: str
    suggestion: str | None = None  # the bill's exact form, when copying it is the fix
    evidence: Evidence | None = None  # where the bill says what the verdict rests on
    # the bill's value as the case stores it, offered by "Use bill value"; None when the bill's
    # value was not read with confidence (never a label word, never a guess)
    bill_value: str | Address | None = None


@dataclass(frozen=True, slots=True)
class NumberCheck:
    number: str  # E.164 from the case
    verdict: Verdict
    reason: str = ""
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class NumbersCheck:
    verdict: Verdict
    items: tuple[NumberCheck, ...]
    reason: str


def numbers_check(items: list[NumberCheck]) -> NumbersCheck:
    """The numbers' verdict from each number's: exact when every one is on the bill,
    unverifiable when every one missing is unverifiable, else not found."""
    if not items:
        return NumbersCheck(Verdict.NOT_FOUND, (), "the case has no numbers to check")
    missing = [i for i in items if i.verdict != Verdict.EXACT]
    if not missing:
        return NumbersCheck(Verdict.EXACT, tuple(items), "every number is on the bill")
    verdict = (Verdict.UNVERIFIABLE if all(i.verdict == Verdict.UNVERIFIABLE for i in missing)
               else Verdict.NOT_FOUND)
    return NumbersCheck(verdict, tuple(items), f"{len(missing)} of {len(items)} numbers are not "
                        "confirmed by the bill (bills may list only some lines; check a CSR)")


@dataclass(frozen=True, slots=True)
class BillComparison:
    fields: dict[str, FieldCheck] = field(default_factory=dict)
    numbers: NumbersCheck | None = None
    # set when none of the case's values appears anywhere on the bill: one line says so
    headline: str | None = None


@dataclass(frozen=True, slots=True)
class BillCheckSummary:
    """What readiness needs from a bill check, without the detail.

    `fields_verified` counts fields the bill confirms (exact or equivalent); `any_mismatch` is
    true when any field or number would make the carrier reject the port.
    """

    fields_verified: int
    fields_total: int
    any_mismatch: bool
    mismatched: tuple[str, ...]
    unconfirmed: tuple[str, ...]  # not found or unverifiable: needs another source (CSR, call)
    numbers_on_bill: int
    numbers_total: int
    bill_age_days: int | None
    bill_too_old: bool

    @property
    def all_verified(self) -> bool:
        return (not self.any_mismatch and not self.unconfirmed
                and self.numbers_on_bill == self.numbers_total and not self.bill_too_old)


def summarize(comparison: BillComparison, bill_age_days: int | None,
              age_limit_days: int) -> BillCheckSummary:
    """Pure: the readiness checks call this on a stored or fresh comparison."""
    checks = list(comparison.fields.values())
    mismatched = [c.field for c in checks if c.verdict == Verdict.MISMATCH]
    unconfirmed = [c.field for c in checks if c.verdict in (Verdict.NOT_FOUND,
                                                             Verdict.UNVERIFIABLE)]
    items = comparison.numbers.items if comparison.numbers else ()
    if comparison.numbers is not None and comparison.numbers.verdict not in MATCHES:
        unconfirmed.append("numbers")
    return BillCheckSummary(
        fields_verified=sum(c.verdict in MATCHES for c in checks),
        fields_total=len(checks),
        any_mismatch=bool(mismatched),
        mismatched=tuple(mismatched),
        unconfirmed=tuple(unconfirmed),
        numbers_on_bill=sum(i.verdict == Verdict.EXACT for i in items),
        numbers_total=len(items),
        bill_age_days=bill_age_days,
        bill_too_old=bill_age_days is None or bill_age_days > age_limit_days,
    )


def mismatch_or_unclear(fld: str, entered: str, bill: str, reason: str, read_conf: float,
                        suggestion: str | None = None) -> FieldCheck:
    """A difference from a value OCR was unsure of is a question for the eye, not a rejection."""
    if read_conf < MIN_MISMATCH_READ:
        return FieldCheck(fld, Verdict.UNVERIFIABLE, entered, bill,
                          f"the scan is unclear here (read as \"{bill}\" with low confidence); "
                          "compare it with the bill by eye", suggestion)
    return FieldCheck(fld, Verdict.MISMATCH, entered, bill, reason, suggestion)

