"""Typed value first on a scan: the typed value looked for in the OCR words themselves, and the
reading beside it judged by how OCR errs.

Finding. The bill's number index (findphones.py) finds what reads as a phone number. OCR breaks
numbers in ways no bill prints: a space inside a group ('907.555.01 71'), the groups in separate
words with a speck between ('720 | 555 0174'), a letter for a digit ('9O7'). The typed number says
which ten digits to look for, so each OCR line is read as a stream of digits, the separators and
spaces between them skipped, and the typed digits are looked for in it whole: never inside a
longer run of digits, never across a word that is not part of a number. What is found keeps its
own confidence: the least sure of its words, and no more than `CONFUSED_READ` when OCR broke a
group or a letter had to be read as a digit (a reading partly wrong can list a typed number where
the bill lists lines, never prove another one). Its place is judged as any other sighting's
(pageindex.places): a number found in a call detail row or a help line is still not the
customer's.

Judging. A reading a character or two off the typed value is, on a scan, usually OCR's doing and
a question for the eye (judge.py's `near`). Not always: when the reading sits where the bill gives
that very field (its label on the line, its column, its block), every word of it was read with
confidence, and the characters that differ are not ones OCR takes for each other (a 9 where the
case has a 1; not a 5 for an S, an 8 for a 3), the bill prints another value there, and the
specialist needs to hear "mismatch" with the bill's value, not "compare it by eye".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from portdesk.bills.context import Context
from portdesk.bills.findbase import Found, _found
from portdesk.bills.layout import Segment
from portdesk.bills.ocrdigits import CONFUSED_PAIRS, CONFUSED_READ, as_digits
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.placerank import DIRECT, Sighting, primary_place, rank_context
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MIN_MISMATCH_READ

_SEPARATORS = frozenset(" .-()/:,'’°~*+|")
_GROUP_ENDS = (3, 6)  # a phone number's own breaks: 720|555|0174
MAX_WORDS = 4  # more words than this are more than one number's pieces


@dataclass(frozen=True, slots=True)
class Digit:
    char: str
    word: int  # index of the word in the segment
    first: bool  # the first digit of its word
    changed: bool  # a letter read as a digit


def digit_stream(words: list[str]) -> list[Digit | None]:
    """The digits of consecutive words; None where something other than a digit or a
    separator stands (a word of letters, a letter inside a word): a number does not cross it."""
    out: list[Digit | None] = []
    for i, text in enumerate(words):
        fixed = as_digits(text)
        first = True
        for raw, c in zip(text, fixed, strict=True):
            if c.isdigit():
                out.append(Digit(c, i, first, not raw.isdigit()))
                first = False
            elif c not in _SEPARATORS:
                out.append(None)
                first = True
    return out


def find_digits(stream: list[Digit | None], key: str) -> list[tuple[int, int, bool]]:
    """(first word, last word, read partly wrong) of each run of `key` in the stream, whole.

    Never inside a longer run of digits, but a row of the bill's list of lines reads as one run
    ('+1518 555 0153 +1518 555 0124': OCR leaves no mark between the numbers): a run that splits,
    at the start of words, into whole numbers of ten or eleven digits is those numbers."""
    chars = "".join(d.char if d is not None else "x" for d in stream)
    hits: list[tuple[int, int, bool]] = []
    for m in re.finditer(rf"(?=((?:1)?{key}))", chars):
        start, end = m.start(), m.start() + len(m.group(1))
        if m.group(1) != key and chars[start + 1:end] == key and _whole(stream, chars, start + 1,
                                                                          end):
            continue  # the same number without its 1: the reading with it is the one kept
        if not _whole(stream, chars, start, end):
            continue
        run = [d for d in stream[start:end] if d is not None]
        lead = len(run) - len(key)
        words = {d.word for d in run}
        if len(words) > MAX_WORDS:
            continue
        breaks = {i - lead for i, d in enumerate(run) if d.first and i > lead}
        odd = bool(breaks - set(_GROUP_ENDS)) or any(d.changed for d in run)
        hits.append((run[0].word, run[-1].word, odd))
    return hits


def _whole(stream: list[Digit | None], chars: str, start: int, end: int) -> bool:
    """The digits from `start` to `end` stand alone, or beside whole numbers of the same row."""
    first = chars.rfind("x", 0, start) + 1
    last = chars.find("x", end)
    last = len(chars) if last < 0 else last
    return (start == first or _word_start(stream, start)) and _numbers(stream, first, start) and (
        _numbers(stream, end, last))


def _numbers(stream: list[Digit | None], a: int, b: int) -> bool:
    """Digits a..b are nothing, or whole numbers each starting a word: ten digits, or eleven
    with the country's 1."""
    if a == b:
        return True
    d = stream[a]
    if b - a < 10 or d is None or not d.first:
        return False
    sizes = (10, 11) if d.char == "1" else (10,)
    return any(_numbers(stream, a + n, b) for n in sizes if a + n == b or (
        a + n < b and _word_start(stream, a + n)))


def _word_start(stream: list[Digit | None], i: int) -> bool:
    d = stream[i]
    return d is not None and d.first


def typed_number_readings(bill: BillIndex, e164: str) -> list[Found]:
    """The typed number's ten digits as OCR read them, in every OCR line that holds them."""
    if not e164.startswith("+1") or len(e164) != 12:
        return []
    cached = bill.cache.setdefault("typed_numbers", {})
    assert isinstance(cached, dict)
    if e164 not in cached:
        cached[e164] = [f for index in bill.pages if index.page.source == "ocr"
                        for seg in index.segments for f in _in_segment(index, seg, e164[2:])]
    return list(cached[e164])


def _in_segment(index: PageIndex, seg: Segment, key: str) -> list[Found]:
    from portdesk.bills.scanphones import digit_run_line, stub_scan_line

    if digit_run_line(seg.text) or stub_scan_line(index, seg):
        return []  # a payment stub's scan line: runs of digits, not a list of numbers
    stream = digit_stream([w.text for w in seg.words])
    out = []
    for a, b, odd in find_digits(stream, key):
        found = _found(index, seg, a, b)
        out.append(replace(found, read_conf=min(found.read_conf, CONFUSED_READ)) if odd
                   else found)
    return out


# -- a reading of exactly the typed digits, read unsurely ------------------------------------
# Tesseract's word confidence is its doubt over every string the pixels could be; the typed
# value is a witness it did not have. For a reading to equal the specialist's digits while the
# bill prints others, OCR would have to misread exactly the digit the specialist mistyped, into
# exactly the digit typed: two independent errors agreeing. So a reading of the typed digits,
# every one of them, in the place where the bill gives that very value (the list of the lines,
# the value of the BTN's or the account's label), confirms it down to `TYPED_READ`. Below that the
# word is mostly noise, and anywhere else (a doubtful place, a part of a longer run) a low
# reading stays a question for the eye. The budget is tied to the confidence: a reading OCR got
# partly wrong (a letter read for a digit, a group broken where no bill breaks it) needed a
# repair to equal the typed value, so it confirms only at the usual MIN_MATCH_READ.
TYPED_READ = 0.4
# a bracket, a brace or the pound sign of its shape read for the area code's parenthesis
# ('{509) 555-0104', '£208) 555-0117') is the same print,
# and so is a speck read as a mark between two groups ("503 555'0155") or after the last digit
# ('805.555.0144,'): a mark is no digit, so the digits are still every one as typed
_CLEAN = re.compile(r"(?:\+?1[\s.-]?)?[({\[£]?\d{3}[)}\]]?[\s.\-'’`°]?\d{3}[\s.\-'’`°]?\d{4}|"
                    r"\d[\d./-]{5,}\d")
_END_SPECKS = ",.;:'’`°"
# and a speck read glued before the first digit ('"402-555-0142', '*402-555-0114'): a mark is no
# digit either, so the ten digits are still every one as typed
_LEAD_SPECKS = "\"'’‘`*°.,:;"


def read_as_typed(s: Sighting, in_its_place: bool) -> bool:
    """A sighting of the typed digits read unsurely that still confirms them (see above)."""
    form = s.form.strip().rstrip(_END_SPECKS).lstrip(_LEAD_SPECKS)
    return in_its_place and s.whole and s.read_conf >= TYPED_READ and sum(
        c.isdigit() for c in form) >= 7 and _CLEAN.fullmatch(form) is not None


_GRID_CELL = re.compile(r"^[\d().+\-/,]+$")


def in_number_grid(index: BillIndex, s: Sighting) -> bool:
    """A scan's row of phone numbers and nothing else ('907.555.0114 907.555.0166 907.555.0113')
    under a heading naming the lines ('Your Lines'): the cells right of the heading's column are
    still its list (their place reads as the page's section, which alone lists nothing, or as
    no place at all when the heading places only the row's first cell)."""
    e = s.evidence
    if not 0 < e.page <= len(index.pages) or index.pages[e.page - 1].page.source != "ocr":
        return False
    page = index.pages[e.page - 1]
    if s.label and page.kind(s.label) != Context.NUMBERS:
        return False
    cells = [seg for seg in page.segments if seg.top < e.bbox[3] and e.bbox[1] < seg.bottom]
    row = [w for seg in cells for w in seg.words]
    digits = [sum(c.isdigit() for c in w.text) for w in row]
    if not row or not all(_GRID_CELL.match(w.text) for w in row) or sum(
            d >= 10 for d in digits) < 2:
        return False
    # a cell with no place of its own ('907.555.0157.' right of the heading's column, the
    # heading over the row's first cell only): the row's first cell says what the row lists
    first = min(cells, key=lambda seg: seg.x0)
    return bool(s.label) or (s.context == Context.NONE and first.x0 < e.bbox[0] and any(
        page.kind(p.label) == Context.NUMBERS for p in page.places(first)[:1]))


_PHONE_CELL = re.compile(r"^\(?[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}[\s.-]?\d{4}")
COLUMN_PEERS = 2  # whole numbers read surely in the same column that make it a list of lines


def in_number_column(index: BillIndex, s: Sighting) -> bool:
    """A scan's reading at the head of a row, in a column of whole phone numbers starting rows
    right at its left edge, two or more of them read surely ('(208) 555-0177 Business Line'
    over and under '(208) 555°0135 1FB Business Line'): a column listing lines, where the text
    version of the bill lists the number by its print alone. There the typed digits read
    unsurely confirm it as they do under a label naming the lines (`read_as_typed`)."""
    from portdesk.bills.verdicts import MIN_MATCH_READ

    e = s.evidence
    if not 0 < e.page <= len(index.pages) or index.pages[e.page - 1].page.source != "ocr":
        return False
    page = index.pages[e.page - 1]
    height = max(e.bbox[3] - e.bbox[1], page.body_height)
    peers = 0
    for seg in page.segments:
        first = seg.words[0] if seg.words else None
        if first is None or abs(first.x0 - e.bbox[0]) > height or (
                seg.top < e.bbox[3] and e.bbox[1] < seg.bottom):
            continue
        m = _PHONE_CELL.match(seg.text)
        if m is None or abs(seg.top - e.bbox[1]) > 12 * height:
            continue
        words, size = [], 0
        for w in seg.words:  # the words the number is read from
            if size >= m.end():
                break
            words.append(w)
            size += len(w.text) + 1
        peers += min(w.conf for w in words) >= MIN_MATCH_READ
    return peers >= COLUMN_PEERS


def bare_digit_run(index: BillIndex, s: Sighting) -> bool:
    """A scan's bare run of ten or eleven digits with nothing saying what it is (no label, no
    heading, no table): a payment stub's scan line that a photo broke into pieces
    ('5065550164' alone, the BTN's digits inside it). Bills print the lines they list with
    their separators; such a run lists nothing, so it confirms no number."""
    e = s.evidence
    form = s.form.strip()
    return (0 < e.page <= len(index.pages) and index.pages[e.page - 1].page.source == "ocr"
            and form.isdigit() and len(form) in (10, 11) and s.context == Context.NONE
            and not s.label)


def spelled_as_typed(s: Sighting, typed: str, in_its_place: bool) -> bool:
    """A name or an account number with letters, read unsurely but equal to the typed value in
    every letter and digit (case and punctuation aside), in the field's own place: the same two-errors argument as
    `read_as_typed` (OCR misreading the print into exactly the specialist's characters), for
    values `_CLEAN` does not cover ('TX-756874', 'Oakmont Architects Inc'). Short values and
    noise-level readings stay questions."""
    return (in_its_place and s.whole and s.read_conf >= TYPED_READ and len(key(s.form)) >= 6
            and key(s.form) == key(typed))


def address_as_typed(s: Sighting, typed: str, in_its_place: bool) -> bool:
    """A service address read unsurely in its own place whose OCR text itself (the words as
    read, before any confusion was undone toward the typed value) holds every letter and digit
    of the typed address in order, nothing else: the argument of `spelled_as_typed`, over a
    value of twenty characters and more. A unit, a ZIP+4 or a word the scan adds or lacks keeps
    it a question."""
    if not (in_its_place and s.whole and s.read_conf >= TYPED_READ and len(key(typed)) >= 12):
        return False
    return key(s.evidence.text) == key(typed) or read_as_found(s)


def read_as_found(s: Sighting) -> bool:
    """The address's OCR words as read (no confusion undone toward the typed value), parsed as
    an address, are the address found: the same argument as the characters', over the parsed
    parts, so a province printed by its name in brackets ('Québec (Québec) G1K 5j9') or a
    letter's case in a postal code is no doubt. One repair only: a unit word read as no unit
    word by a letter of its shape ('FI 8D' for 'Fl 8D'); no unit word reads that way, so the
    confusion cannot turn one real unit into another. Any other letter or digit OCR would have
    to misread into exactly the typed one."""
    from portdesk.bills.addrmatch import addresses_equivalent
    from portdesk.bills.addrparse import parse_address_lines
    from portdesk.bills.findaddr import _specks_off, _split_by_city, unit_word
    from portdesk.domain.case import Address

    if not isinstance(s.value, Address):
        return False
    lines = [unit_word(_specks_off(line)) for line in s.evidence.text.split(" / ")]
    lines[-1] = _split_by_city(lines[-1], s.value.city)
    read = parse_address_lines(lines)
    return read is not None and addresses_equivalent(s.value, read)


def new_readings(found: list[Found], readings: list[Found]) -> list[Found]:
    """The typed-value readings at places the number index did not list the number already."""
    seen = [f.evidence for f in found]
    return found + [r for r in readings if not any(
        r.evidence.page == e.page and _overlaps(r.evidence.bbox, e.bbox) for e in seen)]


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# -- judging the reading beside the typed value ----------------------------------------

def key(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def plainly_other(typed: str, read: str) -> bool:
    """Same length, one or two characters differ, none of them a pair OCR confuses."""
    t, r = key(typed), key(read)
    if len(t) < 6 or len(t) != len(r):
        return False
    diffs = [frozenset((a, b)) for a, b in zip(t, r, strict=True) if a != b]
    return 0 < len(diffs) <= 2 and not any(d in CONFUSED_PAIRS for d in diffs)


def confusions_away(typed: str, read: str) -> bool:
    """`read` could be `typed` misread: same length, one or two characters differ, and at least
    one of them is a pair OCR confuses ('218-355-0158' for '218-555-0158'). On a scan such a
    reading is a question for the eye, never another value (the complement of `plainly_other`
    among near readings)."""
    t, r = key(typed), key(read)
    if len(t) < 6 or len(t) != len(r):
        return False
    diffs = [frozenset((a, b)) for a, b in zip(t, r, strict=True) if a != b]
    return 0 < len(diffs) <= 2 and any(d in CONFUSED_PAIRS for d in diffs)


def sure_other_value(index: BillIndex, field: str, typed: str,
                     near: Evidence | None) -> str | None:
    """The bill's own value at `near` when it plainly differs from the typed one, read surely
    in the field's own place; None when it is a question for the eye."""
    if near is None or not 0 < near.page <= len(index.pages):
        return None
    page = index.pages[near.page - 1]
    if page.page.source != "ocr":
        return None
    x0, top, x1, bottom = near.bbox
    for seg in page.segments:
        inside = [i for i, w in enumerate(seg.words) if w.x0 < x1 and x0 < w.x1
                  and w.top < bottom and top < w.bottom]
        if not inside:
            continue
        words = [seg.words[i] for i in inside]
        read = " ".join(w.text for w in words)
        place = primary_place(page.places(seg, inside[0], last=inside[-1]), field)
        if (min(w.conf for w in words) >= MIN_MISMATCH_READ and plainly_other(typed, read)
                and rank_context(field, place.context) == 2 and place.relation in DIRECT):
            return read
        return None
    return None


def disagreeing_conf(index: BillIndex, evidence: Evidence | None, typed: list[str]) -> float:
    """How surely the scan read the words of the bill's value that the typed value lacks ('Inc.'
    in 'Bayshore Motors[0.82] Inc.' against 'Bayshore Motors LLC'): a mismatch rests on those,
    not on the words both agree on. 0.0 when there are none or they cannot be told."""
    from portdesk.bills.find import name_tokens

    if evidence is None or not 0 < evidence.page <= len(index.pages):
        return 0.0
    page = index.pages[evidence.page - 1]
    x0, top, x1, bottom = evidence.bbox
    words = [w for seg in page.segments for w in seg.words
             if w.x0 < x1 and x0 < w.x1 and w.top < bottom and top < w.bottom]
    other = [w for w in words if any(t not in typed for t in name_tokens(w.text))]
    return min((w.conf for w in other), default=0.0)


def misread_of_typed(index: BillIndex, near: Evidence | None, typed: list[str]) -> Evidence | None:
    """`near` (a reading a character or two off the typed name) as a possible misreading of it,
    judged by the words that differ: when each was read surely and none is the typed word with
    letters of the same shape ('Inc' where 'LLC' was typed; 'Brixge' is no misreading of
    'Bridge' read at 0.95), the scan prints another name there, not the typed one unclearly.
    Case and punctuation never make a difference (name_tokens folds them)."""
    from portdesk.bills.find import name_tokens
    from portdesk.bills.scanmatch import lookalike_word

    if near is None or not 0 < near.page <= len(index.pages):
        return near
    page = index.pages[near.page - 1]
    x0, top, x1, bottom = near.bbox
    row = sorted((w for seg in page.segments for w in seg.words
                  if w.top < bottom and top < w.bottom), key=lambda w: w.x0)
    words = [w for w in row if w.x0 < x1 and x0 < w.x1]
    short = len(typed) - len(name_tokens(" ".join(w.text for w in words)))
    # the alignment may stop before the words that differ ('Northgate Auto Repair' of '... LLC'
    # against 'Northgate Auto Repair Inc'): the row's next words stand in for the missing ones
    words += [w for w in row if w.x0 >= x1][:max(0, short)]
    other = [(w, t) for w in words for t in name_tokens(w.text) if t not in typed]
    if not other or min(w.conf for w, _ in other) < MIN_MISMATCH_READ:
        return near
    if any(lookalike_word(x, t) for _, t in other for x in typed):
        return near
    return None


def misread_or_printed(near: Evidence | None, typed: str, bill: str | None) -> Evidence | None:
    """`near` as a doubt about the bill's value, unless it is the typed value itself, every
    character, while the bill's own value is far from it: then the typed value is printed there
    as something else (an invoice number typed as the account), and its place, not OCR's doubt,
    says what it is. OCR disagreeing with itself ('9187789' under the label, '9187759' in the
    stub's line) stays a question for the eye."""
    from rapidfuzz.distance import Levenshtein

    if near is None or bill is None:
        return near
    t = key(typed)
    if t not in (key(w) for w in re.split(r"[^0-9A-Za-z]+", near.text)):
        return near
    return near if Levenshtein.distance(t, key(bill)) <= 2 else None


def judged_as_other(near: Evidence | None, field: str, sightings: list[Sighting], typed: str,
                    bill: str | None, bill_read: float) -> Evidence | None:
    """`near`, unless it is the typed value itself, found whole where the bill says it is
    something else (a rank-0 place: another of the account's lines typed as the BTN): there the
    text judge says "the case's value appears only as that" and the bill's own value decides,
    so OCR reading the typed value is no doubt about it. Only where that value was read surely
    (`SURE_DIGITS`, the decided one-digit rule's bar): a bill's value read short of it, a digit
    off the typed one, may be the typed value misread, and stays a question. For the BTN (a
    listed line, the carrier's help line); an account number read under another reference's
    block keeps scans round 7's question (OCR disagreeing with itself)."""
    from portdesk.bills.addrdigits import SURE_DIGITS
    from portdesk.bills.judge import overlap
    from portdesk.bills.placerank import rank

    if near is None or not any(s.whole and rank(field, s) == 0 and overlap(near, s.evidence)
                               for s in sightings):
        return near
    return near if bill is None or bill_read < SURE_DIGITS else None
