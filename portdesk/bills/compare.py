"""Case against bill, field by field. The rule above all: never say "match" when it is not one.

`exact` and `equivalent` are only given when every digit and every word agree after a normalisation
that cannot merge two different values (case, punctuation, USPS abbreviations, corporate suffixes,
separators, ZIP vs ZIP+4). Any doubt (masked digits, a value read with low confidence, an address
that cannot be parsed) gives `unverifiable` or `not_found`, with the reason in words.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from portdesk.bills.accountgroup import group_apart_check
from portdesk.bills.addresses import compare_addresses
from portdesk.bills.extract import BillFields
from portdesk.bills.masks import is_masked, visible_end
from portdesk.bills.verdicts import (
    MIN_MATCH_CONFIDENCE,
    MIN_MATCH_READ,
    BillComparison,
    FieldCheck,
    NumberCheck,
    NumbersCheck,
    Verdict,
    mismatch_or_unclear,
    numbers_check,
)
from portdesk.domain.case import PortCase
from portdesk.domain.numbers import format_display


def _name_key(text: str) -> tuple[str, ...]:
    from portdesk.bills.find import name_tokens

    return tuple(name_tokens(text))


def _doubt(fields: BillFields, name: str) -> bool:
    return (fields.confidence.get(name, 1.0) < MIN_MATCH_CONFIDENCE
            or fields.read_confidence.get(name, 1.0) < MIN_MATCH_READ)


def _read(fields: BillFields, name: str) -> float:
    return fields.read_confidence.get(name, 1.0)


def _low_confidence(fld: str, entered: str, bill: str) -> FieldCheck:
    return FieldCheck(fld, Verdict.UNVERIFIABLE, entered, bill,
                      "the bill's value was read with low confidence (a poor scan, or two "
                      "different values on the bill); compare it by eye", bill)


def _near_miss(entered: str, bill: str) -> str:
    score = fuzz.ratio(entered.lower(), bill.lower())
    if score >= 80:
        return f"close but not the same ({score:.0f}% alike): the carrier will reject it"
    return "a different value: the carrier will reject it"


def _missing(fld: str, entered: str, what: str) -> FieldCheck:
    return FieldCheck(fld, Verdict.NOT_FOUND, entered, None, f"no {what} found on the bill")


def _not_entered(fld: str, bill: str) -> FieldCheck:
    return FieldCheck(fld, Verdict.UNVERIFIABLE, "", bill,
                      "nothing entered in the case to check; the bill shows this value", bill)


def check_text(fld: str, entered: str, bill: str | None, fields: BillFields,
               what: str, key: object = _name_key) -> FieldCheck:
    """Names and carriers: exact, equivalent after case/punctuation/suffix, else mismatch."""
    entered = entered.strip()
    if bill is None:
        return _missing(fld, entered, what)
    if not entered:
        return _not_entered(fld, bill)
    assert callable(key)
    same = entered == bill.strip() or " ".join(entered.split()) == " ".join(bill.split())
    if same or key(entered) == key(bill):
        if _doubt(fields, fld):
            return _low_confidence(fld, entered, bill)
        if same:
            return FieldCheck(fld, Verdict.EXACT, entered, bill, "same as on the bill")
        return FieldCheck(fld, Verdict.EQUIVALENT, entered, bill,
                          "same meaning, written differently; use the bill's exact form", bill)
    return mismatch_or_unclear(fld, entered, bill, _near_miss(entered, bill), _read(fields, fld),
                               bill)


def _account_key(text: str) -> str:
    return re.sub(r"[\s\-./]", "", text).upper()


def check_account_number(entered: str, bill: str | None, fields: BillFields) -> FieldCheck:
    fld, entered = "account_number", entered.strip()
    if bill is None:
        return _missing(fld, entered, "account number")
    if not entered:
        return _not_entered(fld, bill)
    if is_masked(bill):
        visible = visible_end(bill)
        mine = re.sub(r"\D", "", entered)
        if visible and not mine.endswith(visible):
            return mismatch_or_unclear(fld, entered, bill, f"the bill shows it ending in "
                                       f"{visible}; the case's does not", _read(fields, fld))
        return FieldCheck(fld, Verdict.UNVERIFIABLE, entered, bill,
                          "the bill masks part of the account number; confirm it with the "
                          "customer or a CSR")
    if entered == bill or _account_key(entered) == _account_key(bill):
        if _doubt(fields, fld):
            return _low_confidence(fld, entered, bill)
        if entered == bill:
            return FieldCheck(fld, Verdict.EXACT, entered, bill, "same as on the bill")
        return FieldCheck(fld, Verdict.EQUIVALENT, entered, bill,
                          "same digits, different separators; use the bill's form", bill)
    if (apart := group_apart_check(entered, bill, fields.evidence.get(fld))) is not None:
        return apart  # a check digit, prefix or suffix one record leaves out (accountgroup.py)
    return mismatch_or_unclear(fld, entered, bill, _near_miss(entered, bill), _read(fields, fld),
                               bill)


def check_btn(entered: str, fields: BillFields) -> FieldCheck:
    fld = "btn"
    shown = format_display(entered) if entered else ""
    if fields.btn is None:
        if fields.btn_text:
            return FieldCheck(fld, Verdict.UNVERIFIABLE, shown, fields.btn_text,
                              "the bill masks the billing number; ask the carrier for the BTN")
        return _missing(fld, shown, "billing telephone number")
    bill = format_display(fields.btn)
    if not entered:
        return _not_entered(fld, bill)
    if entered != fields.btn:
        return mismatch_or_unclear(fld, shown, bill, "a different number than the bill's "
                                   "billing number (BTN)", _read(fields, fld), bill)
    if _doubt(fields, fld):
        return _low_confidence(fld, shown, bill)
    return FieldCheck(fld, Verdict.EXACT, shown, bill, "same number as on the bill")


def check_numbers(case: PortCase, fields: BillFields) -> NumbersCheck:
    on_bill = set(fields.numbers)
    masked_tails = {re.sub(r"\D", "", m)[-4:] for m in fields.masked_numbers}
    items = []
    for e164 in case.number_e164s:
        if e164 in on_bill:
            items.append(NumberCheck(e164, Verdict.EXACT, "listed on the bill"))
        elif fields.masked_numbers and e164[-4:] in masked_tails:
            items.append(NumberCheck(e164, Verdict.UNVERIFIABLE,
                                     "the bill lists it with masked digits"))
        else:
            items.append(NumberCheck(e164, Verdict.NOT_FOUND,
                                     "not among the account's numbers on the bill"))
    return numbers_check(items)


def compare(case: PortCase, fields: BillFields) -> BillComparison:
    """Every field the issue names; the GUI and the CLI show them in this order.

    A bill read from a file carries its page index: the case-first check (casecheck.py) searches
    it for every typed value. Fields built by hand (no index) are compared value to value.
    """
    if fields.index is not None:
        from portdesk.bills.casecheck import compare_case

        return compare_case(case, fields, fields.index)
    checks = {
        "account_name": check_text("account_name", case.account_name, fields.account_name,
                                   fields, "account holder name"),
        "account_number": check_account_number(case.account_number, fields.account_number,
                                               fields),
        "btn": check_btn(case.btn, fields),
        "carrier": check_text("carrier", case.losing_carrier, fields.carrier, fields, "carrier"),
        "service_address": compare_addresses(case.service_address, fields),
    }
    return BillComparison(checks, check_numbers(case, fields))
