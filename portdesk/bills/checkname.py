"""The account holder's name, case first: the typed name searched on the whole bill and judged
by its place (split from casecheck.py).

A name heading an address block is the customer's whatever words it holds; on a scan, a name
that OCR garbled into the lines or the call detail is judged by the address block it heads.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from portdesk.bills.blocks import ATTENTION
from portdesk.bills.context import Context, is_label_phrase
from portdesk.bills.extract import BillFields
from portdesk.bills.find import find_name, legal_part, name_tokens, near_on_scan
from portdesk.bills.findbase import Found
from portdesk.bills.holderlabels import HOLDER_LABEL, PAID_BY, PAYER_LABEL, named_as_payer
from portdesk.bills.judge import Extracted, extracted, judge, nothing_typed, overlap
from portdesk.bills.layout import Segment
from portdesk.bills.namecopies import read_in_another_copy
from portdesk.bills.ocrdigits import CONFUSED_READ, alike
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import DIRECT, Sighting, primary_place
from portdesk.bills.scanmatch import (
    as_printed,
    letter_misread,
    on_scan,
    part_of,
    read_twice_on_bill,
    rest_on_line,
)
from portdesk.bills.scantyped import disagreeing_conf, misread_of_typed
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MATCHES, MIN_MISMATCH_READ, FieldCheck, Verdict
from portdesk.domain.case import PortCase


def sighting(found: Found, value: Any = None, field: str = "") -> Sighting:
    place = primary_place(found.places, field)
    return Sighting(found.form, found.evidence, place.context, place.label, found.read_conf,
                    found.whole, value, place.relation in DIRECT, place.relation)


def _plain(text: str) -> str:
    return " ".join(text.split())


def check_name(case: PortCase, fields: BillFields, index: BillIndex) -> FieldCheck:
    typed = case.account_name.strip()
    if not typed:
        return nothing_typed("account_name", fields.account_name)
    sightings = [read_in_another_copy(index, _name_place(index, f), name_tokens(typed))
                 for f in find_name(index, typed)]
    if _names_the_sender(typed, fields, index):
        sightings = [replace(s, context=Context.CARRIER) for s in sightings]
    ext = extracted(fields, "account_name", fields.account_name, fields.account_name)
    if ext is not None:
        ext = read_twice_on_bill(ext, [sighting(f) for f in find_name(index, ext.shown)])
        if on_scan(index, ext.evidence) and ext.read_conf < MIN_MISMATCH_READ and (
                sure := disagreeing_conf(index, ext.evidence, name_tokens(typed))) >= 0.9:
            ext = replace(ext, read_conf=sure)  # the words that differ were read surely
        if on_scan(index, ext.evidence) and any(
                alike(name_tokens(typed), name_tokens(read)) for read in as_letters(ext.shown)):
            # the name under its label, read with a letter OCR confuses ('SCHMIOT')
            ext = Extracted(typed, typed, ext.evidence, ext.confidence,
                            min(ext.read_conf, CONFUSED_READ))
    if ext is not None and ext.evidence is not None and HOLDER_LABEL.match(ext.evidence.text):
        sightings = [_payer_apart(s) for s in sightings]
    want = name_tokens(typed)
    if ext is not None and ext.sure and ext.evidence is not None and want not in (
            name_tokens(ext.shown), legal_part(name_tokens(ext.shown))):
        sightings = [_one_holder(index, s, ext.evidence) for s in sightings]
    if (cell := _wrapped_holder_cell(index, want)) is not None:
        printed = " ".join(cell.text.split(" / "))
        if _plain(printed) == _plain(typed):
            return FieldCheck("account_name", Verdict.EXACT, typed, printed,
                              "printed under the bill's account holder label, wrapped over "
                              "the lines of its narrow cell", None, cell)
        return FieldCheck("account_name", Verdict.EQUIVALENT, typed, printed,
                          "the same name as the bill's account holder, wrapped over the lines "
                          "of its narrow cell, written differently", printed, cell)
    if ext is not None and (rest := rest_on_line(index, ext.evidence, name_tokens(ext.shown),
                                                 want)) is not None:
        ext = Extracted(typed, typed, ext.evidence, ext.confidence, min(ext.read_conf, rest))
    check = judge("account_name", typed, sightings, ext,
                  lambda v: want in (name_tokens(str(v)), legal_part(name_tokens(str(v))),
                                     first_last(str(v))),
                  lambda s: _plain(s.form) == _plain(typed) or as_printed(index, s, typed),
                  "account holder name",
                  lambda: misread_of_typed(index, near_on_scan(index, typed), want))
    if check.verdict in MATCHES and (payer := _payer_with_holder_apart(index, sightings)):
        return FieldCheck("account_name", Verdict.UNVERIFIABLE, typed, check.bill,
                          f"the bill prints this name as who pays it ({payer}), and names "
                          "whose service it is apart: the carrier validates a port against "
                          "the holder; check which of the two the account is in", None,
                          check.evidence)
    if check.verdict in MATCHES and ext is not None and ext.sure and (
            part := _part_of_holder(want, name_tokens(ext.shown))):
        return FieldCheck("account_name", Verdict.UNVERIFIABLE, typed, ext.shown,
                          f"the bill's account holder reads \"{ext.shown}\"; the case has only "
                          f"part of it ({part}), which the bill prints apart (a site or a short "
                          "form); the carrier checks the whole name", None, check.evidence)
    if check.verdict == Verdict.MISMATCH and ext is not None and on_scan(
            index, ext.evidence) and (part_of(name_tokens(ext.shown), name_tokens(typed))
                                      or letter_misread(name_tokens(ext.shown), name_tokens(typed))
                                      or _legal_form_lost(name_tokens(ext.shown), want)):
        # "DBA Main Street Pharmacy" read alone, the legal name over it missed: not another name
        return FieldCheck("account_name", Verdict.UNVERIFIABLE, typed, ext.shown,
                          f"the bill's account holder name reads \"{ext.shown}\", part of the "
                          "case's name or a letter read off; check it by eye", None,
                          check.evidence)
    return check


# signs OCR reads for a letter of their shape: '!' and '|' for 'I' or 'l' ('Bakery !nc')
_SIGN_LETTERS = {"!": "il", "|": "il"}


def as_letters(read: str) -> list[str]:
    """A scanned name as read, then with each sign OCR reads for a letter of its shape, inside
    or opening a word, put back as each of those letters ('!nc' is 'inc' or 'lnc'): name_tokens
    drops the sign, and a letter dropped is no letter read off."""
    out = [read]
    for sign, letters in _SIGN_LETTERS.items():
        if re.search(rf"(?<!\S){re.escape(sign)}(?=\w)|(?<=\w){re.escape(sign)}(?=\w)", read):
            out += [re.sub(rf"{re.escape(sign)}(?=\w)", letter, read) for letter in letters]
    return out


# a person's name as a billing system files it, 'RAMAN, THOMAS J': one or two words, a comma,
# the given name (and an initial or a middle name); never a firm's ('Smith, Jones & Co')
_LAST_FIRST = re.compile(r"^\s*([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*,\s*"
                         r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*\.?)?)\s*$")
_FIRM_WORDS = frozenset({"inc", "llc", "ltd", "corp", "co", "company", "pc", "llp", "lp", "pllc",
                         "pa", "md", "dds", "jr", "sr", "ii", "iii", "iv", "and", "&", "ltee"})


def first_last(printed: str) -> list[str] | None:
    """The words of a name printed 'Last, First' in the order people type it ('Thomas Raman');
    None for any other print."""
    m = _LAST_FIRST.match(printed)
    if m is None or _FIRM_WORDS & set(name_tokens(printed)):
        return None
    return name_tokens(f"{m.group(2)} {m.group(1)}")


_HOLDER_HEAD = re.compile(HOLDER_LABEL.pattern + r"\W*$")
_CELL_ROWS = 4


def _wrapped_holder_cell(index: BillIndex, want: list[str]) -> Evidence | None:
    """A label saying whose service it is ('Service for', 'Account holder') heading a narrow
    column: the holder's name wraps over the lines of its cell, one under the other at the
    column's left edge. The typed name, whole, made of those lines read in order (and of
    nothing more), is printed as the holder's; its first line alone is no other name."""
    if len(want) < 2:
        return None
    for page in index.pages:
        for head in page.segments:
            if not _HOLDER_HEAD.match(head.text) or page.page.source == "ocr":
                continue
            # the next column's header bounds the cell: a wrapped line may run into its text
            edge = min((s.x0 for s in page.lines[head.line] if s.x0 > head.x1), default=1e9)
            rows: list[Segment] = []
            below = head
            for n in page.order:
                if n <= below.line:
                    continue
                cell = [s for s in page.lines[n] if abs(s.x0 - head.x0) <= 3]
                gap = 2.6 if not rows else 1.8
                if not cell or cell[0].top - below.bottom > gap * page.body_height:
                    break
                words = tuple(w for w in cell[0].words if w.x0 < edge)
                if not words:
                    break
                below = Segment(cell[0].page, words, cell[0].line)
                rows.append(below)
                if len(rows) >= _CELL_ROWS:
                    break
            # the whole cell, never its first lines alone: a name that only begins it is not
            # the holder's
            joined = " ".join(r.text for r in rows)
            if len(rows) > 1 and name_tokens(joined) == want:
                return Evidence.of(*rows)
    return None


_LEGAL_FORMS = frozenset({"inc", "llc", "ltd", "ltee", "corp", "co", "pc", "llp", "lp", "plc"})


def _legal_form_lost(bill: list[str], typed: list[str]) -> bool:
    """A scan reads the typed name but its last word, a legal form ('Pharmacie Bellevue' for
    '... ltée'): a short word at the end of a line is what OCR loses where the next column runs
    into the name's line, so the scan does not show the name lacks it; a surely read other
    word stays a mismatch."""
    return len(typed) >= 2 and bill == typed[:-1] and typed[-1] in _LEGAL_FORMS


def _part_of_holder(typed: list[str], holder: list[str]) -> str:
    """The typed name is a run of fewer words of the holder's name as the bill gives it ('Juniper
    Bay' of 'Juniper Bay Owners Association'), not the same name less its legal form or its
    trade name: a place that prints that part (a site's name, a header) is no proof of the
    holder. Returns the words typed, or ''."""
    def core(words: list[str]) -> list[str]:
        return [w for w in words if w not in _LEGAL_FORMS]

    mine, whole = core(typed), core(holder)
    if not mine or mine in (whole, core(legal_part(holder))) or len(mine) >= len(whole):
        return ""
    n = len(mine)
    return " ".join(mine) if any(whole[k:k + n] == mine for k in range(len(whole) - n + 1)) else ""


def _names_the_sender(typed: str, fields: BillFields, index: BillIndex) -> bool:
    """The name typed as the account holder's is the bill's own sender (its wordmark, brand or
    legal name): printed over the customer's block or beside an account heading, it is still the
    carrier speaking, never evidence of whose account it is."""
    from portdesk.bills.billingagent import is_the_agent
    from portdesk.bills.carriers import carriers_named_in, name_key, same_family
    from portdesk.bills.recognise import bill_carrier

    bill = bill_carrier(index)
    if bill is not None and any(c.key == bill.carrier.key or same_family(c, bill.carrier)
                                for c in carriers_named_in(typed, whole_line=True)):
        return True
    sender = name_key(str(fields.carrier or ""))
    if bool(sender) and sender in (name_key(typed), name_key(_LINE_OF_BUSINESS.sub("", typed))):
        return True
    if is_the_agent(typed, index):
        return True  # the billing agent that collects for the provider (billingagent.py)
    return _the_payee(typed, fields, index)


def _the_payee(typed: str, fields: BillFields, index: BillIndex) -> bool:
    """The name typed is the one the bill is paid to (the stub's payee over its box, a remit-to
    line) and the sender by a second kind of sign (senderblocks.payee): its legal name beside
    the brand is the carrier's as much as the brand is."""
    from portdesk.bills.carriers import name_key
    from portdesk.bills.issuer import issuer_signs
    from portdesk.bills.senderblocks import payee
    from portdesk.bills.values import Candidate

    key = name_key(typed)
    ev = fields.evidence.get("carrier")
    marks = [Candidate(fields.carrier, ev, 1.0)] if fields.carrier and ev is not None else []
    return bool(key) and any(
        s.kind in ("remit", "payable") and name_key(s.name) == key
        and payee(index, Candidate(s.name, s.evidence, 1.0), marks) for s in issuer_signs(index))


# "WOW! Business", "Cooptel Affaires": the carrier's name and its line of business
_LINE_OF_BUSINESS = re.compile(r"(?i)\s+(?:business|affaires|entreprises?|solutions|services)\W*$")


def _name_place(index: BillIndex, found: Found) -> Sighting:
    """A name heading an address block (window envelope, bill-to) is the customer's. On a scan
    a name placed in a list of phone lines or call detail got there through a layout OCR
    garbled (columns run together): no name is a phone line, so its place is judged by what
    does not depend on the columns, the address block it heads."""
    s = _name_region(sighting(found))
    if s.relation == "line" and _FOR_ATTENTION.match(s.label.strip()):
        # 'ATTN: Robert Nguyen' under the holder: a contact the mail is for, never the holder,
        # though the street under it makes it look like a block's head
        return replace(s, context=Context.NONE, label="", direct=False, relation="")
    garbled = s.context in (Context.NUMBERS, Context.USAGE) and on_scan(index, s.evidence)
    if (s.context == Context.NONE or garbled) and _heads_address(index, found):
        return Sighting(s.form, s.evidence, Context.BILLING, "", s.read_conf, s.whole,
                        direct=False)
    return s


# 'ATTN', 'Attention', 'c/o', 'a/s': who the mail is for at the holder's, a contact
_FOR_ATTENTION = re.compile(r"(?i)^(?:attn|attention|c/o|care of|a/s)\b")


def _one_holder(index: BillIndex, s: Sighting, holder: Evidence) -> Sighting:
    """The page names its holder surely and the typed name is another: the typed words are
    the holder's only where a name label answers them on their own line ('Account name: X'),
    the label the last thing printed before them. Seen elsewhere (on the line of an account
    label, after a name label already answered, in the block under the label that answers the
    holder or on the line of the label whose answer the holder is, heading an address block,
    in a section) they are a heading, a label or another
    party's name as often as a name: a question beside the holder the page names, never a match
    (the page's own words typed for the holder: 'Billing Summary', 'Payment Terms')."""
    answered = bool(s.label) and _plain(holder.text).startswith(_plain(s.label))
    if s.context == Context.NAME and s.relation == "line" and not overlap(s.evidence, holder) \
            and not answered and _label_just_before(index, s):
        return s
    return replace(s, context=Context.NONE, label="", direct=False, relation="")


def _label_just_before(index: BillIndex, s: Sighting) -> bool:
    if not 0 < s.evidence.page <= len(index.pages):
        return False
    page = index.pages[s.evidence.page - 1]
    seg = next((g for g in page.segments if overlap(Evidence.of(g), s.evidence)), None)
    if seg is None:
        return False
    if _plain(seg.text) != _plain(s.form):
        return _plain(seg.text).startswith(_plain(s.label))  # 'Customer: X' in one segment
    left = page.left_of(seg)
    return bool(left) and _plain(s.label) in _plain(max(left, key=lambda g: g.x1).text)


def _payer_with_holder_apart(index: BillIndex, sightings: list[Sighting]) -> str | None:
    """'Paid by  Frenchman Valley Cooperative AP Dept' on a bill whose 'Service for' names
    another party: the typed name is the payer's, and the holder is named apart (holderlabels).
    The payer's label, or None when no sighting is a payer's or the page names no holder."""
    payer = None
    for s in sightings:
        if not 0 < s.evidence.page <= len(index.pages):
            continue
        page = index.pages[s.evidence.page - 1]
        seg = next((g for g in page.segments if overlap(Evidence.of(g), s.evidence)), None)
        left = [g.text for g in sorted(page.left_of(seg), key=lambda g: g.x1)] if seg else []
        if named_as_payer(s.label, left):
            payer = s.label if PAID_BY.match(s.label) else left[-1]
    if payer is None:
        return None
    holders = [g for p in index.pages for g in p.segments if HOLDER_LABEL.match(g.text)
               and len(g.text) <= 40 and not any(overlap(Evidence.of(g), s.evidence)
                                                 for s in sightings)]
    return payer.strip(" :") if holders else None


def _payer_apart(s: Sighting) -> Sighting:
    """The bill names its holder by a label saying whose service or account it is: a name a
    payer's label answers ('Invoice to', 'Paid by') is who the bill goes to, no proof of the
    holder (holderlabels.py): a question beside the holder the page names."""
    if s.context == Context.NAME and PAYER_LABEL.match(s.label):
        return replace(s, context=Context.NONE, label="", direct=False, relation="")
    return s


def _name_region(s: Sighting) -> Sighting:
    """A holder's name rests on a place that gives a name: a name label (on its line, over its
    column, heading its block), an account or "service for" label on its own line, or the head
    of an address block (`_heads_address`). The account box or a location column reached from a
    heading above ('Account', 'Location', a sub-account table) is a region holding dates, PINs,
    amounts and sites' names; a label naming an address or a location on the name's line
    ('Service location') labels a place; and words that are themselves a label ('Amount Due',
    'Main Number'), or the end of the label on their line ('Number' after 'Account'), are no
    value at all, whatever heads them. Found only there, the typed name is a question: its
    place's role is not the holder's (placerank: text with no label)."""
    label_words = is_label_phrase(s.form) or (
        s.relation == "line" and bool(s.label) and is_label_phrase(f"{s.label} {s.form}"))
    if s.context == Context.NAME and not label_words:
        return s
    region = s.context in (Context.ACCOUNT, Context.SERVICE) and s.relation in ("column", "block")
    place = s.context == Context.SERVICE and s.relation == "line" and not (
        _SERVICES_FOR.search(s.label))
    if label_words or region or place:
        return replace(s, context=Context.NONE, label="", direct=False, relation="")
    return s


# "Service for", "Services at": the customer served, before a name as before an address
_SERVICES_FOR = re.compile(r"(?i)services?\s+(?:for|at|to)|service\s*:\W*$")


def _heads_address(index: BillIndex, found: Found) -> bool:
    from portdesk.bills.addrparse import is_city_state_zip
    from portdesk.bills.layout import below

    page = index.pages[found.evidence.page - 1] if found.evidence.page <= len(index.pages) else None
    if page is None:
        return False
    seg = max((s for s in page.segments if s.bbox[1] <= found.evidence.bbox[1] + 0.5
               and s.bbox[3] >= found.evidence.bbox[3] - 0.5
               and s.x0 <= found.evidence.bbox[0] + 0.5), key=lambda s: s.x0, default=None)
    name = seg
    for _ in range(4):
        if seg is None:
            break
        seg = below(seg, page.by_top, max_lines=2.2, align=14.0)
        if seg is not None and is_city_state_zip(seg.text):
            return True
    if name is None or page.page.source != "ocr":
        return False
    # a scan cuts an address line in two ('FL' and '1D' apart): the City-ST-ZIP line a few
    # lines down in the name's column still closes its block; or OCR garbled that line
    # ('Drummondville (Québec) 2B'), and the civic number opening the line right under the
    # name (or under its attention line), or a post-office box there, says the block is an
    # address
    under = below(name, page.by_top, max_lines=2.2, align=14.0)
    if under is not None and ATTENTION.match(under.text.strip()):
        # 'Attn: Office Manager' under the name is part of its block: the civic line is next
        under = below(under, page.by_top, max_lines=2.2, align=14.0)
    return any(0 < s.top - name.bottom < 5 * page.body_height and abs(s.x0 - name.x0) <= 14
               and is_city_state_zip(s.text) for s in page.segments) or (
        under is not None and (_CIVIC_LINE.match(under.text.strip()) is not None
                               or _box_line(under.text)))


def _box_line(text: str) -> bool:
    """A post-office box line ('PO Box 46878', 'C.P. 22356', 'Apartado 4367'): under a name it
    opens a mailing block as surely as a civic number does."""
    from portdesk.bills.addrmatch import street_key

    key = street_key(text)
    return len(key) == 2 and key[0] == "POBOX" and key[1][:1].isdigit()


_CIVIC_LINE = re.compile(r"^\d{1,6}[A-Z]?,?\s+[A-Za-zÀ-ÿ]{2,}")
