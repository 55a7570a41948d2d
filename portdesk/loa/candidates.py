"""The printed words around a blank that may be its label, in the order a reader takes them.

Left of the blank (its label cell read whole), a term the sentence defines there, the blank's
own caption or grey placeholder, the words before it, then the nearer of the lines above and
below. What belongs to another blank is left out here: the caption under the line above, a
tick's own words, a framed label, the grey label inside the box underneath. mapping.py reads
these in order and takes the first that names one of our values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.blanks import AFTER_PRINTED, CELLS, Blank, Rect
from portdesk.loa.captions import (
    TIGHT,
    boxed_with,
    caption_of_another,
    defined_term,
    footnote,
    framed,
    heads_others_in_two,
    hugs_its_blank,
    label_words,
    labels_beside,
    labels_the_box_under,
    line_labels_beside,
    over_a_captioned_box,
    over_another,
    own_caption_below,
    tick_labels,
    tight_below,
    under_another,
)
from portdesk.loa.formscan import Word
from portdesk.loa.labels import Line, PageText, clean
from portdesk.loa.phoneboxes import KEY as PHONE_BOXES
from portdesk.loa.phoneboxes import PARTS_OF_A_NUMBER
from portdesk.loa.rightlabels import label_after, shared_row
from portdesk.loa.sentences import aside_after, in_running_text, leading_in, wrapped_lead
from portdesk.loa.vocabulary import classify, normalise

TAIL = 20  # a phrase longer than this left of a blank is a sentence running into it
_TAIL_WORDS = 12
_SHORT_BELOW = 5  # a caption under a line is short ("Signature", "Print name"): not a footnote
_SHORT_ABOVE = 6  # above a drawn line, likewise: longer is the paragraph before a rule
_FLUSH_GAP = 14.0  # points: a label this close over its line, starting where it starts,
_FLUSH_WORDS = 10  # may say this many words in each language ("Nom de la société ou du ...")
_BRACKET = 7.0  # points: the opening bracket a number's boxes start with
_MARKER = re.compile(r"^\(?#?\d{1,3}[.):]?$|^[•·▪◦\-–]$")
# an area code printed in brackets before a number's line, after its slot number or alone:
# the line takes the rest of the number, and only a number in that area (placing.py)
# "1. (01481) ____", "3. 441- ____", "+377 ____": an area (or country) code printed before the
# line; the rest of the number is written there
# (a lone digit in brackets, "(1) ......", "(2) ......", counts the lines: no area code is one
# digit, a country code is written with its "+")
_PRINTED_AREA = re.compile(r"^(?:(\d{1,3})\s*[.):]\s*)?(?:\(\s*(\+\d{1,4}|\d{2,6})\s*\)|"
                           r"(\+?\d{2,6})\s*[-\u2013])$|"
                           # "1. +297 [][][] [][][][]": the country code printed before a slot
                           r"^(\d{1,3})\s*[.):]\s*(\+\d{1,4})$|"
                           # "+43 [______]" under "Telefon tagsüber": the country code printed
                           # alone before a phone's blank, no label (the one above names it)
                           r"^(\+\d{1,4})$")
_SIGN_HERE = re.compile(r"^[xX✗✘]$")  # "X ________": the mark a signature line starts with
# a web form's hint under its input tells how to fill it ("Please enter a valid phone number.",
# "e.g. Main Office"): the question over the input is its label, not the hint
_INSTRUCTION = re.compile(r"^(please|e ?g|eg|example|for example|enter|type|must|required)\b")


def _number_comb(blank: Blank) -> bool:
    """A comb in groups of a phone number's shape (3 | 3 | 4 boxes: "( [][][] ) [][][] -
    [][][][]")."""
    spans = blank.extra.get(CELLS, "")
    return bool(spans) and len(spans.split(",")) == 10 and blank.extra.get("comb") == "10"


def label_candidates(blank: Blank, text: PageText,
                neighbours: Sequence[Blank]) -> tuple[list[tuple[str, str]], int | None]:
    """(text, where) in the order a reader would take them, and a printed slot number."""
    others = [o.rect for o in neighbours if o is not blank]
    out: list[tuple[str, str]] = []
    marker = None
    anchor = blank.anchor or blank.rect
    if blank.extra.get(PHONE_BOXES) or _number_comb(blank):  # "BTN ( ___ ) ___ - ____", or
        # a comb in the groups of a number: its own opening bracket is no label
        anchor = (anchor[0] - _BRACKET, anchor[1], anchor[2], anchor[3])
    if (after := label_after(blank, text, neighbours)) is not None:
        # a row that prints each label after its blank: the phrase after it is its label,
        # the one before it the blank's before it
        out.append((after, "right"))
        below = text.below(blank.rect)
        if below and blank.rect[1] - max(w.y1 for w in below) <= TIGHT:
            out.append((" ".join(w.text for w in below), "below"))
        return out, marker
    shared = shared_row(blank, text, neighbours)
    if shared is not None and shared[1] == "right":
        # "[____] City  Country [____]" on a page that prints captions after boxes: the
        # phrase right after this row-starting blank is its caption
        if shared[0]:
            out.append((shared[0], "right"))
        return out, marker
    # a label cell beside the blank's own cell is read whole (wrapped, or wider than a tab)
    left_words = (text.cell_beside(blank.rect, others)
                  if blank.kind in ("widget", "cell", "leader") else []) or \
        text.left(anchor, stop_at=others)
    if shared is not None:  # only the phrase nearest this blank is its label (or none)
        left_words = [w for w in left_words if w.x0 >= shared[2] - 0.5]
    left_words = _not_anothers_grey(left_words, others)
    if left_words and under_another(left_words, [o.rect for o in neighbours
                                                  if o is not blank and o.kind == "leader"]):
        left_words = []  # the caption under the signature line beside it, not this blank's label
    if left_words and over_another(left_words, blank.rect, others):
        left_words = []  # the label above the blank on the left, not this blank's
    if len(left_words) > TAIL:  # a sentence runs into the blank: its last words name it
        out.append((" ".join(w.text for w in left_words[-_TAIL_WORDS:]), "before"))
        left_words = []
    term = defined_term(text, anchor) or aside_after(anchor, text)
    if term:  # 'between ______ ("Customer")': the party the sentence defines there
        out.append((term, "defined"))
    elif blank.kind in ("leader", "gap", "widget") and (party := leading_in(anchor, text, others)):
        out.append((party, "sentence"))  # "on behalf of ____", "de l'entreprise ____"
        left_words = []
    if len(left_words) >= 3 and not left_words[-1].text.endswith(":") and \
            blank.kind in ("leader", "widget") and in_running_text(anchor, text) and \
            tight_below(blank, text):
        left_words = []  # "desservis par ____ ," captioned "(fournisseur actuel)": the caption
    left = " ".join(w.text for w in left_words).strip()
    printed = _PRINTED_AREA.match(left)
    if printed:  # "1. (01481) ______": the slot's number, and the area code printed for it
        slot = printed.group(1) or printed.group(4)
        marker = int(slot) if slot else None
        blank.part = f"{AFTER_PRINTED}{printed.group(2) or printed.group(3) or printed.group(5) or printed.group(6)}"
        left = "" if marker is not None else _label_before(left_words, anchor, text, others)
    if left and _MARKER.match(left.replace(" ", "")):  # "1." is sometimes read as "1 ."
        digits = re.sub(r"\D", "", left)
        marker = int(digits) if digits else None
        # "Numbers staying: (1) ......": the label closed by ":" before the line's count
        left = _label_before(left_words, anchor, text, others)
    if _SIGN_HERE.match(left):  # the sign-here mark, not a label: its caption says the rest
        out.append(("Signature", "mark"))
        left = ""
    if left and not re.search(r"\w", left):
        left = ""  # ", ____ ,": punctuation of the sentence the blank sits in, no label
    if left:
        out.append((left, "left"))
    if blank.caption and marker is None and re.fullmatch(r"\(?#?\d{1,3}[.):]?",
                                                         blank.caption.replace(" ", "")):
        # boxes captioned only "1", "2", ... in their corners: each a slot's printed number
        marker = int(re.sub(r"\D", "", blank.caption))
    elif blank.caption:
        out.append((blank.caption, "caption"))
    elif blank.kind == "widget" and (grey := [w for w in text.inside(blank.rect) if w.light]):
        out.append((" ".join(w.text for w in grey), "caption"))  # placeholder under a widget
    elif blank.kind == "leader" and blank.extra.get("drawn") and (
            grey := [w for w in text.inside(blank.rect) if w.light]):
        out.append((" ".join(w.text for w in grey), "caption"))  # grey over a drawn line
    before_words = text.before(anchor) \
        if not left and blank.kind in ("leader", "gap", "cell") else []
    if before_words and caption_of_another(before_words, others,
                                            min(w.y0 for w in before_words) - anchor[3]):
        before_words = []  # the captions under the blanks above, not a sentence running on
    frames = [o.frame for o in neighbours if o is not blank and o.frame is not None]
    if framed(before_words, frames) or (marker is None and tick_labels(before_words, others)):
        before_words = []  # a framed label is its frame's; a tick's label is the tick's (it
        # governs the grid under it only through a slot its printed number marks: "1. ____")
    before = " ".join(w.text for w in before_words)
    drawn = bool(blank.extra.get("drawn"))
    if before and not drawn:
        out.append((before, "before"))
    elif not before and not left and blank.kind in ("leader", "gap") and \
            (lead := wrapped_lead(anchor, text, [o.rect for o in neighbours if o is not blank
                                                  and o.kind in ("leader", "gap")])):
        out.append((" ".join(w.text for w in lead), "before"))  # "..., en mi condición de"
    above = [Line(tuple(kept)) for ln in text.above(anchor) if not framed(ln.words, frames)
             and not text.is_title(ln) and (kept := _not_anothers_grey(ln.words, others))]
    if len(above) > 1 and tick_labels(above[0].words, others):
        above = above[1:]  # "[ ] Firma  [ ] Klient" over the label line: the ticks' own words
    if len(above) == 2 and caption_of_another(
            above[0].words, others, min(w.y0 for w in above[0].words) - anchor[3]):
        above = above[1:]  # "Signature" captioned under its box, then "Print name" over this
        # blank: the upper line is the box's caption, not the first line of this label
    if above and blank.kind in ("widget", "cell"):
        above[-1] = Line(own_column_head(above[-1].words, blank, neighbours))
    if above and _blank_between(above[-1], blank, neighbours):
        above = []  # "Company name" over its widget, then a number slot under that widget:
        # the label is the widget's right under it, not the slot's further down
    below_words = text.below(blank.rect) if blank.kind != "gap" else []
    if blank.kind == "widget" and _INSTRUCTION.match(normalise(" ".join(w.text
                                                                     for w in below_words))):
        below_words = []
    # a tick box has its words beside it: a caption's second line over one heads no blank
    writable = [o.rect for o in neighbours if o is not blank and o.kind not in ("check", "box")]
    if framed(below_words, frames) or line_labels_beside(below_words, text, others) or (
            heads_others_in_two(below_words, text, writable, blank.rect)
            and not over_a_captioned_box(below_words, text, others)):
        below_words = []  # the grey label inside the box under this one is that box's
    near_above = (min(w.y0 for w in above[-1].words) - blank.rect[3]) if above else 1e9
    if below_words and near_above <= _OWN_ABOVE and classify(clean(above[-1].text, TAIL)) \
            is not None and not caption_of_another(above[-1].words, others, near_above) \
            and _label_blanks_below(below_words, blank.rect, others, text):
        below_words = []  # "Telefono [____]" over the heading or the row of labels of the
        # blanks under it: this box has its own caption above (not the caption under the box
        # above it, as a web form's sublabels are); those words are theirs
    near_below = (blank.rect[1] - max(w.y1 for w in below_words)) if below_words else 1e9
    own_below = near_below <= TIGHT and own_caption_below(blank.rect, text, others)
    if above and ((caption_of_another(above[-1].words, others,
                                      1e9 if own_below else near_above)
                   and not boxed_with(above[-1].words, blank.rect, others, text.cells))
                  or labels_beside(above[-1].words, others)
                  or hugs_its_blank(above[-1].words, others)
                  or (marker is None and tick_labels(above[-1].words, others))):
        above, near_above = [], 1e9  # the caption under the blank above, or the label of one
    if above and labels_the_box_under(above[-1].words, below_words, blank.rect, others,
                                          text):
        below_words, near_below = [], 1e9  # "LABEL" over this box, "NEXT" flush over the next
    ordered = [(" ".join(ln.text for ln in above), "above", near_above),
               (" ".join(w.text for w in below_words), "below", near_below)]
    if len(above) == 2 and not _two_readings(above[0].text, above[-1].text):
        # "Provider" over "Fournisseur": a label in two languages, the first read alone
        ordered.append((above[0].text, "above", near_above + 0.01))
    short = _SHORT_ABOVE if blank.extra.get("drawn") else TAIL
    for words, where, gap in sorted(ordered, key=lambda t: t[2]):
        limit = short
        if where == "above" and above and abs(above[-1].words[0].x0 - blank.rect[0]) <= 4 \
                and gap <= _FLUSH_GAP:
            limit = max(limit, _FLUSH_WORDS)  # small print flush over its line: a long label
        if where == "below":  # a caption tight under its blank may be long (bilingual)
            limit = TAIL if gap <= TIGHT and not footnote(below_words, text) \
                else _SHORT_BELOW
        if words and label_words(words) <= limit:
            out.append((words, where))  # a label above or below: the nearer one first
    if before and drawn:  # a drawn line's own caption (above or below) comes first
        out.append((before, "before"))
    if blank.extra.get(PHONE_BOXES):  # "NPA  NXX  LINE" names the boxes' parts, not the blank
        out = [(t, where) for t, where in out if not PARTS_OF_A_NUMBER.match(normalise(t))]
    return out, marker


_OWN_ABOVE = 8.0  # points: a label this close over its box is the box's own caption
_OVER_BELOW = 30.0  # points: words this close over a blank under them are on its side


def _label_blanks_below(words: Sequence[Word], rect: Rect, others: Sequence[Rect],
                        text: PageText) -> bool:
    """Every word printed under the box sits over another blank below it, and the words are
    either a row of labels for several boxes under them ("Requested date  Contact phone" under
    a wide box) or a heading over a row of labels of several boxes ("Firmatario" over
    "Cognome | Nome"): a caption under its box over the next box alone (a web form's "Street
    Address", "City" under its input, the next question's label below) is still that box's."""
    under: list[Rect] = []
    for w in words:
        mine = [o for o in others if o[3] < rect[1] and -2 <= w.y0 - o[3] <= _OVER_BELOW
                and o[0] - 6 <= w.x0 < o[2]]
        if not mine:
            return False
        under.append(max(mine, key=lambda o: o[3]))
    if len(set(under)) >= 2:
        return True
    low, high = min(w.y0 for w in words), under[0][3] - 2
    between = [v for v in text.words if v not in words and not v.is_blank
               and v.y1 <= low + 0.5 and v.y0 >= high]
    labelled = {o for v in between for o in others
                if o[3] < rect[1] and -2 <= v.y0 - o[3] <= _OVER_BELOW and o[0] - 6 <= v.x0 < o[2]}
    return len(labelled) >= 2


def _two_readings(far: str, near: str) -> bool:
    """Two lines over a box that each read as a different value of ours ("for myself / for the
    company (strike out) - für die Firma" over "Company name / Inhaber"): which one is the
    box's is not sure, so the farther line is not read alone (a caption that may belong to
    another row leaves the box to the specialist)."""
    a, b = classify(clean(far, TAIL)), classify(clean(near, TAIL))
    return a is not None and b is not None and a.field != b.field


_HEAD_FLUSH = 6.0  # points: a column's header starts this close to its cells' left edge


def own_column_head(words: Sequence[Word], blank: Blank, neighbours: Sequence[Blank]) -> tuple[
        Word, ...]:
    """A table's header row over a row of boxes side by side ("N° | Código de provincia |
    Número" over two widgets): each head heads its own column. A phrase read over a box runs
    on past its edges (labels.above), but not into the head that starts flush with the box
    beside it on the same row, nor back over the box before it: that head is the other
    box's."""
    x0, y0, x1, y1 = blank.rect
    row = [o.rect for o in neighbours if o is not blank and o.page == blank.page
           and min(o.rect[3], y1) - max(o.rect[1], y0) > 0.5 * (y1 - y0)]
    starts = [r[0] for r in row if r[0] >= x1 - 2] + [r[0] for r in row if r[2] <= x0 + 2]
    ordered = sorted(words, key=lambda w: w.x0)
    heads = [i for i, w in enumerate(ordered)
             if any(sx - 2 <= w.x0 <= sx + _HEAD_FLUSH for sx in starts)]
    start = next((i for i, w in enumerate(ordered) if x0 - 2 <= w.x0 <= x0 + _HEAD_FLUSH), None)
    if not heads or start is None:
        return tuple(words)
    end = next((i for i in heads if i > start), len(ordered))
    return tuple(ordered[start:end])


def _blank_between(line: Line, blank: Blank, neighbours: Sequence[Blank]) -> bool:
    """Another fillable blank (a widget or a drawn box) of another shape lies between the label
    line above and this blank, across the label's own words: the label is that blank's. (A
    column of equal blanks under one heading is the heading's column: it governs them all.)"""
    low = min(w.y0 for w in line.words)
    lx0, lx1 = line.words[0].x0, line.words[-1].x1
    x0, _y0, x1, y1 = blank.rect
    return any(o is not blank and o.page == blank.page and o.kind in ("widget", "cell")
               and o.rect[1] >= y1 - 1 and o.rect[3] <= low + 1
               and min(o.rect[2], x1, lx1) - max(o.rect[0], x0, lx0) > 0
               and not (abs(o.rect[0] - x0) < _SAME_EDGE and abs(o.rect[2] - x1) < _SAME_EDGE)
               for o in neighbours)


_SAME_EDGE = 4.0  # points: blanks starting and ending this close are one column


def _label_before(printed: Sequence[Word], anchor: Rect, text: PageText,
                  others: Sequence[Rect]) -> str:
    """"Numbers staying with us:  441- ____  441- ____": the words before the printed area
    code on the blank's line, closed by ":", are the blank's label (no blank between)."""
    if not printed:
        return ""
    start = min(w.x0 for w in printed)
    walls = [o[2] for o in others if o[2] <= start and o[1] < anchor[3] and o[3] > anchor[1]]
    wall = max(walls, default=-1e9)
    words = [w for w in text.line_of(anchor) if wall <= w.x0 and w.x1 <= start - 1
             and not w.is_blank]
    said = " ".join(w.text for w in words).strip()
    return said if said.endswith(":") else ""


def _not_anothers_grey(words: Sequence[Word], others: Sequence[Rect]) -> list[Word]:
    """The words without those printed grey inside another blank: a label printed inside its
    own blank (over the line, "Nume") is that blank's, never the label of the line under it
    or beside it."""
    return [w for w in words if not (w.light and any(
        o[0] - 1 <= (w.x0 + w.x1) / 2 <= o[2] + 1 and o[1] - 1 <= (w.y0 + w.y1) / 2 <= o[3] + 1
        for o in others))]
