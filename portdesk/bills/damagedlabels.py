"""A scan's label that OCR damaged past the label matcher's slips: a word cut in two, round
letters read for one another.

OCR cuts a word where the letters are spaced or the ink is thin ('Stat ement Date', 'Serv ice
Address', 'Numb er'), and reads the round letters a, e, o and c for one another in a light or
small face ('Promisas' for 'Premises'). The label matcher (labelmatch.py) takes one slip a word
and compares words one for one, so either damage leaves the label unread and its value without a
field, or reads only the label's first word ('Account' of 'Account Numb er').

Both repairs are tried only on an OCR page, and the damage stays bounded so another label can
never match: a cut is mended only between two pieces of letters that read as one word of a
label at the matcher's own bar, and a label read with round letters taken as one must be the
only field any label of that shape reaches, with the rest of its letters within the matcher's
ratio (one slip in eight letters).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import fuzz

from portdesk.bills.layout import LABEL_MIN_RATIO, NOISE_CONF, Segment, norm_token
from portdesk.bills.reader import Word

# the letters OCR reads for one another in a small or light face, on top of ocr_shape's
_ROUND = str.maketrans("aeoc", "oooo")
MIN_ROUND_LETTERS = 6  # a shorter label has too few letters left to tell it by the rest


def on_ocr_page(segment: Segment) -> bool:
    return any(w.conf < 1.0 for w in segment.words)


def _letters(text: str) -> str:
    return text.rstrip(":.;,").strip()


def joined_at(segment: Segment, j: int) -> Segment | None:
    """The segment with its words j and j + 1 read as one word, when both are letters only (the
    second may end the label with a colon): a word OCR cut in two."""
    a, b = segment.words[j], segment.words[j + 1]
    first, second = a.text, _letters(b.text)
    if not (first.isalpha() and second.isalpha()) or min(len(first), len(second)) < 2 or min(
            a.conf, b.conf) < NOISE_CONF:
        return None  # a lone letter is a word of its own ('Montant a payer'), or a speck
    word = Word(a.text + b.text, a.x0, min(a.top, b.top), b.x1, max(a.bottom, b.bottom),
                min(a.conf, b.conf))
    return replace(segment, words=(*segment.words[:j], word, *segment.words[j + 2:]))


def mended_cut(segment: Segment, longest: int, hit: tuple[int, float],
               match: Callable[[Segment], tuple[str, int, float] | None],
               ) -> tuple[str, int, float] | None:
    """(field, words, ratio) of the label read with one cut word mended, when it takes more of
    the segment's words than the label read as printed (`hit`: its words and ratio, (0, 0) for
    none) and reads it no worse: 'Account Numb er' is the account number's label over three
    words, not 'Account' over one."""
    best: tuple[str, int, float] | None = None
    for j in range(min(len(segment.words) - 1, longest + 1)):
        mended = joined_at(segment, j)
        if mended is None or (found := match(mended)) is None:
            continue
        fld, size, ratio = found
        if size <= j:
            continue  # the label ends before the mended word: the cut is not in it
        size += 1  # the mended word is two of the segment's words
        if ratio >= hit[1] and size > max(hit[0], best[1] if best else 0):
            best = (fld, size, ratio)
    return best


class RoundLetters:
    """Labels compared with the round letters (a, e, o, c) taken as one, on top of the shapes
    OCR confuses (labelmatch.ocr_shape): 'Promisas' is 'Premises', the label 'premise' read with
    two round letters swapped and one letter more."""

    def __init__(self, labels: list[tuple[str, str, int]],
                 shape: Callable[[str], str]) -> None:
        self._shape = shape
        self._by_size: dict[int, list[tuple[str, str]]] = {}
        for fld, phrase, size in labels:
            if len(phrase.replace(" ", "")) >= MIN_ROUND_LETTERS:
                self._by_size.setdefault(size, []).append((fld, self.coarse(phrase)))

    def coarse(self, phrase: str) -> str:
        return self._shape(phrase).translate(_ROUND)

    def match(self, segment: Segment) -> tuple[str, int, float] | None:
        """(field, words, ratio) of the longest label the segment's first words read as, when
        every label of that length they reach is of one field; None when none, or when labels of
        two fields are (the shape cannot tell them apart)."""
        words = [w for w in segment.words
                 if not (len(w.text) == 1 and w.text.isalpha() and w.conf < NOISE_CONF)]
        if len(words) != len(segment.words):
            return None  # a speck among the words: the plain matcher's case, not this one
        tokens = [norm_token(w.text) for w in words]
        found: list[tuple[str, int, float]] = []
        for size, labels in self._by_size.items():
            if size > len(tokens) or not all(t.isalpha() for t in tokens[:size]):
                continue
            head = self.coarse(" ".join(tokens[:size]))
            if len(head.replace(" ", "")) < MIN_ROUND_LETTERS:
                continue
            for fld, phrase in labels:
                if abs(len(head) - len(phrase)) > 1:
                    continue
                ratio = fuzz.ratio(head, phrase)
                if ratio >= LABEL_MIN_RATIO and _word_for_word(head, phrase):
                    found.append((fld, size, ratio))
        if not found:
            return None
        longest = max(size for _, size, _ in found)  # the longest label wins, as in the matcher
        found = [f for f in found if f[1] == longest]
        return max(found, key=lambda f: f[2]) if len({f[0] for f in found}) == 1 else None


def _word_for_word(head: str, phrase: str) -> bool:
    got, want = head.split(), phrase.split()
    return len(got) == len(want) and all(
        a == b or (len(b) > 3 and fuzz.ratio(a, b) >= LABEL_MIN_RATIO)
        for a, b in zip(got, want, strict=True))
