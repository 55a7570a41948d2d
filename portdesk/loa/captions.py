"""Captions: the printed words that belong to one blank and to no other.

Some forms print each caption just under its line or widget ("________" over "Postcode"), many
in two languages ("Company name / Nom de l'entreprise"). Read top-down, such a caption sits right
above the next blank and would pass for its label: the Postcode blank would take the account
number's caption. A caption belongs to the blank it hugs; small print under a short rule that
starts with a mark or runs on as a paragraph is a footnote, not a caption.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.blanks import Blank
from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Word
from portdesk.loa.labels import PageText
from portdesk.loa.vocabulary import classify

Rect = tuple[float, float, float, float]
TIGHT = 6.0  # points between a blank and a caption printed right under it
_REACH_UP = 2.0  # points a caption's white space may reach into the blank above it
_OVER = 12.0  # points above a blank its own label may sit
_CAPTION_FLUSH = 6.0  # points: a box's own caption under it starts where the box starts
_FLUSH = 3.0  # points: a label starting this close to a blank's left edge is printed for it
_BILINGUAL = re.compile(r"\s/\s(?=[^\s/]+\s+\S)")  # "Name / Nom du client": two languages
_FOOTNOTE_MARK = re.compile(r"^(\d{1,2}|[*†‡¹²³])\)?$")
# a footnote runs on: the next line starts at most _RUN_ON_DROP times the print's height under
# it, _RUN_ON_INDENT points from its left edge, and holds _RUN_ON_WORDS words or more
# (measured, session 16, tests/loaforms/margins.py, every open form and the real ones: every
# decision the same for a drop of 0.5 to 1.0 (1.0 sat at the edge: 1.1 turns two forms' captions
# into footnotes; 0.75 is the middle), an indent of 1 to 40 pt, 1 to 5 words)
_RUN_ON_DROP = 0.75
_RUN_ON_INDENT = 6.0
_RUN_ON_WORDS = 4
_NUMBERED = re.compile(r"^[^\d]+\s#?(\d{1,3})$")


def caption_of_another(words: Sequence[Word], others: Sequence[Rect], own_gap: float) -> bool:
    """A form that prints each caption under its blank: the text just under another blank,
    nearer to it than to this one, is that blank's caption, not this blank's label above."""
    top = max(w.y1 for w in words)
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    return any(-1.0 <= o[1] - top <= TIGHT and o[1] - top < own_gap
               and min(x1, o[2]) - max(x0, o[0]) > 0 and x0 >= o[0] - 4 for o in others)


def boxed_with(words: Sequence[Word], own: Rect, others: Sequence[Rect],
               cells: Sequence[Rect]) -> bool:
    """The words sit in the top of a drawn box that holds this blank and no blank above it
    ("Province" in the corner of the frame round a drop-down): the box's own caption, however
    tight under the blank over the box's top rule."""
    x0, y0 = min(w.x0 for w in words), min(w.y0 for w in words)
    x1, y1 = max(w.x1 for w in words), max(w.y1 for w in words)

    def holds(c: Rect, r: Rect) -> bool:
        return c[0] - 2 <= r[0] and r[2] <= c[2] + 2 and c[1] - 2 <= r[1] and r[3] <= c[3] + 2

    return any(holds(c, (x0, y0, x1, y1)) and holds(c, own)
               and not any(holds(c, o) for o in others) for c in cells)


def heads_others(words: Sequence[Word], others: Sequence[Rect], own: Rect) -> bool:
    """Words under a blank that each sit right over another blank, nearer to it than to this
    one ("TT  MM  JJJJ" over the day, month and year boxes below), or that start where another
    blank right under them starts and not where this one does ("Date signed" over its box):
    those blanks' labels above, not this blank's caption."""
    if not words:
        return False
    if all(any(0 <= w.y0 - o[3] <= _OVER and w.y0 - o[3] < own[1] - w.y1
               and min(w.x1, o[2]) - max(w.x0, o[0]) > 0 for o in others) for w in words):
        return True
    x0, low = min(w.x0 for w in words), min(w.y0 for w in words)
    return abs(x0 - own[0]) > _FLUSH and any(
        abs(x0 - o[0]) <= _FLUSH and 0 <= low - o[3] <= _OVER for o in others)


_SAME_GAP = 2.5  # points: labels this much further from their box are printed the same way


def labels_the_box_under(above: Sequence[Word], below: Sequence[Word], own: Rect,
                         others: Sequence[Rect], text: PageText) -> bool:
    """A blank labelled above, flush with its start, over words that start flush over another
    blank right under them: the form labels its boxes above, so those words are the lower box's
    label however tight under this blank they come (letter-spaced capitals reach up to it)."""
    if not above or not below or abs(min(w.x0 for w in above) - own[0]) > _FLUSH:
        return False
    gap = min(w.y0 for w in above) - own[3]  # how near this form prints a label over its box
    if not 0 <= gap <= TIGHT:
        return False  # a heading over the blank, no label of its own
    x0, low = min(w.x0 for w in below), min(w.y0 for w in below)
    # the words over a box under them that has no caption of its own below it (a form that
    # captions its boxes below keeps "Street" under the street's box, "City" under the city's)
    return any(abs(x0 - o[0]) <= _FLUSH and 0 <= low - o[3] <= gap + _SAME_GAP
               and not named_below(o, text, others) for o in others)


def named_below(box: Rect, text: PageText, others: Sequence[Rect]) -> bool:
    """The box has a caption of its own under it that names a value ("Street", "City"; a
    format hint such as "(dd.mm.yyyy)" names none)."""
    if not own_caption_below(box, text, [r for r in others if r != box]):
        return False
    return classify(" ".join(w.text for w in text.below(box))) is not None


def heads_others_in_two(words: Sequence[Word], text: PageText, others: Sequence[Rect],
                        own: Rect) -> bool:
    """heads_others, for a label printed in two languages on two lines ("Title" over "Titre"
    over the next box): its lower line sits over the other blank, so its upper line does too."""
    if not words or heads_others(words, others, own):
        return bool(words)
    span = (min(w.x0 for w in words), min(w.y0 for w in words), max(w.x1 for w in words),
            max(w.y1 for w in words))
    lower = [w for w in text.below(span, reach=_WRAP) if w.x0 >= span[0] - 2]
    if lower and own[1] - span[3] <= TIGHT and _other_values(words, lower):
        return False  # "Signature" tight under its box, then "Name" over the next box: two
        # labels of two values, the upper one this box's caption (no label in two languages)
    return bool(lower) and heads_others(lower, others, own)


def _other_values(upper: Sequence[Word], lower: Sequence[Word]) -> bool:
    a = classify(" ".join(w.text for w in upper))
    b = classify(" ".join(w.text for w in lower))
    return a is not None and (b is None or a.field != b.field)


def footnote(words: Sequence[Word], text: PageText) -> bool:
    """Small print under a short rule is a footnote, not a caption: it starts with its mark
    ("1 En caso de ...", "* Only if ...") or runs on as a paragraph onto the next line."""
    if not words:
        return False
    if _FOOTNOTE_MARK.match(words[0].text):
        return True
    bottom, x0 = min(w.y0 for w in words), min(w.x0 for w in words)
    height = max(w.y1 - w.y0 for w in words)
    # a line holding a blank of its own ("Aclaración de firma ......") is the form's next row,
    # however close under the caption: a paragraph runs on in words, not in blanks
    return any(0 < bottom - ln.top <= _RUN_ON_DROP * height and abs(ln.x0 - x0) < _RUN_ON_INDENT
               and len(ln.words) >= _RUN_ON_WORDS and not any(w.is_blank for w in ln.words)
               for ln in text.lines)


def tight_below(blank: Blank, text: PageText) -> bool:
    """A caption printed right under the line ("Registered company name" under a long rule)."""
    under = text.below(blank.rect)
    return bool(under) and blank.rect[1] - max(w.y1 for w in under) <= TIGHT


def tight_above(blank: Blank, text: PageText) -> bool:
    """A label printed right over the line (bold "Street address" on top of the rule): with a
    caption in another language tight under the same line, both are that line's."""
    rect = blank.anchor or blank.rect
    over = text.above(rect, max_lines=1)
    return bool(over) and min(w.y0 for w in over[-1].words) - rect[3] <= TIGHT


def slot_number(label: str) -> int | None:
    """The slot's own number in its label: "Rufnummer 3", "Number 3 / Numéro 3"."""
    found = {int(m.group(1)) for half in label.split("/")
             if (m := _NUMBERED.match(half.strip()))}
    return found.pop() if len(found) == 1 else None


def label_words(text: str) -> int:
    """Words of a label; a bilingual one ("City / Ville") counts its longer half."""
    halves = [h for h in _BILINGUAL.split(text) if h.strip()]
    return max((len(h.split()) for h in halves), default=0)


def first_half(text: str) -> str:
    """"Company name / Nom de l'entreprise": the first language's half of a bilingual label."""
    halves = _BILINGUAL.split(text, maxsplit=1)
    return halves[0] if len(halves) == 2 and len(halves[0].split()) >= 2 else text


def under_a_blank(rect: Rect, others: Sequence[Rect]) -> bool:
    """White space beside a caption printed under a line ("______" over "Date"): the line
    above is the blank, its caption's white space is not a second one. The white space is
    drawn 10 points tall whatever the caption's print, so a small caption's may reach up into
    the line's blank by as much as two points (more is overlap: another blank's)."""
    return any(-_REACH_UP <= o[1] - rect[3] <= TIGHT and min(rect[2], o[2]) - max(rect[0], o[0]) > 2
               for o in others)


_BESIDE_GAP = 40.0  # points between a label's last word and the blank it labels on its line


def labels_beside(words: Sequence[Word], others: Sequence[Rect]) -> bool:
    """A line that ends in the blank it labels ("Numero principale (capofila): ______") is that
    blank's label, never the label above the blanks under it (the slots 1, 5 of the grid)."""
    if not words or not words[-1].text.rstrip().endswith(":"):
        return False
    last = max(words, key=lambda w: w.x1)
    y0, y1 = min(w.y0 for w in words), max(w.y1 for w in words)
    return any(0 <= o[0] - last.x1 + 2 <= _BESIDE_GAP and min(o[3], y1) - max(o[1], y0) > 0
               for o in others)


_HUG = 12.0  # points between a bare label's last word and the blank it runs into


def hugs_its_blank(words: Sequence[Word], others: Sequence[Rect]) -> bool:
    """A short label with a blank starting right after it on its own row ("Fax [______]"),
    colon or not, is that blank's label, not the label above a blank further down that
    happens to reach under it (a row of slots lower left and offset)."""
    if not words or len(words) > 3:
        return False
    last = max(words, key=lambda w: w.x1)
    y0, y1 = min(w.y0 for w in words), max(w.y1 for w in words)
    return any(0 <= o[0] - last.x1 + 2 <= _HUG and min(o[3], y1) - max(o[1], y0)
               >= 0.5 * (y1 - y0) for o in others)


def line_labels_beside(words: Sequence[Word], text: PageText, others: Sequence[Rect]) -> bool:
    """Words under a blank whose whole printed line ends in another blank it labels ("Numbers
    that stay: [______]" under the last row of a table): that blank's label, no caption here."""
    if not words:
        return False
    y0, y1 = min(w.y0 for w in words), max(w.y1 for w in words)
    line = sorted((w for w in text.line_of((words[0].x0, y0, words[-1].x1, y1))
                   if not w.is_blank), key=lambda w: w.x0)
    return labels_beside(line, others)


_WRAP = 6.0  # points between the two lines of one label in two languages
_TICK_SIZE = 16.0  # points: a square this small, right before words, is a tick box
_TICK_GAP = 12.0  # points between a tick box and the first word of its label


def tick_labels(words: Sequence[Word], neighbours: Sequence[Rect]) -> bool:
    """A line whose words start right after a small square box is that tick's own label
    ("[ ] Transfer all the numbers"): it says what the tick means, and is no label for the
    blanks printed under it (a row of number boxes took the tick's words as "numbers")."""
    if not words:
        return False
    y0, y1 = min(w.y0 for w in words), max(w.y1 for w in words)
    return any(o[2] - o[0] <= _TICK_SIZE and o[3] - o[1] <= _TICK_SIZE
               and min(o[3], y1) - max(o[1], y0) > 0
               and any(0 <= w.x0 - o[2] <= _TICK_GAP for w in words) for o in neighbours)


_DEFINED = re.compile(r"^\(\s*(?:the\s+|le\s+|la\s+|el\s+|der\s+|die\s+)?[\"“”'‘’«»]\s*"
                      r"([^\"“”'‘’«»()]{2,40}?)\s*[\"“”'‘’«»]\s*\)")
_TERM_REACH = 150.0  # points right of a blank its defined term may run


def under_another(words: Sequence[Word], others: Sequence[Rect]) -> bool:
    """Words printed tight under another line to write on, within its width, are that line's
    caption ("Unterschrift ... / Firmenstempel" under the signature line, left of a name
    widget), not the label of the blank beside them."""
    top = max(w.y1 for w in words)
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    return any(-1.0 <= o[1] - top <= TIGHT and o[0] - 4 <= x0 and x1 <= o[2] + 4
               and o[2] - o[0] > 40 for o in others)


def over_another(words: Sequence[Word], rect: Rect, others: Sequence[Rect]) -> bool:
    """Words printed right over another blank, starting at its left edge, are that blank's
    label above, not the label left of a blank further right ("Código postal" over its box in
    the left column, read as the label of a numbers table's cell across the gutter)."""
    bottom = min(w.y0 for w in words)
    x0 = min(w.x0 for w in words)
    return any(o[2] <= rect[0] and 0 <= bottom - o[3] <= _OVER and abs(o[0] - x0) <= 6
               for o in others)


def defined_term(text: PageText, anchor: Rect) -> str:
    """A blank in an agreement's sentence followed by the term it defines in quotes
    ('between ______ ("Customer"), and ______ ("Current Carrier")') is that party's name."""
    after = " ".join(w.text for w in text.right(anchor, reach=_TERM_REACH))
    found = _DEFINED.match(after)
    if not found:
        return ""
    term = found.group(1).strip()
    read = classify(f"{term} name")  # "Subscriber", "Losing Provider": a party, named there
    party = read is not None and read.field in (LoaField.ACCOUNT_NAME, LoaField.CARRIER)
    return f"{term} name" if party else term


def framed(words: Sequence[Word], frames: Sequence[Rect]) -> bool:
    """Words printed inside another box that they label (grey placeholder text) name that box,
    never the blank above or below it."""
    return bool(words) and any(all(f[0] - 1 <= w.x0 and w.x1 <= f[2] + 1 and f[1] - 1 <= w.y0
                                   and w.y1 <= f[3] + 1 for w in words) for f in frames)


def own_caption_below(rect: Rect, text: PageText, others: Sequence[Rect]) -> bool:
    """The blank has a caption of its own tight under it, starting where it starts, nearer to
    it than to any blank under that caption: a form that captions its boxes below (then a line between two stacked boxes
    is the upper box's caption, however near it comes to the lower box)."""
    words = text.below(rect)
    if not words:
        return False
    gap = rect[1] - max(w.y1 for w in words)
    low, x0, x1 = min(w.y0 for w in words), min(w.x0 for w in words), max(w.x1 for w in words)
    return -1.0 <= gap <= TIGHT and abs(x0 - rect[0]) <= _CAPTION_FLUSH and not any(
        0 <= low - o[3] <= gap and min(x1, o[2]) - max(x0, o[0]) > 0 for o in others)


def over_a_captioned_box(words: Sequence[Word], text: PageText, others: Sequence[Rect]) -> bool:
    """Words under this blank right over another blank that has its own caption under it: this
    blank's caption (the other box is captioned already), not the other's label above."""
    if not words:
        return False
    low, x0, x1 = min(w.y0 for w in words), min(w.x0 for w in words), max(w.x1 for w in words)
    under = [o for o in others if 0 <= low - o[3] <= _OVER and min(x1, o[2]) - max(x0, o[0]) > 0]
    return bool(under) and all(own_caption_below(o, text, [r for r in others if r != o])
                               for o in under)
