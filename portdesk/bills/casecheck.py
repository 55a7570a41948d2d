"""The bill check, case first: every typed value searched on the whole bill, then judged by place.

compare.py calls this when the bill's page index is at hand (any bill read from a file); the open
extraction (extract.py) supplies the bill's own value for a field, which is what a mismatch and
"Use bill value" need.
"""

from __future__ import annotations

import re
from dataclasses import replace

from portdesk.bills.billedfor import as_billing_number, billed_for, heads_the_bill
from portdesk.bills.carriercheck import check_carrier
from portdesk.bills.checkaddr import check_address
from portdesk.bills.checkname import check_name, sighting
from portdesk.bills.context import Context
from portdesk.bills.extract import BillFields
from portdesk.bills.find import find_account, near_on_scan
from portdesk.bills.findbase import Found
from portdesk.bills.findphones import number_sightings, phone_index
from portdesk.bills.judge import (
    Extracted,
    extracted,
    judge,
    nothing_typed,
    overlap,
    read_twice,
)
from portdesk.bills.misreadlines import misread_line_check
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.parse import is_masked
from portdesk.bills.placerank import Sighting, inside_account, line_peers, number_rank, rank, where
from portdesk.bills.scanaccounts import another_accounts_block
from portdesk.bills.scanmatch import (
    as_printed,
    misread_elsewhere,
    near_in_its_place,
    read_twice_on_bill,
)
from portdesk.bills.scanstack import shifted_stack
from portdesk.bills.scantyped import (
    bare_digit_run,
    confusions_away,
    in_number_grid,
    misread_or_printed,
    new_readings,
    read_as_typed,
    sure_other_value,
    typed_number_readings,
)
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import (
    MIN_MATCH_CONFIDENCE,
    MIN_MATCH_READ,
    MIN_MISMATCH_READ,
    BillComparison,
    FieldCheck,
    NumberCheck,
    NumbersCheck,
    Verdict,
)
from portdesk.domain.case import PortCase
from portdesk.domain.numbers import format_display


def check_account(case: PortCase, fields: BillFields, index: BillIndex) -> FieldCheck:
    typed = case.account_number.strip()
    if not typed:
        return nothing_typed("account_number", fields.account_number)
    key = re.sub(r"[^0-9A-Za-z]", "", typed).upper()
    sightings = _labelled_first([sighting(f) for f in find_account(index, typed)])
    bill = fields.account_number
    if bill is not None and is_masked(bill) and not any(rank("account_number", s) == 2
                                                        for s in sightings if s.whole):
        from portdesk.bills.compare import check_account_number

        return check_account_number(typed, bill, fields)
    ext = extracted(fields, "account_number", bill, bill)
    if ext is not None:
        ext = read_twice_on_bill(ext, [sighting(f) for f in find_account(index, ext.shown)])
        sightings = _standing_in(fields, ext, sightings)
    check = _surely_other(index, typed, judge(
        "account_number", typed, sightings, ext,
        lambda v: re.sub(r"[^0-9A-Za-z]", "", str(v)).upper() == key,
        lambda s: s.form.strip(" :#") == typed or as_printed(index, s, typed), "account number",
        lambda: _misread(index, typed, ext) or misread_or_printed(
            near_on_scan(index, typed), typed, bill)))
    if check.verdict in (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.MISMATCH) and (
            shifted_stack(index, check.evidence)):  # neither a match nor a disagreement
        return FieldCheck("account_number", Verdict.UNVERIFIABLE, typed, check.bill,
                          "on this photo the values beside the labels are a row off (a date "
                          "beside a number's label, or a value left without its label): which "
                          "one is the account number is a question for the eye", None,
                          check.evidence)
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
    if check.verdict == Verdict.MISMATCH and fields.account_stand_in and bill is not None and (
            not _mistyped(key, bill)) and not _another_reference(sightings):
        # the bill prints a customer number and no account number: a value far from it may be
        # an account number the bill does not print, not a wrong one
        return FieldCheck("account_number", Verdict.UNVERIFIABLE, typed, bill,
                          f"the bill prints no account number, only a customer number ({bill}); "
                          "ask the customer or the carrier which one the port needs", None,
                          check.evidence)
    return check


def _labelled_first(sightings: list[Sighting]) -> list[Sighting]:
    """A value the bill labels as another reference ("Invoice No. 7730...") is that reference:
    a place inferred for it elsewhere (a header line, a section) does not make it the account."""
    if not any(s.whole and s.direct and s.context == Context.OTHER_ID for s in sightings):
        return sightings
    return [replace(s, context=Context.NONE) if s.context == Context.ACCOUNT and not s.direct
            else s for s in sightings]


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


def _surely_other(index: BillIndex, typed: str, check: FieldCheck) -> FieldCheck:
    """A question for the eye that is none: the reading beside the typed value is the bill's
    own, read surely where it gives the field, and plainly another (scantyped.py)."""
    if check.verdict != Verdict.UNVERIFIABLE:
        return check
    other = sure_other_value(index, check.field, typed, check.evidence)
    if other is None:
        return check
    value: str | None = other
    if check.field == "btn":
        from portdesk.domain.numbers import InvalidNumber, parse_number

        try:
            value = parse_number(other).e164
        except InvalidNumber:
            value = None
    return FieldCheck(check.field, Verdict.MISMATCH, check.entered, other,
                      f"the bill prints \"{other}\" here, read clearly where it gives this "
                      "field", other, check.evidence, value)


def check_btn(case: PortCase, fields: BillFields, phones: dict[str, list[Found]],
              index: BillIndex) -> FieldCheck:
    typed = case.btn
    if not typed:
        shown = format_display(fields.btn) if fields.btn else None
        return nothing_typed("btn", shown)
    shown = format_display(typed)
    found = phones.get(typed, [])
    if typed == billed_for(index):  # "Summary for (508) 555-0142" heads the number's bill
        found = [as_billing_number(f) if heads_the_bill(f) else f for f in found]
    sightings = [sighting(f, field="btn") for f in new_readings(
        found, typed_number_readings(index, typed))]
    sightings = [_btn_in_account(s) for s in sightings]
    if fields.btn is None and fields.btn_text and not any(rank("btn", s) == 2 for s in sightings):
        return FieldCheck("btn", Verdict.UNVERIFIABLE, shown, fields.btn_text,
                          "the bill masks the billing number; ask the carrier for the BTN",
                          None, fields.evidence.get("btn"))
    ext = extracted(fields, "btn", fields.btn,
                     format_display(fields.btn) if fields.btn else None)
    if ext is not None and fields.btn:
        ext = read_twice_on_bill(ext, [sighting(f) for f in phones.get(fields.btn, [])])
    check = judge("btn", shown, sightings, ext, lambda v: v == typed, lambda s: True,
                  "billing telephone number (BTN)",
                  lambda: _misread(index, typed[2:], ext) or near_in_its_place(
                      index, "btn", near_on_scan(index, typed[2:])))
    if check.verdict == Verdict.EXACT:  # the same number, however the bill punctuates it
        return FieldCheck("btn", Verdict.EXACT, shown, shown, check.reason, None, check.evidence,
                          typed)
    if check.verdict == Verdict.MISMATCH and fields.source == "ocr" and ext is not None and (
            head := another_accounts_block(index, ext.evidence, case.account_number)):
        return FieldCheck("btn", Verdict.UNVERIFIABLE, shown, check.bill,
                          f"the scan reads the billing number {check.bill} in the block of "
                          f"another account (\"{head}\"); the case's account has a block of its "
                          "own, whose number was not read: compare it by eye", None,
                          check.evidence)
    if check.verdict == Verdict.UNVERIFIABLE and (
            other := _another_line(typed, fields, phones, sightings)) is not None:
        return other
    return _surely_other(index, typed[2:], check)


def _another_line(typed: str, fields: BillFields, phones: dict[str, list[Found]],
                  sightings: list[Sighting]) -> FieldCheck | None:
    """The bill labels its billing number in so many words, read surely, and lists the typed
    number only as one of the account's other lines: the page shows the customer's BTN and it
    is another number, a disagreement a carrier rejects (BTN_ATN_MISMATCH). On a scan, a
    labelled BTN one or two OCR confusions from the typed one may be the typed BTN misread: a
    question for the eye, never a mismatch (the scans' rule for every near reading)."""
    bill = fields.btn
    if bill is None or bill == typed or typed not in fields.numbers or any(
            rank("btn", s) == 2 for s in sightings):
        return None
    if fields.source == "ocr" and (confusions_away(typed, bill) or _lone_near_reading(
            typed, bill, phones)):
        return None
    if fields.confidence.get("btn", 0.0) < MIN_MATCH_CONFIDENCE or fields.read_confidence.get(
            "btn", 1.0) < MIN_MISMATCH_READ:
        return None
    labelled = [s for f in phones.get(bill, []) if rank("btn", s := sighting(f, field="btn")) == 2
                and s.direct and s.context == Context.BTN]
    if not labelled:
        return None
    shown = format_display(bill)
    return FieldCheck("btn", Verdict.MISMATCH, format_display(typed), shown,
                      f"the bill gives the billing number as {shown} (\"{labelled[0].label}\"); the "
                      "case's number is one of the account's other lines", shown,
                      labelled[0].evidence, bill)


def _lone_near_reading(typed: str, bill: str, phones: dict[str, list[Found]]) -> bool:
    """On a scan, a labelled billing number one digit off the typed one that the page shows
    nowhere else, while it shows the typed number more than once ('819 555-0200' beside 'Numéro
    principal'; '819 555-0100' heading the lines table and the call detail): the page's weight
    is on the typed number, and one surely read digit is what OCR gets wrong most (a '2' for a
    '1' is no pair of shapes, and still happens); a question, never a mismatch. Another line
    typed as the BTN is seen once, as a line, and stays a mismatch."""
    off = sum(a != b for a, b in zip(typed, bill, strict=False))
    return len(typed) == len(bill) and off == 1 and len(phones.get(bill, [])) <= 1 and len(
        phones.get(typed, [])) >= 2


def _misread(index: BillIndex, typed: str, ext: Extracted | None) -> Evidence | None:
    """Scans: the bill's value one character off the typed value read elsewhere (scanmatch)."""
    return None if ext is None else misread_elsewhere(index, typed, ext.shown, ext.evidence)


def _btn_in_account(s: Sighting) -> Sighting:
    """'Account number 212-555-0142-883': wireline accounts start with their billing number."""
    if s.context == Context.ACCOUNT:
        return Sighting(s.form, s.evidence, Context.BTN, s.label, s.read_conf, True, s.value,
                        direct=False)
    return s


def check_numbers(case: PortCase, fields: BillFields, phones: dict[str, list[Found]],
                  index: BillIndex) -> NumbersCheck:
    masked_tails = {re.sub(r"\D", "", m)[-4:] for m in fields.masked_numbers}
    items = [_number(e164, new_readings(phones.get(e164, []), typed_number_readings(index, e164)),
                     masked_tails, index) for e164 in case.number_e164s]
    items = [misread_line_check(i, index, case.number_e164s) for i in items]
    if not items:
        return NumbersCheck(Verdict.NOT_FOUND, (), "the case has no numbers to check")
    missing = [i for i in items if i.verdict != Verdict.EXACT]
    if not missing:
        return NumbersCheck(Verdict.EXACT, tuple(items), "every number is on the bill")
    verdict = (Verdict.UNVERIFIABLE if all(i.verdict == Verdict.UNVERIFIABLE for i in missing)
               else Verdict.NOT_FOUND)
    return NumbersCheck(verdict, tuple(items), f"{len(missing)} of {len(items)} numbers are not "
                        "confirmed by the bill (bills may list only some lines; check a CSR)")


def _number(e164: str, found: list[Found], masked_tails: set[str],
            index: BillIndex | None = None) -> NumberCheck:
    """Listed when the bill prints it where it lists the account's lines; a number it also shows
    as a dialed number or a help line, and nowhere as a line, is not the customer's."""
    sightings = number_sightings(e164, found)
    best, s = number_rank(e164, sightings)
    if best == 1 and s is not None and inside_account(s):
        return NumberCheck(e164, Verdict.UNVERIFIABLE, "printed only inside the account number, "
                           "not listed as one of the account's lines", s.evidence)
    if best == 1 and index is not None and all(bare_digit_run(index, p) for p in sightings):
        return NumberCheck(e164, Verdict.UNVERIFIABLE, "printed only as a bare run of digits "
                           "that nothing on the scan explains (a payment stub's scan line?); "
                           "compare it with the bill by eye", sightings[0].evidence)
    if best >= 1 and s is not None:
        # of the places that list it as surely, one read with confidence is enough
        sure = next((p for p in line_peers(s, sightings) if p.read_conf >= MIN_MATCH_READ
                     or read_twice(p, sightings) or read_as_typed(p, best == 2 or (
                         index is not None and in_number_grid(index, p)))), None)
        if sure is None:
            return NumberCheck(e164, Verdict.UNVERIFIABLE, "read with low confidence on the "
                               "scan; compare it by eye", s.evidence)
        return NumberCheck(e164, Verdict.EXACT, "listed on the bill", sure.evidence)
    if s is not None:
        return NumberCheck(e164, Verdict.NOT_FOUND, f"on the bill only as {where(s)}; "
                           "not one of the account's numbers", s.evidence)
    if e164[-4:] in masked_tails:
        return NumberCheck(e164, Verdict.UNVERIFIABLE, "the bill lists it with masked digits")
    return NumberCheck(e164, Verdict.NOT_FOUND, "not among the account's numbers on the bill")


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
