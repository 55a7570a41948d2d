"""Every place on a form a value could go: its widgets, and on paper the printed blanks.

Printed blanks come in four shapes: a run of underscores or dots to write on, an empty table cell,
a box with its caption at the top ("Signature du client" and room below), and a printed tick box.
Where a widget already covers a printed line, the widget is the blank.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from portdesk.loa.dividers import divides_sections
from portdesk.loa.formscan import Widget, Word
from portdesk.loa.labels import PageText
from portdesk.loa.rules import PageRules

Rect = tuple[float, float, float, float]
_LEAD_GAP = 12.0  # points between dots that lead to a widget and the widget
_COMB = 4  # boxes, at least, in a row of one-character boxes
_SHORT_COMB = 2  # two or three boxes are a comb only where their label asks for a state code
AFTER_PRINTED = "after:"  # Blank.part of a number's line after a printed area code: "after:01481"
SHORT = "short"  # Blank.extra key of such a comb (plan.py keeps it only for a state)
CELLS = "cells"  # Blank.extra key of a comb in groups: each box's x span, "x0:x1,..."
_GROUP_GAP = 10.0  # points between two groups of one comb
_MIN_LEADER = 18.0  # narrower runs of dots are punctuation, not a blank
_MIN_CELL_W, _MIN_CELL_H = 20.0, 7.0
_CAPTION_ROOM = 22.0  # free height under a box's caption that makes it a blank to write in
_SLASH_GAP = 8.0  # points between a date part's line and the "/" beside it
_LINE_H = 9.0  # the height of one written line over a printed blank
_SMALL_PRINT = 7.5  # points: a caption in a cell's corner is printed this small or smaller
# ... hugging the cell's top edge: the white above it at most this share of the room left
# under it to write in (measured, session 16, tests/loaforms/margins.py: every decision on
# every open form and the real ones is the same from 0.3 to 0.95; corner captions 0.27 at most,
# captions centred or low in their box 0.99 at least; an absolute 5 pt had 0.6 pt to spare)
_HUG_SHARE = 0.5
_LINE_ROOM = 11.0  # ... leaving this much height under it for one written line
_SIDE_ROOM = 40.0  # points right of a grey placeholder that leave room to write beside it


@dataclass(eq=False)
class Blank:
    kind: str  # widget | check | signature | leader | cell | box | gap
    page: int
    rect: Rect
    widget: Widget | None = None
    lines: int = 1  # lines of text that fit
    caption: str = ""  # text printed inside the box, above the room to write
    part: str = ""  # day | month | year | year2 for a date written in parts
    anchor: Rect | None = None  # a blank on several lines: its first line, where its label is
    frame: Rect | None = None  # the box drawn around the room, when it holds its own label
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        if self.widget is not None:
            return self.widget.key
        return f"p{self.page + 1}@{self.rect[0]:.0f},{self.rect[1]:.0f}"

    @property
    def width(self) -> float:
        return self.rect[2] - self.rect[0]

    @property
    def height(self) -> float:
        return self.rect[3] - self.rect[1]


def widget_blanks(widgets: Sequence[Widget]) -> list[Blank]:
    out = []
    for w in widgets:
        if w.locked:
            continue  # read-only or hidden (a form id, an agent code): the form's, not ours
        if w.kind == "text":
            lines = max(1, int(w.height // 13)) if w.multiline or w.height > 30 else 1
            out.append(Blank("widget", w.page, w.rect, w, lines))
        elif w.kind == "checkbox":
            out.append(Blank("check", w.page, w.rect, w))
        elif w.kind == "signature":
            out.append(Blank("signature", w.page, w.rect, w))
    return out


def printed_blanks(text: PageText, page: int, rules: PageRules | None,
                   covered: Sequence[Rect]) -> list[Blank]:
    """Leaders, tick boxes and empty cells on one page that no widget already covers."""
    found = [b for b in _leaders(text, page) if not _covered(b.rect, covered)
             and not leads_into(b.rect, covered)]
    found += [b for b in _glyph_boxes(text, page) if not _covered(b.rect, covered)]
    if rules is not None:
        # squares drawn edge to edge ("Postcode [][][][]"): a comb, not a row of tick boxes
        square = [b for b in combs(page, rules.boxes) if not b.extra.get(SHORT)
                  and not _covered(b.rect, covered) and not text.inside(b.rect)]
        taken = [b.rect for b in [*found, *square]]
        found += square
        found += [Blank("box", page, r) for r in rules.boxes
                  if not _covered(r, covered) and not _covered(r, taken)]
        found += _drawn_lines(text, page, rules, [*covered, *(b.rect for b in found)])
        # a comb of cells first: the frame drawn around it with its caption ("Postal code"
        # over six boxes) is a frame holding a blank, not a second blank over the comb
        found += [b for b in combs(page, rules.cells) if not _covered(b.rect, covered)
                  and not _printed_in_comb(b, text)]
        found += _cells(text, page, rules, [*covered, *(b.rect for b in found)])
    return found


def combs(page: int, cells: Sequence[Rect]) -> list[Blank]:
    """A row of small equal boxes drawn edge to edge, one per character ("Eircode [][][]..."):
    one blank for the whole value, not a row of tick boxes or nothing at all."""
    small = sorted((c for c in cells if c[2] - c[0] < _MIN_CELL_W), key=lambda c: (-c[1], c[0]))
    rows: list[list[Rect]] = []
    for c in small:
        last = rows[-1][-1] if rows else None
        if last is not None and abs(last[1] - c[1]) <= 1 and abs(last[3] - c[3]) <= 1 \
                and -1.5 <= c[0] - last[2] <= 2.0 and _alike(c[2] - c[0], last[2] - last[0]):
            rows[-1].append(c)
        else:
            rows.append([c])
    return [Blank("cell", page, (r[0][0], min(c[1] for c in r), r[-1][2], max(c[3] for c in r)),
                  extra={"comb": str(len(r))} | ({SHORT: "1"} if len(r) < _COMB else {})
                  | ({CELLS: ",".join(f"{c[0]:.2f}:{c[2]:.2f}" for c in r)} if grouped else {}))
            for r, grouped in _groups(rows) if len(r) >= _SHORT_COMB]


_SEPARATOR = re.compile(r"^[)(\-–./]+$")  # what a number's comb prints between its groups


def _printed_in_comb(b: Blank, text: PageText) -> bool:
    """Print inside a comb's span makes it no comb, but for a written number's separators
    between its groups ("( [][][] ) [][][] - [][][][]": the bracket and the dash)."""
    inside = [w for w in text.inside(b.rect) if not w.is_blank]
    if not inside:
        return False
    if CELLS not in b.extra:
        return True
    spans = [tuple(float(v) for v in part.split(":")) for part in b.extra[CELLS].split(",")]
    return any(not _SEPARATOR.match(w.text) or any(x0 < (w.x0 + w.x1) / 2 < x1
                                                    for x0, x1 in spans) for w in inside)


def _groups(rows: list[list[Rect]]) -> list[tuple[list[Rect], bool]]:
    """Combs side by side on one line a small gap apart are one comb in groups ("[][][]
    [][][] [][][][]": a number's area code, exchange and line; "[][] [][][][][][][][]")."""
    out: list[tuple[list[Rect], bool]] = []
    for r in rows:
        last = out[-1][0] if out else None
        if last is not None and len(r) >= _SHORT_COMB and len(last) >= _SHORT_COMB \
                and abs(last[-1][1] - r[0][1]) <= 1 and abs(last[-1][3] - r[0][3]) <= 1 \
                and 2.0 < r[0][0] - last[-1][2] <= _GROUP_GAP:
            out[-1] = ([*last, *r], True)
        else:
            out.append((r, False))
    return out


def _alike(width: float, last: float) -> bool:
    """Boxes of one comb: the grid's rounding and its half-width border lines make one box a
    point or two wider or narrower than the next (a 12-box comb was read as 7 and 5)."""
    return abs(width - last) <= max(1.5, 0.2 * last)


def _drawn_lines(text: PageText, page: int, rules: PageRules,
                 covered: Sequence[Rect]) -> list[Blank]:
    """Lines drawn (not typed) to write on; an underline under printed words is not one."""
    out = []
    parts = [r for r in rules.short if _between_slashes(r, text)]
    for x0, y, x1, _y in sorted([*rules.lines, *parts], key=lambda r: (-r[1], r[0])):
        rect = (x0, y - 1.5, x1, y + _LINE_H)
        if _covered(rect, covered) or any(
                w.x1 > x0 and w.x0 < x1 and -1.5 <= w.y0 - y <= 4 and not w.is_blank
                and not w.light for w in text.words):
            continue  # already a blank, or words sit on it: it underlines them (a grey word
            # on the line is its label printed inside the blank, the value written over it)
        if divides_sections(x0, y, x1, text, covered):
            continue  # a rule over a section's heading: no line to write on
        out.append(Blank("leader", page, rect, extra={"drawn": "1"}))
    return _join_continuations(text, out)


def _between_slashes(rule: Rect, text: PageText) -> bool:
    """A short rule with a "/" printed right before or after it on its line: a day's or a
    month's part of a date written "__ / __ / ____" (shorter rules are decoration)."""
    x0, y, x1, _y = rule
    return any(-1 <= w.y0 - y <= 6 and (
        (w.text in ("/", ".", "-")
         and (0 <= w.x0 - x1 <= _SLASH_GAP or 0 <= x0 - w.x1 <= _SLASH_GAP))
        or (_GLUED_CENTURY.match(w.text) is not None and 0 <= x0 - w.x1 <= _SLASH_GAP))
        for w in text.words)


# "__ . __ .20__": the year's short rule after its separator glued to the printed century
_GLUED_CENTURY = re.compile(r"^[/.\-](20|19)$")


def leads_into(rect: Rect, widgets: Sequence[Rect]) -> bool:
    """Dots or a rule running up to a widget on its line ("Name ........ [    ]") lead the eye
    to the widget: the widget is the blank, the dots are no second one."""
    return any(0 <= o[0] - rect[2] <= _LEAD_GAP and min(rect[3], o[3]) - max(rect[1], o[1]) > 3
               for o in widgets)


def _covered(rect: Rect, others: Sequence[Rect]) -> bool:
    cx, cy = (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2
    return any(o[0] - 2 <= cx <= o[2] + 2 and o[1] - 3 <= cy <= o[3] + 3 for o in others)


def _leaders(text: PageText, page: int) -> list[Blank]:
    """Runs of underscores or dots, joined when one line's run is split, continued on the next."""
    runs: list[Word] = sorted((w for w in text.words if w.is_blank), key=lambda w: w.x0)
    merged: list[list[float]] = []
    for w in runs:
        same = next((m for m in merged if abs(m[1] - w.y0) < 2.5 and 0 <= w.x0 - m[2] < 6), None)
        if same is not None:
            same[2] = max(same[2], w.x1)
        else:
            merged.append([w.x0, w.y0, w.x1])
    merged.sort(key=lambda m: (-m[1], m[0]))
    blanks = [Blank("leader", page, (x0, y0 - 1.5, x1, y0 + _LINE_H)) for x0, y0, x1 in merged
              if x1 - x0 >= _MIN_LEADER]
    return _join_continuations(text, blanks)


def _join_continuations(text: PageText, blanks: list[Blank]) -> list[Blank]:
    """An unlabelled run right under a labelled one, starting at the margin, is its second line
    ("Adresse: ........" then "................")."""
    out: list[Blank] = []
    for b in blanks:
        prev = out[-1] if out else None
        if prev is not None and prev.page == b.page and 4 < prev.rect[1] - b.rect[1] < 18 \
                and not text.left(b.rect) and b.rect[2] >= prev.rect[2] - 30 \
                and b.rect[0] <= prev.rect[0]:
            prev.anchor = prev.anchor or prev.rect
            prev.rect = (min(prev.rect[0], b.rect[0]), b.rect[1], max(prev.rect[2], b.rect[2]),
                         prev.rect[3])
            prev.lines += 1
            continue
        out.append(b)
    return out


def _glyph_boxes(text: PageText, page: int) -> list[Blank]:
    return [Blank("box", page, w.rect) for w in text.words if w.is_box]


def _cells(text: PageText, page: int, rules: PageRules, covered: Sequence[Rect]) -> list[Blank]:
    out: list[Blank] = []
    cells = [c for c in rules.cells if c[2] - c[0] >= _MIN_CELL_W and c[3] - c[1] >= _MIN_CELL_H]
    for cell in cells:
        if _covered(cell, covered) or any(_contains(cell, o) for o in [*cells, *covered]
                                          if o != cell):
            continue  # a widget or a leader is the blank; a frame holding blanks is a frame
        inside = [w for w in text.inside(cell) if not w.is_blank]
        if inside and _heads_a_column(cell, cells, text):
            continue  # a table's header cell: its column's name, no room to write in
        if not inside:
            if _corner_of_heads(cell, cells, text):
                continue  # "|  | Signature | Print name |" over "| Customer | ...": no blank
            if not any(_contains(shade, cell) or shade == cell for shade in _grown(rules.shaded)):
                out.append(Blank("cell", page, cell,
                                 lines=max(1, int((cell[3] - cell[1]) // 13))))
            continue  # an empty cell shaded grey is shaded out of use: nothing to write
        low = min(w.y0 for w in inside)
        if low - cell[1] >= _CAPTION_ROOM or _corner_caption(cell, inside, low):
            room = (cell[0], cell[1], cell[2], low - 2)
            caption = " ".join(w.text for w in _reading_order(inside))
            out.append(Blank("cell", page, room, caption=caption, frame=cell,
                             lines=max(1, int((room[3] - room[1]) // 13))))
        elif (bracketed := _between_brackets(page, cell, inside)) is not None:
            out.append(bracketed)
        elif all(w.light for w in inside):
            if not _labelled_outside(cell, text):
                out.append(_placeholder_cell(page, cell, inside))
            # else a specimen: "Address [Rua Direita 1 ...]" in grey in a worked sample, a
            # value shown for the label printed before its box, is the form's print
        elif HINT.match(" ".join(w.text for w in _reading_order(inside))):
            out.append(_hint_cell(page, cell, inside))
    return out


_EDGE = 1.5  # points: two cells' edges this close are one rule


def _heads_a_column(cell: Rect, cells: Sequence[Rect], text: PageText) -> bool:
    """A table's header cell ("Numéro à porter" over its column, "No" over the printed row
    numbers), whatever room its caption leaves under it: right under it a column of at least
    two cells of its width holding nothing but a row's printed number, and beside it on its
    row another cell holding print (the header row's other heads)."""
    below = []
    edge = cell[1]
    while True:
        nxt = next((c for c in cells if abs(c[3] - edge) <= _EDGE and abs(c[0] - cell[0]) <= _EDGE
                    and abs(c[2] - cell[2]) <= _EDGE), None)
        if nxt is None or any(not w.is_blank and not w.text.strip(".").isdigit()
                              for w in text.inside(nxt)):
            break
        below.append(nxt)
        edge = nxt[1]
    if len(below) < 2:
        return False
    return any(c != cell and abs(c[1] - cell[1]) <= _EDGE and abs(c[3] - cell[3]) <= _EDGE
               and (abs(c[0] - cell[2]) <= _EDGE or abs(c[2] - cell[0]) <= _EDGE)
               and any(not w.is_blank for w in text.inside(c)) for c in cells)


# a hint printed in the box it is about: an example ("e.g. 020 7946 0000", "z.B.", "p. ej.",
# "bijv.", "ex.", "per es.") or the value's shape ("DD/MM/YYYY", "(10 digits)")
HINT = re.compile(r"^\(?(e\.? ?g\.?|eg:|ex\.|ex:|example|z\. ?b\.|p\. ?ej\.|bijv\.|b\.v\.|per es\.|"
                  r"par ex\.|p\. ?ex\.|np\.|napr\.)\s|^\(?\d+ (digits|chiffres|cifras|ziffern|"
                  r"cijfers|cifre|digitos)\)?$|^(dd|mm|jj|tt|yyyy|aaaa|jjjj)([ /.\-]+(dd|mm|jj|"
                  r"tt|yyyy|aaaa|jjjj|yy|aa))+$", re.IGNORECASE)


_OPEN_BRACKET = re.compile(r"^\(\s*(\d{0,2})$")  # "(" or "( 0": the trunk prefix printed
_MIN_BRACKET_ROOM = 16.0  # points between the brackets: room for an area code's digits


def _between_brackets(page: int, cell: Rect, inside: Sequence[Word]) -> Blank | None:
    """A cell whose only print is a written number's brackets, the opening one at its left
    (with the trunk prefix printed after it, "( 0", or not) and the closing one at its right
    ("( 0 ______ )" under a "( 0 Vorwahl )" head): the room between them is the blank, and
    the digits printed in it are not written again (Blank.part "after:0")."""
    words = _reading_order(inside)
    if len(words) < 2 or words[-1].text.strip() != ")":
        return None
    head = " ".join(w.text for w in words[:-1])
    opened = _OPEN_BRACKET.match(head)
    if opened is None or max(w.y0 for w in words) - min(w.y0 for w in words) > 3:
        return None
    left, right = max(w.x1 for w in words[:-1]) + 1, words[-1].x0 - 1
    if right - left < _MIN_BRACKET_ROOM:
        return None
    trunk = opened.group(1)
    return Blank("cell", page, (left, cell[1], right, cell[3]), anchor=cell, frame=cell,
                 part=f"{AFTER_PRINTED}{trunk}" if trunk else "")


def _hint_cell(page: int, cell: Rect, inside: Sequence[Word]) -> Blank:
    """A box whose only print is a hint ("e.g. 208-555-0100", "DD/MM/YYYY"): an empty box
    to write in, its label outside it; the value goes beside the hint when there is room."""
    side = max(w.x1 for w in inside) + 4
    room = (side, cell[1], cell[2], cell[3]) if cell[2] - side >= _SIDE_ROOM else cell
    hint = " ".join(w.text for w in _reading_order(inside))
    return Blank("cell", page, room, anchor=cell, frame=cell, extra={"hint": hint})


_OUTSIDE_LABEL = 60.0  # points left of a box its own printed label may end


def _labelled_outside(cell: Rect, text: PageText) -> bool:
    """A box holding only grey text with its label printed (not grey) just left of it: the
    grey is a value shown for that label (a worked sample, an example row), not the box's
    name."""
    mid = (cell[1] + cell[3]) / 2
    return any(not w.light and not w.is_blank and 0 <= cell[0] - w.x1 <= _OUTSIDE_LABEL
               and w.y0 - 2 <= mid <= w.y1 + 2 for w in text.words)


def _placeholder_cell(page: int, cell: Rect, inside: Sequence[Word]) -> Blank:
    """A box whose only print is light grey text ("Account number" in grey, centred or at the
    left): that text names the box, and the value is written beside it, not over it, when
    there is room; in a box too narrow for that, over the whole box."""
    caption = " ".join(w.text for w in _reading_order(inside))
    side = max(w.x1 for w in inside) + 4
    room = (side, cell[1], cell[2], cell[3]) if cell[2] - side >= _SIDE_ROOM else cell
    return Blank("cell", page, room, caption=caption, frame=cell)


def _reading_order(words: Sequence[Word]) -> list[Word]:
    """Lines top to bottom (by their middles: "g" and "/" hang lower), words left to right."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: -(w.y0 + w.y1)):
        mid = (w.y0 + w.y1) / 2
        if lines and abs((lines[-1][0].y0 + lines[-1][0].y1) / 2 - mid) <= 2.5:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [w for line in lines for w in sorted(line, key=lambda w: w.x0)]


def _corner_caption(cell: Rect, inside: Sequence[Word], low: float) -> bool:
    """A grid cell captioned in small print in its top corner ("PLZ", "Ort" over the room to
    write): the caption hugs the top edge, is smaller than handwriting, and leaves a line free."""
    high = max(w.y1 for w in inside)
    small = max(w.y1 - w.y0 for w in inside) <= _SMALL_PRINT
    room = low - cell[1]
    return small and cell[3] - high <= _HUG_SHARE * room and room >= _LINE_ROOM


def _corner_of_heads(cell: Rect, cells: Sequence[Rect], text: PageText) -> bool:
    """The empty first cell of a table whose header row names its columns and whose first
    column names its rows: at least two cells beside it on its row, every one holding print,
    and the cell under it holding print (the first row's name)."""
    row = [c for c in cells if c != cell and abs(c[1] - cell[1]) <= _EDGE
           and abs(c[3] - cell[3]) <= _EDGE and c[0] >= cell[2] - _EDGE]
    under = [c for c in cells if abs(c[3] - cell[1]) <= _EDGE and abs(c[0] - cell[0]) <= _EDGE
             and abs(c[2] - cell[2]) <= _EDGE]
    printed = [c for c in row if any(not w.is_blank for w in text.inside(c))]
    return len(row) >= 2 and len(printed) == len(row) and bool(under) and \
        all(any(not w.is_blank for w in text.inside(c)) for c in under)


def _grown(rects: Sequence[Rect], by: float = 1.5) -> list[Rect]:
    """Each rectangle a little larger: a shade drawn on its cell's rules reaches their middle."""
    return [(r[0] - by, r[1] - by, r[2] + by, r[3] + by) for r in rects]


def _contains(outer: Rect, inner: Rect) -> bool:
    return outer != inner and outer[0] <= inner[0] + 0.5 and outer[1] <= inner[1] + 0.5 \
        and outer[2] >= inner[2] - 0.5 and outer[3] >= inner[3] - 0.5
