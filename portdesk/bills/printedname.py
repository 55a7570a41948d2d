"""Where a bill prints a carrier's name as a name of its own: read off the page, not judged.

The carrier check (carriercheck.py) judges a typed name against the bill's sender; this module
reads the page for it: whether a run of words is a whole name (nothing before it that makes it
the tail of a longer name, only a legal form or the line's end after it), whether the sender's
wordmark or the line under it holds the name, and a name's key up to its legal form and the
standard abbreviations of its words.
"""

from __future__ import annotations

import re

from portdesk.bills.carriers import carrier_key, name_key
from portdesk.bills.extract import BillFields
from portdesk.bills.find import find_name
from portdesk.bills.findbase import Found
from portdesk.bills.lockups import read_across_a_join
from portdesk.bills.pageindex import BillIndex

_FLD = "carrier"


def whole_name(index: BillIndex, f: Found) -> bool:
    """The run is a name of its own: its place's whole value, or a name whose legal form closes
    it ('X Telephone Co.' then its town, the dot between them lost on a scan), led by nothing
    that makes it the tail of a longer name."""
    if f.whole:
        return True
    closed = _stopped_form(f.form.split()[-1:])
    return bool(closed or _legal_form_after(_words_after(
        index, f.evidence.page, f.evidence.bbox))) and _name_starts(
        _words_before(index, f.evidence.page, f.evidence.bbox))


def in_the_wordmark(typed: str, fields: BillFields, index: BillIndex) -> bool:
    """The typed name fills the wordmark's own line of the sender's logo lockup ("Blue Ridge"
    over "Communications", read as "Blue Ridge Communications"): the brand as set large."""
    mark = fields.evidence.get(_FLD)
    if mark is None or not set(name_key(typed).split()) - SHARED_NAME_WORDS:
        return False  # "Communications" alone names no carrier
    x0, top, x1, bottom = mark.bbox
    return any(f.whole and name_key(f.form) == name_key(typed) and f.evidence.page == mark.page
               and ((x0 - 1 <= f.evidence.bbox[0]
                     and f.evidence.bbox[2] <= x1 + 1 and top - 1 <= f.evidence.bbox[1]
                     and f.evidence.bbox[3] <= bottom + 1) or _lockup_line(
                   typed, str(fields.carrier or ""), mark.bbox, f.evidence.bbox))
               for f in find_name(index, typed))


def under_the_wordmark(typed: str, fields: BillFields, index: BillIndex) -> bool:
    """The typed name printed whole on the line set right under the sender's wordmark, holding
    the wordmark's own name words: the lockup's legal or full name ('Marten' over 'The
    Marten Telephone Co. · <town>'; 'Téléphone de X' over 'La Compagnie de
    Téléphone de X inc.'), the sender naming itself in full under its logo."""
    if not fields.carrier:
        return False
    own = set(name_key(str(fields.carrier)).split()) - SHARED_NAME_WORDS - _PARTICLES
    if not own or not own <= set(name_key(typed).split()):
        return False
    found = [f for f in find_name(index, typed) if whole_name(index, f)]
    return any(f.evidence.page == page and top + 1 < f.evidence.bbox[1] <= bottom + max(
        bottom - top, 12.0) and f.evidence.bbox[0] < x1 and f.evidence.bbox[2] > x0
        for page, (x0, top, x1, bottom) in _marks(fields, index) for f in found)


def _marks(fields: BillFields, index: BillIndex) -> list[tuple[int, tuple[float, float, float,
                                                                          float]]]:
    """Where the read carrier's name is set as a wordmark: where it was read, and any line of
    that name set large at the head of page 1 (the extraction may have read it on the stub)."""
    out = []
    if (mark := fields.evidence.get(_FLD)) is not None:
        out.append((mark.page, mark.bbox))
    if index.pages and fields.carrier:
        page, key = index.pages[0], name_key(str(fields.carrier))
        out += [(1, (seg.x0, seg.top, seg.x1, seg.bottom)) for seg in page.segments
                if seg.top <= page.page.height * 0.25 and name_key(seg.text) == key
                and seg.bottom - seg.top >= page.body_height * 1.25]
    return out


def set_largest_on_top(typed: str, index: BillIndex) -> bool:
    """The typed name is a whole line of its own at the head of page 1, set larger than the
    body and as large as anything in the page's top quarter: the sender's name as its
    letterhead sets it, even when the extraction took the legal name under it or on the stub
    for the carrier ('KPU Telecommunications' over 'Ketchikan Public Utilities · 2930 ...')."""
    if not index.pages or not set(name_key(typed).split()) - SHARED_NAME_WORDS:
        return False
    page = index.pages[0]
    top_quarter = [s for s in page.segments if s.top <= page.page.height * 0.25]
    tallest = max((s.bottom - s.top for s in top_quarter), default=0.0)
    large = [seg for seg in top_quarter if seg.top <= page.page.height * 0.12
             and seg.bottom - seg.top >= max(page.body_height * 1.25, tallest - 1.0)]
    if any(name_key(seg.text) == name_key(typed) for seg in large):
        return True
    # the name over two lines, a logo lockup ('Tamarack' set large over 'Communications'):
    # found whole from the large line's left edge down to the small line under it
    return any(f.whole and f.evidence.page == 1 and any(
        abs(seg.x0 - f.evidence.bbox[0]) <= 1 and abs(seg.top - f.evidence.bbox[1]) <= 1
        and f.evidence.bbox[3] > seg.bottom + 1 for seg in large) for f in find_name(index, typed))


def _lockup_line(typed: str, mark_name: str, mark: tuple[float, float, float, float],
                 box: tuple[float, float, float, float]) -> bool:
    """'Webex' over 'by Acme · Webex Calling': the typed name set whole on the line right under
    the wordmark, starting at or under it, and led by the wordmark's own name: the brand with
    the service it sells, as the sender's lockup prints it. Set right beside the wordmark on
    its own row, led by its name, is the same lockup side by side (a logo's words count where
    they are drawn)."""
    key, head = name_key(typed).split(), name_key(mark_name).split()
    if not head or key[:len(head)] != head or len(key) <= len(head):
        return False
    height = mark[3] - mark[1]
    if mark[1] - 2 <= box[1] and box[3] <= mark[3] + 2 and 0 <= box[0] - mark[2] <= 2 * max(
            height, 12.0):
        return True  # set beside the logo on its own row: a raster 'KPU', then 'KPU Telecom...'
    if abs(box[1] - mark[1]) <= 1 and abs(box[0] - mark[0]) <= 1:
        return 0 < box[3] - mark[3] <= max(height, 12.0)  # the lockup itself, over two lines
    return 0 <= box[1] - mark[3] <= max(height, 12.0) and box[0] < mark[2] + 200


# words carriers' names share, which say nothing of whether two names are one carrier
SHARED_NAME_WORDS = frozenset({"telephone", "communications", "telecom", "wireless", "mobile", "business",
                     "fiber", "networks", "cable", "cooperative", "services", "company", "the"})


FORM_WORDS = frozenset({"inc", "incorporated", "llc", "lc", "ltd", "limited", "corp", "corporation",
                        "co", "company", "cooperative", "ltee", "lp", "llp", "plc", "the"})
_WEB_FORM = re.compile(r"(?i)@|\.(?:com|net|org|ca|us|coop|pr|vi|gu)\b")
_NAME_STOP = re.compile(r"(?i)^(?:[^\w\s]|\d|p\.?o\.?$|box\b)")


def _words_after(index: BillIndex, page: int,
                 box: tuple[float, float, float, float]) -> list[str] | None:
    """The words printed after a run of words on its segment (its line's run of text); None
    for a run over more than one segment (a name wrapped over two lines)."""
    x0, top, x1, bottom = box
    for seg in index.pages[page - 1].segments if 0 < page <= len(index.pages) else ():
        if seg.x0 - 1 <= x0 and x1 <= seg.x1 + 1 and seg.top - 1 <= top and bottom <= seg.bottom + 1:
            return [w.text for w in seg.words if w.x0 >= x1 - 0.5]
    return None


def _words_after_wrapped(index: BillIndex, f: Found, typed: str) -> list[str] | None:
    """For a name wrapped over two lines ("POLAR" over "Communications"), the words after it on
    its last line: that line's words less the name's own at its start."""
    after = _words_after(index, f.evidence.page, f.evidence.bbox)
    if after is not None:
        return after
    x0, top, x1, bottom = f.evidence.bbox
    page = f.evidence.page
    own = set(carrier_key(typed).split())
    for seg in index.pages[page - 1].segments if 0 < page <= len(index.pages) else ():
        if abs(seg.bottom - bottom) <= 1 and seg.top > top + 1 and x0 - 1 <= seg.x0 <= x1:
            words = [w.text for w in seg.words]
            while words and set(carrier_key(words[0]).split()) <= own and carrier_key(words[0]):
                words = words[1:]
            return words
    return None


def legal_key(name: str) -> str:
    """A name up to case, marks, punctuation, '&', a leading 'The' and its legal form (Inc,
    LLC, Co-op...): the forms the page's own print of a name may differ by (carriertruth)."""
    words = carrier_key(name).split()
    for n in (3, 2):  # a form spelled with its stops ('L.L.C.', 'L.C.'): its letters one word
        tail = words[-n:]
        if len(words) > n and all(len(w) == 1 for w in tail) and "".join(tail) in FORM_WORDS:
            words = [*words[:-n], "".join(tail)]
            break
    words = [ABBREVIATIONS.get(w, w) for w in words]
    while words and words[-1] in FORM_WORDS:
        words.pop()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


# the standard abbreviations of the words in carriers' names ('Delhi Tel Co' is 'Delhi
# Telephone Company'), compared as the words they stand for; initials ('ITC') are not words
ABBREVIATIONS = {"tel": "telephone", "teleph": "telephone", "comm": "communications",
                  "comms": "communications", "commun": "communications", "coop": "cooperative",
                  "assn": "association", "assoc": "association", "svc": "services",
                  "svcs": "services", "intl": "international", "natl": "national",
                  "mut": "mutual", "co": "company", "corp": "corporation", "inc": "incorporated",
                  "ltd": "limited"}


def printed_whole(typed: str, index: BillIndex, carrier_read: str) -> bool:
    """The bill prints the typed name itself, up to its legal form: the carrier as read (a logo
    lockup over two lines), a value of its own, or a run of words the name ends: only legal-form
    words, then nothing, punctuation, a number, a post-office box or a lower-case word after it.
    'GTA' printed only as the start of 'GTA Teleguam Holdings, LLC' is not printed."""
    found = find_name(index, typed)
    if carrier_read and legal_key(carrier_read) == legal_key(typed) and not (found and all(
            read_across_a_join(index, f.evidence.page, f.evidence.bbox) for f in found)):
        return True  # (not a lockup's words read across a join the page does not space)
    bare = _without_legal_form(typed)
    for name in (typed, bare) if bare != typed else (typed,):
        for f in found if name == typed else find_name(index, name):
            if _WEB_FORM.search(f.form) or read_across_a_join(index, f.evidence.page,
                                                             f.evidence.bbox):
                continue  # 'etv.net', 'billing@hcc.net': a web address spells, it does not name
            if f.whole and name == typed:
                return True
            if (_name_ends(_words_after_wrapped(index, f, name)) or _sentence_ends(f.form)) and (
                    _name_starts(_words_before(index, f.evidence.page, f.evidence.bbox))):
                return True
    return False


def _without_legal_form(typed: str) -> str:
    """The typed name less the legal form it ends with ('Fenwick' of 'Fenwick, Inc.'): a
    bill names its sender in its own sentences without it."""
    words = typed.split()
    while len(words) > 1 and carrier_key(words[-1]) in FORM_WORDS:
        words.pop()
    return " ".join(words).rstrip(",")


def _sentence_ends(form: str) -> bool:
    """The run of words closes its sentence: its last word ends with a full stop that is no
    abbreviation's ('... a subsidiary of X.'; never 'Co.', 'Tel.', 'Inc.')."""
    last = form.split()[-1] if form.split() else ""
    key = carrier_key(last)
    return last.endswith(".") and not last.endswith("..") and len(key) >= 4 and (
        key not in FORM_WORDS and key not in ABBREVIATIONS and "." not in last[:-1])


def _words_before(index: BillIndex, page: int,
                  box: tuple[float, float, float, float]) -> list[str] | None:
    """The words printed before a run of words on its segment; None when no segment holds it."""
    x0, top, x1, bottom = box
    for seg in index.pages[page - 1].segments if 0 < page <= len(index.pages) else ():
        if seg.x0 - 1 <= x0 and x1 <= seg.x1 + 1 and seg.top - 1 <= top and bottom <= seg.bottom + 1:
            return [w.text for w in seg.words if w.x1 <= x0 + 0.5]
    return None


def _name_starts(before: list[str] | None) -> bool:
    """The name starts where the typed words do: nothing before them on their line, or a label
    (a colon), punctuation or a lower-case word of a sentence ("provided by"). A capitalised
    word before them is the head of a longer name: 'Milot' printed only as the end of
    'Telephone Milot inc.' is not printed, as 'GTA' at the start of a longer one is not (a kind
    word or line of business dropped may be another company's name)."""
    if before is None or not before:
        return True
    last = before[-1]
    # a particle after a word of a sentence ('a subsidiary of X') is the sentence's; after a
    # capitalised word ('Bank of X') it is inside a longer name
    sentence = len(before) >= 2 and before[-2][:1].islower() and carrier_key(before[-2]) not in (
        _PARTICLES)
    return last.endswith(":") or not carrier_key(last) or (last[:1].islower() and (
        carrier_key(last) not in _PARTICLES or sentence))


def _name_ends(after: list[str] | None) -> bool:
    """Only legal-form words, then the end, punctuation, a number, a box or a lower-case word."""
    if after is None:
        return False
    while after and carrier_key(after[0]) in FORM_WORDS:
        after = after[1:]
    return not after or (after[0][:1].islower() and carrier_key(after[0]) not in _PARTICLES) or (
        bool(_NAME_STOP.match(after[0]))) or any(
        carrier_key(w) in _DOCUMENT_WORDS for w in after[:2])


# the page's title after the sender's name ("GVTC Member Statement", "X Invoice"): the name ends
_DOCUMENT_WORDS = frozenset({"statement", "invoice", "bill", "receipt", "releve", "facture",
                             "factura", "estado"})


def _legal_form_after(after: list[str] | None) -> bool:
    """A name printed with its legal form after it ("Fizzmobile inc."): the whole name."""
    return after is not None and bool(after) and carrier_key(after[0]) in FORM_WORDS and (
        _name_ends(after) or _stopped_form(after[:1]))


def _stopped_form(words: list[str]) -> bool:
    """A legal form written short with its stop ('Co.', 'Inc.', 'Ltd.'): it closes the name,
    whatever follows on the line (its town, the dot between them lost on a scan)."""
    return bool(words) and words[0].endswith(".") and carrier_key(words[0]) in FORM_WORDS - {
        "the", "company", "corporation", "incorporated", "limited", "cooperative"}


# the small words inside a name ("Coopérative de câblodistribution", "Bank of ..."): no end
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "l", "d", "of", "and", "the", "et"})
