"""Which carrier sent the bill, recognised from what it prints about itself.

Signals, strongest first: the carrier's web domain (footer, "visit", e-mail), a line that is
nothing but a known carrier name (the wordmark, a logo's text), a legal or payable-to line naming
it, a mention anywhere. A carrier only mentioned (an "AT&T long distance" line on a Lumen bill)
cannot outvote the wordmark and the domain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from portdesk.bills.carriers import (
    WORDMARKS,
    Carrier,
    carrier_key,
    carriers_in_domains,
    carriers_named_in,
    inside_longer_name,
    same_family,
    trade_noun,
)
from portdesk.bills.context import Context, classify, names_a_former_provider
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.values import Evidence
from portdesk.bills.vocab import CARRIER_KIND_WORDS

_SIGNATURE_MARK = re.compile(r"\s+[·|•]\s+")


@dataclass
class Recognised:
    carrier: Carrier
    score: float
    evidence: Evidence
    printed: str


def recognise(index: BillIndex) -> list[Recognised]:
    """Known carriers the bill shows, best supported first."""
    cached = index.cache.get("carriers")
    if cached is not None:
        return cached  # type: ignore[return-value]
    found: dict[str, Recognised] = {}

    def add(carrier: Carrier, score: float, ev: Evidence, printed: str) -> None:
        got = found.get(carrier.key)
        if got is None:
            found[carrier.key] = Recognised(carrier, score, ev, printed)
            return
        if score > got.score:
            got.evidence, got.printed = ev, printed
        got.score += score * 0.5

    pages = index.pages[:2] + index.pages[-1:] if len(index.pages) > 2 else index.pages
    for number, page in enumerate(pages):
        for seg in page.segments:
            if names_a_former_provider(seg.text):
                continue  # 'Previous provider: X': the carrier the customer left
            ev, top = Evidence.of(seg), seg.top < page.page.height * 0.2 and number == 0
            for carrier in carriers_in_domains(seg.text):
                add(carrier, 3.0, ev, carrier.name)
            printed = seg.text.strip(" :,.")
            whole = carriers_named_in(seg.text, whole_line=True) or _spaced_out(seg.text)
            if not whole and (whole := _signature_head(seg.text)):
                printed = _SIGNATURE_MARK.split(seg.text, maxsplit=1)[0].strip(" ,")
            if not whole and top and (whole := _title_head(seg.text)):
                printed = _TITLE_MARK.split(seg.text, maxsplit=1)[0].strip(" ,")
            if not whole and page.page.source == "ocr" and (misread := misread_wordmark(
                    seg.text)) is not None:
                add(misread, 2.0 if top else 1.0, ev, seg.text.strip(" :,."))
            # a trade noun alone on its line ("Cablevision") in print no larger than the rest:
            # a word of a longer name wrapped or cut apart (a scan losing the words after it),
            # a mention; only set as the page's wordmark is it the carrier's own line
            weight = 1.0 if whole and trade_noun(seg.text) and not (
                number == 0 and _set_largest(seg, page)) else 3.0 if top else 2.0
            for carrier in whole:
                add(carrier, weight, ev, printed)
            named = [c for c in carriers_named_in(seg.text) if c not in whole
                     and not inside_longer_name(seg.text, c)]
            # "Remit to: 8x8, Inc., PO Box ...", "Services provided by ...": who is paid is who
            # bills; a mere mention elsewhere is weak
            weight = 2.0 if named and classify(seg.text) in (Context.REMIT,
                                                             Context.CARRIER) else 1.0
            for carrier in named:
                add(carrier, weight, ev, carrier.name)
    ranked = sorted(found.values(), key=lambda r: -r.score)
    index.cache["carriers"] = ranked
    return ranked


def _set_largest(seg: Segment, page: PageIndex) -> bool:
    """The line is set as large as anything in the top quarter of its page, and larger than
    its body text: the page's wordmark."""
    top = [s for s in page.segments if s.top <= page.page.height * 0.25]
    tallest = max((s.bottom - s.top for s in top), default=0.0)
    return seg.top <= page.page.height * 0.25 and seg.bottom - seg.top >= max(
        page.body_height * 1.25, tallest - 1.0)


def misread_wordmark(text: str) -> Carrier | None:
    """A scan's short line one letter off a known carrier name ('Tbayte', 'Toaytel' for
    Tbaytel): OCR drops or swaps a letter of a logo's large type. Only long, unambiguous names
    (a letter off a short one is another word) and only one carrier that close."""
    from rapidfuzz.distance import Levenshtein

    key = carrier_key(text)
    if not 5 <= len(key) <= 30 or len(key.split()) > 3:
        return None
    close = {c.key: c for alias, c in WORDMARKS.items()
             if abs(len(alias) - len(key)) <= 1 and Levenshtein.distance(alias, key, score_cutoff=1) <= 1
             and len(_own_letters(alias)) >= 5}
    return next(iter(close.values())) if len(close) == 1 else None


def _own_letters(key: str) -> str:
    """A carrier name's letters less its kind words ('XO Communications' -> 'xo'): one letter
    off a name is that name misread only where the letters that make it this carrier's are
    long enough; a speck read 'o' before 'Communications' is one letter from 'XO
    Communications', but the name's own part is half lost, and the line is any carrier's."""
    return "".join(w for w in key.split() if w not in CARRIER_KIND_WORDS)


def _spaced_out(text: str) -> list[Carrier]:
    """A wordmark whose letters OCR (or a logo's letter spacing) set apart ('E B OX', 'astou nd'):
    a short line that is a known carrier name once its spaces are taken out."""
    words = text.split()
    if not 2 <= len(words) <= 4 or any(len(w) > 6 for w in words):
        return []
    return carriers_named_in("".join(words), whole_line=True)


def _signature_head(text: str) -> list[Carrier]:
    """A letterhead or footer signature, "Name, Inc. · 100 Main St, Town": its head alone is a
    known carrier's whole name (the rest is its address), as good as a line of its own."""
    parts = _SIGNATURE_MARK.split(text, maxsplit=1)
    if len(parts) < 2 or not any(ch.isdigit() for ch in parts[1]):
        return []
    return carriers_named_in(parts[0].strip(" ,"), whole_line=True)


# "<Name> - Customer Service Record", "<Name> | Invoice": a name, a dash or bar, the document's
# kind; the title's last word says what the page is
_TITLE_MARK = re.compile(r"\s+[-–—|]\s+")
_TITLE_END = re.compile(r"(?i)\b(?:statement|invoice|bill|record|csr|facture|relev[ée])\W*$")


def _title_head(text: str) -> list[Carrier]:
    """The document's title line at the top of the first page, a known carrier's whole name
    before a dash and the document's kind after it: the name titles the document as its
    sender, as good as a line of its own."""
    parts = _TITLE_MARK.split(text, maxsplit=1)
    if len(parts) < 2 or not _TITLE_END.search(parts[1]) or any(c.isdigit() for c in parts[1]):
        return []
    return carriers_named_in(parts[0].strip(" ,"), whole_line=True)


def bill_carrier(index: BillIndex) -> Recognised | None:
    """The carrier that sent the bill, when the evidence is clear (a family well ahead)."""
    ranked = recognise(index)
    if not ranked or ranked[0].score < 2.0:
        return None
    top = ranked[0]
    rivals = [r for r in ranked[1:] if not same_family(r.carrier, top.carrier)]
    if rivals and rivals[0].score >= top.score * 0.6:
        return None
    return top
