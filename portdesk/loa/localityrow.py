"""One label over the boxes of a row: "PLZ / Ort [_ _ _ _] [__________]".

A form prints "Postcode / Town" once, left of two boxes side by side (a postcode comb, then a
wide box), and only the first box reads the label: it would take the whole locality ("9490
Vaduz" in a four-cell comb) while the town's box stays empty. When the label names its parts in
order, one part per box of the run, and the boxes after the first read nothing of their own,
each box takes its part, in the label's order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import classify

_SPLIT = re.compile(r"\s*(?:/|,|\+|&|\band\b|\bund\b|\bet\b|\bog\b|\by\b|\be\b)\s*",
                    re.IGNORECASE)
_PARTS = frozenset({LoaField.POSTAL_CODE, LoaField.CITY, LoaField.STATE})
_RUN_GAP = 24.0  # points between two boxes of one run on a row
_SAME_ROW = 3.0  # points between the bottoms of two boxes of one row
_OWN_LABEL = 0.8  # a box this sure of its own label is not a part of the run


def split_locality_row(founds: Sequence[Found]) -> None:
    """Give each box of a run its part of the locality label read by the first."""
    for f in founds:
        if f.field != LoaField.LOCALITY or not f.source.startswith("label (") or \
                f.blank.kind != "widget":
            continue
        parts = _parts(f.evidence)
        if parts is None:
            continue
        run = _run(f, founds, len(parts) - 1)
        if len(run) != len(parts) - 1:
            continue
        for box, part in zip([f, *run], parts, strict=True):
            box.field, box.confidence = part, max(f.confidence, _OWN_LABEL)
            box.evidence, box.source = f.evidence, f.source
            box.note("one part of the label over the boxes of its row")


def _parts(label: str) -> list[LoaField] | None:
    """The address parts the label names, in its order ("PLZ / Ort": postcode, then town);
    None unless every piece reads as one part, each a different one."""
    pieces = [p for p in _SPLIT.split(label.strip(" :")) if p]
    reads = [classify(p) for p in pieces]
    fields = [r.field for r in reads if r is not None and r.field in _PARTS]
    if len(fields) != len(pieces) or len(set(fields)) != len(fields) or len(fields) < 2:
        return None
    return fields  # type: ignore[return-value]


def _run(first: Found, founds: Sequence[Found], wanted: int) -> list[Found]:
    """The widgets right after the first on its row, none reading a label of its own."""
    run: list[Found] = []
    edge = first.blank.rect[2]
    row = sorted((o for o in founds if o is not first and o.blank.page == first.blank.page
                  and o.blank.kind == "widget"
                  and abs(o.blank.rect[1] - first.blank.rect[1]) < _SAME_ROW
                  and o.blank.rect[0] >= edge - 1), key=lambda o: o.blank.rect[0])
    for o in row[:wanted]:
        if o.blank.rect[0] - edge > _RUN_GAP or _reads_its_own(o):
            break
        run.append(o)
        edge = o.blank.rect[2]
    return run


def _reads_its_own(o: Found) -> bool:
    return o.field is not None and o.confidence >= _OWN_LABEL and \
        o.source in ("label (left)", "label (before)")
