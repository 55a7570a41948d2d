"""A row of one-character widgets is one comb: "[1][2][3][4][5][6][7][8]" under "DD MM YYYY".

Fillable forms often ask a date, a number or a code in a row of text widgets that each hold one
character (/MaxLen 1), drawn edge to edge. Read widget by widget, each is a blank of its own: the
first takes the value and cannot hold it, the others read their names ('date_2') as another
value. Read as one blank over the row, it has one label (the row's) and its value is written a
character a widget, as in a printed comb (combs.comb_text), or not at all when it does not fit.
"""

from __future__ import annotations

from portdesk.loa.blanks import CELLS, Blank
from portdesk.loa.phoneboxes import WIDGETS

_MIN = 4  # widgets, at least, in a row (two or three are as often ticks or a state code)
_GAP = 3.0  # points, at most, between two widgets of one row (edge to edge, a border apart)
_ROW = 1.5  # points two widgets' bottoms and heights may differ by on one row
_MAX_W = 30.0  # a one-character widget is no wider than this


def _one_character(b: Blank) -> bool:
    w = b.widget
    return b.kind == "widget" and w is not None and w.kind == "text" and w.max_len == 1 \
        and b.width <= _MAX_W


def char_widget_combs(blanks: list[Blank]) -> list[Blank]:
    """Every run of one-character widgets side by side merged into one comb blank, kept under
    its first widget; the widgets' keys in its extra (WIDGETS), their spans as its cells."""
    single = sorted((b for b in blanks if _one_character(b)),
                    key=lambda b: (b.page, round(b.rect[1]), b.rect[0]))
    runs: list[list[Blank]] = []
    for b in single:
        last = runs[-1][-1] if runs else None
        if last is not None and last.page == b.page and abs(last.rect[1] - b.rect[1]) <= _ROW \
                and abs(last.height - b.height) <= _ROW and -1.0 <= b.rect[0] - last.rect[2] <= _GAP:
            runs[-1].append(b)
        else:
            runs.append([b])
    merged: dict[int, Blank] = {}
    gone: set[int] = set()
    for run in (r for r in runs if len(r) >= _MIN):
        first = run[0]
        rect = (first.rect[0], min(b.rect[1] for b in run), run[-1].rect[2],
                max(b.rect[3] for b in run))
        keys = [b.widget.key for b in run if b.widget is not None]
        merged[id(first)] = Blank("widget", first.page, rect, widget=first.widget, extra={
            "comb": str(len(run)), WIDGETS: ",".join(keys),
            CELLS: ",".join(f"{b.rect[0]:.2f}:{b.rect[2]:.2f}" for b in run)})
        gone |= {id(b) for b in run}
    return [merged.get(id(b), b) for b in blanks if id(b) not in gone or id(b) in merged]
