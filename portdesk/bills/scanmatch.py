"""How a scan's reading of a value is weighed against the typed value (OCR's own habits).

On a page read by OCR the characters are evidence, not print: spaces come and go, specks become
colons and stars, and Tesseract's word confidence is low on long runs of digits it read right.
These rules say when such a reading still is the bill's value, and never make a digit another.
"""

from __future__ import annotations

import re
from dataclasses import replace

from portdesk.bills.context import Context
from portdesk.bills.judge import Extracted, Sighting, overlap, read_twice
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MIN_MISMATCH_READ


def read_twice_on_bill(ext: Extracted, readings: list[Sighting]) -> Extracted:
    """The bill's own value, read the same way in two places of a scan: sure enough to tell the
    specialist it differs (two identical misreadings are not what OCR does)."""
    if ext.read_conf >= MIN_MISMATCH_READ or ext.evidence is None or len(readings) < 2:
        return ext
    first = Sighting(ext.shown, ext.evidence, Context.NONE, "", ext.read_conf)
    if not read_twice(first, readings) or not any(overlap(r.evidence, ext.evidence)
                                                   for r in readings):
        return ext
    return replace(ext, read_conf=MIN_MISMATCH_READ)


def on_scan(index: BillIndex, evidence: Evidence | None) -> bool:
    return evidence is not None and 0 < evidence.page <= len(index.pages) and (
        index.pages[evidence.page - 1].page.source == "ocr")


def as_printed(index: BillIndex, s: Sighting, typed: str, read: str | None = None) -> bool:
    """On a scan, the typed value as printed but for what OCR does to spaces and marks: a space
    lost or added ('6750' for '675 0'), a colon, degree sign, star or bar read from a speck ('HWY:',
    '731°7'), a dot read for a gap ('Suite.9A', 'Denver.,'). The pixels cannot say more, so that
    is the bill's form, not another way of writing it; a dot or a dash that ends a word ('Inc.')
    or replaces a space is still a difference."""
    if not on_scan(index, s.evidence):
        return False
    text = _OCR_MARKS.sub(" ", read if read is not None else s.form)
    text = _DOT_GAP.sub(" ", text).replace(".,", ",")
    return "".join(text.split()) == "".join(typed.split())


_OCR_MARKS = re.compile(r"[:°|*]")
_DOT_GAP = re.compile(r"\.(?=[^\s,.])")
