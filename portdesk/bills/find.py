"""Case first: search the whole bill for each value the specialist typed, in any of its forms.

Reading a bill blind and then comparing loses most of its accuracy in finding and judging the
value, not in reading it. The typed value says what to look for: "Acme Plumbing Inc" also as
"ACME PLUMBING, INCORPORATED"; 4410-2231-09 also as "4410 2231 09"; +17205550140 also as
"720.555.0140" or inside "720-555-0133 THRU 0152". Every place it is found keeps its evidence and
what the bill says that place is (pageindex.places), and the comparison judges from that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from portdesk.bills.billmemo import per_bill
from portdesk.bills.context import Context, classify
from portdesk.bills.findaccount import find_account
from portdesk.bills.findbase import Found, _found, _word_span
from portdesk.bills.findphones import number_sightings, phone_index
from portdesk.bills.layout import Segment, set_under
from portdesk.bills.ocrdigits import (
    CONFUSED_READ,
    alike,
    toward,
    typed_words,
)
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.reader import Word
from portdesk.bills.sentences import VERB_AFTER, labels_a_fact
from portdesk.bills.structure import SEPARATOR
from portdesk.bills.values import Evidence

# the number search lives in findphones.py and the shared sighting in findbase.py; named here
# too for the scan readers (scanphones.py) and tests that import them from this module
__all__ = ["Found", "_found", "_word_span", "find_account", "find_name", "name_tokens",
           "near_on_scan", "number_sightings", "phone_index"]

_SUFFIXES = {"incorporated": "inc", "corporation": "corp", "company": "co", "limited": "ltd",
             "limitee": "ltee", "l l c": "llc", "&": "and", "et": "and", "cie": "co",
             "saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}
# words before a name that are not the name: an article, a courtesy title ("The Greenway
# Group" is "Greenway Group", "Dr. Ana Ruiz DDS" is "Ana Ruiz DDS")
_LEADING = frozenset({"the", "les", "le", "la", "dr", "mr", "mrs", "ms", "mme", "mlle"})


# -- account numbers -------------------------------------------------------------------------
_INITIALS = re.compile(r"\b[a-z]\.(?:\s?[a-z]\.)+(?:[a-z]\b)?")


@per_bill
def name_tokens(text: str) -> list[str]:
    """Words of a name with corporate suffixes in one form: "P.C." is "pc", "Inc." "inc"."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = _INITIALS.sub(lambda m: m.group().replace(".", "").replace(" ", "") + " ",
                         text.lower().replace("’", "'"))
    words = _initials_joined(re.sub(r"[^\w&']", " ", text).replace("'", "").split())
    if len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    return _co_op([_SUFFIXES.get(w, w) for w in words])


def _co_op(words: list[str]) -> list[str]:
    """"Co-op", "Coop" and "Cooperative" are one word of a name written short or long, as "Inc"
    and "Incorporated" are ("Co" alone stays "Company")."""
    out: list[str] = []
    for w in words:
        if w == "op" and out and out[-1] == "co":
            out[-1] = "coop"
        else:
            out.append("coop" if w == "cooperative" else w)
    return out


def _initials_joined(words: list[str]) -> list[str]:
    """'A B C Auto Body' is 'ABC Auto Body': single letters in a row are one set of initials."""
    return [t for t, _ in _joined([(w, 0) for w in words])]


_DOING_BUSINESS_AS = (("doing", "business", "as"), ("faisant", "affaire", "sous"))


def _joined(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Spaced initials as one token, "doing business as" as "dba" (the marker's one form)."""
    words = [t for t, _ in tokens]
    for phrase in _DOING_BUSINESS_AS:
        for i in range(len(tokens) - 2, -1, -1):
            if tuple(words[i:i + 3]) == phrase:
                tokens = [*tokens[:i], ("dba", tokens[i][1]), *tokens[i + 3:]]
                words = [t for t, _ in tokens]
    out: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    for tok in [*tokens, ("", -1)]:
        if len(tok[0]) == 1 and tok[0].isalpha():
            run.append(tok)
            continue
        out.extend([("".join(t for t, _ in run), run[0][1])] if len(run) >= 2 else run)
        run = []
        if tok[0]:
            out.append(tok)
    return out


def _segment_tokens(index: PageIndex, seg: Segment) -> list[tuple[str, int]]:
    """The segment's name tokens, worked out once per page (every name searched reads them)."""
    key = ("name tokens", id(seg))
    got = index._memo.get(key)
    if got is None:
        got = _joined([(t, i) for i, w in enumerate(seg.words) for t in name_tokens(w.text)])
        index._memo[key] = got
    return got  # type: ignore[return-value]


def find_name(bill: BillIndex, typed: str) -> list[Found]:
    """The typed name as a run of words; `whole` when it is all the value its place holds."""
    want = name_tokens(typed)
    if not want:
        return []
    out: list[Found] = []
    for index in bill.pages:
        scan = index.page.source == "ocr"
        for seg, tokens in zip(index.segments, _segment_token_sets(index), strict=True):
            if want[0] not in tokens:
                # no run of the name starts in it (nor the head of a wrapped one): only a scan's
                # letters of one shape may still make one (_name_runs' `alike`)
                if scan:
                    out.extend(_name_runs(index, seg, want, typed))
                continue
            out.extend(_name_runs(index, seg, want, typed))
            out.extend(_wrapped_runs(index, seg, want))
    return out


def _segment_token_sets(index: PageIndex) -> tuple[frozenset[str], ...]:
    """Each segment's name tokens as a set, in the page's order, worked out once per page (a
    cheap test first; one look-up a page, not one a segment, for every name searched)."""
    key = ("name token sets", id(index.segments), len(index.segments))
    got = index._memo.get(key)
    if got is None:
        got = index._memo[key] = tuple(frozenset(t for t, _ in _segment_tokens(index, seg))
                                       for seg in index.segments)
    return got  # type: ignore[return-value]


def _confused(found: Found, typed: str) -> Found:
    """A name read with a letter OCR confuses: the typed letter there (the pixels cannot tell
    'l' from 'I'), the bill's own everywhere else, and never surer than such a reading is."""
    form = toward(found.form, typed_words(typed))
    return replace(found, form=form, read_conf=min(found.read_conf, CONFUSED_READ))


# a trade name's marker in name tokens ("d/b/a" reads "dba", "o/a" "oa")
_TRADE_MARKS = frozenset({"dba", "oa", "ta", "aka"})


def trade_name_at(tokens: list[str]) -> int | None:
    """Where a trade name's marker is in a name's tokens, if it has one."""
    return next((i for i, t in enumerate(tokens) if t in _TRADE_MARKS), None)


def legal_part(tokens: list[str]) -> list[str]:
    """The name before its trade name ("Acme Holdings LLC" of "... DBA Joe's Pizza")."""
    at = trade_name_at(tokens)
    return tokens[:at] if at else tokens


_CARE_OF = re.compile(r"(?i)(?:^|\s)(?:c/o|care of|attn:?|attention:?|a/s de)\s*$")
_CARE_OF_AFTER = re.compile(r"(?i)^\W*(?:c/o|care of|attn|attention|a/s de)\b")
# "Welcome, Acme Dental LLC!", "Dear Acme Dental LLC,": a greeting names whom the bill is for
_GREETING = re.compile(r"(?i)^\W*(?:hello|hi|dear|welcome|greetings|bonjour|bienvenue)\W*$")
_TRADE_NAME = re.compile(r"(?i)(?:^|\s)(?:dba|d/b/a|o/a|t/a|aka|doing business as)\W*$")


def _wrapped_runs(index: PageIndex, seg: Segment, want: list[str]) -> Iterator[Found]:
    """The name wrapped onto the next line of its column ("NORTHERN LIGHTS VETERINARY" over
    "HOSPITAL PC"): the end of this segment and the start of the one under it."""
    from portdesk.bills.layout import below

    tokens = _segment_tokens(index, seg)
    starts = [i for i in range(len(tokens)) if len(tokens) - i < len(want)
              and [t for t, _ in tokens[i:]] == want[:len(tokens) - i]]
    if not starts:
        return
    nxt = set_under(seg, index.segments) or below(seg, index.by_top, max_lines=1.9, align=6.0)
    if nxt is None or classify(nxt.text) != Context.NONE:
        return  # a label under the name starts another field
    more = _segment_tokens(index, nxt)
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
        # a separator after it ends the name as on one line ("by Acme · Acme Voice")
        whole = label_before and (
            last == len(nxt.words) - 1 or nxt.words[last + 1].text in SEPARATOR)
        yield Found(f"{head.text} {tail.text}", Evidence.of(head, tail),
                    tuple(index.places(seg, first)), min(head.conf, tail.conf), whole)


def _name_runs(index: PageIndex, seg: Segment, want: list[str], typed: str = "") -> Iterator[Found]:
    tokens = _segment_tokens(index, seg)
    n = len(want)
    scan = index.page.source == "ocr"
    for i in range(len(tokens) - n + 1):
        got = [t for t, _ in tokens[i:i + n]]
        confused = scan and alike(want, got)  # 'Itée' for 'ltée': a letter of one shape
        if got != want and not confused:
            continue
        first, last = tokens[i][1], tokens[i + n - 1][1]
        if first > 0 and re.sub(r"\W", "", seg.words[first - 1].text.lower()) in _LEADING:
            first -= 1  # "The Greenway Group" for "Greenway Group": the article is the name's
        before = " ".join(w.text for w in seg.words[:first])
        # unsure OCR scraps after the name are not more of the name
        after = [(t, k) for t, k in tokens[i + n:] if not (
            seg.words[k].conf < 0.5 and sum(c.isalnum() for c in seg.words[k].text) <= 4)]
        label_before = not before or bool(re.search(r"[:#]\s*$", before)) or (
            classify(before) != Context.NONE) or bool(_TRADE_NAME.search(before)) or (
            seg.words[first - 1].text in SEPARATOR) or bool(_GREETING.match(before))
        if after and trade_name_at([t for t, _ in after]) == 0:
            after = []  # "Acme Holdings LLC DBA Joe's Pizza": the legal name, then its trade name
        if after and any(w.text in SEPARATOR for w in seg.words[last + 1:after[0][1]]):
            after = []  # "Acme Holdings LLC | Account 4410 | May 2026": one fact of a header line
        if after and _CARE_OF_AFTER.match(" ".join(w.text for w in seg.words[last + 1:])):
            after = []  # "Acme Holdings LLC Attn: Dana Lee": the name, then whom it reaches
        if after and classify(before) == Context.NAME and VERB_AFTER.match(
                " ".join(w.text for w in seg.words[last + 1:])):
            after = []  # "Your invoice for Acme Holdings LLC is ready": the sentence's verb
        closed = bool(after) and _next_fact(before, seg.words[last].text, [t for t, _ in after])
        if closed:
            after = []  # "This bill is for Priya Morrison, account ending in 8306."
        if _CARE_OF.search(before):
            label_before = True  # "c/o Acme Holdings LLC": a name, in a doubtful place
        found = _found(index, seg, first, last, whole=not after and label_before)
        if closed:  # the comma closing the clause is the sentence's, not the name's
            found = replace(found, form=found.form.rstrip(","))
        if confused:
            yield _confused(found, typed)
        elif scan:
            yield replace(found, read_conf=agreeing_conf(seg.words[first:last + 1], found))
        else:
            yield found


_STATING = re.compile(r"(?i)\b(?:is|are|was|est)\b")


def _next_fact(before: str, last: str, after: list[str]) -> bool:
    """A sentence stating whose the bill is ("This bill is for"), the name closed by a comma and
    the clause after it labelling another of the account's facts ("account ending in 8306"):
    the words after the comma are no part of the name. Words that label nothing ("Acme
    Holdings, LLC", "Dana Lee, Trustee") still are."""
    if not last.endswith(",") or classify(before) != Context.NAME or not _STATING.search(before):
        return False
    return labels_a_fact(after)


def agreeing_conf(words: tuple[Word, ...], found: Found) -> float:
    """A name of three words or more read exactly as typed, one long word of it doubted by
    Tesseract ('Sunrise Veterinary Clinic[0.57] L.L.C.'), the others sure: OCR does not misread
    a long word into exactly the typed one while reading its neighbours surely, so the name is
    read well enough to confirm. A short word, or two doubted words, stay doubtful."""
    from portdesk.bills.verdicts import MIN_MATCH_READ

    alpha = [w for w in words if any(c.isalpha() for c in w.text)]
    unsure = [w for w in alpha if w.conf < 0.85]
    if len(alpha) < 3 or len(unsure) != 1 or found.read_conf >= MIN_MATCH_READ:
        return found.read_conf
    word = unsure[0]
    if word.conf < 0.45 or sum(c.isalpha() for c in word.text) < 5:
        return found.read_conf
    return MIN_MATCH_READ


def near_on_scan(bill: BillIndex, typed: str, sure: float = 1.01,
                 judged: Sequence[Evidence] = ()) -> Evidence | None:
    """The typed value as OCR may have misread it: a line of a scanned page that holds it a
    character or two off (Tesseract's confidence is no promise: "675 9" read "675 G" at 0.93).
    With `sure` under 1, only readings where OCR doubted a word count. None on a text layer.
    `judged`: readings already judged by their place (the typed value found whole in the mailing
    block): the closest reading besides them, so a whole copy hides no misread one elsewhere."""
    from rapidfuzz import fuzz

    key = re.sub(r"[^0-9A-Za-z]", "", typed).upper()
    if len(key) < 4:
        return None
    best: tuple[float, Evidence] | None = None
    for index in bill.pages:
        if index.page.source != "ocr":
            continue
        for row in index.lines.values():
            words = [w for seg in sorted(row, key=lambda s: s.x0) for w in seg.words]
            flat = "".join(c for w in words for c in w.text if c.isalnum()).upper()
            if len(flat) < len(key) - 2:
                continue
            got = fuzz.partial_ratio_alignment(key, flat, score_cutoff=100 * (1 - 2.5 / len(key)))
            if got is None or (best is not None and got.score <= best[0]):
                continue
            spanned = _words_at(words, got.dest_start, got.dest_end)
            if spanned and min(w.conf for w in spanned) < sure and not any(
                    _crosses(row[0].page, spanned, e) for e in judged):
                # the closest reading, not the first: in a table of accounts another row's
                # value two digits off comes before the typed one's row read one digit off
                best = (got.score, Evidence.of(Segment(row[0].page, tuple(spanned), row[0].line)))
    return None if best is None else best[1]


def _crosses(page: int, words: list[Word], e: Evidence) -> bool:
    return e.page == page and any(w.x0 < e.bbox[2] and e.bbox[0] < w.x1 and w.top < e.bbox[3]
                                  and e.bbox[1] < w.bottom for w in words)


def _words_at(words: list[Word], start: int, end: int) -> list[Word]:
    out, pos = [], 0
    for w in words:
        n = sum(c.isalnum() for c in w.text)
        if pos < end and pos + n > start:
            out.append(w)
        pos += n
    return out
