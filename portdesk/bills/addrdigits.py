"""A scanned address's house number, unit or ZIP read one digit off the typed one.

OCR misreads one digit of a number without doubting its word much ('469' for a printed '409' at
0.93, its neighbours read at 0.92-0.96): the pixels cannot say which of the two is printed, so
such a reading is a question for the eye, never a mismatch (the address twin of the scans' BTN
rule, `scantyped.confusions_away`). It is a question only when the word holding the digit was
read short of sure and the two digits are a pair OCR confuses (0 and 6), or the word itself was
read with doubt; a digit read surely, or another pair read well, stays a mismatch. A text layer
is print, never misread.
"""

from __future__ import annotations

import re

from portdesk.bills.addrmatch import differences, placed, unit
from portdesk.bills.ocrdigits import CONFUSED_PAIRS
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.reader import Word
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MIN_MISMATCH_READ
from portdesk.domain.case import Address

SURE_DIGITS = 0.95  # a number word read at this OCR confidence or more is read surely
_PARTS = ("house number", "suite/unit", "ZIP")


def misread_digit(index: BillIndex, typed: Address, bill: Address,
                  evidence: Evidence | None) -> tuple[str, Word] | None:
    """(the part, the OCR word) when the scan's address differs from the typed one only by one
    digit of its house number, unit or ZIP, read as above; None otherwise."""
    if evidence is None or not 0 < evidence.page <= len(index.pages):
        return None
    page = index.pages[evidence.page - 1]
    parts = differences(typed, bill)
    if page.page.source != "ocr" or len(parts) != 1 or parts[0] not in _PARTS:
        return None
    mine, read = _part(placed(typed), parts[0]), _part(placed(bill), parts[0])
    diffs = [frozenset((a, b)) for a, b in zip(mine, read, strict=False) if a != b]
    if len(mine) != len(read) or len(diffs) != 1 or not read.isdigit() or not mine.isdigit():
        return None
    x0, top, x1, bottom = evidence.bbox
    words = [w for w in page.page.words if w.x0 < x1 and x0 < w.x1 and w.top < bottom
             and top < w.bottom and read in re.sub(r"\D", "", w.text)]
    if len(words) != 1:
        return None  # the digits in no word, or in several: not told which was misread
    word = words[0]
    if word.conf >= SURE_DIGITS or not (diffs[0] in CONFUSED_PAIRS or word.conf < MIN_MISMATCH_READ):
        return None
    return parts[0], word


def _part(a: Address, part: str) -> str:
    if part == "house number":
        m = re.match(r"\s*(\d+)", a.line1)
        return m.group(1) if m else ""
    if part == "suite/unit":
        return re.sub(r"\W", "", unit(a.line2)[1])
    return re.sub(r"\W", "", a.postal_code)[:5]


def differing_conf(index: BillIndex, typed: Address, bill: Address,
                   evidence: Evidence | None) -> float:
    """How surely the scan read the words of the bill's address that the typed one lacks (the ZIP
    '59224' at 0.96 against a typed 59229, while 'Ct' was read at 0.55): a mismatch rests on
    those, not on the words both agree on (the names' `scantyped.disagreeing_conf`). 0.0 when
    the two do not differ as places (house number, unit, street, city, state or ZIP), when the
    bill lacks a part the case has (a line the scan may have lost), or when a differing part's
    characters are in no OCR word as read (the reading repaired them)."""
    if evidence is None or not 0 < evidence.page <= len(index.pages):
        return 0.0
    page = index.pages[evidence.page - 1]
    if page.page.source != "ocr" or not differences(typed, bill):
        return 0.0
    mine = set(_tokens(placed(typed)))
    other = [t for t in _tokens(placed(bill)) if t not in mine]
    if not other or len(_tokens(placed(bill))) < len(mine):
        return 0.0
    x0, top, x1, bottom = evidence.bbox
    words = [w for w in page.page.words if w.x0 < x1 and x0 < w.x1 and w.top < bottom
             and top < w.bottom]
    confs = []
    for token in other:
        holding = [w.conf for w in words if token in _tokens_of(w.text)]
        if not holding:
            return 0.0
        confs.append(min(holding))
    return min(confs)


def _tokens(a: Address) -> list[str]:
    return _tokens_of(" ".join((a.line1, a.line2, a.city, a.state, a.postal_code)))


def _tokens_of(text: str) -> list[str]:
    return re.findall(r"[0-9A-Z]+", text.upper())
