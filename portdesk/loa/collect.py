"""Every blank on a form: its widgets, and on each page the printed lines, boxes, empty cells,
combs and the white space of a date written in words ("a ____ de ______ de 20__").

A date sentence printed on drawn lines takes those lines as its parts; white space that another
blank already covers, or that sits under one (a caption's room), is no blank of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from portdesk.loa.blanks import Blank, printed_blanks, widget_blanks
from portdesk.loa.captions import under_a_blank
from portdesk.loa.charwidgets import char_widget_combs
from portdesk.loa.choices import is_choice, options
from portdesk.loa.datephrase import date_gaps
from portdesk.loa.formscan import Widget, Word
from portdesk.loa.labels import PageText
from portdesk.loa.phoneboxes import phone_box_blanks, phone_widget_groups
from portdesk.loa.rules import PageRules

Rect = tuple[float, float, float, float]
CHOICE = "choice options"  # Blank.extra: the options of the drop-down drawn in this box


def collect_blanks(widgets: Sequence[Widget], texts: dict[int, PageText],
                   rules: dict[int, PageRules], country: str) -> list[Blank]:
    blanks = char_widget_combs(phone_widget_groups(widget_blanks(widgets), texts))
    for page, text in texts.items():
        covered = [w.rect for w in widgets if w.page == page and w.kind != "other"]
        phones = [b for b in phone_box_blanks(text, page, rules[page].cells if page in rules
                                              else ()) if not _overlaps(b.rect, covered)]
        covered += [b.rect for b in phones]  # its three boxes are no blanks of their own
        blanks += phones + printed_blanks(text, page, rules.get(page), covered)
        if page not in rules:
            continue
        # dates written in white space are a paper form's habit; on a page with widgets only
        # a date sentence on drawn lines ("En ____, a __ de ____ de 20__") is read as one
        fillable = any(w.page == page and w.kind == "text" for w in widgets)
        taken = covered + [b.rect for b in blanks if b.page == page]
        drawn: list[Blank] = []  # parts of a date on drawn lines
        rest: list[Blank] = []
        drawn_lines = [*rules[page].lines, *rules[page].short]  # free rules, short ones too
        for g in date_gaps(text, page, country, [(r[0], r[1] - 2, r[2], r[1] + 10)
                                                 for r in drawn_lines]):
            g = _within_its_box(g, rules[page].cells)
            line = next((b for b in blanks if g.part and b.page == page and b.kind == "leader"
                         and b.lines < 2 and _overlaps(g.rect, [b.rect])), None)
            if line is not None:  # "a ____ de ________ de 20__" on drawn lines: the line is
                blanks[blanks.index(line)] = replace(g, rect=line.rect)  # that part of the date
                drawn.append(g)
            elif not _overlaps(g.rect, taken) and not under_a_blank(g.rect, taken) and \
                    not (not g.part and _over_date_boxes(g.rect, text, [
                        b for b in blanks if b.page == page])) and \
                    not (not g.part and _heads_a_column(g.rect, rules[page].cells)):
                rest.append(g)
        # "... de 20__": a part too short to be read as a line is the same date's
        blanks += [g for g in rest if not fillable or (g.part and any(
            abs(d.rect[1] - g.rect[1]) < 3 for d in drawn))]
    return blanks + _lone_choices(widgets, blanks)


def _within_its_box(gap: Blank, cells: Sequence[Rect]) -> Blank:
    """"Requested date [DD/MM/YYYY      ] (at least ...)": white space that starts inside a drawn
    box ends at the box's right side, not at the next word outside it (a date written past the
    side runs out of its box: a cut value, a wrong one)."""
    if gap.part:
        return gap  # a part of a date in words ("Día: __ de ____"): the sentence's own gap
    x, y = gap.rect[0] + 1, (gap.rect[1] + gap.rect[3]) / 2
    box = min((c for c in cells if c[0] <= x < c[2] and c[1] <= y <= c[3] and c[2] < gap.rect[2]),
              key=lambda c: (c[2] - c[0]) * (c[3] - c[1]), default=None)
    if box is None:
        return gap
    return replace(gap, rect=(gap.rect[0], gap.rect[1], box[2] - 1, gap.rect[3]))


def _heads_a_column(gap: Rect, cells: Sequence[Rect]) -> bool:
    """"Date / Datum" heading a table's column: the white space after it in its header cell is
    the cell's padding, the date goes in the column's cells under it (a cell of the same
    width right under the one the gap starts in)."""
    x, y = gap[0] + 1, (gap[1] + gap[3]) / 2
    head = next((c for c in cells if c[0] <= x <= c[2] and c[1] <= y <= c[3]), None)
    return head is not None and any(
        abs(c[0] - head[0]) < 3 and abs(c[2] - head[2]) < 3 and abs(c[3] - head[1]) < 3
        for c in cells)


_BOXES_UNDER = 30.0  # points under a date's label its row of part boxes may start
_PART_BOX = 60.0  # a day, month or year box is no wider


def _over_date_boxes(gap: Rect, text: PageText, blanks: Sequence[Blank]) -> bool:
    """"Requested transfer date" over [Day] [Month] [Year]: the label names the boxes right
    under it; the white space after it on its line is no blank of its own."""
    left = [w for w in text.line_of(gap) if w.x1 <= gap[0] + 2 and not w.is_blank]
    if not left:
        return False
    x0 = min(w.x0 for w in left)
    under = [b for b in blanks if b.kind != "check"
             and 0 <= gap[1] - b.rect[3] <= _BOXES_UNDER and x0 - 4 <= b.rect[0] <= gap[0]
             and b.width <= _PART_BOX]
    return len(under) >= 2 and any(abs(a.rect[1] - b.rect[1]) < 3 for a in under
                                   for b in under if a is not b)


def _lone_choices(widgets: Sequence[Widget], blanks: Sequence[Blank]) -> list[Blank]:
    """A drop-down or list box with no printed box of its own under it ("Parish [  v]"): a
    blank, set to the option that says the value (`choices.py`), else left empty. One drawn in
    a printed box is that box's (the value is written there and the field set from it)."""
    out = []
    for w in (w for w in widgets if is_choice(w)):
        under = [b for b in blanks if b.page == w.page and _overlaps(w.rect, [b.rect])]
        for b in under:
            # the printed box's value sets the drop-down drawn in it: its options, one a line
            b.extra[CHOICE] = "\n".join(o.shown for o in options(w))
        if not under:
            out.append(Blank("widget", w.page, w.rect, w, 1))
    return out


def _overlaps(rect: Rect, others: Sequence[Rect]) -> bool:
    return any(min(rect[2], o[2]) - max(rect[0], o[0]) > 2
               and min(rect[3], o[3]) - max(rect[1], o[1]) > 2 for o in others)


def page_texts(words: Sequence[Word], pages: int,
               rules: dict[int, PageRules] | None = None) -> dict[int, PageText]:
    by_page: dict[int, list[Word]] = {n: [] for n in range(pages)}
    for w in words:
        by_page.setdefault(w.page, []).append(w)
    drawn = rules or {}
    return {n: PageText(ws, drawn[n].cells if n in drawn else ()) for n, ws in by_page.items()}
