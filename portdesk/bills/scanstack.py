"""A photo's stack of label-value pairs whose values slid a row against their labels.

A phone photo of a header stack ("Customer Number / Invoice Number / Invoice Date / Due Date"
on the left, their values in a column on the right) is seen in perspective: the value column can
drift a whole row against the label column, so that OCR's line pairs each label with the value
of the label above or below it ('Invoice Number 2025-09-08', 'Customer Number' beside the
invoice number). The pairing is then wrong for every row of the stack, and a typed value matched
"under its label" there proves nothing: an invoice number typed as the account would read as
the account. The tell is the stack itself: a label naming a number ("Invoice Number", "Account
#") with a date beside it (a month, a d/m/y or y-m-d form, a bare year), a label naming a date
with a long number beside it ("Bill date 928099382-00006"), or a value of the
column left alone on the row next to the value's, with no label (the value the slide left
over). Only OCR pages.
"""

from __future__ import annotations

import re

from portdesk.bills.context import fold
from portdesk.bills.layout import lines_of
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.reader import Word
from portdesk.bills.values import Evidence

_NUMBER_LABEL = re.compile(r"\b(?:number|no|num|#|numero)\b|#$")
_DATE_LABEL = re.compile(r"\b(?:date|due|period|echeance)\b")
_DATE_VALUE = re.compile(
    r"(?i)^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{1,2}[/-]\d{1,2}[/-]"
    r"\d{2,4}\b|\b\d{4}-\d{1,2}-\d{1,2}\b|^(?:19|20)\d\d$")
# a date whose second separator OCR read as a digit ('05/2172026' for 05/21/2026): the month or
# day, its separator, then the rest run into the year; no account number is written so
_DATE_MISREAD = re.compile(r"^\d{1,2}[/-]\d{3}(?:19|20)\d\d$")
REACH = 3  # lines above and below the value's own that make up its stack
_LABEL_SPAN = 250.0  # how far left of the value its label may start (points)


def shifted_stack(index: BillIndex, evidence: Evidence | None) -> bool:
    """The value at `evidence` sits in a stack of label-value rows whose values slid a row
    against their labels (see the module docstring)."""
    if evidence is None or not 0 < evidence.page <= len(index.pages):
        return False
    page = index.pages[evidence.page - 1].page
    if page.source != "ocr":
        return False
    x0, top, _, bottom = evidence.bbox
    lines = lines_of(page)
    at = next((n for n, line in enumerate(lines) if any(
        w.x0 < evidence.bbox[2] and x0 < w.x1 and w.top < bottom and top < w.bottom
        for w in line)), None)
    if at is None:
        return False
    # a mark OCR read alone at the head of a table row ('** 161650485' in a column of
    # accounts) is a speck, no label: a row with no label word is no pair of a stack
    label = [w for w in lines[at] if x0 - _LABEL_SPAN <= w.x0 < x0 - 4
             and any(c.isalpha() for c in w.text)]
    if not label:
        return False
    start = min(w.x0 for w in label)
    near = lines[max(0, at - REACH):at + REACH + 1]
    return any(_slid(line, start, x0) for line in near) or any(
        _orphan(line, start, x0) for line in lines[max(0, at - 1):at + 2])


def _orphan(line: list[Word], start: float, value_x: float) -> bool:
    """A row next to the value's own with a value in the value column and no label left of it
    ('9853506' alone over 'Account Number 9237490020'): the column slid a row, its first (or
    last) value left without a label and every label beside its neighbour's value."""
    if any(start - 20 <= w.x0 < value_x - 20 for w in line):
        return False
    value = next((w.text for w in line if value_x - 40 <= w.x0 <= value_x + 60), "")
    return sum(c.isdigit() for c in value) >= 6 and not value.startswith(("-", "/"))


def _slid(line: list[Word], start: float, value_x: float) -> bool:
    """One row of the stack: a label naming a number with a date beside it, or a label naming
    a date with a long number beside it ('Bill date 928099382-00006': the account's value slid
    up a row, the invoice number beside 'Account number')."""
    label = fold(" ".join(w.text for w in line if start - 20 <= w.x0 < value_x - 20))
    # the value column's first word only: what follows it may be another pair of the line
    # ('Account Number: 453-529-631 Statement Date: 06/17/2025')
    value = next((w.text for w in line if value_x - 40 <= w.x0 <= value_x + 60), "")
    if not (label and value):
        return False
    dated = _DATE_VALUE.search(value.strip()) is not None or (
        _DATE_MISREAD.match(value.strip(" .,:;")) is not None)
    if _NUMBER_LABEL.search(label) is not None:
        return _DATE_LABEL.search(label) is None and dated
    # a long number: digits and their separators only ('15-Feb-2025' is a date, spelt)
    return _DATE_LABEL.search(label) is not None and not dated and not any(
        c.isalpha() for c in value) and sum(c.isdigit() for c in value) >= 6
