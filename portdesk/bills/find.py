"""Case first: search the whole bill for each value the specialist typed, in any of its forms.

Reading a bill blind and then comparing loses most of its accuracy in finding and judging the
value, not in reading it. The typed value says what to look for: "Acme Plumbing Inc" also as
"ACME PLUMBING, INCORPORATED"; 4410-2231-09 also as "4410 2231 09"; +17205550140 also as
"720.555.0140" or inside "720-555-0133 THRU 0152". Every place it is found keeps its evidence and
what the bill says that place is (pageindex.places), and the comparison judges from that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from portdesk.bills.context import Context, Place, classify, fold
from portdesk.bills.judge import BLOCK, Sighting, primary_place
from portdesk.bills.layout import Segment
from portdesk.bills.ocrdigits import (
    CONFUSED_READ,
    alike,
    as_digits,
    key_as_digits,
    toward,
    typed_words,
)
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.parse import phones_in
from portdesk.bills.ranges import abbreviated_in, blocks_in, row_blocks
from portdesk.bills.reader import Word
from portdesk.bills.scanphones import add_scan_readings, stub_scan_line
from portdesk.bills.structure import carrier_furniture
from portdesk.bills.values import Evidence
from portdesk.domain.numbers import TOLL_FREE_NPAS

_SUFFIXES = {"incorporated": "inc", "corporation": "corp", "company": "co", "limited": "ltd",
             "limitee": "ltee", "l l c": "llc", "&": "and", "et": "and", "cie": "co"}


@dataclass(frozen=True, slots=True)
class Found:
    """One place the bill prints a typed value."""

    form: str  # as printed
    evidence: Evidence
    places: tuple[Place, ...]
    read_conf: float  # lowest OCR word confidence of the value (1.0 on a text layer)
    whole: bool = True  # the value fills its place (not part of a longer name or number)


def _word_span(seg: Segment, start: int, end: int) -> tuple[int, int]:
    """Word indexes [first, last] covering characters [start, end) of seg.text."""
    pos, first, last = 0, -1, -1
    for i, w in enumerate(seg.words):
        w_end = pos + len(w.text)
        if first < 0 and w_end > start:
            first = i
        if pos < end:
            last = i
        pos = w_end + 1
    return max(first, 0), max(last, first, 0)


def _found(index: PageIndex, seg: Segment, first: int, last: int, whole: bool = True,
           at: int | None = None) -> Found:
    """A sighting of words first..last; `at` is the value's first character in seg.text."""
    words = seg.words[first:last + 1]
    part = Segment(seg.page, words, seg.line)
    prefix = seg.text[:at] if at is not None else None
    return Found(part.text, Evidence.of(part), tuple(index.places(seg, first, prefix)),
                 _read_conf(words), whole)


def _read_conf(words: tuple[Word, ...]) -> float:
    """How surely OCR read the value: its least sure word; a range's dash or a stray mark
    between the words is not part of the value."""
    return min((w.conf for w in words if any(c.isalnum() for c in w.text)),
               default=min(w.conf for w in words))


def _scan_line(text: str) -> bool:
    """A payment stub's scan line: runs of bare digits, not a list of phone numbers."""
    return sum(1 for t in text.split() if t.isdigit() and len(t) >= 5) >= 2


# -- numbers ---------------------------------------------------------------------------------
def phone_index(bill: BillIndex) -> dict[str, list[Found]]:
    """Every dialable number printed on the bill, ranges expanded, with its places."""
    cached = bill.cache.get("phones")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out: dict[str, list[Found]] = {}
    bill.cache["phones"] = out
    for index in bill.pages:
        for seg in index.segments:
            seen = _phones_of(index, seg, seg.text, out)
            if index.page.source == "ocr":  # cut or glued by OCR unlike any printed form
                add_scan_readings(index, seg, seen, out)
            fixed = as_digits(seg.text) if index.page.source == "ocr" else seg.text
            if fixed != seg.text:  # 'SSS-0132' on a scan: listed too, as read partly wrong
                extra: dict[str, list[Found]] = {}
                _phones_of(index, seg, fixed, extra)
                for e164, sights in extra.items():
                    if e164 not in seen:
                        out.setdefault(e164, []).extend(
                            replace(f, read_conf=min(f.read_conf, CONFUSED_READ)) for f in sights)
        for first, last, block in row_blocks(index):
            head = _found(index, first, 0, len(first.words) - 1)
            found = Found(f"{first.text} – {last.text}", Evidence.of(first, last), head.places,
                          min(head.read_conf, last.conf))
            for e164 in block.numbers():
                if found not in out.setdefault(e164, []):
                    out[e164].append(found)
    return out


def _phones_of(index: PageIndex, seg: Segment, text: str, out: dict[str, list[Found]]) -> set[str]:
    """The numbers of one segment (`text` is its text, or the same read as digits) into `out`."""
    covered: list[tuple[int, int]] = []
    seen: set[str] = set()

    def add(e164: str, found: Found) -> None:
        seen.add(e164)
        out.setdefault(e164, []).append(found)

    for block in blocks_in(text, index.page.source == "ocr"):
        a, b = _word_span(seg, *block.span)
        found = _found(index, seg, a, b, at=block.span[0])
        # a block of numbers is a list of lines by its form, whatever heads it
        found = replace(found, places=(*found.places, BLOCK))
        for e164 in block.numbers():
            add(e164, found)
        covered.append(block.span)
    scan_line = _scan_line(text) or (index.page.source == "ocr" and stub_scan_line(index, seg))
    for e164, printed in phones_in(text):
        at = text.find(printed)
        if any(s <= at < e for s, e in covered) or (scan_line and printed.isdigit()):
            continue
        a, b = _word_span(seg, at, at + len(printed))
        found = _in_margin(index, seg, _found(index, seg, a, b, at=at))
        found = _the_accounts_number(index, seg, found, e164, text)
        after = text[at + len(printed):]
        if _ID_SUFFIX.match(after):  # '522-378-5402/750': an account number, not a line
            found = replace(found, whole=False)
        add(e164, _as_account_id(found, printed, after))
    for e164, (start, end) in abbreviated_in(text):
        a, b = _word_span(seg, start, end)
        add(e164, _found(index, seg, a, b, at=start))
    return seen


_ID_SUFFIX = re.compile(r"/\d{1,3}(?![\d/])")


def number_sightings(e164: str, found: list[Found]) -> list[Sighting]:
    """Where the bill prints a phone number, each judged as one of the account's lines could be."""
    toll_free = e164[2:5] in TOLL_FREE_NPAS
    out = []
    for f in found:
        place = primary_place(f.places, "numbers", toll_free)
        out.append(Sighting(f.form, f.evidence, place.context, place.label, f.read_conf, f.whole,
                            direct=place.relation in ("line", "column")))
    return out


_ONE_NUMBER = re.compile(r"(?:your |account )?(?:telephone|phone|tel\.?)\s*(?:number|no\.?|#)\W*$|"
                         r"(?:numero|no) de telephone\W*$")


def _the_accounts_number(index: PageIndex, seg: Segment, found: Found, e164: str,
                         text: str) -> Found:
    """'Telephone Number 502-555-0141' beside the account number, or 'Telephone No.' over one
    value in the account's header grid: one number answering a singular label is the account's
    own (billing) number, not a list of lines. A toll-free number never is: it is the carrier's."""
    if not found.places or e164[2:5] in TOLL_FREE_NPAS:
        return found
    place = found.places[0]
    if place.context != Context.NUMBERS or place.relation not in ("line", "column"):
        return found
    if not _ONE_NUMBER.match(fold(_label_words(place.label))) or len(phones_in(text)) != 1:
        return found
    if not _among_account_details(index, seg, place.relation):
        return found
    return Found(found.form, found.evidence, (Place(Context.BTN, place.label, place.relation),
                                              *found.places[1:]), found.read_conf, found.whole)


def _among_account_details(index: PageIndex, seg: Segment, relation: str) -> bool:
    """In the account's header: a grid whose other cells name the account, an invoice or a
    date, with this one value under it; or a pair beside an account number pair."""
    from portdesk.bills.layout import below

    if relation == "column":
        header = index.header_row(seg)
        under = below(seg, index.segments, max_lines=2.2)
        if header is None or (under is not None and phones_in(under.text)):
            return False  # a column of numbers: the account's lines
        return any(classify(h.text) in (Context.ACCOUNT, Context.OTHER_ID)
                   or "date" in fold(h.text) for h in header)
    rows = [" ".join(s.text for s in sorted(index.lines.get(n, []), key=lambda s: s.x0))
            for n in (seg.line - 2, seg.line - 1, seg.line + 1, seg.line + 2)]
    return any(classify(_label_words(row)) == Context.ACCOUNT for row in rows if row)


def _label_words(label: str) -> str:
    """'Telephone Number: 502-555-0141' -> 'Telephone Number:' (the words before any digit)."""
    m = re.search(r"\d", label)
    return label[:m.start()] if m else label


def _in_margin(index: PageIndex, seg: Segment, found: Found) -> Found:
    """An unlabelled number on a line of the carrier's own furniture (its legal name or web
    site beside it, the 'Page 2 of 3' line, a line repeated on every page) is the carrier's,
    not one of the customer's lines; where the line sits on the page says nothing."""
    if any(p.context != Context.NONE for p in found.places if p.relation != "section"):
        return found
    if not carrier_furniture(seg, index.lines.get(seg.line, [seg]), index.running):
        return found
    margin = Place(Context.CARRIER, "the carrier's own line (name, web site, page furniture)",
                   "line")
    return Found(found.form, found.evidence, (margin, *found.places), found.read_conf,
                 found.whole)


def _as_account_id(found: Found, printed: str, after: str) -> Found:
    """Ten bare digits beside an account label are the account number, not a phone line; a
    number that an account number goes on after ("265 992-1013 629") is part of it (`whole`
    False): many wireline accounts start with the billing number, but not every one does."""
    if not any(p.context == Context.ACCOUNT for p in found.places[:1]):
        return found
    if printed.isdigit():
        places = (Place(Context.OTHER_ID, found.places[0].label, found.places[0].relation),
                  *found.places[1:])
        return Found(found.form, found.evidence, places, found.read_conf, found.whole)
    if re.match(r"[\s/-]?\d", after):
        return Found(found.form, found.evidence, found.places, found.read_conf, False)
    return found


# -- account numbers -------------------------------------------------------------------------
def _alnum_map(seg: Segment, digits: bool = False) -> tuple[str, list[tuple[int, bool, bool]]]:
    """The segment's letters and digits upper-cased, each with (word, starts word, ends word);
    with `digits`, a scan's numbers with their misread letters read as digits."""
    chars: list[str] = []
    where: list[tuple[int, bool, bool]] = []
    for i, w in enumerate(seg.words):
        kept = [c for c in (as_digits(w.text) if digits else w.text) if c.isalnum()]
        for j, c in enumerate(kept):
            chars.append(c.upper())
            where.append((i, j == 0, j == len(kept) - 1))
    return "".join(chars), where


def _continues(seg: Segment, word: int) -> bool:
    """A neighbouring word that is more of the same number (digits and separators only)."""
    if not 0 <= word < len(seg.words):
        return False
    text = seg.words[word].text.strip(",;")
    return bool(text) and bool(re.fullmatch(r"[\d\-./]+", text)) and any(c.isdigit() for c in text)


def find_account(bill: BillIndex, typed: str) -> list[Found]:
    """The typed account number in any punctuation, on word boundaries, never inside a longer one."""
    key = re.sub(r"[^0-9A-Za-z]", "", typed).upper()
    if len(key) < 4:
        return []
    out: list[Found] = []
    for index in bill.pages:
        for seg in index.segments:
            out.extend(_account_runs(index, seg, key, False))
            if index.page.source == "ocr" and len(key) >= 6:  # '4l39 27l6': read partly wrong
                confused = _account_runs(index, seg, key_as_digits(key).upper(), True)
                out.extend(replace(f, read_conf=min(f.read_conf, CONFUSED_READ))
                           for f in confused if f.evidence not in {o.evidence for o in out})
    return out


def _account_runs(index: PageIndex, seg: Segment, key: str, digits: bool) -> Iterator[Found]:
    flat, where = _alnum_map(seg, digits)
    start = flat.find(key)
    while start >= 0:
        end = start + len(key) - 1
        (w0, starts, _), (w1, _, ends) = where[start], where[end]
        if starts and ends:
            whole = not _continues(seg, w0 - 1) and not _continues(seg, w1 + 1)
            yield _found(index, seg, w0, w1, whole)
        start = flat.find(key, start + 1)


# -- names -----------------------------------------------------------------------------------
_INITIALS = re.compile(r"\b(?:[a-z]\.\s?){2,}(?:[a-z]\b)?")  # 'l.l.c' too: its last dot lost


def name_tokens(text: str) -> list[str]:
    """Words of a name with corporate suffixes in one form: "P.C." is "pc", "Inc." "inc"."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = _INITIALS.sub(lambda m: m.group().replace(".", "").replace(" ", "") + " ",
                         text.lower().replace("’", "'"))
    words = re.sub(r"[^\w&']", " ", text).replace("'", "").split()
    return [_SUFFIXES.get(w, w) for w in words]


def _segment_tokens(seg: Segment) -> list[tuple[str, int]]:
    return [(t, i) for i, w in enumerate(seg.words) for t in name_tokens(w.text)]


def find_name(bill: BillIndex, typed: str) -> list[Found]:
    """The typed name as a run of words; `whole` when it is all the value its place holds."""
    want = name_tokens(typed)
    if not want:
        return []
    out: list[Found] = []
    for index in bill.pages:
        for seg in index.segments:
            out.extend(_name_runs(index, seg, want, typed))
            out.extend(_wrapped_runs(index, seg, want))
    return out


def _confused(found: Found, typed: str) -> Found:
    """A name read with a letter OCR confuses: the typed letter there (the pixels cannot tell
    'l' from 'I'), the bill's own everywhere else, and never surer than such a reading is."""
    form = toward(found.form, typed_words(typed))
    return replace(found, form=form, read_conf=min(found.read_conf, CONFUSED_READ))


_TRADE_NAME = re.compile(r"(?i)(?:^|\s)(?:dba|d/b/a|o/a|t/a|aka|doing business as)\W*$")


def _wrapped_runs(index: PageIndex, seg: Segment, want: list[str]) -> Iterator[Found]:
    """The name wrapped onto the next line of its column ("NORTHERN LIGHTS VETERINARY" over
    "HOSPITAL PC"): the end of this segment and the start of the one under it."""
    from portdesk.bills.layout import below

    tokens = _segment_tokens(seg)
    starts = [i for i in range(len(tokens)) if len(tokens) - i < len(want)
              and [t for t, _ in tokens[i:]] == want[:len(tokens) - i]]
    if not starts:
        return
    nxt = below(seg, index.segments, max_lines=1.9, align=6.0)
    if nxt is None or classify(nxt.text) != Context.NONE:
        return  # a label under the name starts another field
    more = _segment_tokens(nxt)
    for i in starts:
        k = len(want) - (len(tokens) - i)
        if k > len(more) or [t for t, _ in more[:k]] != want[len(tokens) - i:]:
            continue
        first, last = tokens[i][1], more[k - 1][1]
        head = Segment(seg.page, seg.words[first:], seg.line)
        tail = Segment(nxt.page, nxt.words[:last + 1], nxt.line)
        before = " ".join(w.text for w in seg.words[:first])
        label_before = not before or bool(re.search(r"[:#]\s*$", before)) or (
            classify(before) != Context.NONE)
        whole = label_before and last == len(nxt.words) - 1
        yield Found(f"{head.text} {tail.text}", Evidence.of(head, tail),
                    tuple(index.places(seg, first)), min(head.conf, tail.conf), whole)


def _name_runs(index: PageIndex, seg: Segment, want: list[str], typed: str = "") -> Iterator[Found]:
    tokens = _segment_tokens(seg)
    n = len(want)
    scan = index.page.source == "ocr"
    for i in range(len(tokens) - n + 1):
        got = [t for t, _ in tokens[i:i + n]]
        confused = scan and alike(want, got)  # 'Itée' for 'ltée': a letter of one shape
        if got != want and not confused:
            continue
        first, last = tokens[i][1], tokens[i + n - 1][1]
        before = " ".join(w.text for w in seg.words[:first])
        # unsure OCR scraps after the name are not more of the name
        after = [(t, k) for t, k in tokens[i + n:] if not (
            seg.words[k].conf < 0.5 and sum(c.isalnum() for c in seg.words[k].text) <= 4)]
        label_before = not before or bool(re.search(r"[:#]\s*$", before)) or (
            classify(before) != Context.NONE) or bool(_TRADE_NAME.search(before))
        found = _found(index, seg, first, last, whole=not after and label_before)
        yield _confused(found, typed) if confused else found


def near_on_scan(bill: BillIndex, typed: str, sure: float = 1.01) -> Evidence | None:
    """The typed value as OCR may have misread it: a line of a scanned page that holds it a
    character or two off (Tesseract's confidence is no promise: "675 9" read "675 G" at 0.93).
    With `sure` under 1, only readings where OCR doubted a word count. None on a text layer."""
    from rapidfuzz import fuzz

    key = re.sub(r"[^0-9A-Za-z]", "", typed).upper()
    if len(key) < 4:
        return None
    for index in bill.pages:
        if index.page.source != "ocr":
            continue
        for row in index.lines.values():
            words = [w for seg in sorted(row, key=lambda s: s.x0) for w in seg.words]
            flat = "".join(c for w in words for c in w.text if c.isalnum()).upper()
            if len(flat) < len(key) - 2:
                continue
            got = fuzz.partial_ratio_alignment(key, flat, score_cutoff=100 * (1 - 2.5 / len(key)))
            if got is None:
                continue
            spanned = _words_at(words, got.dest_start, got.dest_end)
            if spanned and min(w.conf for w in spanned) < sure:
                return Evidence.of(Segment(row[0].page, tuple(spanned), row[0].line))
    return None


def _words_at(words: list[Word], start: int, end: int) -> list[Word]:
    out, pos = [], 0
    for w in words:
        n = sum(c.isalnum() for c in w.text)
        if pos < end and pos + n > start:
            out.append(w)
        pos += n
    return out
