"""The proposed mapping of a carrier form as table rows, and the specialist's corrections as overrides.

Rows are plain data built from loa.fill.analyse_form(): one per placement, plus one per value we
have and could not place, so every value of the case is visible and can be put somewhere by a
click. A correction becomes the override JSON shape portdesk.loa.overrides documents (widget key,
{page, x, y}, a list for number slots, null to drop), which the fill remembers for the form.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from portdesk.domain.case import mask_secret
from portdesk.services import loa_desk
from portdesk.services.desk_types import CHECKBOX_FIELDS, FormAnalysis, LoaField, LoaValues, Widget
from portdesk.ui.table_model import RowsTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FIELD, TARGET, CONFIDENCE, VALUE = range(4)
HEADERS = ("Our field", "Goes to", "Confidence", "Value")
_SIGNING_ONLY = frozenset({LoaField.SIGNATURE, LoaField.DATE_SIGNED})
_SAME_SPOT = 6.0  # points: two clicks this close are the same place
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class MappingRow:
    field: LoaField
    value: str
    slot: int | None = None
    widget: str | None = None
    page: int | None = None  # 0-based; None when not placed
    x: float = 0.0
    y: float = 0.0
    confidence: float | None = None
    source: str = ""
    rect: tuple[float, float, float, float] | None = None  # the blank, as drawn on the page
    evidence: str = ""

    @property
    def placed(self) -> bool:
        return self.page is not None

    @property
    def name(self) -> str:
        if self.field == LoaField.NUMBER:
            return f"Number {(self.slot or 0) + 1}"
        return self.field.value.replace("_", " ").capitalize().replace("Btn", "BTN") \
            .replace("Pin", "PIN")

    @property
    def target(self) -> str:
        if self.widget:
            return self.widget
        if self.page is None:
            return "not placed"
        return f"page {self.page + 1} at ({self.x:.0f}, {self.y:.0f})"

    def spec(self) -> Any:
        """This row's destination in override form."""
        if self.widget:
            return self.widget
        return {"page": (self.page or 0) + 1, "x": round(self.x, 1), "y": round(self.y, 1)}


def _shown(field: LoaField, slot: int | None, values: LoaValues, written: str) -> str:
    """The value as the page will show it (an area code cell shows its row's area code), the
    masked PIN, or how a tick box or a signing place is answered."""
    if field in CHECKBOX_FIELDS or field == LoaField.PIN or field in _SIGNING_ONLY:
        return display_value(field, slot, values)
    return written


def display_value(field: LoaField, slot: int | None, values: LoaValues) -> str:
    if field == LoaField.NUMBER:
        ok = slot is not None and slot < len(values.numbers)
        return values.numbers[slot] if ok and slot is not None else ""
    if field in CHECKBOX_FIELDS:
        return "checked" if values.checks.get(field) else "unchecked"
    if field == LoaField.PIN:
        return mask_secret(values.get(field))
    if field in _SIGNING_ONLY:
        return "placed when signing"
    return values.get(field)


def build_rows(analysis: FormAnalysis, values: LoaValues) -> list[MappingRow]:
    written = loa_desk.written_values(analysis, values)
    rows = [MappingRow(p.field, _shown(p.field, p.slot, values, text), p.slot, p.widget,
                       p.page, p.x, p.y, p.confidence, p.source, p.rect, p.evidence)
            for p, text in zip(analysis.placements, written, strict=True)]
    rows.sort(key=lambda r: (list(LoaField).index(r.field), r.slot or 0))
    placed = {r.field for r in rows}
    for field in _unplaced(placed):
        if values.get(field):
            rows.append(MappingRow(field, display_value(field, None, values)))
    slots = sum(1 for r in rows if r.field == LoaField.NUMBER)
    for n in range(slots, len(values.numbers)):
        rows.append(MappingRow(LoaField.NUMBER, values.numbers[n], n))
    return rows


_ALWAYS = (LoaField.ACCOUNT_NAME, LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE,
           LoaField.ACCOUNT_NUMBER, LoaField.PIN, LoaField.BTN, LoaField.CARRIER,
           LoaField.REQUESTED_DATE, LoaField.CONTACT_PHONE, LoaField.CONTACT_EMAIL,
           LoaField.NEW_BTN)
_PARTS = {"service": (LoaField.STREET, LoaField.SUITE, LoaField.CITY, LoaField.STATE,
                      LoaField.POSTAL_CODE),
          "billing": (LoaField.BILLING_STREET, LoaField.BILLING_CITY, LoaField.BILLING_STATE,
                      LoaField.BILLING_POSTAL_CODE)}
_WHOLE = {"service": LoaField.SERVICE_ADDRESS, "billing": LoaField.BILLING_ADDRESS}


def _unplaced(placed: set[LoaField]) -> list[LoaField]:
    """The values worth a 'not placed' line: an address is offered whole, or by the parts the
    form asks for, never both."""
    out = [f for f in _ALWAYS if f not in placed]
    for family, parts in _PARTS.items():
        if _WHOLE[family] in placed:
            continue
        asked = [p for p in parts if p in placed]
        if asked:
            out += [p for p in parts if p not in placed and p != LoaField.SUITE]
        elif family == "service":
            out.append(_WHOLE[family])
    return out


def fits(field: LoaField, widget: Widget | None) -> str:
    """'' when the field may go on the widget (None: a free position), else why not."""
    if widget is None:
        return ""
    if field in CHECKBOX_FIELDS and widget.kind != "checkbox":
        return f"{field.value} is a tick box: click one of the form's checkboxes"
    if field not in CHECKBOX_FIELDS and widget.kind != "text":
        return f"{widget.key} is a {widget.kind} field: {field.value} needs a text field"
    return ""


def same_place(a: Any, b: Any) -> bool:
    """Two override targets naming the same widget, or points a click apart."""
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.get("page") == b.get("page") and \
            abs(float(a.get("x", 0)) - float(b.get("x", 0))) < _SAME_SPOT and \
            abs(float(a.get("y", 0)) - float(b.get("y", 0))) < _SAME_SPOT
    return False


def _without(overrides: dict[str, Any], spec: Any, keep: str) -> dict[str, Any]:
    """Every other use of the place is dropped: one box never holds two values."""
    out: dict[str, Any] = {}
    for name, target in overrides.items():
        if name == keep or spec is None:
            out[name] = target
        elif isinstance(target, list):
            rest = [t for t in target if not same_place(t, spec)]
            out[name] = rest or None
        elif not same_place(target, spec):
            out[name] = target
    return out


def corrected(overrides: dict[str, Any], rows: list[MappingRow], row: MappingRow,
              spec: Any) -> dict[str, Any]:
    """The overrides after putting `row` at `spec` (None: take it off the form); any other
    value the specialist had put in the same place leaves it."""
    out = _without(overrides, spec, row.field.value)
    if row.field != LoaField.NUMBER:
        out[row.field.value] = spec
        return out
    slots = sorted((r for r in rows if r.field == LoaField.NUMBER and r.placed),
                   key=lambda r: r.slot or 0)
    specs = [r.spec() for r in slots]
    if spec is not None:  # the clicked box stops being any other slot
        kept = [(r, s) for r, s in zip(slots, specs, strict=True)
                if r.slot == row.slot or not same_place(s, spec)]
        slots, specs = [r for r, _s in kept], [s for _r, s in kept]
    index = next((i for i, r in enumerate(slots) if r.slot == row.slot), None)
    if spec is None:
        if index is not None:
            specs.pop(index)
    elif index is None:
        specs.append(spec)
    else:
        specs[index] = spec
    out[LoaField.NUMBER.value] = specs or None
    return out


class MappingModel(RowsTableModel):
    headers = tuple(HEADERS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MappingRow] = []

    def set_rows(self, rows: list[MappingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[MappingRow]:
        return list(self._rows)

    def row_at(self, row: int) -> MappingRow:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return (r.confidence if r.confidence is not None else -1.0) if col == CONFIDENCE \
                else self.data(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.name, r.target, _confidence_text(r), r.value)[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (TARGET, CONFIDENCE):
            return f"found by {r.source}" if r.source else "click the page to place it"
        if role == Qt.ItemDataRole.ForegroundRole and col in (TARGET, CONFIDENCE):
            return confidence_color(r)
        return None


def _confidence_text(r: MappingRow) -> str:
    if r.confidence is None:
        return "—"
    if r.source in ("override", "remembered"):
        return "yours" if r.source == "override" else "remembered"
    return f"{r.confidence:.0%}"


def confidence_color(r: MappingRow) -> QColor:
    if r.confidence is None:
        return QColor("#b00020")
    if r.source in ("override", "remembered") or r.confidence >= 0.8:
        return QColor("#1b6e20")
    if r.confidence >= 0.65:
        return QColor("#8a5a00")
    return QColor("#b00020")
