"""Which of our fields goes where on a carrier's form, with how sure we are and why.

The printed label beats the tooltip, which beats the widget name: the carrier reads the paper, and
form authors copy-paste widgets without renaming them. A specialist's correction always wins and is
remembered for the same form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from portdesk.loa.fields import CHECKBOX_FIELDS, TEXT_FIELDS, LoaField, match_label
from portdesk.loa.formscan import Widget, Word, reading_key
from portdesk.loa.labels import label_above, label_left, label_right, printed_label

_SIGNATURE_ONLY = frozenset({LoaField.SIGNATURE})
_MAX_LABEL_WORDS = 12


@dataclass
class Placement:
    """One value's destination: a widget, or a point on a page for overlaid text."""

    field: LoaField
    confidence: float
    source: str  # label | tooltip | name | blank | override | remembered
    widget: str | None = None
    page: int = 0  # 0-based
    x: float = 0.0
    y: float = 0.0
    width: float | None = None  # room for overlaid text, when a blank says how much
    evidence: str = ""
    slot: int | None = None  # NUMBER: which of the numbers (0-based), in printed order

    def target(self) -> str:
        if self.widget:
            return self.widget
        return f"page {self.page + 1} at ({self.x:.0f}, {self.y:.0f})"


def _allowed(widget: Widget) -> frozenset[LoaField] | None:
    if widget.kind == "checkbox":
        return CHECKBOX_FIELDS
    if widget.kind == "text":
        return TEXT_FIELDS
    if widget.kind == "signature":
        return _SIGNATURE_ONLY
    return None


def map_widget(widget: Widget, words: Sequence[Word]) -> Placement | None:
    allowed = _allowed(widget)
    if allowed is None:
        return None
    if widget.kind == "signature":
        return Placement(LoaField.SIGNATURE, 0.95, "signature field", widget.key,
                         widget.page, evidence=widget.field_name)
    if widget.kind == "checkbox":
        label, where = label_right(words, widget.page, widget.rect), "right"
        if not label:
            label, where = printed_label(words, widget.page, widget.rect)
    else:
        label, where = printed_label(words, widget.page, widget.rect)
    if len(label.split()) > _MAX_LABEL_WORDS:
        label = ""  # running text above a blank is a paragraph, not its label
    by_label = match_label(label, allowed) if label else None
    by_tip = match_label(widget.tooltip, allowed) if widget.tooltip else None
    by_name = match_label(widget.field_name.rsplit(".", 1)[-1], allowed)
    if where == "above" and by_label is not None and (by_tip or by_name) \
            and by_label not in (by_tip, by_name):
        by_label = None  # a line above may belong to the previous field; the name is safer
    if by_label is not None:
        confidence = 0.9 if where in ("left", "right") else 0.8
        if by_label in (by_tip, by_name):
            confidence += 0.05
        elif by_tip or by_name:
            confidence -= 0.1  # the printed label wins, but the name disagrees: worth a look
        return Placement(by_label, round(confidence, 2), f"label ({where})", widget.key,
                         widget.page, evidence=label)
    penalty = 0.1 if label else 0.0  # a label we could not read lowers trust in the name
    if by_tip is not None:
        return Placement(by_tip, round(0.7 - penalty, 2), "tooltip", widget.key, widget.page,
                         evidence=widget.tooltip)
    if by_name is not None:
        return Placement(by_name, round(0.6 - penalty, 2), "name", widget.key, widget.page,
                         evidence=widget.field_name)
    return None


def auto_map(widgets: Sequence[Widget], words: Sequence[Word]) -> list[Placement]:
    placements = [p for w in widgets if (p := map_widget(w, words)) is not None]
    placements += _unlabelled_slots(widgets, placements, words)
    number_order = {w.key: i for i, w in enumerate(sorted(widgets, key=reading_key))}
    slots = sorted((p for p in placements if p.field == LoaField.NUMBER),
                   key=lambda p: number_order[p.widget or ""])
    for n, p in enumerate(slots):
        p.slot = n
    return placements


def _unlabelled_slots(widgets: Sequence[Widget], placements: Sequence[Placement],
                      words: Sequence[Word]) -> list[Placement]:
    """Blank text widgets beside or under a number slot are more slots (grids of "Text17"...)."""
    mapped = {p.widget for p in placements}
    slots = [w for w in widgets if any(p.widget == w.key and p.field == LoaField.NUMBER
                                       for p in placements)]
    found: list[Placement] = []
    for w in sorted(widgets, key=reading_key):
        if w.key in mapped or w.kind != "text" or printed_label(words, w.page, w.rect)[0]:
            continue
        if any(s.page == w.page and (abs(s.rect[1] - w.rect[1]) < 3 or (
                abs(s.rect[0] - w.rect[0]) < 20 and 0 < s.rect[1] - w.rect[1] < 30))
               for s in slots):
            slots.append(w)
            found.append(Placement(LoaField.NUMBER, 0.65, "slot pattern", w.key, w.page,
                                   evidence="unlabelled, in line with the number slots"))
    return found


def auto_map_flat(words: Sequence[Word]) -> list[Placement]:
    """A form that is only paper: values go onto the printed blanks (or after a label's colon)."""
    placements: list[Placement] = []
    blanks = sorted((w for w in words if w.is_blank and w.x1 - w.x0 > 20),
                    key=lambda w: (w.page, -round(w.y0 / 6), w.x0))
    previous: dict[int, tuple[Word, LoaField]] = {}
    used_labels: set[tuple[int, float, float]] = set()
    for blank in blanks:
        rect = (blank.x0, blank.y0, blank.x1, blank.y0 + 9)  # an underline is thin: give it height
        label = label_left(words, blank.page, rect)
        confidence = 0.8
        if not label and not _continues_numbers(previous.get(blank.page), blank):
            label, confidence = label_above(words, blank.page, rect, max_lines=1), 0.7
        found = match_label(label, TEXT_FIELDS) if label else None
        if found is None and not label:
            if _continues_numbers(previous.get(blank.page), blank):
                found, confidence = LoaField.NUMBER, 0.7
        if found is None:
            continue
        previous[blank.page] = (blank, found)
        used_labels.add((blank.page, round(blank.y0), round(blank.x0)))
        placements.append(Placement(found, confidence, "blank", None, blank.page, blank.x0 + 2,
                                    blank.y0 + 2.5, blank.x1 - blank.x0 - 2, evidence=label))
    placements.extend(_colon_labels(words, {p.field for p in placements}))
    slots = [p for p in placements if p.field == LoaField.NUMBER]
    for n, p in enumerate(slots):
        p.slot = n
    return placements


def _continues_numbers(prev: tuple[Word, LoaField] | None, blank: Word) -> bool:
    """An unlabelled blank right under a number blank is the next number slot."""
    return prev is not None and prev[1] == LoaField.NUMBER and abs(prev[0].x0 - blank.x0) < 20 \
        and prev[0].y0 - blank.y0 < 30


def _colon_labels(words: Sequence[Word], taken: set[LoaField]) -> list[Placement]:
    """'Account number:' with white space after it and no underline: write right after it."""
    out: list[Placement] = []
    for word in words:
        if not word.text.endswith(":") or word.is_blank:
            continue
        rect = (word.x1 + 1, word.y0, word.x1 + 2, word.y1)
        label = label_left(words, word.page, rect)
        found = match_label(label, TEXT_FIELDS - {LoaField.NUMBER, LoaField.SIGNATURE})
        if found is None or found in taken:
            continue
        taken.add(found)
        out.append(Placement(found, 0.6, "label colon", None, word.page, word.x1 + 4, word.y0,
                             None, evidence=label))
    return out
