"""The service address, case first: every place the bill prints the typed street, judged by its
place; the window envelope's (or the stub's) block of the account holder is the mailing address.
"""

from __future__ import annotations

import re
from dataclasses import replace

from portdesk.bills.addrdigits import differing_conf, misread_digit
from portdesk.bills.addrmatch import (
    addresses_equivalent,
    addresses_exact,
    differences,
    house_range,
    hyphen_house,
    street_key,
)
from portdesk.bills.blocks import ATTENTION as _ATTENTION
from portdesk.bills.context import Context
from portdesk.bills.extract import BillFields
from portdesk.bills.find import name_tokens, near_on_scan
from portdesk.bills.findaddr import FoundAddress, find_address
from portdesk.bills.judge import Extracted, dropped, extracted, judge, nothing_typed, overlap
from portdesk.bills.nozip import without_zip
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import DIRECT, Sighting, primary_place
from portdesk.bills.scanhouse import house_lost
from portdesk.bills.scanmatch import (
    as_printed,
    city_misread,
    on_scan,
    street_misread,
    under_another_address,
    unit_gap_read,
    unplaced,
)
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MIN_MATCH_READ, MIN_MISMATCH_READ, FieldCheck, Verdict
from portdesk.domain.case import CA_PROVINCES, Address, PortCase

_E911 = re.compile(r"(?i)(?<![\d-])(?:e-?)?911\b|\bemergency\b")


def check_address(case: PortCase, fields: BillFields, index: BillIndex) -> FieldCheck:
    typed = case.service_address
    if typed.is_empty():
        bill = fields.service_address
        return nothing_typed("service_address", bill.one_line() if bill else None, bill)
    shown = typed.one_line()
    sightings, doubted = [], []
    no_state: list[Evidence] = []  # readings whose state the scan lost (findaddr.state_lost)
    holders = _holders(case, fields)
    for f in find_address(index, typed):
        place = primary_place(f.places, "service_address")
        ctx, direct = place.context, place.relation in DIRECT
        if ctx == Context.HELP and name_tokens(place.label) in holders:
            ctx, direct = Context.NONE, False  # "Golden Gate Auto Repair Co.": the holder's name
        if ctx in (Context.NONE, Context.NAME, Context.ACCOUNT) and _envelope_block(
                index, f, holders):
            ctx, direct = Context.BILLING, False  # the window-envelope block: a name over a street
        elif ctx == Context.SERVICE and place.relation == "section" and _envelope_block(
                index, f, holders):
            # the stub's block, a name over a street, far under the page's service heading: a
            # section heading says what the page is about, not whose address each block is
            ctx, direct = Context.BILLING, False
            doubted.append(f.evidence)  # nor is it when the open extraction took it so
        elif ctx == Context.SERVICE and place.relation == "block" and name_tokens(
                place.label) in holders:
            ctx, direct = Context.BILLING, False  # "Harbor Installation": the holder's name
        elif ctx == Context.SERVICE and under_another_address(index, f.evidence, place.relation,
                                                                    place.label):
            # the next block down: the mailing block when it is a name over a street
            ctx = Context.BILLING if _envelope_block(index, f, holders) else Context.NONE
            direct = False
            doubted.append(f.evidence)
        if ctx == Context.SERVICE and _E911.search(place.label) and (
                fields.service_address is not None) and not addresses_equivalent(
                typed, fields.service_address):
            # a 911 location ('Registered 911 Location', a '911 location' column) is the service
            # address only when nothing else is labelled so; beside a labelled service address
            # it is where emergency calls are sent, a question, never a match
            ctx, direct = Context.NONE, False
        if ctx == Context.SERVICE and street_key(f.address.line1)[:1] == ("POBOX",):
            # a post-office box is where mail goes, never where a line is installed: a box under
            # a service label's column is the mailing block (CHECK's false match: the billing
            # address typed as the service address called "exact")
            ctx, direct = Context.BILLING, False
            doubted.append(f.evidence)
        same = addresses_exact(typed, f.address) or addresses_equivalent(typed, f.address)
        if f.state_lost:
            no_state.append(f.evidence)
        sightings.append(Sighting(f.address.one_line(), f.evidence, ctx, place.label,
                                  f.read_conf, same, f.address, direct,
                                  place.relation if direct else ""))
    unstated = None  # the typed address under a service label, but for the state lost
    if no_state and not any(s.whole and not any(s.evidence is e for e in no_state)
                            for s in sightings):
        # the state a scan lost, put back from the case, is the case's own word: the reading
        # is the typed address only when another copy on the bill reads it whole, state and all
        unstated = next((s for s in sightings if s.whole and s.context == Context.SERVICE
                         and any(s.evidence is e for e in no_state)), None)
        sightings = [replace(s, whole=False) if any(s.evidence is e for e in no_state) else s
                     for s in sightings]
    if any(s.context == Context.BILLING and s.whole for s in sightings):
        # the stub repeats the mailing block lower down, unlabelled: the same mailing address
        sightings = [Sighting(s.form, s.evidence, Context.BILLING, s.label, s.read_conf, s.whole,
                              s.value, False) if s.context == Context.NONE and s.whole else s
                     for s in sightings]
    differing = [s for s in sightings if not s.whole and s.context == Context.SERVICE
                 and s.read_conf >= 0.6]
    ext = _addressextracted(fields, differing)
    if ext is not None and any(overlap(e, ext.evidence) for e in doubted):
        ext = None  # the open extraction took that next block for the service address too
    if ext is not None and not differing and _listed_together(index, ext, sightings):
        ext = None  # one of several service locations the bill lists: it contradicts no other
    if ext is not None and isinstance(ext.value, Address) and ext.read_conf < MIN_MISMATCH_READ and (
            sure := differing_conf(index, typed, ext.value, ext.evidence)) >= 0.9:
        ext = replace(ext, read_conf=sure)  # the words that differ were read surely
    check = judge("service_address", shown, sightings, ext,
                  lambda v: isinstance(v, Address) and addresses_equivalent(typed, v),
                  lambda s: isinstance(s.value, Address) and (addresses_exact(typed, s.value) or (
                      as_printed(index, s, typed.one_line(), s.value.one_line(),
                                 not _in_canada(typed, s.value)))),
                  "service address",
                  lambda: _other_than_bills(_near_street(index, typed, sightings), ext, typed))
    if check.verdict == Verdict.MISMATCH and isinstance(ext, Extracted) and on_scan(
            index, ext.evidence) and (street_misread(typed, ext.value) or city_misread(
                typed, ext.value)):
        part = differences(typed, ext.value)[0]
        return FieldCheck(check.field, Verdict.UNVERIFIABLE, check.entered, check.bill,
                          f"the scan reads the {part} a letter or two differently from the case; "
                          "compare it by eye", None, check.evidence)
    if check.verdict == Verdict.MISMATCH and isinstance(ext, Extracted) and on_scan(
            index, ext.evidence) and isinstance(ext.value, Address) and (
                printed := unit_gap_read(typed, ext.value)) is not None and (
                    fields.read_confidence.get("service_address", 1.0) >= MIN_MATCH_READ):
        return _unit_gap_check(check, typed, printed)
    if check.verdict in (Verdict.NOT_FOUND, Verdict.UNVERIFIABLE) and unstated is not None:
        return FieldCheck(check.field, Verdict.UNVERIFIABLE, check.entered, unstated.form,
                          "the scan reads the case's address under the service label with no "
                          f"state between the city and the ZIP (\"{unstated.evidence.text[-40:]}"
                          "\": lost in the scan?); compare it by eye", None, unstated.evidence)
    if check.verdict == Verdict.NOT_FOUND and (nozip := without_zip(index, typed)) is not None:
        return nozip  # 'Livingston, MT' and no ZIP under the typed street: a question
    if check.verdict in (Verdict.MISMATCH, Verdict.NOT_FOUND) and (
            lost := house_lost(index, typed)) is not None:
        return FieldCheck(check.field, Verdict.UNVERIFIABLE, check.entered, check.bill,
                          "the scan reads the case's street, city and ZIP on one line without "
                          f"a house number (\"{lost.text[:40]}\": lost in the scan?); compare "
                          "it by eye", None, lost)
    if check.verdict == Verdict.MISMATCH and isinstance(ext, Extracted) and isinstance(
            ext.value, Address) and (hyphened := hyphen_house(typed, ext.value)) is not None:
        return FieldCheck(check.field, Verdict.UNVERIFIABLE, check.entered, check.bill,
                          f"\"{hyphened}\" is a hyphenated house number or a unit before the "
                          "house number, and the page does not say which; the case reads it the "
                          "other way: confirm it with the customer", None, check.evidence)
    if check.verdict == Verdict.MISMATCH and isinstance(ext, Extracted) and (
            span := house_range(typed, ext.value)) is not None:
        return FieldCheck(check.field, Verdict.UNVERIFIABLE, check.entered, check.bill,
                          f"one address gives a range of house numbers ({span}) and the other "
                          "one number in it; compare them by eye", None, check.evidence)
    if check.verdict == Verdict.MISMATCH and isinstance(ext, Extracted) and isinstance(
            ext.value, Address) and (
                digit := misread_digit(index, typed, ext.value, ext.evidence)) is not None:
        part, word = digit
        return FieldCheck(check.field, Verdict.UNVERIFIABLE, check.entered, check.bill,
                          f"the scan reads the {part} \"{word.text}\" at {word.conf:.2f}, one "
                          "digit off the case's, a digit OCR misreads; compare it by eye", None,
                          Evidence(ext.evidence.page if ext.evidence else 1,
                                   (word.x0, word.top, word.x1, word.bottom), word.text))
    if check.verdict == Verdict.MISMATCH and isinstance(ext, Extracted):
        diffs = differences(typed, ext.value) or ["street"]
        reason = f"{', '.join(diffs)} differ{'s' if len(diffs) == 1 else ''} from the bill"
        if any(s.whole and s.context == Context.BILLING for s in sightings):
            reason = "the case has the billing address; the port needs the service address"
        return FieldCheck(check.field, check.verdict, check.entered, check.bill, reason,
                          check.suggestion, check.evidence, check.bill_value)
    return check


def _near_street(index: BillIndex, typed: Address, sightings: list[Sighting]) -> Evidence | None:
    """The reading closest to the typed street. When that is the typed address found whole and
    judged by its place (the mailing block), the closest of the other readings where OCR doubted
    a word ('6682 4arbor Rd' at 0.00 under a place-of-use label): a whole copy hides no misread
    one. A copy read surely a letter off (the stub's) is another reading, no doubt."""
    key = " ".join(street_key(typed.line1))
    near = unplaced(near_on_scan(index, key), sightings)
    whole = [s.evidence for s in sightings if s.whole]
    if near is None and whole:
        near = near_on_scan(index, key, MIN_MATCH_READ, judged=whole)
    return near


def _other_than_bills(near: Evidence | None, ext: Extracted | None,
                      typed: Address) -> Evidence | None:
    """The reading close to the typed street, unless it is the bill's own street: characters the
    bill's address holds as they are ('6868 MAIN BLVD' of '6868 MAIN BLVD, # 7C, COLUMBUS, OH
    43211'). That reading is the part the case and the bill agree on, not the typed value
    misread into the bill's: the difference lies in another part, judged on its own reading.
    Not when the bill's reading is the typed address with a part missing (a unit line the scan
    lost, 'Fl 1474' under the street): OCR loses lines without doubting the rest."""
    if near is None or ext is None or dropped(ext.shown, typed.one_line()):
        return near  # the bill's reading lacks what the case has: a line the scan may have lost
    mine = re.sub(r"[^0-9A-Za-z]", "", near.text).upper()
    return None if mine and mine in re.sub(r"[^0-9A-Za-z]", "", ext.shown).upper() else near


def _unit_gap_check(check: FieldCheck, typed: Address, printed: Address) -> FieldCheck:
    note = " (the scan reads the gap after the unit word as a dash)"
    if addresses_exact(typed, printed):
        return FieldCheck(check.field, Verdict.EXACT, check.entered, check.entered,
                          f"same as on the bill{note}", None, check.evidence)
    shown = printed.one_line()
    return FieldCheck(check.field, Verdict.EQUIVALENT, check.entered, shown,
                      f"same address, written differently; use the bill's exact form{note}",
                      shown, check.evidence, printed)


def _listed_together(index: BillIndex, ext: Extracted, sightings: list[Sighting]) -> bool:
    """The bill lists several service locations under one heading ("Your Locations", "Service
    Locations"), each its own address: the open extraction's pick is the first of them, and
    the typed address printed whole under the same heading is as much the bill's service
    address. The heading says so of every address under it; no label gives one over the rest."""
    listed = [s for s in sightings if s.whole and s.context == Context.SERVICE and s.label]
    if not listed or not isinstance(ext.value, Address) or ext.evidence is None:
        return False
    for f in find_address(index, ext.value):
        place = primary_place(f.places, "service_address")
        if place.context == Context.SERVICE and overlap(f.evidence, ext.evidence) and any(
                s.label == place.label and s.evidence.page == f.evidence.page
                and not overlap(s.evidence, f.evidence) and _same_row_shape(s.evidence, f.evidence)
                for s in listed):
            return True
    return False


def _same_row_shape(a: Evidence, b: Evidence) -> bool:
    """Two entries of one list: each address on one line, or each a block of lines (a merged
    cell spanning its numbers' rows), starting at the same left edge (a mailing block under
    the same heading beside one-line entries is several lines, and sits elsewhere)."""
    if "/" in a.text and "/" in b.text:  # blocks: rows of one table, near each other (the
        # stub's remit block far under the table, at the same left edge, is no site of it)
        return abs(a.bbox[0] - b.bbox[0]) <= 4 and abs(a.bbox[1] - b.bbox[1]) <= _SITE_REACH
    return "/" not in a.text and "/" not in b.text and abs(a.bbox[0] - b.bbox[0]) <= 4


_SITE_REACH = 160.0  # points between the first lines of two site blocks of one table


def _addressextracted(fields: BillFields, differing: list[Sighting]) -> Extracted | None:
    if differing:  # the typed street, under a service label, with another suite or ZIP
        s = differing[0]
        return Extracted(s.value, s.form, s.evidence, 1.0, s.read_conf)
    bill = fields.service_address
    return extracted(fields, "service_address", bill, bill.one_line() if bill else None)


def _holders(case: PortCase, fields: BillFields) -> list[list[str]]:
    """The account holder's name as typed and as the bill reads it, in name tokens."""
    return [t for n in (case.account_name, fields.account_name) if n and (t := name_tokens(n))]


def _envelope_block(index: BillIndex, found: FoundAddress, holders: list[list[str]]) -> bool:
    """The street under a line with a name and no digits, unlabelled: the window envelope's
    block in the top half of a page; lower down (the payment stub's copy) only under the
    account holder's own name, the name the bill is mailed to."""
    if found.evidence.page > len(index.pages):
        return False
    from portdesk.bills.parse import clean_name

    top_half = found.page_top < found.page_height * 0.5
    page = index.pages[found.evidence.page - 1]
    x0, top = found.evidence.bbox[0], found.evidence.bbox[1]
    for _ in range(2):  # over an "ATTN" or "C/O" line, the name is the line above it
        above = [s for s in page.segments if s.bottom <= top + 1 and abs(s.x0 - x0) <= 8
                 and top - s.bottom < page.body_height * 2.2]
        if not above:
            return False
        name = max(above, key=lambda s: s.bottom)
        if not _ATTENTION.match(name.text):
            if not top_half:
                return name_tokens(name.text) in holders
            return clean_name(name.text) is not None or page.is_label(name)
        top = name.top
    return False


def _in_canada(typed: Address, bill: Address) -> bool:
    """A Canadian address: its names may carry accents ('Montréal'), never a speck's doing."""
    return typed.state.upper() in CA_PROVINCES or bill.state.upper() in CA_PROVINCES
