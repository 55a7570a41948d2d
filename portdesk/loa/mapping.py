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
from portdesk.loa.candidates import TAIL, label_candidates
from portdesk.loa.captions import (
    TIGHT,
    first_half,
    slot_number,
    tight_above,
    tight_below,
)
from portdesk.loa.codekey import keyed_label
from portdesk.loa.context import apply_context
from portdesk.loa.dateboxes import names_a_date_part
from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText, clean
from portdesk.loa.ownlabel import own_label
from portdesk.loa.persons import bare_phone
from portdesk.loa.ticks import Found, decide_check, is_mark_box
from portdesk.loa.tradewords import local_field
from portdesk.loa.vocabulary import (
    NOT_OURS,
    Reading,
    classify,
    for_language,
    normalise,
)

Rect = tuple[float, float, float, float]
THRESHOLD = 0.6  # below this a blank stays empty and is listed for the specialist
_SEPARATOR = 350.0  # a printed line this long with no label beside it separates sections
_WHERE = {"sentence": 0.8, "mark": 0.75, "right": 0.9, "defined": 0.85, "left": 0.9, "caption": 0.9, "inside": 0.9, "above": 0.8, "header": 0.8, "before": 0.8,
          "below": 0.75}
_SIGNER = re.compile(r"^(the )?(authori[sz]ed )?(signer|signatory|signataire|firmante)$")
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
    # 'Other (specify)' beside a choice: the choice's options; written only when none says it
    other_of: list[str] = dc_field(default_factory=list)
    options_only: list[str] = dc_field(default_factory=list)  # a drop-down's box with an 'Other'
    after_main: bool = False  # NUMBER: a table's column beside its main number's cell: the rest

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
    notice: str = ""  # what the specialist must know of the whole mapping (said first)


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


def _decide_text(blank: Blank, text: PageText, neighbours: Sequence[Blank], country: str,
                 language: str) -> Found:
    candidates, marker = label_candidates(blank, text, neighbours)
    candidates = [(keyed_label(t, text) or t, pos) for t, pos in candidates]
    if inside := own_label(blank.widget):  # "[Telefon:        ]": the box's label is its value
        candidates = [(inside, "inside"), *candidates]
    if blank.kind == "leader" and blank.width > _SEPARATOR:
        # a rule across the page separates sections: only a label beside it, or a label line
        # ending in a colon just before it ("Adresse:" then the dotted lines), makes it a blank
        captioned, headed = tight_below(blank, text), tight_above(blank, text)
        candidates = [(t, pos) for t, pos in candidates
                      if pos in ("left", "caption") or t.rstrip().endswith(":")
                      or (pos == "below" and captioned) or (pos in ("above", "before") and headed)]
    if _last_of_a_bare_stack(blank, text, neighbours) and not _rows_labelled_above(
            blank, text, neighbours) and not _captioned_like_the_next(blank, text, neighbours):
        candidates = [(t, pos) for t, pos in candidates if pos != "below"]
    label, where, reading = "", "", None
    placeholder = ""
    for words, pos in candidates:
        cleaned = clean(words, TAIL) if pos != "before" else words
        if not cleaned and pos != "before":
            cleaned = clean(first_half(words), TAIL)
        reading = for_language(classify(cleaned), language, cleaned) if cleaned else None
        if reading is None and pos == "left" and _read_caption_under(blank, text, candidates,
                                                                     language):
            continue  # a value printed on the line before ("Puerto Rico" in the state
            # blank): no label; the caption tight under this line names it
        if pos == "above" and _read_caption_under(blank, text, candidates, language):
            continue  # a page captioning its lines under them: the words over this line are
            # the row above's captions ("Contact phone" over the line captioned "E-mail")
        bare_direction = pos == "left" and bool(_DIRECTION.match(cleaned.strip()))
        if pos == "caption" and _grey_placeholder(blank) and not names_a_date_part(cleaned) \
                and (reading is None or _printed_over_says_otherwise(
                    blank, text, candidates, language, reading.field)):
            placeholder = placeholder or cleaned
            continue  # "[ 00000-000 ]" in grey under a widget labelled "CEP" over it: an
            # example or the value's shape, not the box's name; the printed label says it
            # (a grey "YYYY" names its box's part of a date the label over the row asks)
        if reading is not None or (pos in ("left", "caption", "inside") and not bare_direction) or (
                pos == "below" and tight_below(blank, text) and not tight_above(blank, text)):
            label, where = cleaned, pos
            break
    if reading is not None and reading.field == LoaField.DATE_SIGNED and where == "left" \
            and len(label.split()) <= 2 and tight_below(blank, text):
        # "Kelt: ______ ______" captioned "helység" and "dátum": the lead word dates the
        # row; each blank's own caption says which part of it this one is
        own = next((clean(t) for t, pos in candidates if pos == "below"), "")
        said = for_language(classify(own), language, own) if own else None
        if own and (said is None or said.field != LoaField.DATE_SIGNED) and \
                not _DATE_PARTS_ONLY.match(own.upper()) and \
                not _DATE_PARTS_ONLY.match(normalise(own).upper()):  # "Date [][] [][] [][][][]"
            # (a format in another script, "ДД.ММ.ГГГГ", read as its letters spell it)
            # captioned "DD MM YYYY": the parts of the date the lead word names, not a part
            label, where, reading = own, "below", said
    if not label:  # a bare "Phone" over a blank: whose it is, its row or section will say
        label, where = next(((clean(t), pos) for t, pos in candidates
                             if bare_phone(clean(t))), ("", ""))
    if not label and blank.kind == "widget":  # "Authorised signatory" over a text box
        label, where = next(((clean(t), pos) for t, pos in candidates if pos in (
            "left", "above") and _SIGNER.match(normalise(clean(t)))), ("", ""))
    if reading is None and where in ("left", "above") and blank.kind == "widget" and \
            _SIGNER.match(normalise(label)):
        # "Authorized signer: [______]" (or the word over the box): a text box holds the
        # signer's name (the ink goes on the signature line); under a line it would be the
        # signature
        reading = Reading(LoaField.AUTHORIZED_NAME, 1.0, normalise(label))
    if not label and placeholder:
        label, where = placeholder, "caption"  # no printed label either: the grey words
        # are all the box says (not one of ours)
    found = Found(blank, None, 0.0, f"label ({where})" if where else "", label, marker)
    if reading is not None:
        found.field = local_field(reading.field, reading.words, country)
        weight = _WHERE["above"] if where == "below" and tight_below(blank, text) \
            else _WHERE[where]  # a form that prints its captions under the lines
        found.confidence = round(weight * reading.strength, 2)
        if found.field == LoaField.NUMBER and marker is None:
            found.marker = slot_number(label)
        if found.field == LoaField.DATE_SIGNED and where == "left" \
                and _offered_by_tick(blank, neighbours):
            found.field = LoaField.REQUESTED_DATE  # "[ ] as soon as possible  [ ] on: ____"
            found.note("a tick's choice of day")
    _apply_hints(found, blank)
    if found.field is None or found.field == NOT_OURS:
        return found
    apply_context(found, text, blank)
    return found


# a caption of date-part placeholders only ("DD MM YYYY", "JJ / MM / AAAA"): how the date is
# written in the boxes above it, no name of a blank of its own
_DATE_PARTS_ONLY = re.compile(r"^\s*((DD|MM|YY|YYYY|CCYY|JJ|TT|AA|AAAA|JJJJ|GG)[\s/.\-]*){2,}$")


def _printed_over_says_otherwise(blank: Blank, text: PageText,
                                 candidates: Sequence[tuple[str, str]], language: str,
                                 grey: LoaField | str | None) -> bool:
    """The box's own label printed tight over it reads a value other than its grey placeholder
    does ("Main account phone" over a grey "(area) number"): the grey says the value's shape,
    the printed label whose value it is."""
    if not tight_above(blank, text):
        return False
    above = next((clean(t, TAIL) for t, pos in candidates if pos == "above"), "")
    said = for_language(classify(above), language, above) if above else None
    return said is not None and said.field != grey


def _grey_placeholder(blank: Blank) -> bool:
    """The blank's caption candidate is the grey print under its widget (candidates.py gives a
    widget's light words as its caption only when it has no caption of its own)."""
    return blank.kind == "widget" and not blank.caption


def _read_caption_under(blank: Blank, text: PageText, candidates: Sequence[tuple[str, str]],
                        language: str) -> bool:
    """A form that captions its lines under them: a caption tight under this line (and none
    over it) that reads as one of our labels is the line's own."""
    if blank.kind != "leader" or not tight_below(blank, text) or tight_above(blank, text):
        return False
    own = next((clean(t, TAIL) for t, pos in candidates if pos == "below"), "")
    return bool(own) and for_language(classify(own), language, own) is not None


_STACK_GAP = 30.0  # points between two lines of one list (or two cells of one column)


def _last_of_a_bare_stack(blank: Blank, text: PageText, neighbours: Sequence[Blank]) -> bool:
    """A line right under another of the same width with nothing printed between them: a row of
    a list ("Numbers that stay:" then two bare lines) or of a table's column; the text under it
    is the next block's label, not its own. A widget under printed lines (or a printed line
    under widgets) is another kind of blank: no row of their list."""
    x0, _y0, x1, top = blank.rect
    return any(o is not blank and o.page == blank.page and (o.widget is None) == (
        blank.widget is None) and abs(o.rect[0] - x0) <= 4
               and abs(o.rect[2] - x1) <= 4 and 0 <= o.rect[1] - top <= _STACK_GAP
               and not text.below(o.rect, reach=o.rect[1] - top + 2) for o in neighbours)


_OWN_LABEL = 12.0  # points over a line its own label sits


def _rows_labelled_above(blank: Blank, text: PageText, neighbours: Sequence[Blank]) -> bool:
    """The line right above this one in the stack has its own label right over it ("Main
    number" over its line, then "Signature" under the next): rows each labelled, no bare
    list, so the text tight under this last line is its own caption."""
    x0, _y0, x1, top = blank.rect
    above = [o for o in neighbours if o is not blank and o.page == blank.page
             and abs(o.rect[0] - x0) <= 4 and abs(o.rect[2] - x1) <= 4
             and 0 <= o.rect[1] - top <= _STACK_GAP]
    under = text.below(blank.rect)
    return bool(above) and bool(under) and blank.rect[1] - max(w.y1 for w in under) <= TIGHT \
        and all(any(0 <= w.y0 - o.rect[3] <= _OWN_LABEL and w.x0 < o.rect[2] and w.x1 > o.rect[0]
                    for w in text.words if not w.is_blank) for o in above)


def _captioned_like_the_next(blank: Blank, text: PageText, neighbours: Sequence[Blank]) -> bool:
    """A signature block's column of lines ("[signature]", "[___] Printed name", "[___] Date"):
    the line under this one in its column has its own caption tight under it too, so the text
    tight under this line is its caption, not the next block's label (a bare signature line
    over it makes no list of bare lines)."""
    def captioned(b: Blank) -> bool:
        under = [w for w in text.below(b.rect) if not w.is_blank]
        return bool(under) and b.rect[1] - max(w.y1 for w in under) <= TIGHT
    x0, y0, x1, _top = blank.rect
    nxt = [o for o in neighbours if o is not blank and o.page == blank.page
           and abs(o.rect[0] - x0) <= 4 and o.rect[2] <= x1 + 4
           and 0 <= y0 - o.rect[3] <= _STACK_GAP]
    return captioned(blank) and len(nxt) == 1 and captioned(nxt[0])


_TICK_LABEL = 90.0  # points from a tick's box to the blank its bare "on:" label leads into


def _offered_by_tick(blank: Blank, neighbours: Sequence[Blank]) -> bool:
    """A bare "on:" / "am:" / "il giorno:" between a tick and the blank: the blank is the day
    the tick offers (when to port), a choice no form makes about its signing date."""
    r = blank.rect
    mid = (r[1] + r[3]) / 2
    return any(o.kind == "check" and o.page == blank.page and o.rect[1] - 3 <= mid <= o.rect[3] + 3
               and 0 <= r[0] - o.rect[2] <= _TICK_LABEL for o in neighbours)


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
