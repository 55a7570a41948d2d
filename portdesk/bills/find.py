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
from dataclasses import dataclass

from portdesk.bills.context import Context, Place, classify
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.parse import phones_in
from portdesk.bills.reader import Word
from portdesk.bills.values import Evidence

MAX_RANGE = 1000  # a printed range longer than this is not a list of the customer's lines
_SUFFIXES = {"incorporated": "inc", "corporation": "corp", "company": "co", "limited": "ltd",
             "limitee": "ltee", "l l c": "llc", "&": "and", "et": "and", "cie": "co"}
_RANGE_RE = re.compile(
    r"(?i)(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})[\s.-]?(\d{4})"
    r"\s*(?:-|–|—|thru|through|to|à|au)\s*"
    r"(?:(?:\+?1[\s.-]?)?\(?\1\)?[\s.-]?\2[\s.-]?)?(\d{4})(?!\d)")


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
                 min(w.conf for w in words), whole)


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
            text = seg.text
            covered: list[tuple[int, int]] = []
            for m in _RANGE_RE.finditer(text):
                npa, nxx, first, last = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
                if not 0 < last - first <= MAX_RANGE:
                    continue
                a, b = _word_span(seg, m.start(), m.end())
                found = _found(index, seg, a, b, at=m.start())
                for line in range(first, last + 1):
                    out.setdefault(f"+1{npa}{nxx}{line:04d}", []).append(found)
                covered.append(m.span())
            scan_line = _scan_line(text)
            for e164, printed in phones_in(text):
                at = text.find(printed)
                if any(s <= at < e for s, e in covered) or (scan_line and printed.isdigit()):
                    continue
                a, b = _word_span(seg, at, at + len(printed))
                found = _in_margin(index, seg, _found(index, seg, a, b, at=at))
                out.setdefault(e164, []).append(_as_account_id(found, printed))
    return out


def _in_margin(index: PageIndex, seg: Segment, found: Found) -> Found:
    """An unlabelled number in the page's header or footer band is the carrier's (its phone
    beside the logo, its footer line), not one of the customer's lines."""
    if any(p.context != Context.NONE for p in found.places if p.relation != "section"):
        return found
    height = index.page.height
    if seg.top > height * 0.12 and seg.bottom < height * 0.90:
        return found
    margin = Place(Context.CARRIER, "the page's header or footer", "line")
    return Found(found.form, found.evidence, (margin, *found.places), found.read_conf,
                 found.whole)


def _as_account_id(found: Found, printed: str) -> Found:
    """Ten bare digits beside an account label are the account number, not a phone line."""
    if printed.isdigit() and any(p.context == Context.ACCOUNT for p in found.places[:1]):
        places = (Place(Context.OTHER_ID, found.places[0].label, found.places[0].relation),
                  *found.places[1:])
        return Found(found.form, found.evidence, places, found.read_conf, found.whole)
    return found


# -- account numbers -------------------------------------------------------------------------
def _alnum_map(seg: Segment) -> tuple[str, list[tuple[int, bool, bool]]]:
    """The segment's letters and digits upper-cased, each with (word, starts word, ends word)."""
    chars: list[str] = []
    where: list[tuple[int, bool, bool]] = []
    for i, w in enumerate(seg.words):
        kept = [c for c in w.text if c.isalnum()]
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
            flat, where = _alnum_map(seg)
            start = flat.find(key)
            while start >= 0:
                end = start + len(key) - 1
                (w0, starts, _), (w1, _, ends) = where[start], where[end]
                if starts and ends:
                    whole = not _continues(seg, w0 - 1) and not _continues(seg, w1 + 1)
                    out.append(_found(index, seg, w0, w1, whole))
                start = flat.find(key, start + 1)
    return out


# -- names -----------------------------------------------------------------------------------
_INITIALS = re.compile(r"\b(?:[a-z]\.\s?){2,}")


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
            for found in _name_runs(index, seg, want):
                out.append(found)
    return out


def _name_runs(index: PageIndex, seg: Segment, want: list[str]) -> Iterator[Found]:
    tokens = _segment_tokens(seg)
    n = len(want)
    for i in range(len(tokens) - n + 1):
        if [t for t, _ in tokens[i:i + n]] != want:
            continue
        first, last = tokens[i][1], tokens[i + n - 1][1]
        before = " ".join(w.text for w in seg.words[:first])
        # unsure OCR scraps after the name are not more of the name
        after = [(t, k) for t, k in tokens[i + n:] if not (
            seg.words[k].conf < 0.5 and sum(c.isalnum() for c in seg.words[k].text) <= 4)]
        label_before = not before or bool(re.search(r"[:#]\s*$", before)) or (
            classify(before) != Context.NONE)
        yield _found(index, seg, first, last, whole=not after and label_before)


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
