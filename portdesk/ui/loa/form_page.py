"""The carrier form's page as the mapping screen draws it: a box per widget and per placed paper
blank, coloured by how sure the mapping is, the selected row's box highlighted, and which widget a
click on the page means.

Plain functions over the analysis and the table's rows, so the dialog only wires them to the view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor

from portdesk.services.desk_types import FormAnalysis, Widget
from portdesk.ui.loa.canvas import Overlay
from portdesk.ui.loa.form_model import MappingRow, confidence_color

_UNMAPPED = QColor("#9e9e9e")
_SELECTED = QColor("#1565c0")
_HIT_SLACK = 2.0  # points around a widget's box that still count as a click on it


def mapping_overlays(analysis: FormAnalysis, rows: Sequence[MappingRow],
                     chosen: MappingRow | None) -> list[Overlay]:
    """Every widget (grey when nothing of ours goes there) and every placed paper blank."""
    by_widget = {r.widget: r for r in rows if r.widget}
    overlays = []
    for w in analysis.widgets:
        r = by_widget.get(w.key)
        overlays.append(Overlay(w.page, w.rect, confidence_color(r) if r else _UNMAPPED,
                                r.name if r else "", selected=same_row(r, chosen)))
    for r in rows:
        if r.placed and not r.widget:
            overlays.append(Overlay(r.page or 0, r.rect or (r.x, r.y, r.x, r.y),
                                    _SELECTED if same_row(r, chosen) else confidence_color(r),
                                    r.name, selected=same_row(r, chosen)))
    return overlays


def widget_at(analysis: FormAnalysis, page: int, x: float, y: float) -> Widget | None:
    """The smallest widget under a click (a tick box inside a text box is the tick box)."""
    hits = [w for w in analysis.widgets if w.page == page
            and w.rect[0] - _HIT_SLACK <= x <= w.rect[2] + _HIT_SLACK
            and w.rect[1] - _HIT_SLACK <= y <= w.rect[3] + _HIT_SLACK]
    return min(hits, key=lambda w: w.width * w.height, default=None)


def same_row(a: MappingRow | None, b: MappingRow | None) -> bool:
    return a is not None and b is not None and a.field == b.field and a.slot == b.slot
