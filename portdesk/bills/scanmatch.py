"""How a scan's reading of a value is weighed against the typed value (OCR's own habits).

On a page read by OCR the characters are evidence, not print: spaces come and go, specks become
colons and stars, and Tesseract's word confidence is low on long runs of digits it read right.
These rules say when such a reading still is the bill's value, and never make a digit another.
"""

from __future__ import annotations

import re
from dataclasses import replace

from portdesk.bills.addrmatch import (
    STREET_WORDS,
    addresses_equivalent,
    addresses_exact,
    differences,
    street_key,
)
from portdesk.bills.context import Context
from portdesk.bills.judge import Extracted, overlap, read_twice
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import Sighting
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MIN_MISMATCH_READ
from portdesk.domain.case import Address


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


def as_printed(index: BillIndex, s: Sighting, typed: str, read: str | None = None,
               accent_specks: bool = True) -> bool:
    """On a scan, the typed value as printed but for what OCR does to spaces and marks: a space
    lost or added ('6750' for '675 0'), a speck read as a mark ('HWY:', '731°7', 'INC,',
    'MEDICINE-'), a typed dash between two digit groups read as a mark ('600063:002'), a dot
    glued to a digit group before the typed gap to the next group ('227. 869 4038': no number
    is printed with a dot and then a space between its groups), a dot
    or dash read for a gap ('Suite.9A', 'Cafe-Corp.'; not the dots of an initialism, 'L.L.C'
    for a typed 'LLC', which are print), a colon for a period
    ('INC:'), a mark read twice ('--'), a bracket closing nothing ('INC),'), c, o, s, v, w, x or z
    in the other case (one shape), a word's capital I read as a small i or l ('insurance' for
    'Insurance': one stroke, the dot a speck), a
    typed period that ends a word missing from the reading ('inc' for 'inc.': a dot is the first
    thing a scan loses), dots or a comma after a value's last digit ('2042-827829..': no number
    ends in a mark). The pixels cannot say more, so that is the bill's form, not another way
    of writing it; a period the reading has and the typed value lacks ('Inc.' for 'Inc') or
    another letter's case is still a difference. An accent the typed letter lacks is a speck over
    it only where the place is written without accents (`accent_specks`): in a Canadian address
    'Montréal' is the print, and 'Montreal' typed is the same place written differently."""
    if not on_scan(index, s.evidence):
        return False
    return _same_print(typed, read if read is not None else s.form, accent_specks)


_SPECKS = set("°|*_~’:;\"")
_ONE_SHAPE = set("cosvwxzCOSVWXZ")
# a speck in the gap between two words read as a tick glued to both ('OAK'HWY', 'PARK`RD'), as
# a dot or dash in a gap is ('Suite.9A'): taken only where the typed value has that very gap
# between the same two letters after a word, not one letter, so a typed apostrophe, one left
# out ('ONEIL') or a space for a name's own ("O NEIL" for 'O'NEIL') stays print
_GAP_MARKS = set("'`‘")


def _same_print(typed: str, bill: str, accent_specks: bool = True) -> bool:
    t, b = " ".join(typed.split()), " ".join(bill.split()).rstrip(" -")
    if t[-1:].isdigit():  # specks read as dots after a value's last digit ('827829..')
        b = b.rstrip(" -.,")
    i = j = spaces = 0
    while i < len(t) or j < len(b):
        x, y = t[i:i + 1], b[j:j + 1]
        if x and (x == y or (x in _ONE_SHAPE and y in _ONE_SHAPE and x.lower() == y.lower())):
            i, j = i + 1, j + 1
        elif x == "I" and y in "il" and t[i + 1:i + 2].islower() and not t[i - 1:i].isalpha():
            i, j = i + 1, j + 1  # a word's capital I read as a small i or l: one stroke
        elif y == ")" and "(" not in b[:j]:
            j += 1  # a bracket closing nothing the reading opened: a speck ('INC),')
        elif x == "." and y and y in ",:;":  # a period read as a comma or colon
            i, j = i + 1, j + 1
        elif x.isalpha() and y and _speck_accent(x, y, accent_specks):  # 'Ridgé' for 'Ridge'
            i, j = i + 1, j + 1
        elif x and x in "-./" and y and y in _SPECKS and t[i - 1:i].isdigit() and (
                b[j + 1:j + 2].isdigit() and t[i + 1:i + 2] == b[j + 1:j + 2]):
            i, j = i + 1, j + 1  # the typed separator of two digit groups read as a mark
        elif (y and y in _SPECKS) or (y == "," and j == len(b) - 1) or (y == "-" and (
                b[j - 1:j] == " " or b[j + 1:j + 2] in (" ", "", ",") or (
                t[i - 1:i].isalpha() and b[j + 1:j + 2].isalpha()))):
            j += 1  # a speck, a comma after the value, a dash beside a space or in a gap
        elif y in "-./" and b[j - 1:j] == y and t[i - 1:i] == y:
            j += 1  # a mark OCR read twice ('38087--722' for '38087-722')
        elif y == "." and x == " " and b[j - 1:j].isdigit() and b[j + 1:j + 2] == " " and (
                b[j + 2:j + 3].isdigit() and t[i + 1:i + 2] == b[j + 2:j + 3]):
            j += 1  # a speck read as a dot glued to a digit group before the gap ('227. 869')
        elif y == "." and b[j + 1:j + 2] not in ("", " ") and not _initial(b, j):
            j += 1  # a dot between two words with no space ('Suite.9A', 'Denver.,')
        elif x == "." and t[i - 1:i].isalpha() and t[i + 1:i + 2] in (" ", "") and (
                y in (" ", "")):
            i += 1  # the period ending a word ('inc.'): a dot the scan's cleaning or OCR lost
        elif x == " " and y in _GAP_MARKS and t[i - 1:i].isalnum() and b[j - 1:j] == t[i - 1:i] \
                and b[j + 1:j + 2].isalnum() and b[j + 1:j + 2] == t[i + 1:i + 2] \
                and b[j - 2:j - 1].isalnum():
            # (not after one letter: "O'NEIL", "D'ARCY" print a name's own apostrophe there)
            i, j = i + 1, j + 1  # the typed gap between two words read as a tick ("OAK'HWY")
        elif y == " " or x == " ":  # a space lost or added: once, not every separator
            i, j, spaces = i + (x == " "), j + (y == " "), spaces + 1
        elif x == "-" and t[i - 1:i].isalpha() and t[i + 1:i + 2].isalpha():
            i += 1  # a hyphen OCR lost between two words
        else:
            return False
    return spaces <= 1


def _initial(read: str, j: int) -> bool:
    """The dot at `j` ends a single letter ('L.L.C', 'P.O.'): an initialism's print, which the
    typed value writes otherwise ('LLC'), not a gap OCR read as a dot."""
    return read[j - 1:j].isalpha() and not read[j - 2:j - 1].isalnum()


def _speck_accent(typed: str, read: str, specks: bool = True) -> bool:
    """The scan's letter is the typed one with an accent on it ('é' for 'e', 'è' for 'é'): a
    speck over the letter (only when `specks`: where the place is written without accents), or
    OCR's choice among accents. A typed accent the scan lacks is not taken: 'Montreal' and
    'Montréal' may both be printed."""
    import unicodedata

    def base(c: str) -> str:
        return unicodedata.normalize("NFKD", c)[0]

    if typed == read or base(read) != base(typed) or read == base(read):
        return False
    return specks or typed != base(typed)


def part_of(bill: list[str], typed: list[str]) -> bool:
    """The bill's words are a run of the typed ones, two or more fewer (a scan that lost a line of
    a name printed on two, the legal name over a trade name): part of the same name, not another.
    One word more is a typed name that differs ('Inc.s', 'Acme Plumbing Group')."""
    n = len(bill)
    return 0 < n <= len(typed) - 2 and any(typed[k:k + n] == bill
                                           for k in range(len(typed) - n + 1))


def street_misread(typed: Address, bill: Address) -> bool:
    """The only difference is a street word read a letter or two off ('bouleyard'): house
    number, unit, city, state and postal code agree, and each differing word is within two
    letters of the typed word or of a street word ('Boul.' typed, 'bouleyard' read). A street
    name changed for another ('Oakridge' for 'Maple') is a real difference."""
    from rapidfuzz.distance import Levenshtein

    if differences(typed, bill) != ["street"]:
        return False
    a, b = street_key(typed.line1), street_key(bill.line1)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if any(c.isdigit() for c in x + y):
            return False
        if len(y) < 4:  # 'OR' for the typed 'DR': a street type read with a letter of its shape
            if x in STREET_WORDS.values() and _lookalike_letters(x, y) == 1:
                continue
            return False
        near = min(STREET_WORDS, key=lambda w: Levenshtein.distance(y, w))
        if Levenshtein.distance(x, y) > 2 and not (
                Levenshtein.distance(y, near) <= 2 and STREET_WORDS[near] == x):
            return False
    return True


def city_misread(typed: Address, bill: Address) -> bool:
    """The only difference is the city read one letter off in a word of four letters or more
    ('Saint Lauis' for 'Saint Louis'): house number, street, unit, state and postal code agree,
    so the scan's letter is a question for the eye, not another place (a city changed for
    another differs in more than a letter, or in its ZIP)."""
    from rapidfuzz.distance import Levenshtein

    if differences(typed, bill) != ["city"]:
        return False
    a, b = typed.city.upper().split(), bill.city.upper().replace("-", " ").split()
    if len(a) != len(b):
        return False
    pairs = [(x.strip(",."), y.strip(",.")) for x, y in zip(a, b, strict=True) if x != y]
    return len(pairs) == 1 and all(
        len(x) >= 4 and x.isalpha() and len(x) == len(y) and Levenshtein.distance(x, y) == 1
        for x, y in pairs)


_STREET_START = re.compile(r"^\d{1,6}[A-Z]?\s+[A-Za-z]")
# a day, a month's name and a year ('16 avr 2025 au 16 mai 2025', '3 March 2025'): a date line
_DAY_FIRST_DATE = re.compile(r"^\d{1,2}(?:er|st|nd|rd|th)?\s+([^\W\d_]{3,9})\.?,?\s+\d{4}\b")


def _street_line(text: str) -> bool:
    """A line that starts like a street (a house number, then a word); a date that starts with
    its day is no street ('16 avr 2025'), though it starts with a number and a word."""
    from portdesk.bills.dates import month_of

    if not _STREET_START.match(text):
        return False
    date = _DAY_FIRST_DATE.match(text)
    return date is None or month_of(date.group(1)) is None


def under_another_address(index: BillIndex, evidence: Evidence, label_place: str,
                          label: str = "") -> bool:
    """On a scan, an address judged the service address only because it sits in the block (or
    the column) under the label, while a street line (one OCR cut or scrambled, so it was not
    read as an address) stands between them: the label's value is that first line, and this is
    the next block down (the mailing block under a one-line service address). Under a column
    header the rows of a table of sites are all addresses: only a line of another kind (a date,
    a name) after that street line says the table ended above this one."""
    if label_place not in ("block", "section", "column") or not on_scan(index, evidence):
        return False
    page = index.pages[evidence.page - 1]
    x0, x1, top = evidence.bbox[0], evidence.bbox[2], evidence.bbox[1]
    between = sorted((s for s in page.segments if s.bottom < top and s.x0 < x1 and x0 < s.x1),
                     key=lambda s: s.top)
    if label_place != "column":
        return any(top - s.bottom <= 6 * page.body_height and _street_line(s.text.strip())
                   for s in between)
    heads = [s for s in between if label and s.text.strip(" :.") == label.strip(" :.")]
    if not heads:
        return False
    rows = [s for s in between if s.top > heads[-1].bottom]
    street = next((k for k, s in enumerate(rows) if _street_line(s.text.strip())), None)
    return street is not None and any(not _address_part(s.text) for s in rows[street + 1:])


def _address_part(text: str) -> bool:
    from portdesk.bills.addrparse import UNIT_RE, is_city_state_zip

    text = text.strip()
    return bool(_STREET_START.match(text)) or is_city_state_zip(text) or bool(
        UNIT_RE.match(f" {text}"))


# letters a scan's OCR takes for one another by their shape ('RHARMACY' for 'PHARMACY'); a typo
# (a neighbouring key, a letter added) is not among them; a lowercase 't' and 'f' share their stem
# and bar ('Sunset Cf' for 'Ct')
_LOOKALIKE = frozenset(frozenset(p) for p in (
    "PR", "PF", "BE", "BR", "BD", "OD", "OQ", "OC", "CG", "CE", "IL", "IJ", "IT", "UV", "VY",
    "HN", "MN", "EF", "AR", "TF"))


def letter_misread(bill: list[str], typed: list[str]) -> bool:
    """The bill's words are a run of the typed ones, one word with one letter read as a letter
    of the same shape: what OCR does, not another name."""
    n = len(bill)
    for k in range(len(typed) - n + 1):
        run = typed[k:k + n]
        diffs = [(a, b) for a, b in zip(run, bill, strict=True) if a != b]
        if len(diffs) == 1 and (_one_lookalike(*diffs[0]) or _glyph_read(*diffs[0])):
            return True
    return False


# two letters OCR reads as one of their shape, or one as two ('Sunnse' for 'Sunrise', 'Kirn'
# for 'Kim'): the word's other letters all as typed
_GLYPH_PAIRS = (("RI", "N"), ("RN", "M"), ("NI", "M"), ("IN", "M"), ("VV", "W"), ("CL", "D"),
                ("LI", "H"))


def _glyph_read(typed: str, read: str) -> bool:
    """`read` is `typed` with one pair of letters read as one letter of their shape, or one
    letter read as such a pair, every other letter as typed."""
    t, r = typed.upper(), read.upper()
    if min(len(t), len(r)) < 4 or abs(len(t) - len(r)) != 1:
        return False
    long, short = (t, r) if len(t) > len(r) else (r, t)
    return any(long[:k] + one + long[k + 2:] == short for two, one in _GLYPH_PAIRS
               for k in range(len(long) - 1) if long[k:k + 2] == two)


def lookalike_word(typed: str, read: str) -> bool:
    """`read` is `typed` with one letter or more read as a letter of the same shape."""
    return len(typed) >= 2 and _lookalike_letters(typed, read) >= 1


def _one_lookalike(typed: str, read: str) -> bool:
    return len(typed) >= 4 and _lookalike_letters(typed, read) == 1


def _lookalike_letters(typed: str, read: str) -> int:
    """How many letters differ, when each differs by shape only (-1: another word)."""
    if len(typed) != len(read):
        return -1
    pairs = [(a.upper(), b.upper()) for a, b in zip(typed, read, strict=True) if a != b]
    return len(pairs) if all(frozenset(p) in _LOOKALIKE for p in pairs) else -1


def misread_elsewhere(index: BillIndex, typed: str, bill: str,
                      evidence: Evidence | None) -> Evidence | None:
    """On a scan, the bill's value one character off the typed one ('306 535-0180' for
    306-555-0180) while the typed value is read exactly in another place of the scan (the
    stub's scan line, a list): OCR disagrees with itself, so the difference is a question for
    the eye, not a mismatch. One character off is one read for another, or one more or one less
    ('31699-0469' read twice for the 31699049 of the scan line). A typed value that differs in
    more than one character (another line of the account typed as the BTN) is not helped."""
    t = re.sub(r"[^0-9A-Za-z]", "", typed).upper()
    b = re.sub(r"[^0-9A-Za-z]", "", bill).upper()
    if len(t) < 6 or not _one_edit(t, b):
        return None
    pattern = re.compile(r"(?<![0-9A-Za-z])" + r"\W{0,2}".join(t) + r"(?![0-9A-Za-z])", re.I)
    for page in index.pages:
        if page.page.source != "ocr":
            continue
        for seg in page.segments:
            if pattern.search(seg.text) and (evidence is None or not _same_place(seg, evidence)):
                return Evidence.of(seg)
    return None


def _one_edit(a: str, b: str) -> bool:
    """`b` is `a` with one character changed, added or dropped."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short
                                               for i in range(len(long)))


def _same_place(seg: Segment, evidence: Evidence) -> bool:
    x0, top, x1, bottom = evidence.bbox
    return seg.page == evidence.page and seg.x0 < x1 and x0 < seg.x1 and seg.top < bottom and (
        top < seg.bottom)


def near_in_its_place(index: BillIndex, field: str, near: Evidence | None) -> Evidence | None:
    """A reading close to the typed value counts as a question only where the value could be
    the field's: one read in the carrier's help or contact line, in call detail or in the
    remit-to block is that line (a help line typed as the BTN is a mismatch, however OCR read
    the help line)."""
    from portdesk.bills.placerank import primary_place, rank_context

    if near is None or not 0 < near.page <= len(index.pages):
        return near
    page = index.pages[near.page - 1]
    for seg in page.segments:
        if _same_place(seg, near):
            first = next((i for i, w in enumerate(seg.words) if w.x1 > near.bbox[0]), 0)
            place = primary_place(page.places(seg, first), field)
            if rank_context(field, place.context) == 0:
                return None
            break
    return near


def unplaced(near: Evidence | None, sightings: list[Sighting]) -> Evidence | None:
    """A reading close to the typed value that is the typed value itself, found whole and judged
    by its place already (the mailing block typed as the service address), is no new doubt."""
    if near is None or any(s.whole and overlap(near, s.evidence) for s in sightings):
        return None
    return near


# a unit word and its number ('SUITE 295', 'RM 39'): OCR reads the gap between them as a dash
_UNIT_DASH = re.compile(r"(?i)\b(SUITE|STE|APT|UNIT|RM|ROOM|FL|FLOOR|BLDG|BUREAU|APP)-(?=\w)")


def unit_gap_read(typed: Address, bill: Address) -> Address | None:
    """On a scan, the only difference a dash between a unit word and its number where the case
    has a space ('SUITE-295' read, 'SUITE 295' typed and printed): the gap read as a mark, as
    round 13's quotes and label dashes: the address as printed, when the case's is the same
    address (exactly or written differently). A dash the case types too is no difference; any
    other difference stays one."""
    def gap(text: str) -> str:
        return _UNIT_DASH.sub(r"\1 ", text)

    fixed = replace(bill, line1=gap(bill.line1), line2=gap(bill.line2))
    same = addresses_exact(typed, fixed) or addresses_equivalent(typed, fixed)
    return fixed if fixed != bill and same else None


def rest_on_line(index: BillIndex, evidence: Evidence | None, read: list[str],
                 typed: list[str]) -> float | None:
    """On a scan, a value read as the typed value's first words whose remaining words OCR read
    as the next segment of the same line, a gap away ('Garage' | 'Lapointe' on a photo's lean:
    a word gap widened into a column gap): how surely the rest was read; None when the line
    goes on with anything else."""
    from portdesk.bills.find import name_tokens

    n = len(read)
    if not on_scan(index, evidence) or evidence is None or not 0 < n < len(typed) or (
            typed[:n] != read):
        return None
    x0, top, x1, bottom = evidence.bbox
    page = index.pages[evidence.page - 1]
    # the segment the value ends in (the evidence may hold its label too, on the line above)
    ends = [seg for seg in page.segments if x0 - 1 <= seg.x0 and seg.x1 <= x1 + 1
            and top - 1 <= seg.top and seg.bottom <= bottom + 1
            and name_tokens(seg.text)[-1:] == read[-1:]]
    if not ends:
        return None
    last = max(ends, key=lambda seg: (seg.top, seg.x1))
    height = max(last.bottom - last.top, 1.0)
    row = sorted((seg for seg in page.segments if seg.line == last.line
                  and last.x1 - 1 <= seg.x0 <= last.x1 + 4 * height), key=lambda seg: seg.x0)
    # a speck beside it read as a letter at noise level ('Lapointe A', the 'A' at 0.40) is none
    # of the name's words
    words = [w for w in row[0].words if w.conf >= 0.5] if row else []
    if not words or name_tokens(" ".join(w.text for w in words)) != typed[n:]:
        return None
    return min(w.conf for w in words)
