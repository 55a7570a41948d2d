"""A typed number the scan does not show, where OCR read a number of the account's lines one
digit off it, unsurely.

On a scan a digit is evidence, not print: "(509)'655-0110" read at 0.37 where the bill prints
(509) 555-0110. When the typed number is nowhere on the bill but a reading in the list of the
lines differs from it in a single digit, and OCR was unsure of that reading, the pixels cannot
say which of the two is printed: the honest answer is a question for the eye, with the reading
as evidence. Never a match (a digit differs) and never "not on the bill" (it may well be). A
reading made surely is another line, and the typed number stays not found; a reading that is
itself one of the typed numbers is that number's, not this one's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from portdesk.bills.findbase import Found, _phone_found
from portdesk.bills.findphones import number_sightings
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import Sighting, number_rank
from portdesk.bills.scantyped import digit_stream
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MIN_MISMATCH_READ, NumberCheck, Verdict

# ten digits (after an optional 1) standing alone in a line's digit stream: separators and
# specks between the groups skipped, anything else ('x') ends a number
_TEN = re.compile(r"(?<![0-9])1?([0-9]{10})(?![0-9])")


def misread_line_check(item: NumberCheck, bill: BillIndex, typed: Collection[str]
                       ) -> NumberCheck:
    """`item` (a typed number's check), or a question for the eye when the check found it
    nowhere but a listed line reads one digit off it, unsurely."""
    if item.verdict != Verdict.NOT_FOUND or item.evidence is not None:
        return item
    s = misread_line(bill, item.number, typed)
    if s is None:
        return item
    return NumberCheck(item.number, Verdict.UNVERIFIABLE, f"the scan reads a listed line one "
                       f"digit off it, unsurely (\"{s.form}\"); compare it by eye", s.evidence)


def misread_line(bill: BillIndex, e164: str, typed: Collection[str]) -> Sighting | None:
    """An unsure reading, in a place that lists the account's lines, one digit off `e164`."""
    for digits, found in _readings(bill):
        other = f"+1{digits}"
        if other in typed or not _one_digit_off(e164[2:], digits):
            continue
        if found.read_conf >= MIN_MISMATCH_READ:
            continue
        best, s = number_rank(other, number_sightings(other, [found]))
        if best >= 1 and s is not None:
            return s
    return None


def _readings(bill: BillIndex) -> list[tuple[str, Found]]:
    """Every ten-digit reading of the scanned pages, with its place (once per bill)."""
    cached = bill.cache.get("ten_digit_readings")
    if isinstance(cached, list):
        return cached
    out: list[tuple[str, Found]] = []
    for index in bill.pages:
        if index.page.source != "ocr":
            continue
        for seg in index.segments:
            stream = digit_stream([w.text for w in seg.words])
            chars = "".join(d.char if d is not None else "x" for d in stream)
            for m in _TEN.finditer(chars):
                run = [d for d in stream[m.start(1):m.end(1)] if d is not None]
                out.append((m.group(1), _phone_found(index, seg, run[0].word, run[-1].word)))
    bill.cache["ten_digit_readings"] = out
    return out


def _one_digit_off(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


# how far apart two readings may start and still be one column of a table (points)
COLUMN_SLACK = 12.0


def _same_column(a: Evidence, b: Evidence) -> bool:
    """Two readings in one column of one page: OCR misreads a repeated line where it is
    printed, in the column of its other readings (a call detail's line on every row); a reading
    elsewhere ('DISTINCTIVE RING /TN 931-555-0146' beside a CSR's lines) is its own print."""
    return a.page == b.page and abs(a.bbox[0] - b.bbox[0]) <= COLUMN_SLACK


# a line read this many times on the scans (a call detail of one line prints it on every row)
# makes one lone reading a digit off it a likely misreading of it
REPEATED_READINGS = 3


def lone_reading_check(item: NumberCheck, bill: BillIndex) -> NumberCheck:
    """`item`, or a question for the eye when the typed number matched on the strength of one
    reading on a scan while a number one digit off it is read there again and again.

    OCR misreads a digit of a line it reads many times (a call detail of one line repeats it on
    every row) about as often as it reads any digit, so a single reading one digit off a
    repeated line is no proof of another line: it is most likely that line, misread. The
    pixels cannot tell, so the answer is the eye's, never a match (blind13: a call detail's
    '435-555-0151' read once as '...0191', another customer's typed line, called exact)."""
    if item.verdict != Verdict.EXACT or not bill.pages or any(
            index.page.source != "ocr" for index in bill.pages):
        return item
    readings = _readings(bill)
    counts = Counter(digits for digits, _ in readings)
    mine = item.number[2:]
    if counts[mine] != 1:
        return item
    lone = next(found.evidence for digits, found in readings if digits == mine)
    repeated = [(d, n) for d, n in counts.items() if n >= REPEATED_READINGS and _one_digit_off(
        mine, d) and any(_same_column(lone, found.evidence) for digits, found in readings
                         if digits == d)]
    if not repeated:
        return item
    digits = max(repeated, key=lambda dn: dn[1])[0]
    form = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return NumberCheck(item.number, Verdict.UNVERIFIABLE, f"read once on the scan, where "
                       f"{form}, one digit off it, is read {counts[digits]} times: most likely "
                       "that line misread; compare it by eye", item.evidence)
