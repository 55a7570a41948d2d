"""Field extraction: find the labels, take the value right of or below them, keep the evidence.

Nothing here knows a particular bill. Labels come from vocabularies (vocab.py), values from the
geometry (layout.py) and typed parsers (parse.py). Every candidate carries a score; candidates that
disagree lower the confidence, which the comparison reads as doubt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from portdesk.bills.blocks import carrier_candidates, mailing_block_candidates, wraps
from portdesk.bills.context import Context, is_labelish
from portdesk.bills.errors import NotABill
from portdesk.bills.find import number_sightings, phone_index
from portdesk.bills.findaddr import all_addresses
from portdesk.bills.judge import inside_account, number_rank, primary
from portdesk.bills.layout import (
    LabelHit,
    LabelMatcher,
    Segment,
    below,
    same_line_right,
)
from portdesk.bills.ocrdates import scanned_date
from portdesk.bills.ocrtext import tidy_address, tidy_value
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.parse import (
    clean_name,
    masked_phones_in,
    parse_account_number,
    parse_date,
    phones_in,
)
from portdesk.bills.reader import BillDocument
from portdesk.bills.recognise import bill_carrier
from portdesk.bills.values import Candidate, Evidence, address_from, choose
from portdesk.bills.vocab import VOCAB
from portdesk.domain.case import Address

FIELDS = ("carrier", "account_name", "account_number", "statement_date", "service_address",
          "billing_address", "btn", "numbers")
_MATCHER = LabelMatcher(VOCAB)


@dataclass(frozen=True, slots=True)
class BillFields:
    """What the bill says, with where it says it. None (or empty) means not found."""

    carrier: str | None = None
    account_name: str | None = None
    account_number: str | None = None
    statement_date: date | None = None
    service_address: Address | None = None
    billing_address: Address | None = None
    btn: str | None = None
    btn_text: str | None = None  # as printed, e.g. masked "(212) ***-0142"
    numbers: tuple[str, ...] = ()
    masked_numbers: tuple[str, ...] = ()
    source: str = "text"
    evidence: dict[str, Evidence] = field(default_factory=dict)
    number_evidence: dict[str, Evidence] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    # how sure OCR was of the value's own words (lowest word confidence); absent = a text layer
    read_confidence: dict[str, float] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    pages_read: int = 0
    page_count: int = 0
    # the pages' structure, kept for the case-first check (not part of any output)
    index: BillIndex | None = field(default=None, compare=False, repr=False)

    def has_account_details(self) -> bool:
        return bool(self.account_number or self.btn or self.btn_text or self.numbers)

    def looks_like_a_bill(self) -> bool:
        """Account details, or a bill's first page that prints them on later ones (a scan of
        page 1 only): a carrier, with the account holder or the service address it names."""
        return self.has_account_details() or (self.carrier is not None and (
            self.account_name is not None or self.service_address is not None))


@dataclass
class _Page:
    segments: list[Segment]
    hits: dict[int, LabelHit]  # id(segment) -> label

    def is_label(self, seg: Segment) -> bool:
        return id(seg) in self.hits


def _values(hit: LabelHit, page: _Page) -> Iterator[tuple[Segment, float]]:
    """Where a label's value may be: after it on the segment, right of it, under it."""
    for seg, weight in _places(hit, page):
        kept = seg.trimmed()
        if kept is not None:
            yield kept, weight


def _places(hit: LabelHit, page: _Page) -> Iterator[tuple[Segment, float]]:
    tail = hit.segment.tail(hit.size)
    head = hit.segment
    if tail is not None:
        yield tail, 1.0
        if not is_labelish(tail):
            return  # else "Invoice Date Terms": header cells run together, the value under them
        head = Segment(head.page, head.words[:hit.size], head.line)  # under its own words
    right = same_line_right(hit.segment, page.segments)
    if right is not None and not page.is_label(right) and right.x0 - hit.segment.x1 < 260:
        yield right, 0.97
    if _BARE_DATE.match(hit.segment.text):
        return  # "Date" alone labels the value beside it; under it is a column of call dates
    under = below(head, page.segments)
    if under is not None and not page.is_label(under):
        yield under, 0.92


_BARE_DATE = re.compile(r"(?i)^\W*date\W*$")


def _first(hit: LabelHit, page: _Page, parse: Callable[[str], Any]) -> tuple[Any, Segment,
                                                                           float] | None:
    for seg, weight in _values(hit, page):
        value = parse(seg.text)
        if value is not None:
            return value, seg, weight
    return None


def _candidate(value: Any, hit: LabelHit, seg: Segment, weight: float) -> Candidate:
    score = weight * hit.ratio / 100 * seg.conf
    return Candidate(value, Evidence.of(seg, hit.segment), score)


def _continuation(start: Segment, page: _Page, limit: int = 4) -> list[Segment]:
    """Lines under `start` in its column, while they are close and not another label."""
    out = [start]
    current = start
    while len(out) < limit:
        nxt = below(current, page.segments, max_lines=1.9, align=6.0)
        if nxt is None or page.is_label(nxt) or abs(nxt.x0 - start.x0) > 6:
            break
        out.append(nxt)
        current = nxt
    return out


def _address(hit: LabelHit, page: _Page) -> Candidate | None:
    for seg, weight in _values(hit, page):
        found = address_from(_continuation(seg, page))
        if found is not None:
            address, used = found
            return Candidate(address, Evidence.of(*used, hit.segment),
                             weight * hit.ratio / 100 * min(s.conf for s in used))
    return None


def _name_block(hit: LabelHit, page: _Page, cands: dict[str, list[Candidate]]) -> None:
    """'Bill To:' style: the name, then the mailing address under it."""
    got = _first(hit, page, clean_name)
    if got is None:
        return
    name, seg, weight = got
    nxt = below(seg, page.segments, max_lines=1.9, align=6.0)
    if nxt is not None and not page.is_label(nxt) and wraps(name, nxt.text):
        name, seg, nxt = f"{name} {nxt.text.strip()}", Segment(seg.page, seg.words + nxt.words,
                                                               seg.line), below(
            nxt, page.segments, max_lines=1.9, align=6.0)
    cands["account_name"].append(_candidate(name, hit, seg, weight))
    if nxt is not None and not page.is_label(nxt):
        found = address_from(_continuation(nxt, page))
        if found is not None:
            address, used = found
            cands["billing_address"].append(Candidate(address, Evidence.of(*used), 0.85))


def _numbers(hit: LabelHit, page: _Page, found: dict[str, Evidence], masked: list[str]) -> None:
    """Phone numbers in the section under a numbers heading, until the section ends."""
    head = hit.segment
    rows: list[Segment] = []
    tail = head.tail(hit.size)
    right = same_line_right(head, page.segments)
    if tail is not None:
        rows.append(tail)
    elif right is not None and not page.is_label(right):
        rows.append(right)
    by_line: dict[int, list[Segment]] = {}
    for seg in page.segments:
        if seg.line > head.line and seg.x0 >= head.x0 - 10 and seg.x0 < head.x0 + 420:
            by_line.setdefault(seg.line, []).append(seg)
    last_bottom, misses = head.bottom, 0
    for line in sorted(by_line):
        segs = by_line[line]
        top = min(s.top for s in segs)
        if top - last_bottom > max(head.height, 6.0) * 3.2:
            break
        labelled = [s for s in segs if page.is_label(s)]
        with_phone = [s for s in segs if not page.is_label(s)
                      and (phones_in(s.text) or masked_phones_in(s.text))]
        if not with_phone:
            if labelled:
                break  # the next section (or a "pay by phone" line) starts here
            misses += 1
            if misses >= 2:
                break
            continue
        misses, last_bottom = 0, max(s.bottom for s in segs)
        rows.extend(with_phone)
    for seg in rows:
        for e164, _ in phones_in(seg.text):
            found.setdefault(e164, Evidence.of(seg))
        masked.extend(m for m in masked_phones_in(seg.text) if m not in masked)


_SIMPLE: dict[str, Callable[[str], Any]] = {
    "account_number": parse_account_number,
    "statement_date": parse_date,
}


def _btn(text: str) -> tuple[str | None, str] | None:
    phones = phones_in(text)
    if phones:
        return phones[0][0], phones[0][1]
    masked = masked_phones_in(text)
    return (None, masked[0]) if masked else None


def extract_fields(doc: BillDocument, *, require_account: bool = True) -> BillFields:
    """Read every field; raises NotABill when nothing on the document identifies an account."""
    cands: dict[str, list[Candidate]] = {f: [] for f in FIELDS}
    numbers: dict[str, Evidence] = {}
    masked: list[str] = []
    btn_text: list[Candidate] = []
    pages: dict[int, _Page] = {}
    bill_index = BillIndex.of(doc)
    for page, page_index in zip(doc.pages, bill_index.pages, strict=True):
        segs = page_index.segments
        hits = {id(s): h for s in segs if (h := _MATCHER.match(s)) is not None}
        pages[page.number] = ctx = _Page(segs, hits)
        for hit in hits.values():
            fld = hit.field
            parse = scanned_date if fld == "statement_date" and page.source == "ocr" else (
                _SIMPLE.get(fld))
            if parse is not None and (got := _first(hit, ctx, parse)) is not None:
                cands[fld].append(_candidate(got[0], hit, got[1], got[2]))
            elif fld == "account_name":
                _name_block(hit, ctx, cands)
            elif fld == "btn" and (got := _first(hit, ctx, _btn)) is not None:
                (e164, printed), seg, weight = got
                btn_text.append(_candidate(printed, hit, seg, weight))
                if e164:
                    cands["btn"].append(_candidate(e164, hit, seg, weight))
            elif fld in ("service_address", "billing_address"):
                if (cand := _address(hit, ctx)) is not None:
                    cands[fld].append(cand)
            elif fld == "numbers":
                _numbers(hit, ctx, numbers, masked)
            elif fld == "carrier" and (got := _first(hit, ctx, clean_name)) is not None:
                cands["carrier"].append(_candidate(got[0], hit, got[1], got[2] * 0.85))
    if doc.pages and (first := pages.get(doc.pages[0].number)) is not None:
        page1 = doc.pages[0]
        cands["carrier"].extend(carrier_candidates(page1, first.segments, first.is_label))
        known = bill_carrier(bill_index)
        for kind, cand in mailing_block_candidates(page1, first.segments, first.is_label,
                                                   known.carrier if known else None):
            cands[kind].append(cand)
    _addresses_by_place(bill_index, cands)
    _btn_by_place(bill_index, cands)
    return _assemble(doc, cands, numbers, masked, btn_text, require_account, bill_index)


def _addresses_by_place(bill: BillIndex, cands: dict[str, list[Candidate]]) -> None:
    """Addresses found by their shape (a City-ST-ZIP line and the street above it, or one line),
    judged by their place: under a service heading or column it is the service address."""
    for found in all_addresses(bill):
        ctx, _ = primary(found.places, "service_address")
        if ctx == Context.SERVICE:
            cands["service_address"].append(
                Candidate(found.address, found.evidence, 0.9 * found.read_conf))


def _btn_by_place(bill: BillIndex, cands: dict[str, list[Candidate]]) -> None:
    """Numbers the page index places as the billing number by their own label or column
    (find._the_accounts_number: "Telephone Number 502-555-0141" in the account's header)."""
    for e164, found in phone_index(bill).items():
        for f in found:
            if f.places and f.places[0].context == Context.BTN and f.whole and (
                    f.places[0].relation in ("line", "column")):
                cands["btn"].append(Candidate(e164, f.evidence, 0.8 * f.read_conf))


def _assemble(doc: BillDocument, cands: dict[str, list[Candidate]], numbers: dict[str, Evidence],
              masked: list[str], btn_text: list[Candidate], require_account: bool,
              bill_index: BillIndex) -> BillFields:
    chosen = {f: choose(cands[f]) for f in FIELDS if f != "numbers"}
    known = bill_carrier(bill_index)
    if known is not None:  # a wordmark "cox" is Cox Communications: name the carrier it is
        chosen["carrier"] = Candidate(known.carrier.name, known.evidence, 0.95)
    _tidy_scanned(doc, chosen)
    evidence = {f: c.evidence for f, c in chosen.items() if c is not None}
    confidence = {f: round(c.score, 3) for f, c in chosen.items() if c is not None}
    btn = chosen["btn"]
    numbers = account_lines(numbers, bill_index)
    if btn is not None:
        numbers.setdefault(btn.value, btn.evidence)
    if numbers:
        evidence["numbers"] = next(iter(numbers.values()))
        confidence["numbers"] = 0.9
    printed = choose(btn_text)
    read_conf = {f: r for f, ev in evidence.items() if (r := _read_conf(doc, ev)) < 1.0}
    fields = BillFields(
        carrier=_val(chosen["carrier"]),
        account_name=_val(chosen["account_name"]),
        account_number=_val(chosen["account_number"]),
        statement_date=_val(chosen["statement_date"]),
        service_address=_val(chosen["service_address"]),
        billing_address=_val(chosen["billing_address"]),
        btn=_val(btn),
        btn_text=_val(printed),
        numbers=tuple(numbers),
        masked_numbers=tuple(masked),
        source=doc.source,
        evidence=evidence,
        number_evidence=dict(numbers),
        confidence=confidence,
        read_confidence=read_conf,
        notices=doc.notices,
        pages_read=len(doc.pages),
        page_count=doc.page_count,
        index=bill_index,
    )
    if require_account and not fields.looks_like_a_bill():
        raise NotABill(f"{doc.path.name}: no account details found (no account number, billing "
                       "number or phone numbers); is this the customer's bill?")
    return fields


def _tidy_scanned(doc: BillDocument, chosen: dict[str, Candidate | None]) -> None:
    """A name or an address read by OCR without the marks OCR adds to it (ocrtext.py)."""
    for name, tidy in (("account_name", tidy_value), ("service_address", tidy_address),
                       ("billing_address", tidy_address)):
        cand = chosen.get(name)
        page = None if cand is None else next(
            (p for p in doc.pages if p.number == cand.evidence.page), None)
        if cand is not None and page is not None and page.source == "ocr":
            chosen[name] = replace(cand, value=tidy(cand.value))


def account_lines(listed: dict[str, Evidence], bill: BillIndex) -> dict[str, Evidence]:
    """The account's own numbers, by the same rule the check uses (judge.number_rank): printed
    where the bill lists its lines, or in passing but never also as a dialed number or a help
    line. A number under a numbers label that the page index cannot place is kept as listed."""
    phones = phone_index(bill)
    out: dict[str, Evidence] = {}
    for e164, found in phones.items():
        best, chosen = number_rank(e164, number_sightings(e164, found))
        if best >= 1 and chosen is not None and not inside_account(chosen):
            out[e164] = listed.get(e164, chosen.evidence)
    for e164, ev in listed.items():
        if e164 not in phones:
            out[e164] = ev
    return out


def _read_conf(doc: BillDocument, evidence: Evidence) -> float:
    """The lowest OCR confidence among the words inside the value's box (1.0 for text pages)."""
    page = next((p for p in doc.pages if p.number == evidence.page), None)
    if page is None or page.source != "ocr":
        return 1.0
    x0, top, x1, bottom = evidence.bbox
    confs = [w.conf for w in page.words
             if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= (w.top + w.bottom) / 2
             <= bottom + 1]
    return round(min(confs), 3) if confs else 1.0


def _val(cand: Candidate | None) -> Any:
    return None if cand is None else cand.value
