"""Every address a bill prints, read without the case: for the open extraction's service and
billing addresses and for "Use bill value". Each City-ST-ZIP line is read up its column to the
street line, along its table row to the street's cell, or as a whole address on one line.

Split from findaddr.py (the case-first search); both read an address the same way.
"""

from __future__ import annotations

from dataclasses import replace

from portdesk.bills.addrmatch import street_key
from portdesk.bills.addrparse import (
    STREET_START,
    UNIT_FIRST,
    _ocr_commas,
    is_city_state_zip,
    parse_address_lines,
)
from portdesk.bills.context import Context
from portdesk.bills.findaddr import (
    HEADED,
    TAIL_ZIP,
    FoundAddress,
    above_in_column,
    address_places,
    caption_after,
    row_from,
    stated_to_zip,
)
from portdesk.bills.formaddr import FormAddress, form_addresses
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.values import Evidence
from portdesk.domain.case import Address


def all_addresses(bill: BillIndex) -> list[FoundAddress]:
    """Every address the bill prints, without the case: each City-ST-ZIP line read up its column
    to the street line, or a whole address on one line; with the places that say whose it is."""
    cached = bill.cache.get("addresses")
    if not isinstance(cached, list):
        cached = bill.cache["addresses"] = _all_addresses(bill)
    return list(cached)


def without_headed_sites(bill: BillIndex, found: list[FoundAddress]) -> list[FoundAddress]:
    """A block under a heading about the service is the site only on a bill that labels no
    service address of its own: beside a labelled one it may be the mailing block."""
    return _headed_dropped(found) if _labels_a_site(all_addresses(bill)) else found


def _labels_a_site(found: list[FoundAddress]) -> bool:
    return any(f.places[:1] and f.places[0].context == Context.SERVICE
               and f.places[0].relation != HEADED for f in found)


def _headed_dropped(found: list[FoundAddress]) -> list[FoundAddress]:
    return [replace(f, places=()) if f.places[:1] and f.places[0].relation == HEADED else f
            for f in found]


def _all_addresses(bill: BillIndex) -> list[FoundAddress]:
    out: list[FoundAddress] = []
    for index in bill.pages:
        for seg in index.segments:
            ending = seg
            if not TAIL_ZIP.search(seg.text):
                # "... for service at 18 Mill Rd, Town, ST 12345 is ready", "... 12345 service
                # address": the address ends at its postal code, a verb or its caption after it
                stated = stated_to_zip(seg, str)
                if stated is None:
                    continue
                ending = stated[0]
            got = _address_ending(index, ending)
            if got is None:
                continue
            address, used, start = got
            conf = min(w.conf for s in used for w in s.words)
            anchor = used[0] if len(used) > 1 else seg  # a one-line address: its own line's label
            places = address_places(index, anchor, start)
            if ending is not seg and len(used) == 1 and (
                    caption := caption_after(seg, start, used)) is not None:
                places = (caption, *places)
            out.append(FoundAddress(address, Evidence.of(*used), places, conf, used[0].top,
                                    index.page.height))
        out.extend(_as_found(index, form) for form in form_addresses(index))
    return _headed_dropped(out) if _labels_a_site(out) else out


def _as_found(index: PageIndex, form: FormAddress) -> FoundAddress:
    conf = min(w.conf for s in form.used for w in s.words)
    return FoundAddress(form.address, Evidence.of(*form.used), form.places, conf, form.street.top,
                        index.page.height)


def _address_ending(index: PageIndex, csz: Segment) -> tuple[Address, list[Segment],
                                                             int] | None:
    """The address whose last line is `csz`: on that line alone, or with 1-3 lines above."""
    words = [street_key(w.text)[:1] for w in csz.words]
    marks = [i + 1 for i, w in enumerate(csz.words) if w.text in ("·", "|", "•")]
    for begin in dict.fromkeys([*marks[-1:], 0]):  # "Ref 88 · Voice · 18 Mill Rd, Town ..."
        for start in range(begin, len(words)):
            key = words[start]
            if key and (key[0][:1].isdigit() or key[0] == "POBOX" or key[0] == "PO"):
                if csz.words[start].text.endswith(":"):
                    continue  # "Location 1: 18 Mill Rd": the label's own number, no house
                head = Segment(csz.page, csz.words[start:], csz.line)
                parsed = parse_address_lines([_ocr_commas(head.text)])
                if parsed is not None and (
                        start == 0 or not csz.words[start - 1].text[-1:].isdigit()):
                    return parsed, [head], start
                break
    if not is_city_state_zip(csz.text):
        return _row_ending(index, csz)
    lines = [csz]
    for _ in range(3):
        up = above_in_column(index, lines[0])
        if up is None:
            return _row_ending(index, csz)  # "City, ST ZIP" in the cell right of the street's
        lines.insert(0, up)
        parsed = parse_address_lines([s.text for s in lines])
        if parsed is None and (street := _after_site_name(lines[0].text)) is not None:
            # "Downtown Office · 2257 Willow Dr" over "Unit 19" and "Oxnard, CA 93029": a
            # caption naming the site before its street, as a one-line address may
            parsed = parse_address_lines([street, *(s.text for s in lines[1:])])
        if parsed is not None:
            unit = above_in_column(index, lines[0])
            if unit is not None and UNIT_FIRST.match(unit.text.strip(" ,")) and len(lines) == 2:
                with_unit = parse_address_lines([s.text for s in (unit, *lines)])
                if with_unit is not None:  # "Unit 4" over "123 Main St"
                    return with_unit, [unit, *lines], 0
            return parsed, lines, 0
    return None


_SITE_MARKS = ("\u00b7", "|", "\u2022")


def _after_site_name(text: str) -> str | None:
    """The street after the last separating mark of a caption ('Downtown Office · 2257 Willow
    Dr'): the words before the mark name the place, the street starts after it."""
    words = text.split()
    marks = [i for i, w in enumerate(words) if w in _SITE_MARKS]
    if not marks or marks[-1] == 0:
        return None
    street = " ".join(words[marks[-1] + 1:])
    return street if STREET_START.match(street) else None


def _row_ending(index: PageIndex, last: Segment) -> tuple[Address, list[Segment], int] | None:
    """The ZIP cell of a table row under address-part headers ("Street | City | State | ZIP"):
    the address starts at the street cell to its left, on the same line."""
    left = index.left_of(last)[:4]
    street = next((c for c in reversed(left) if STREET_START.match(c.text)), None)
    if street is None:
        return None
    got = row_from(index, street, street)
    if got is None or got[1][-1] is not last:
        return None
    return got[0], got[1], 0
