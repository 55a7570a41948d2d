"""A holder's name read on a scan with a word at noise level, that word read surely in another
copy of the name on the same bill.

Bills print the holder's name more than once (the address block at the top, the payment stub's
block under it). OCR's doubt falls on different words in each copy: '.GQLDEN[0.07] GATE[0.96]
PLUMBING[0.93]' at the top, 'GOLDEN[0.96] GATE[0.96] PLUMBING:[0.80]' in the stub. The typed
value found whole in the first copy (its doubtful word read through OCR's confusions) is
confirmed when each doubtful word is the typed word read surely, letter for letter, in another
copy, beside the typed word that follows or precedes it there: two readings of one print by
different pixels, the sure one agreeing with the specialist. Never across words the copies read
as other words: a copy is only a witness for the words it reads as typed.
"""

from __future__ import annotations

from dataclasses import replace

from portdesk.bills.judge import overlap
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import Sighting
from portdesk.bills.reader import Word
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MIN_MATCH_READ


def read_in_another_copy(index: BillIndex, s: Sighting, typed: list[str]) -> Sighting:
    """`s` (a whole reading of the typed name), as sure as its words are in their surest copy."""
    from portdesk.bills.find import name_tokens

    e = s.evidence
    if s.read_conf >= MIN_MATCH_READ or not s.whole or len(typed) < 2 or not (
            0 < e.page <= len(index.pages)) or index.pages[e.page - 1].page.source != "ocr":
        return s
    words = _words_of(index, e)
    tokens = [name_tokens(w.text) for w in words]
    if len(words) != len(typed) or any(len(t) != 1 for t in tokens):
        return s  # the words cannot be told one for one
    confs = []
    for k, w in enumerate(words):
        if w.conf >= MIN_MATCH_READ:
            confs.append(w.conf)
            continue
        sure = _sure_elsewhere(index, e, typed, k)
        if sure is None:
            return s
        confs.append(sure)
    return replace(s, read_conf=max(s.read_conf, min(confs)))


def _words_of(index: BillIndex, e: Evidence) -> list[Word]:
    page = index.pages[e.page - 1]
    return [w for seg in page.segments for w in seg.words
            if overlap(Evidence(e.page, (w.x0, w.top, w.x1, w.bottom), w.text), e)]


def _sure_elsewhere(index: BillIndex, e: Evidence, typed: list[str], k: int) -> float | None:
    """The confidence of typed word `k` read surely, as typed, outside `e`, beside the typed word
    next to it in the name (so the word is in a copy of the name, not anywhere on the page)."""
    from portdesk.bills.find import name_tokens

    for page in index.pages:
        if page.page.source != "ocr":
            continue
        for seg in page.segments:
            ws = seg.words
            for i, w in enumerate(ws):
                if w.conf < MIN_MATCH_READ or name_tokens(w.text) != [typed[k]] or overlap(
                        Evidence(page.page.number, (w.x0, w.top, w.x1, w.bottom), w.text), e):
                    continue
                after = k + 1 < len(typed) and i + 1 < len(ws) and name_tokens(
                    ws[i + 1].text) == [typed[k + 1]]
                before = k > 0 and i > 0 and name_tokens(ws[i - 1].text) == [typed[k - 1]]
                if after or before:
                    return w.conf
    return None
