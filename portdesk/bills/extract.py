"""Field extraction: every field's candidates, weighed into what the bill says, with evidence.

Labels and their values (labelvalues.py), unlabelled blocks (blocks.py: the carrier's wordmark,
the window envelope), addresses and numbers by their place (findaddr.py, findphones.py). Nothing
here knows a particular bill. Every candidate carries a score; candidates that disagree lower the
confidence, which the comparison reads as doubt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from portdesk.bills.accountonly import account_only
from portdesk.bills.addrmatch import street_key
from portdesk.bills.billedfor import as_billing_number, billed_for, heads_the_bill
from portdesk.bills.billingagent import is_the_agent
from portdesk.bills.blocks import bill_to_blocks, carrier_candidates, mailing_block_candidates
from portdesk.bills.carriers import name_key
from portdesk.bills.context import Context
from portdesk.bills.dateorder import bill_order, settle_order
from portdesk.bills.dates import parse_date
from portdesk.bills.errors import NotABill
from portdesk.bills.find import name_tokens
from portdesk.bills.findaccount import find_account
from portdesk.bills.findphones import (
    left_out_lines,
    number_sightings,
    one_number_caption,
    phone_index,
)
from portdesk.bills.headerdate import header_dates
from portdesk.bills.headerline import header_facts, segment
from portdesk.bills.holderlabels import in_a_users_role, without_911, without_payers
from portdesk.bills.issuer import issuer, issuer_signs
from portdesk.bills.issuername import same_issuer
from portdesk.bills.labelvalues import LabelPage, read_labels
from portdesk.bills.logos import logo_name
from portdesk.bills.mailheaders import mail_addressee, names_a_mailbox, sent_on
from portdesk.bills.masks import masked_with_full
from portdesk.bills.ocrtext import tidy_address, tidy_value
from portdesk.bills.openaddr import all_addresses
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.parse import parse_account_number
from portdesk.bills.placerank import inside_account, number_rank, primary
from portdesk.bills.reader import BillDocument
from portdesk.bills.recognise import bill_carrier
from portdesk.bills.senderblocks import payee, the_carriers_name, the_senders_out, without_senders
from portdesk.bills.sentences import sentence_values
from portdesk.bills.statements import latest_statement
from portdesk.bills.stubpayee import return_addresses
from portdesk.bills.values import Candidate, Evidence, choose
from portdesk.domain.case import Address

FIELDS = ("carrier", "account_name", "account_number", "statement_date", "service_address",
          "billing_address", "btn", "numbers")


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
    # where a value came from when not the page's text: {"carrier": "logo"} (a raster logo read
    # with OCR for `bill extract`; the check never takes such a value for a mismatch)
    read_from: dict[str, str] = field(default_factory=dict)
    # the account number is the customer number, the bill printing no account number of its own
    account_stand_in: bool = False
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

    def scan_with_a_bills_sign(self) -> bool:
        """A scan or photo whose OCR lost every account detail but read a sign of a bill (its
        statement date, a carrier, a holder or an address): answered, not refused, since what
        the pixels lost is unverifiable, and an error leaves the specialist nothing; a text
        layer without account details is the document's own (a letter stays refused)."""
        return self.source != "text" and any(
            v is not None for v in (self.statement_date, self.carrier, self.account_name,
                                    self.service_address, self.billing_address))


_SENTENCE_GOES_ON = re.compile(r"^(?:by|of|for|to|from|with|at|on|in)\s")


def with_logo_carrier(fields: BillFields) -> BillFields:
    """The carrier a raster logo draws, for a bill whose text layer names none (logos.py), marked
    as read from the logo; any other bill is returned as it is."""
    if fields.carrier is not None or fields.index is None or fields.source != "text":
        return fields
    found = logo_name(fields.index)
    if found is None:
        return fields
    name, evidence = found
    return replace(fields, carrier=name, evidence={**fields.evidence, "carrier": evidence},
                   confidence={**fields.confidence, "carrier": 0.5},
                   read_from={**fields.read_from, "carrier": "logo"})


def extract_fields(doc: BillDocument, *, require_account: bool = True) -> BillFields:
    """Read every field; raises NotABill when nothing on the document identifies an account."""
    cands: dict[str, list[Candidate]] = {f: [] for f in FIELDS}
    numbers: dict[str, Evidence] = {}
    masked: list[str] = []
    btn_text: list[Candidate] = []
    pages: dict[int, LabelPage] = {}
    bill_index = BillIndex.of(doc)
    for page, page_index in zip(doc.pages, bill_index.pages, strict=True):
        pages[page.number] = read_labels(page_index.segments, cands, numbers, masked, btn_text,
                                         page.source)
    if len(doc.pages) > 1 and (
            latest := latest_statement(doc, cands["statement_date"], cands["account_number"])):
        return extract_fields(latest, require_account=require_account)  # statements.py
    # "Service provided by X": a label's words running on into a sentence ("by X") answer no
    # label; the sentence names its provider (issuer.py), never "by X" as a name
    cands["carrier"] = [c for c in cands["carrier"] if not _SENTENCE_GOES_ON.match(str(c.value))]
    if doc.pages and (first := pages.get(doc.pages[0].number)) is not None:
        page1 = doc.pages[0]
        cands["carrier"].extend(carrier_candidates(page1, first.segments, first.is_label))
        known = bill_carrier(bill_index)
        marks = frozenset(name_key(str(c.value)) for c in cands["carrier"])
        blocks = list(mailing_block_candidates(page1, first.segments, first.is_label,
                                               known.carrier if known else None, marks))
        kept = blocks if known else without_senders(bill_index, blocks)
        for kind, cand in the_senders_out(bill_index, kept, cands["carrier"]):
            cands[kind].append(cand)
        cands["billing_address"].extend(bill_to_blocks(page1, first.segments, first.is_label))
    _header_lines(bill_index, cands)
    cands["carrier"] = [c for c in cands["carrier"] if not names_a_mailbox(str(c.value))]
    if (sent := sent_on(bill_index)) is not None:
        cands["statement_date"] = [c for c in cands["statement_date"]
                                   if c.evidence is None or not _within(c.evidence, sent)]
    cands["_header_date"] = header_dates(bill_index)  # a scan's date whose label OCR lost
    for name, cand in sentence_values(bill_index):  # "Your invoice for Acme LLC is ready."
        cands[name].append(cand)
    # a printed bill e-mail's To line, once every other sighting of the holder is in
    if (addressee := mail_addressee(bill_index, cands["account_name"])) is not None:
        cands["account_name"].append(addressee)
    _addresses_by_place(bill_index, cands)
    _btn_by_place(bill_index, cands)
    cands["service_address"] = without_911(cands["service_address"])
    cands["account_number"] = [c for c in cands["account_number"]
                               if not _a_specimen(bill_index, c)]
    hidden = masked_with_full([str(c.value) for c in cands["account_number"]])
    cands["account_number"] = [c for c in cands["account_number"] if str(c.value) not in hidden]
    # a user's role first: a 'Service for' answered by an authorised user names no holder
    cands["account_name"] = [c for c in without_payers(
                                 [c for c in cands["account_name"] if not in_a_users_role(c)])
                             if not the_carriers_name(str(c.value), bill_index)
                             and not payee(bill_index, c, cands["carrier"])
                             and not is_the_agent(str(c.value), bill_index)
                             and str(c.value).strip(" ,").casefold()
                             not in return_addresses(bill_index)]
    return _assemble(doc, cands, numbers, masked, btn_text, require_account, bill_index)


def _within(a: Evidence, b: Evidence) -> bool:
    """Evidence `a` lies on the line of `b` (same page, its box inside b's rows)."""
    return a.page == b.page and a.bbox[1] >= b.bbox[1] - 1 and a.bbox[3] <= b.bbox[3] + 1


def _a_specimen(bill: BillIndex, cand: Candidate) -> bool:
    """An account number printed under a 'How to read your bill (sample)' heading: the made-up
    customer's of the carrier's panel, whatever label it has on its line (placerank)."""
    from portdesk.bills.judge import overlap
    from portdesk.bills.placerank import primary_place

    if cand.evidence is None:
        return False
    return any(overlap(f.evidence, cand.evidence) and primary_place(f.places).context
               == Context.HELP for f in find_account(bill, str(cand.value)))


def _issuer(bill: BillIndex, wordmark: Candidate | None,
            holder: Candidate | None) -> Candidate | None:
    """A carrier nobody listed: the name its payable-to, remit-to, legal and thank-you lines
    and its domain agree on (issuer.py) over a large line at the top that none of them backs."""
    signs = issuer_signs(bill)
    found = issuer(signs, str(wordmark.value) if wordmark else None)
    if found is None:
        return wordmark
    name, evidence, support = found
    if holder is not None and same_issuer(str(holder.value), name):
        return wordmark  # the customer's own company line and e-mail domain
    if any(s.kind == "behalf" and same_issuer(s.name, name) for s in signs):
        # "billed on behalf of X by Y": the page says whose service it bills; the agent's
        # name at the top and on the payable line is who collects, not the carrier
        return Candidate(name, evidence, min(0.9, 0.3 + 0.12 * support))
    if wordmark is not None and (same_issuer(str(wordmark.value), name) or support < 3.5) and (
            name_key(name) not in name_key(str(wordmark.value))) and not (
                support >= 2.0 and _short_form(str(wordmark.value), name)):
        return wordmark  # "by Prairie Fiber, Inc., SD"
    return Candidate(name, evidence, min(0.9, 0.3 + 0.12 * support))


def _short_form(mark: str, name: str) -> bool:
    """The wordmark's words end the name the payee line signs, after a particle ('St-Victor' of
    'La Compagnie de Téléphone de St-Victor', 'X' of 'Telephone Company of X'): a name whose
    own words come last, the kind of company before them; the mark is its short form, the
    whole name the carrier's. A mark that starts the name ('Brindle' of 'Brindle Networks inc.')
    is the brand the name's kind words follow, kept as read."""
    short, whole = name_key(mark).split(), name_key(name).split()
    return 0 < len(short) < len(whole) - 1 and whole[-len(short):] == short and (
        whole[-len(short) - 1] in _PARTICLES)


_PARTICLES = frozenset({"de", "du", "des", "of", "d", "la", "le", "l", "del"})


def _header_lines(bill: BillIndex, cands: dict[str, list[Candidate]]) -> None:
    """"Name   7730-2201-948   Oct 2, 2026": a header line's facts known by their kinds alone
    (headerline.py), weighed under any labelled value; the name too weak to say a mismatch."""
    for index in bill.pages:
        for head in header_facts(index):
            name = segment(head.name)
            cands["account_name"].append(Candidate(name.text, Evidence.of(name), 0.45 * name.conf))
            if head.labelled or head.date is None:
                continue  # the labelled account is read by its label
            account, day = segment(head.account), segment(head.date)
            if (number := parse_account_number(account.text)) is not None and not any(
                    f.places[:1] and f.places[0].context == Context.OTHER_ID
                    for f in find_account(bill, number)):  # "Invoice No." names it elsewhere
                cands["account_number"].append(
                    Candidate(number, Evidence.of(account), 0.55 * account.conf))
            if (when := parse_date(day.text)) is not None:
                cands["statement_date"].append(Candidate(when, Evidence.of(day), 0.5 * day.conf))


def _addresses_by_place(bill: BillIndex, cands: dict[str, list[Candidate]]) -> None:
    """Addresses found by their shape (a City-ST-ZIP line and the street above it, or one line),
    judged by their place: under a service heading or column it is the service address."""
    holders = [name_tokens(str(c.value)) for c in cands["account_name"]]
    for found in all_addresses(bill):
        ctx, label = primary(found.places, "service_address")
        # a post-office box is where mail goes, never where a line is installed
        if street_key(found.address.line1)[:1] == ("POBOX",):
            continue
        if ctx == Context.SERVICE and not (found.places[0].relation == "block" and name_tokens(
                label) in holders):  # "Harbor Installation" over its address: a name
            cands["service_address"].append(
                Candidate(found.address, found.evidence, 0.9 * found.read_conf))


def _btn_by_place(bill: BillIndex, cands: dict[str, list[Candidate]]) -> None:
    """Numbers the page index places as the billing number by their own label or column
    (find._the_accounts_number: "Telephone Number 502-555-0141" in the account's header), by
    their row's description right after them ("Main / Billing Number", lineplace.py), or
    by a singular caption right over the one value in the account's stack of captions."""
    head = billed_for(bill)  # "Summary for (508) 555-0142" heading the one number's bill
    for e164, found in phone_index(bill).items():
        for f in found:
            if e164 == head and heads_the_bill(f):
                f = as_billing_number(f)
            if f.places and f.places[0].context == Context.BTN and f.whole and (
                    f.places[0].relation in ("line", "column", "right") or (
                        f.places[0].relation == "block" and one_number_caption(f.places[0].label))):
                cands["btn"].append(Candidate(e164, f.evidence, 0.8 * f.read_conf))


def _assemble(doc: BillDocument, cands: dict[str, list[Candidate]], numbers: dict[str, Evidence],
              masked: list[str], btn_text: list[Candidate], require_account: bool,
              bill_index: BillIndex) -> BillFields:
    chosen = {f: choose(cands[f]) for f in FIELDS if f != "numbers"}
    if (same := choose(cands.get("_billing_is_service", []))) is not None and (
            service := chosen["service_address"]) is not None and chosen["billing_address"] is None:
        # "Mailing address: Same as service address": the page says the mail goes there
        chosen["billing_address"] = Candidate(service.value, same.evidence,
                                              min(service.score, same.score))
    stand_ins = _fallbacks(chosen, cands)
    texts = [s.text for p in bill_index.pages for s in p.segments]
    order = bill_order(texts, [_val(chosen["service_address"]), _val(chosen["billing_address"])])
    chosen["statement_date"] = settle_order(chosen["statement_date"], order, texts)
    known = bill_carrier(bill_index)
    if known is not None:  # a wordmark "cox" is Cox Communications: name the carrier it is
        chosen["carrier"] = Candidate(known.carrier.name, known.evidence, 0.95)
    else:
        chosen["carrier"] = _issuer(bill_index, chosen["carrier"], chosen["account_name"])
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
        account_stand_in="account_number" in stand_ins,
        pages_read=len(doc.pages),
        page_count=doc.page_count,
        index=bill_index,
    )
    if require_account and not fields.looks_like_a_bill() and not fields.scan_with_a_bills_sign():
        raise NotABill(f"{doc.path.name}: no account details found (no account number, billing "
                       "number or phone numbers); is this the customer's bill?")
    return fields


# a field the bill gives no label of its own, read from a label that stands for it on such a
# bill: the first day of the billing period for the bill's date, the customer number for the
# account number (many carriers number the customer, not an account); on a scan, the lone date
# at the head of page 1 whose label OCR lost (headerdate.py)
_FALLBACK = (("statement_date", "_period", 0.8), ("statement_date", "_header_date", 0.8),
             ("account_number", "_customer_id", 0.9))


def _fallbacks(chosen: dict[str, Candidate | None], cands: dict[str, list[Candidate]]) -> set[str]:
    """The fields read from a stand-in label."""
    used = set()
    for fld, stand_in, weight in _FALLBACK:
        if chosen[fld] is None and (got := choose(cands.get(stand_in, []))) is not None:
            chosen[fld] = replace(got, score=got.score * weight)
            used.add(fld)
    return used


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
        sightings = number_sightings(e164, found)
        best, chosen = number_rank(e164, sightings)
        if best >= 1 and chosen is not None and not inside_account(chosen) and (
                account_only(e164, sightings, bill, phones) is None):
            out[e164] = listed.get(e164, chosen.evidence)
    left = left_out_lines(bill)
    for e164, ev in listed.items():
        if e164 not in phones and e164 not in left:
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
