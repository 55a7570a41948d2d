"""Which of our values goes in which blank of a carrier's form, how sure we are, and why.

The printed page decides first: the label beside, above, inside or below a blank, the column
header over it, the section it sits in ("From (losing provider)" turns a bare "Name:" into the
carrier; "To (recipient)" makes it not ours). The widget's tooltip and name are hints that raise or
lower confidence. Below the line a blank stays empty and goes on the review list: an empty box is
better than a wrong one on a signed legal document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field

from portdesk.loa.agreement import SURE_LABEL
from portdesk.loa.blanks import Blank
from portdesk.loa.captions import (
    TIGHT,
    caption_of_another,
    defined_term,
    first_half,
    footnote,
    framed,
    heads_others_in_two,
    label_words,
    labels_beside,
    line_labels_beside,
    slot_number,
    tick_labels,
    tight_above,
    tight_below,
    under_another,
)
from portdesk.loa.context import apply_context
from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText, clean
from portdesk.loa.persons import bare_phone
from portdesk.loa.phoneboxes import KEY as PHONE_BOXES
from portdesk.loa.phoneboxes import PARTS_OF_A_NUMBER
from portdesk.loa.sentences import aside_after, in_running_text, leading_in
from portdesk.loa.ticks import Found, decide_check, is_mark_box
from portdesk.loa.vocabulary import (
    NOT_OURS,
    classify,
    for_language,
    normalise,
)

Rect = tuple[float, float, float, float]
THRESHOLD = 0.6  # below this a blank stays empty and is listed for the specialist
_TAIL = 20  # a phrase longer than this left of a blank is a sentence running into it
_TAIL_WORDS = 12
_SHORT_BELOW = 5  # a caption under a line is short ("Signature", "Print name"): not a footnote
_SHORT_ABOVE = 6  # above a drawn line, likewise: longer is the paragraph before a rule
_FLUSH_GAP = 14.0  # points: a label this close over its line, starting where it starts,
_FLUSH_WORDS = 10  # may say this many words in each language ("Nom de la société ou du ...")
_BRACKET = 7.0  # points: the opening bracket a number's boxes start with
_SEPARATOR = 350.0  # a printed line this long with no label beside it separates sections
_WHERE = {"sentence": 0.8, "mark": 0.75, "defined": 0.85, "left": 0.9, "caption": 0.9, "above": 0.8, "header": 0.8, "before": 0.8,
          "below": 0.75}
_MARKER = re.compile(r"^\(?#?\d{1,3}[.):]?$|^[•·▪◦\-–]$")
_SIGN_HERE = re.compile(r"^[xX✗✘]$")  # "X ________": the mark a signature line starts with
# "TO: ______" over "(current provider)": a letter's direction names nobody; its caption does
_DIRECTION = re.compile(r"^(to|from|an|von|aan|van)\W*$", re.IGNORECASE)


@dataclass
class Placement:
    """One value's destination: a widget, or a printed blank on a page (PDF points)."""

    field: LoaField
    confidence: float
    source: str  # label (left) | label (above) | caption | header | tooltip | name | ...
    widget: str | None = None
    page: int = 0  # 0-based
    x: float = 0.0  # where overlaid text starts (paper blanks and clicked positions)
    y: float = 0.0
    width: float | None = None
    evidence: str = ""
    slot: int | None = None  # NUMBER: which of the numbers (0-based), in printed order
    rect: Rect | None = None  # the blank itself, as drawn on screen and written into
    part: str = ""  # day | month | year | year2: a date written in parts
    fmt: str = ""  # how a whole date is written here
    lines: int = 1
    mark: bool = False  # a tick written as "X" (a text box or a printed box)
    kind: str = ""  # the blank's kind (widget, leader, cell, box, gap, check, signature)
    month_words: bool = False  # "15 de septiembre": the month as a word
    starts: list[tuple[float, float]] = dc_field(default_factory=list)  # each line's origin
    row: int | None = None  # a numbers table's cell: written only when slot `row` holds a number
    choice: str = ""  # PORT_CHOICE: the word written
    comb: int = 0  # a row of one-character boxes: how many
    unless_holder: bool = False  # asked only when the signer is not the account holder
    boxes: list[tuple[float, float]] = dc_field(default_factory=list)  # ( NPA ) NXX - XXXX
    part_widgets: list[str] = dc_field(default_factory=list)  # ... drawn as three widgets
    cells: list[tuple[float, float]] = dc_field(default_factory=list)  # a grouped comb's boxes

    def target(self) -> str:
        if self.widget:
            return self.widget
        return f"page {self.page + 1} at ({self.x:.0f}, {self.y:.0f})"


@dataclass(frozen=True, slots=True)
class Review:
    """A blank left empty on purpose, or a value with no place: the specialist decides."""

    page: int
    rect: Rect | None
    guess: str
    confidence: float
    reason: str

    def line(self) -> str:
        where = f"page {self.page + 1}" if self.rect is None else \
            f"page {self.page + 1} at ({self.rect[0]:.0f}, {self.rect[1]:.0f})"
        guess = f" (maybe {self.guess}, {self.confidence:.0%})" if self.guess else ""
        return f"{where}: {self.reason}{guess}"


@dataclass
class FormMap:
    placements: list[Placement]
    review: list[Review] = dc_field(default_factory=list)
    language: str = "en"
    blanks: list[Blank] = dc_field(default_factory=list)


def decide(blank: Blank, text: PageText, neighbours: Sequence[Blank], country: str,
           language: str) -> Found:
    if blank.kind == "signature":
        return Found(blank, LoaField.SIGNATURE, 0.95, "signature field",
                     blank.widget.field_name if blank.widget else "")
    if blank.kind in ("check", "box") or is_mark_box(blank, text):
        return decide_check(blank, text, neighbours)
    if blank.kind == "gap":
        whose = blank.extra.get("whose")
        found = LoaField.DATE_SIGNED if whose == "signed" else LoaField.REQUESTED_DATE
        return Found(blank, found, 0.8, "date phrase", blank.extra.get("label", ""))
    return _decide_text(blank, text, neighbours, country, language)


def _candidates(blank: Blank, text: PageText,
                neighbours: Sequence[Blank]) -> tuple[list[tuple[str, str]], int | None]:
    """(text, where) in the order a reader would take them, and a printed slot number."""
    others = [o.rect for o in neighbours if o is not blank]
    out: list[tuple[str, str]] = []
    marker = None
    anchor = blank.anchor or blank.rect
    if blank.extra.get(PHONE_BOXES):  # "BTN ( ___ ) ___ - ____": its own bracket is no label
        anchor = (anchor[0] - _BRACKET, anchor[1], anchor[2], anchor[3])
    # a label cell beside the blank's own cell is read whole (wrapped, or wider than a tab)
    left_words = (text.cell_beside(blank.rect, others)
                  if blank.kind in ("widget", "cell", "leader") else []) or \
        text.left(anchor, stop_at=others)
    if left_words and under_another(left_words, [o.rect for o in neighbours
                                                  if o is not blank and o.kind == "leader"]):
        left_words = []  # the caption under the signature line beside it, not this blank's label
    if len(left_words) > _TAIL:  # a sentence runs into the blank: its last words name it
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
    if left and _MARKER.match(left.replace(" ", "")):  # "1." is sometimes read as "1 ."
        digits = re.sub(r"\D", "", left)
        marker = int(digits) if digits else None
        left = ""
    if _SIGN_HERE.match(left):  # the sign-here mark, not a label: its caption says the rest
        out.append(("Signature", "mark"))
        left = ""
    if left and not re.search(r"\w", left):
        left = ""  # ", ____ ,": punctuation of the sentence the blank sits in, no label
    if left:
        out.append((left, "left"))
    if blank.caption:
        out.append((blank.caption, "caption"))
    elif blank.kind == "widget" and (grey := [w for w in text.inside(blank.rect) if w.light]):
        out.append((" ".join(w.text for w in grey), "caption"))  # placeholder under a widget
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
    above = [ln for ln in text.above(anchor) if not framed(ln.words, frames)
             and not text.is_title(ln)]
    if len(above) > 1 and tick_labels(above[0].words, others):
        above = above[1:]  # "[ ] Firma  [ ] Klient" over the label line: the ticks' own words
    below_words = text.below(blank.rect) if blank.kind != "gap" else []
    if framed(below_words, frames) or heads_others_in_two(below_words, text, others, blank.rect) \
            or line_labels_beside(below_words, text, others):
        below_words = []  # the grey label inside the box under this one is that box's
    near_above = (min(w.y0 for w in above[-1].words) - blank.rect[3]) if above else 1e9
    near_below = (blank.rect[1] - max(w.y1 for w in below_words)) if below_words else 1e9
    if above and (caption_of_another(above[-1].words, others, near_above)
                  or labels_beside(above[-1].words, others)
                  or (marker is None and tick_labels(above[-1].words, others))):
        above, near_above = [], 1e9  # the caption under the blank above, or the label of one
    ordered = [(" ".join(ln.text for ln in above), "above", near_above),
               (" ".join(w.text for w in below_words), "below", near_below)]
    if len(above) == 2:  # "Provider" over "Fournisseur": a label in two languages, the first
        ordered.append((above[0].text, "above", near_above + 0.01))  # read alone
    short = _SHORT_ABOVE if blank.extra.get("drawn") else _TAIL
    for words, where, gap in sorted(ordered, key=lambda t: t[2]):
        limit = short
        if where == "above" and above and abs(above[-1].words[0].x0 - blank.rect[0]) <= 4 \
                and gap <= _FLUSH_GAP:
            limit = max(limit, _FLUSH_WORDS)  # small print flush over its line: a long label
        if where == "below":  # a caption tight under its blank may be long (bilingual)
            limit = _TAIL if gap <= TIGHT and not footnote(below_words, text) \
                else _SHORT_BELOW
        if words and label_words(words) <= limit:
            out.append((words, where))  # a label above or below: the nearer one first
    if before and drawn:  # a drawn line's own caption (above or below) comes first
        out.append((before, "before"))
    if blank.extra.get(PHONE_BOXES):  # "NPA  NXX  LINE" names the boxes' parts, not the blank
        out = [(t, where) for t, where in out if not PARTS_OF_A_NUMBER.match(normalise(t))]
    return out, marker


def _decide_text(blank: Blank, text: PageText, neighbours: Sequence[Blank], country: str,
                 language: str) -> Found:
    candidates, marker = _candidates(blank, text, neighbours)
    if blank.kind == "leader" and blank.width > _SEPARATOR:
        # a rule across the page separates sections: only a label beside it, or a label line
        # ending in a colon just before it ("Adresse:" then the dotted lines), makes it a blank
        captioned, headed = tight_below(blank, text), tight_above(blank, text)
        candidates = [(t, pos) for t, pos in candidates
                      if pos in ("left", "caption") or t.rstrip().endswith(":")
                      or (pos == "below" and captioned) or (pos in ("above", "before") and headed)]
    label, where, reading = "", "", None
    for words, pos in candidates:
        cleaned = clean(words, _TAIL) if pos != "before" else words
        if not cleaned and pos != "before":
            cleaned = clean(first_half(words), _TAIL)
        reading = for_language(classify(cleaned), language) if cleaned else None
        bare_direction = pos == "left" and bool(_DIRECTION.match(cleaned.strip()))
        if reading is not None or (pos in ("left", "caption") and not bare_direction) or (
                pos == "below" and tight_below(blank, text) and not tight_above(blank, text)):
            label, where = cleaned, pos
            break
    if not label:  # a bare "Phone" over a blank: whose it is, its row or section will say
        label, where = next(((clean(t), pos) for t, pos in candidates
                             if bare_phone(clean(t))), ("", ""))
    found = Found(blank, None, 0.0, f"label ({where})" if where else "", label, marker)
    if reading is not None:
        found.field = reading.field
        weight = _WHERE["above"] if where == "below" and tight_below(blank, text) \
            else _WHERE[where]  # a form that prints its captions under the lines
        found.confidence = round(weight * reading.strength, 2)
        if found.field == LoaField.NUMBER and marker is None:
            found.marker = slot_number(label)
    _apply_hints(found, blank)
    if found.field is None or found.field == NOT_OURS:
        return found
    apply_context(found, text, blank)
    return found


def _apply_hints(found: Found, blank: Blank) -> None:
    """Tooltip and widget name: a second opinion, never the first word."""
    if blank.widget is None:
        return
    hints = []
    for hint, conf, source in ((blank.widget.tooltip, 0.7, "tooltip"),
                               (blank.widget.field_name.rsplit(".", 1)[-1], 0.6, "name")):
        read = classify(hint) if hint else None
        if read is not None and read.field != NOT_OURS:
            hints.append((read.field, conf, source, hint))
    if found.field is not None:
        if any(h[0] == found.field for h in hints):
            found.confidence = round(min(1.0, found.confidence + 0.05), 2)
        elif hints and found.field != NOT_OURS:
            if found.confidence < SURE_LABEL:  # a label beside the blank outvotes a name
                field_, _conf, source, hint = hints[0]
                found.against = f"the widget's {source} '{hint}' reads {field_}"
            found.confidence = round(found.confidence - 0.1, 2)  # worth a look
        return
    if hints:
        field_, conf, source, hint = hints[0]
        penalty = 0.1 if found.evidence else 0.0  # an unread label lowers trust in the name
        found.field, found.confidence = field_, round(conf - penalty, 2)
        found.source, found.evidence = source, hint
