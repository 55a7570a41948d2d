"""A scan's number beside a label OCR could not read: its context is unknown, never a line.

A text bill says what each number is in so many words ('Customer care: 1-845-305-1800'); a
scan may garble those words past any vocabulary ('Cham khdch, hang: 1-845-305-1800'), and the
number is then found with no place at all. A number printed with no label is often a line
(a bare list), but one printed right after words ending in a colon is labelled: the label says
what it is, and the scan lost what it says. It may be the carrier's help line as well as one of
the customer's lines, so it confirms nothing: "unverifiable", with the line as evidence, never
"exact". Only on an OCR page: a text layer's unplaced label is read as printed.
"""

from __future__ import annotations

import re

from portdesk.bills.context import Context
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import Sighting

# the words before the number end as a label does ('...hang:', 'Account Services -')
_LABEL_END = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.,]*\s*[:\-–]\s*$")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
# a label that names a phone number itself ('Telephone:', 'Mobile no.:') was read, not garbled
_PHONE_WORD = re.compile(r"(?i)\b(?:tel|t[eé]l[eé]phone|phone|mobile|cell|number|no|num[eé]ro|"
                         r"line|ligne|wtn|btn|tn)\W*$")


def unread_label(index: BillIndex, s: Sighting) -> str | None:
    """The words right before the number on its scanned line, when they end in a colon (or a
    dash) after a word and say nothing the vocabularies know: a label OCR garbled."""
    e = s.evidence
    if s.context != Context.NONE or s.label or not 0 < e.page <= len(index.pages):
        return None
    page = index.pages[e.page - 1]
    if page.page.source != "ocr":
        return None
    middle = (e.bbox[1] + e.bbox[3]) / 2
    before = [w for seg in page.segments if seg.top <= middle <= seg.bottom
              for w in seg.words if w.x1 <= e.bbox[0] + 1]
    text = " ".join(w.text for w in sorted(before, key=lambda w: w.x0))
    if not before or not _LABEL_END.search(text) or not _WORD.search(text):
        return None
    if page.kind(text.rstrip(" :-–")) != Context.NONE or _PHONE_WORD.search(text):
        return None  # a label the scan did read is judged by its place, not here
    return text.strip()


def unread_labels(index: BillIndex, sightings: list[Sighting]) -> str | None:
    """The garbled label of the number, when every sighting that prints it at all (a line or in
    passing) stands after one: nothing on the scan says the number is a line."""
    labels = [unread_label(index, s) for s in sightings]
    return labels[0] if labels and all(labels) else None
