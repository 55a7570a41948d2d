"""The bill's date when its label is lost: the lone date at the head of a bill's first page.

A bill prints its date at its head ('Bill Date  Jul 25, 2025', 'Invoice Date 6 Mar 2025'), and
the label is the small, often grey part of it: on a scan OCR keeps the date and loses the label
('te', 'ccaniea Bulk') or drops it altogether. What is left still says what it is by its place:
the head of page 1 holds the bill's date and, at most, the due date beside it (a service period
or a payment names itself there). So, only when no label gave the bill's date (extract.py's
stand-ins): the dates read in the top band of page 1, each the one date
of its run of words (a period's two are a period), none on a row or under a caption that names
a due date, a payment or a period; of those the earliest, for a bill is dated before it is due.
A weak stand-in, as the billing period's first day is.

A text page whose date's label is a picture (a small calendar drawn before the date, no words)
or not printed at all is read the same way (blind16 session 18): the lone date at its head.
"""

from __future__ import annotations

import re

from portdesk.bills.layout import Segment
from portdesk.bills.ocrdates import scanned_date
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.values import Candidate, Evidence

TOP_BAND = 0.15  # of the page's height: a bill's head
WEIGHT = 0.5
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a date that is not the bill's own: due, payment, a period's bounds, an effective date
_NOT_ISSUED = re.compile(
    r"(?i)\b(?:due|pay\w*|paid|autopay\w*|draft\w*|period\w*|périod\w*|from|through|thru|to|"
    r"until|by|effective|since|échéance|echeance|au|du|vencimiento|pago)\b")


def header_dates(bill: BillIndex) -> list[Candidate]:
    """Candidates for the bill's date: the earliest lone date at the head of page 1."""
    if not bill.pages:
        return []
    index = bill.pages[0]
    band = TOP_BAND * index.page.height
    found = [(when, seg) for seg in index.segments if seg.bottom <= band
             and len(_YEAR.findall(seg.text)) == 1 and (when := scanned_date(seg.text)) is not None
             and not _named_otherwise(index, seg)]
    if not found:
        return []
    when, seg = min(found, key=lambda f: (f[0], f[1].top))
    return [Candidate(when, Evidence.of(seg), WEIGHT * seg.conf)]


def _named_otherwise(index: PageIndex, seg: Segment) -> bool:
    """A word on the date's row, or in the caption just over it, names another date."""
    reach = 1.8 * seg.height
    for other in index.segments:
        same_row = seg.top < (other.top + other.bottom) / 2 < seg.bottom  # a photo's rows lean
        above = (seg.top - reach <= other.bottom <= seg.top + 0.3 * seg.height
                 and other.x0 < seg.x1 and seg.x0 < other.x1)
        if (same_row or above) and _NOT_ISSUED.search(other.text):
            return True
    return False
