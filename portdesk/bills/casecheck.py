"""The bill check, case first: every typed value searched on the whole bill, then judged by place.

compare.py calls this when the bill's page index is at hand (any bill read from a file); the open
extraction (extract.py) supplies the bill's own value for a field, which is what a mismatch and
"Use bill value" need. The phone numbers (the BTN and the lines) are checkphones.py's; the
reading beside a typed value that is the bill's own other value is othervalue.py's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from portdesk.bills.accountgroup import group_apart_check
from portdesk.bills.carriercheck import check_carrier
from portdesk.bills.checkaddr import check_address
from portdesk.bills.checkname import check_name, sighting
from portdesk.bills.checkphones import check_btn, check_numbers
from portdesk.bills.context import Context
from portdesk.bills.extract import BillFields
from portdesk.bills.find import find_account, near_on_scan
from portdesk.bills.findphones import phone_index
from portdesk.bills.judge import (
    Extracted,
    extracted,
    judge,
    nothing_typed,
    overlap,
)
from portdesk.bills.ocrdigits import CONFUSED_PAIRS
from portdesk.bills.othervalue import misread, surely_other
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.parse import is_masked
from portdesk.bills.placerank import Sighting, rank
from portdesk.bills.scanmatch import (
    as_printed,
    read_twice_on_bill,
)
from portdesk.bills.scanstack import shifted_stack
from portdesk.bills.scantyped import (
    confusions_away,
    misread_or_printed,
)
from portdesk.bills.scantyped import key as key_of
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import (
    MIN_MISMATCH_READ,
    BillComparison,
    FieldCheck,
    NumbersCheck,
    Verdict,
)
from portdesk.domain.case import PortCase


def check_account(case: PortCase, fields: BillFields, index: BillIndex) -> FieldCheck:
    typed = case.account_number.strip()
    if not typed:
        return nothing_typed("account_number", fields.account_number)
    key = re.sub(r"[^0-9A-Za-z]", "", typed).upper()
    sightings = _postal_codes(index, _labelled_first([sighting(f)
                                                      for f in find_account(index, typed)]))
    bill = fields.account_number
    if bill is not None and is_masked(bill) and not any(rank("account_number", s) == 2
                                                        for s in sightings if s.whole):
        from portdesk.bills.compare import check_account_number

        return check_account_number(typed, bill, fields)
    ext = extracted(fields, "account_number", bill, bill)
    if ext is not None:
        ext = read_twice_on_bill(ext, [sighting(f) for f in find_account(index, ext.shown)])
        sightings = _standing_in(fields, ext, sightings)
    def exact(s: Sighting) -> bool:
        return s.form.strip(" :#") == typed or as_printed(index, s, typed)

    check = _misread_under_label(fields, typed, ext, sightings, exact) or surely_other(
        index, typed, judge(
            "account_number", typed, sightings, ext,
            lambda v: re.sub(r"[^0-9A-Za-z]", "", str(v)).upper() == key, exact,
            "account number", lambda: misread(index, typed, ext) or misread_or_printed(
                near_on_scan(index, typed), typed, bill)))
    if (two := _two_references(index, typed, ext, check)) is not None:
        return two
    if check.verdict in (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.MISMATCH) and (
            shifted_stack(index, check.evidence)):  # neither a match nor a disagreement
        return FieldCheck("account_number", Verdict.UNVERIFIABLE, typed, check.bill,
                          "on this photo the values beside the labels are a row off (a date "
                          "beside a number's label, or a value left without its label): which "
                          "one is the account number is a question for the eye", None,
                          check.evidence)
    if check.verdict == Verdict.MISMATCH and bill is not None and fields.source == "ocr" and (
            _letter_for_digit(typed, bill)):
        return FieldCheck("account_number", Verdict.UNVERIFIABLE, typed, bill,
                          f"the scan reads a letter where the case has a digit of its shape "
                          f"(\"{bill}\"): in a number of digits that letter is OCR's reading of "
                          "the digit, not another account; compare it with the bill by eye",
                          None, check.evidence)
    if check.verdict == Verdict.MISMATCH and bill is not None and _scanned_head(fields, typed,
                                                                                bill):
        return FieldCheck("account_number", Verdict.UNVERIFIABLE, typed, bill,
                          f"the scan shows only the first words of an account number ({bill}); "
                          "the rest may be lost off the edge of the photo or to OCR: compare it "
                          "with the bill by eye", None, check.evidence)
    if check.verdict == Verdict.MISMATCH and bill is not None and _scanned_tail(fields, key, bill):
        return FieldCheck("account_number", Verdict.UNVERIFIABLE, typed, bill,
                          f"the scan shows only the end of an account number ({bill}); the "
                          "rest may be masked or lost to OCR: compare it with the bill by eye",
                          None, check.evidence)
    if check.verdict == Verdict.MISMATCH and bill is not None and not _another_reference(
            sightings) and (apart := group_apart_check(typed, bill, check.evidence)) is not None:
        return apart  # a check digit, prefix or suffix one record leaves out (accountgroup.py)
    if check.verdict == Verdict.MISMATCH and fields.account_stand_in and bill is not None and (
            not _mistyped(key, bill)) and not _another_reference(sightings):
        # the bill prints a customer number and no account number: a value far from it may be
        # an account number the bill does not print, not a wrong one
        return FieldCheck("account_number", Verdict.UNVERIFIABLE, typed, bill,
                          f"the bill prints no account number, only a customer number ({bill}); "
                          "ask the customer or the carrier which one the port needs", None,
                          check.evidence)
    return check


def _two_references(index: BillIndex, typed: str, ext: Extracted | None,
                    check: FieldCheck) -> FieldCheck | None:
    """The bill labels two different values as the account's ('Account Number 099627216-5' and
    'Billing Account ID 7669293915'), and the case's is the one the bill's own reading did not
    take: a match says the port desk wants that one, which the bill does not say. Unverifiable,
    both shown (wrong is worse than empty); the case's own value under its label stays the
    evidence."""
    if check.verdict not in (Verdict.EXACT, Verdict.EQUIVALENT) or ext is None or not ext.sure:
        return None
    if ext.evidence is None or check.evidence is None or overlap(check.evidence, ext.evidence):
        return None
    key = re.sub(r"[^0-9A-Za-z]", "", typed).upper()
    if re.sub(r"[^0-9A-Za-z]", "", ext.shown).upper() == key:
        return None
    if not any(s.whole and s.direct and rank("account_number", s) == 2 and _one_stack(
            s.evidence, check.evidence) for s in map(sighting, find_account(index, ext.shown))):
        return None
    return FieldCheck("account_number", Verdict.UNVERIFIABLE, typed, ext.shown,
                      f"the bill labels two account references: \"{ext.shown}\" and the "
                      f"case's; check which one the carrier's port desk needs", None,
                      check.evidence)


def _one_stack(a: Evidence, b: Evidence) -> bool:
    """Two values in one stack of the account's facts: the same column of one page, a few lines
    apart. Two statements side by side, or a parent account over its sub-accounts' table, are
    accounts of their own, each a right answer for its own port."""
    return a.page == b.page and abs(a.bbox[0] - b.bbox[0]) <= 8 and abs(a.bbox[1] - b.bbox[1]) <= 80


def _misread_under_label(fields: BillFields, typed: str, ext: Extracted | None,
                         sightings: list[Sighting], exact: Callable[[Sighting], bool]
                         ) -> FieldCheck | None:
    """On a scan, the account's label gives a value read unsurely one character off the typed
    one, by a pair OCR confuses ('5613536' at 0.72 for '5013536'), while the scan reads the
    typed value itself, every character, in two other places that agree (the stub, its scan
    line): OCR disagrees with itself, and the two readings that agree outweigh the one that
    doubted. The text judge gives the label's value; that value is the typed one misread, so
    the verdict is the typed value's in its place. A specialist's typo that is exactly an OCR
    confusion would need both other readings misread into that very typo: the two-errors
    argument of `scantyped.read_as_typed`. Readings in a place that is another field's (an
    invoice number, a line) do not count."""
    from portdesk.bills.judge import read_twice

    if fields.source != "ocr" or ext is None or ext.evidence is None or (
            ext.read_conf >= MIN_MISMATCH_READ) or not confusions_away(typed, ext.shown):
        return None
    a, b = key_of(typed), key_of(ext.shown)
    if sum(x != y for x, y in zip(a, b, strict=True)) != 1:
        return None
    others = [s for s in sightings if rank("account_number", s) != 0
              and not overlap(s.evidence, ext.evidence)]
    whole = next((s for s in others if s.whole), None)
    if whole is None or not read_twice(whole, others):
        return None
    verdict = Verdict.EXACT if exact(whole) else Verdict.EQUIVALENT
    return FieldCheck("account_number", verdict, typed, whole.form,
                      f"the scan reads the account number under its label as \"{ext.shown}\", "
                      f"unsurely, one character OCR confuses off the case's value, and reads "
                      f"the case's value itself in two other places (\"{whole.form}\")",
                      None if verdict == Verdict.EXACT else whole.form, ext.evidence, whole.form)


def _letter_for_digit(typed: str, read: str) -> bool:
    """The scan's value differs from the typed one only where it has a letter and the case a
    digit of that letter's shape ('931 555-0102 419 i' for '... 419 1'), and is digits
    otherwise: OCR read the digit as a letter, so the difference is no real character (a false
    alarm if called a mismatch). Not a match either: a question for the eye."""
    a, b = key_of(typed), key_of(read)
    if len(a) != len(b) or sum(c.isalpha() for c in b) > 2:
        return False
    diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return bool(diffs) and all(x.isdigit() and y.isalpha() and frozenset((x, y)) in CONFUSED_PAIRS
                               for x, y in diffs) and all(
        c.isdigit() for c, (x, y) in zip(b, zip(a, b, strict=True), strict=True) if x == y)


def _labelled_first(sightings: list[Sighting]) -> list[Sighting]:
    """A value the bill labels as another reference ("Invoice No. 7730...") is that reference:
    a place inferred for it elsewhere (a header line, a section) does not make it the account."""
    if not any(s.whole and s.direct and s.context == Context.OTHER_ID for s in sightings):
        return sightings
    return [replace(s, context=Context.NONE) if s.context == Context.ACCOUNT and not s.direct
            else s for s in sightings]


def _postal_codes(index: BillIndex, sightings: list[Sighting]) -> list[Sighting]:
    """A value ending a 'City, ST ZIP' line is that address's postal code (a ZIP+4 has an account
    number's shape): whatever heading its block sits under ('Account number' over a stub's
    mailing block), its place is an address line, never the account's."""
    from portdesk.bills.addrparse import is_city_state_zip

    def ends_city_line(s: Sighting) -> bool:
        if not 0 < s.evidence.page <= len(index.pages):
            return False
        x, y = (s.evidence.bbox[0] + s.evidence.bbox[2]) / 2, (
            s.evidence.bbox[1] + s.evidence.bbox[3]) / 2
        return any(seg.bbox[0] <= x <= seg.bbox[2] and seg.bbox[1] <= y <= seg.bbox[3]
                   and is_city_state_zip(seg.text) and seg.text.rstrip().endswith(s.form.strip())
                   for seg in index.pages[s.evidence.page - 1].segments)

    return [replace(s, context=Context.NONE, direct=False, relation="")
            if s.context == Context.ACCOUNT and ends_city_line(s) else s for s in sightings]


def _standing_in(fields: BillFields, ext: Extracted, sightings: list[Sighting]) -> list[Sighting]:
    """The bill prints no account number and its customer number stands for it (extract.py):
    at that place the customer number is the account's reference, by the bill's whole layout."""
    if not fields.account_stand_in or ext.evidence is None:
        return sightings
    return [replace(s, context=Context.ACCOUNT, direct=False) if s.context == Context.OTHER_ID
            and overlap(s.evidence, ext.evidence) else s for s in sightings]


def _another_reference(sightings: list[Sighting]) -> bool:
    """The typed value printed whole under another reference's own label ("Invoice Number"):
    what was typed is that reference, not an account number the bill leaves out."""
    return any(s.whole and s.direct and s.context == Context.OTHER_ID for s in sightings) and (
        not any(rank("account_number", s) == 2 for s in sightings))


def _scanned_tail(fields: BillFields, key: str, read: str) -> bool:
    """OCR read the typed value's own last four or more characters and nothing before them:
    a masked '**** 0190' whose stars OCR dropped, or a value OCR split and lost the head of.
    That reading is no other account; a text layer loses nothing, so this is for scans only."""
    tail = re.sub(r"[^0-9A-Za-z]", "", read).upper()
    return fields.source == "ocr" and 4 <= len(tail) < len(key) and key.endswith(tail)


def _scanned_head(fields: BillFields, typed: str, read: str) -> bool:
    """OCR read the typed value's first words and nothing after them ('720 555-0109 642' of
    '720 555-0109 642 31Z' at the edge of a photo): a line's last word is what a photo's edge or
    a skewed line loses. That reading is no other account; scans only. The reading must end
    where the typed value's characters are parted (a space or a mark), not inside a group."""
    head = re.sub(r"[^0-9A-Za-z]", "", read).upper()
    if fields.source != "ocr" or len(head) < 6:
        return False
    seen = 0
    for at, c in enumerate(typed):
        seen += c.isalnum()
        if seen == len(head):
            rest = typed[at + 1:]
            return re.sub(r"[^0-9A-Za-z]", "", typed[:at + 1]).upper() == head and bool(
                rest.strip()) and not rest[0].isalnum()
    return False


def _mistyped(key: str, printed: str) -> bool:
    """The typed value a character or two from the printed one: the same reference, mistyped."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(key, re.sub(r"[^0-9A-Za-z]", "", printed).upper()) <= 2


def compare_case(case: PortCase, fields: BillFields, index: BillIndex) -> BillComparison:
    phones = phone_index(index)
    checks = {
        "account_name": check_name(case, fields, index),
        "account_number": check_account(case, fields, index),
        "btn": check_btn(case, fields, phones, index),
        "carrier": check_carrier(case.losing_carrier, fields, index),
        "service_address": check_address(case, fields, index),
    }
    numbers = check_numbers(case, fields, phones, index)
    return BillComparison(checks, numbers, _headline(case, checks, numbers))


def _headline(case: PortCase, checks: dict[str, FieldCheck], numbers: NumbersCheck) -> str | None:
    """Another customer's bill: none of the case's own values appears anywhere on it."""
    own = ("account_name", "account_number", "btn", "service_address")
    typed = [f for f in own if checks[f].entered] + (["numbers"] if numbers.items else [])
    seen = [f for f in own if checks[f].entered and checks[f].verdict != Verdict.NOT_FOUND
            and checks[f].verdict != Verdict.MISMATCH]
    seen += ["numbers"] if any(i.evidence is not None for i in numbers.items) else []
    if len(typed) < 2 or seen:
        return None
    return ("None of the case's values (name, account number, numbers, address) appear on this "
            "bill: it looks like another customer's bill; check that the right file was chosen.")
