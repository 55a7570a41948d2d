"""Segments matched to label vocabularies: "Account No.", "Main #", a scan's "Accoant Number".

Split from layout.py (the page's geometry): a segment's first words are compared with every
label phrase of the vocabulary, fuzzily enough for OCR and for how bills shorten "number", and
strictly enough that a value's words never read as a label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from portdesk.bills.damagedlabels import RoundLetters, mended_cut, on_ocr_page
from portdesk.bills.labelwords import FULL, spell_tokens
from portdesk.bills.layout import LABEL_MIN_RATIO, NOISE_CONF, Segment, norm_token

# a label's first word of two names joined by a slash ('BTN/MAIN', 'Acct/Cust'); "btn/atn" and
# the like, listed whole, match first
_ALTERNATIVES = re.compile(r"^[A-Za-z]{2,}/[A-Za-z]{2,}$")
_GLUED_MARK = re.compile(r"^[a-z]{2,}#$")  # 'acct#': a word and the number mark after it


@dataclass(frozen=True, slots=True)
class LabelHit:
    field: str
    size: int  # words the label takes in the segment
    ratio: float
    segment: Segment


def _compile(vocab: dict[str, tuple[str, ...]]) -> list[tuple[str, str, int]]:
    """Each label as tokens. Shortened words are not listed: a bill's "Billing No." or "Stmt
    Dt" is read again with its short words spelled out (labelwords.py) and matched then."""
    out: list[tuple[str, str, int]] = []
    for fld, phrases in vocab.items():
        for phrase in phrases:
            tokens = [t for t in (norm_token(t) for t in phrase.split()) if t]
            out.append((fld, " ".join(tokens), len(phrase.split())))
    return out


# a label of three words or more read by OCR with a slip in two of them ('Biting Telephane No.'
# for 'Billing Telephone No.'): the ratio bar was set for one or two words, and every word must
# still be within a slip of its own (_each_token), so another word ('Calling') is no slip
LONG_LABEL_MIN_RATIO = 85.0
_POSSESSIVES = frozenset({"your", "the", "votre", "vos", "le", "la", "les", "our"})
# words that qualify a label without changing what it labels ("Registered 911 Location",
# "Current Service Address", Canada's "Civic Address of Service": a civic address is a street
# address): tried only when the label with them is none of the vocabulary's
_QUALIFIERS = frozenset({"registered", "current", "present", "actual", "civic"})


class LabelMatcher:
    """Fuzzy label matching so OCR slips ("Acc0unt Numbor") still find their field.

    The longest label that matches wins: "Number Called" (call detail) beats "Numbers", "Billing
    Account Number" beats "Billing Number". Distractor labels are fields too, so a "Customer Number"
    is claimed by the distractor vocabulary before the account number can take it.
    """

    def __init__(self, vocab: dict[str, tuple[str, ...]]) -> None:
        self._labels = _compile(vocab)
        self._longest = max(size for _, _, size in self._labels)
        # by (words, first letter): a segment is compared only with labels that could match it;
        # labels of 3 letters or fewer are compared whatever their first letter (OCR slips)
        self._by_head: dict[tuple[int, str], list[tuple[str, str, int]]] = {}
        self._short: dict[int, list[tuple[str, str, int]]] = {}
        self._shapes: dict[tuple[int, str], tuple[str, int]] = {}
        self._round = RoundLetters(self._labels, ocr_shape)
        for label in self._labels:
            self._shapes.setdefault((label[2], ocr_shape(label[1])), (label[0], label[2]))
            _, phrase, size = label
            if len(phrase) <= 3:
                self._short.setdefault(size, []).append(label)
            elif phrase:
                self._by_head.setdefault((size, phrase[0]), []).append(label)

    def match(self, segment: Segment) -> LabelHit | None:
        hit = self._match(segment, qualified=False)
        if hit is None and len(segment.words) > 2 and norm_token(
                segment.words[0].text) in _QUALIFIERS:
            hit = self._match(segment, qualified=True)
        if hit is None and any(w.conf < 1.0 and _GAP_DASH.search(w.text) for w in segment.words):
            hit = self._match(segment, qualified=False, gap_dashes=True)
        for side in (1, 0):
            if hit is None and _ALTERNATIVES.match(segment.words[0].text):
                # "BTN/MAIN TEL": two names of one field joined by a slash; the label is the
                # one that reads through the segment's words, the other word first if only it
                hit = self._match(segment, qualified=False, slash_side=side)
        if on_ocr_page(segment):
            hit = self._damaged(segment, hit)
        return hit

    def _damaged(self, segment: Segment, hit: LabelHit | None) -> LabelHit | None:
        """On an OCR page, the label OCR cut a word of ('Stat ement Date') or read with round
        letters swapped ('Promisas'): damagedlabels.py, bounded so no other label matches."""
        def plain(seg: Segment) -> tuple[str, int, float] | None:
            found = self._match(seg, qualified=False)
            return None if found is None else (found.field, found.size, found.ratio)

        mended = mended_cut(segment, self._longest, (hit.size, hit.ratio) if hit else (0, 0.0),
                            plain)
        if mended is not None:
            return LabelHit(mended[0], mended[1], mended[2], segment)
        if hit is None and (rounded := self._round.match(segment)) is not None:
            return LabelHit(rounded[0], rounded[1], rounded[2], segment)
        return hit

    def _match(self, segment: Segment, *, qualified: bool,
               gap_dashes: bool = False, slash_side: int | None = None) -> LabelHit | None:
        # a speck OCR read as a lone letter ("Service Z Address") is not a word of the label
        # nor, on a scan, a mark read alone before the label ('+ Account ID:', '* Due Date')
        kept = [i for i, w in enumerate(segment.words)
                if not (len(w.text) == 1 and w.text.isalpha() and w.conf < NOISE_CONF)
                and not (i == 0 < len(segment.words) - 1 and w.conf < 1.0
                         and not any(c.isalnum() for c in w.text))]
        tokens = [norm_token(segment.words[i].text) for i in kept]
        if slash_side is not None and kept and kept[0] == 0:
            tokens[0] = norm_token(segment.words[0].text.split("/")[slash_side])
        ends = set(range(len(tokens)))  # token positions that end a word of the segment
        if gap_dashes:  # 'Date-de facturation': the gap between two label words read as a dash
            parts = [(i, norm_token(p), k == len(ps) - 1) for i in kept
                     for ps in [_GAP_DASH.split(segment.words[i].text)] for k, p in enumerate(ps)]
            kept, tokens = [i for i, _, _ in parts], [t for _, t, _ in parts]
            ends = {k for k, (_, _, last) in enumerate(parts) if last}
        if any(_GLUED_MARK.match(t) for t in tokens):
            # 'Acct#', 'Tel#': the number mark set against the word it numbers is a word of its
            # own ("Acct #"), so the word's short form is read as it would be apart from it
            parts = [(i, p, last) for i, t in zip(kept, tokens, strict=True)
                     for p, last in (((t[:-1], False), ("#", True)) if _GLUED_MARK.match(t)
                                     else ((t, True),))]
            kept, tokens = [i for i, _, _ in parts], [t for _, t, _ in parts]
            ends = {k for k, (_, _, last) in enumerate(parts) if last}
        if len(tokens) > 1 and tokens[0] in _POSSESSIVES:
            kept, tokens = kept[1:], tokens[1:]  # "Your main number" is the label "main number"
            ends = {k - 1 for k in ends if k}
        if qualified:
            kept, tokens = kept[1:], tokens[1:]
            ends = {k - 1 for k in ends if k}
        hit = self._best(kept, tokens, segment, ends)
        scan = any(w.conf < 1.0 for w in segment.words)
        spelled = spell_tokens(tokens, _SPELLED_SHAPES if scan else None, ocr_shape)
        if spelled != tokens:  # the label read with its short words spelled out, word for word
            other = self._best(kept, spelled, segment, ends)
            if other is not None and (hit is None or (other.ratio == 100, other.size) > (
                    hit.ratio == 100, hit.size)):
                return other
        return hit

    def _best(self, kept: list[int], tokens: list[str], segment: Segment,
              ends: set[int]) -> LabelHit | None:
        # a label never ends on a word of marks: "Account # **** 7494" keeps its masked digits,
        # nor inside a word ('Date-de' is no label 'Date' with 'de' its value)
        heads = {size: " ".join(t for t in tokens[:size] if t)
                 for size in range(1, min(len(tokens), self._longest) + 1)
                 if tokens[size - 1] and size - 1 in ends}
        scan = any(w.conf < 1.0 for w in segment.words)
        best: LabelHit | None = None
        best_rank: tuple[bool, int, float] = (False, 0, 0.0)
        candidates = [label for size, head in heads.items() if head
                      for label in (*self._by_head.get((size, head[0]), ()),
                                    *self._short.get(size, ()))]
        for fld, phrase, size in candidates:
            head = heads[size]
            if head != phrase and abs(len(head) - len(phrase)) > len(phrase) * 0.25 + 1:
                continue  # too different in length to reach the ratio
            ratio = 100.0 if head == phrase else fuzz.ratio(head, phrase)
            if ratio < (LONG_LABEL_MIN_RATIO if scan and size >= 3 else LABEL_MIN_RATIO) or (
                    ratio < 100 and not _each_token(head, phrase)):
                continue
            rank = (ratio == 100, size, ratio)
            if best is None or rank > best_rank:
                best, best_rank = LabelHit(fld, kept[size - 1] + 1, ratio, segment), rank
        if scan and (shaped := self._by_shape(heads, kept, segment)) is not None and (
                best is None or shaped.size > best.size):  # the longest label wins
            return shaped
        return best

    def _by_shape(self, heads: dict[int, str], kept: list[int], segment: Segment) -> LabelHit | None:
        """On an OCR page, a label whose short word OCR read as a letter of the same shape
        ("Sve Addr" for "Svc Addr"): too short for the fuzzy ratio, the same label letter for
        letter once the shapes OCR confuses are taken as one. The longest such label wins."""
        for size in sorted(heads, reverse=True):
            hit = self._shapes.get((size, ocr_shape(heads[size])))
            if hit is not None and len(heads[size]) <= SHORT_SHAPE and max(
                    segment.words[i].conf for i in kept[:size]) < SHAPE_NOISE:
                continue  # 'ae' read at 0.30 over a value: a speck, not 'a/c' by its shape
            if hit is not None:
                return LabelHit(hit[0], kept[size - 1] + 1, LABEL_MIN_RATIO, segment)
        return None


# a label of this many letters or fewer known only by the shapes OCR confuses ('ae' for 'a/c')
# is a label only when OCR read it above noise: a word of two letters read under SHAPE_NOISE is
# as likely a speck or a stroke of art (the text version has no such label there)
SHORT_SHAPE = 3
SHAPE_NOISE = 0.5


# a dash between two letters of a scan's word: a label's gap OCR read as a dash ('Date-de',
# 'Statemient-Date'); tried only when the word as read matches no label
_GAP_DASH = re.compile(r"(?<=[^\W\d_])[-‐–](?=[^\W\d_])")

_SHAPES = str.maketrans("e1i05", "cllos")


# the word 'ID' read as digits of its shape ('Customer 10.', 'Account 1D'): I as 1, D as 0; only
# the whole two-letter word, as a D is no O inside a longer word's shape
_ID_SHAPE = re.compile(r"(?<![a-z0-9])l[do](?![a-z0-9])")


def ocr_shape(phrase: str) -> str:
    """A label's tokens with the letters OCR confuses on a scan taken as one shape."""
    shape = phrase.translate(_SHAPES).replace("rn", "m").replace("vv", "w").replace("cl", "d")
    return _ID_SHAPE.sub("ld", shape)


_SPELLED_SHAPES = {ocr_shape(short): full for short, full in FULL.items()}


def _each_token(head: str, phrase: str) -> bool:
    """Every word of the label must be there: "account holder acme" is not "account holder name"."""
    got, want = head.split(), phrase.split()
    return len(got) == len(want) and all(
        a == b or (len(b) > 3 and fuzz.ratio(a, b) >= 75) for a, b in zip(got, want, strict=True))
