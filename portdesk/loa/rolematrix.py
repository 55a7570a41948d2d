"""A role matrix: rows Name / Account number / Address, a column per party ("Customer | Current
provider | New provider").

A cell of such a grid asks its row's value FOR its column's party. A cell that is not next to its
row's label (another party's cell stands between) was read by its column heading alone: a
heading naming the losing carrier made the carrier's name go into every cell of the carrier's
column, its tax number's row as well. The rule: a blank read only by a column heading that names
a party, on a row whose own label (the words at the row's left end) reads another value or a
value not ours, is asked by two labels that disagree: it stays empty (the carrier's column is
the carrier's to fill; the report lists it for the specialist).
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import classify

_PARTY_FIELDS = frozenset({LoaField.CARRIER})
_ABOVE = "label (above)"


def party_columns(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    for f in founds:
        if f.field not in _PARTY_FIELDS or not f.source.startswith(_ABOVE):
            continue
        rect = f.blank.rect
        row = [g for g in founds if g is not f and g.blank.page == f.blank.page
               and g.blank.rect[2] <= rect[0] + 1 and _same_row(g.blank.rect, rect)]
        if not row:
            continue  # nothing between the row's label and the blank: not a matrix cell
        wall = min(g.blank.rect[0] for g in row)
        said = " ".join(w.text for w in sorted(texts[f.blank.page].line_of(rect),
                                                key=lambda w: w.x0)
                        if w.x1 <= wall + 1 and not w.is_blank)
        reading = classify(said) if said else None
        if reading is not None and reading.field != f.field:
            f.note(f"its row asks '{said}', its column '{f.evidence}': another party's cell")
            f.field, f.confidence = None, 0.0


def _same_row(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return abs((a[1] + a[3]) / 2 - (b[1] + b[3]) / 2) < 3 and abs((a[3] - a[1]) - (b[3] - b[1])) < 4
