"""A specialist's corrections to a mapping, as JSON, and their memory per form.

Shape: {"account_name": "Text1", "pin": {"page": 2, "x": 310, "y": 540}, "number": ["Text5", ...]}.
A string names a widget (as the report lists it); an object gives a point on a page (1-based page,
PDF points from the bottom-left corner); a list fills numbered slots in that order. null drops a
field the automatic mapping placed wrongly. Remembered under the form's fingerprint, so the next
copy of the same carrier form is filled right without asking.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from portdesk.loa.errors import BadMapping
from portdesk.loa.fields import CHECKBOX_FIELDS, DATE_FIELDS, LoaField
from portdesk.loa.formscan import Widget
from portdesk.loa.mapping import Placement

Overrides = dict[str, Any]
_FORMAT = ""  # a placed date takes the form's usual format (decided when writing)


def load_overrides(path: Path) -> Overrides:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadMapping(f"{path}: no such mapping file") from None
    except (OSError, ValueError) as exc:
        raise BadMapping(f"{path}: not a JSON mapping ({exc})") from None
    if not isinstance(raw, dict):
        raise BadMapping(f"{path}: a mapping is a JSON object of our field -> widget or position")
    return raw


def _field(name: str) -> LoaField:
    try:
        return LoaField(name)
    except ValueError:
        valid = ", ".join(f.value for f in LoaField)
        raise BadMapping(f"mapping: '{name}' is not one of our fields ({valid})") from None


def _target(field: LoaField, spec: Any, widgets: Mapping[str, Widget], source: str,
            slot: int | None = None) -> Placement:
    if isinstance(spec, str):
        widget = widgets.get(spec)
        if widget is None:
            names = ", ".join(sorted(widgets)[:12])
            raise BadMapping(f"mapping: {field.value} -> '{spec}': the form has no such widget "
                             f"(some it has: {names})")
        return Placement(field, 1.0, source, widget.key, widget.page, widget.rect[0] + 2,
                         widget.rect[1] + 2, widget.width - 2, evidence=spec, slot=slot,
                         rect=widget.rect, kind="check" if widget.kind == "checkbox" else "widget",
                         mark=field in CHECKBOX_FIELDS and widget.kind == "text",
                         fmt=_FORMAT if field in DATE_FIELDS else "")
    if isinstance(spec, Mapping) and "widget" in spec:
        return _target(field, spec["widget"], widgets, source, slot)
    if isinstance(spec, Mapping) and {"page", "x", "y"} <= set(spec):
        try:
            page, x, y = int(spec["page"]), float(spec["x"]), float(spec["y"])
            width = float(spec["width"]) if spec.get("width") is not None else None
        except (TypeError, ValueError):
            raise BadMapping(f"mapping: {field.value}: page, x and y must be numbers") from None
        if page < 1:
            raise BadMapping(f"mapping: {field.value}: pages are counted from 1")
        box = (x, y - 2, x + (width or 150.0), y + 10)
        return Placement(field, 1.0, source, None, page - 1, x, y, width, slot=slot,
                         evidence="position", rect=box, kind="point",
                         mark=field in CHECKBOX_FIELDS, fmt=_FORMAT if field in DATE_FIELDS else "")
    raise BadMapping(f"mapping: {field.value}: give a widget name or {{page, x, y}}")


def apply_overrides(placements: list[Placement], overrides: Overrides,
                    widgets: Sequence[Widget], source: str = "override") -> list[Placement]:
    by_key = {w.key: w for w in widgets}
    replaced: dict[LoaField, list[Placement]] = {}
    for name, spec in overrides.items():
        field = _field(name)
        if spec is None:
            replaced[field] = []
        elif isinstance(spec, list):
            replaced[field] = [_target(field, s, by_key, source, n) for n, s in enumerate(spec)]
        else:
            slot = 0 if field == LoaField.NUMBER else None
            replaced[field] = [_target(field, spec, by_key, source, slot)]
    _one_value_per_box(replaced)
    # a mapped value in a box the specialist chose is not dropped here: claims.specialist_first
    # leaves it unplaced and lists it
    kept = [p for p in placements if p.field not in replaced]
    return kept + [p for ps in replaced.values() for p in ps]


def _one_value_per_box(replaced: dict[LoaField, list[Placement]]) -> None:
    seen: dict[str, LoaField] = {}
    for field, placements in replaced.items():
        for p in placements:
            if p.widget is None:
                continue
            other = seen.get(p.widget)
            if other is not None and (other != field or field != LoaField.NUMBER):
                raise BadMapping(f"mapping: {other.value} and {field.value} both go to "
                                 f"'{p.widget}': one box holds one value")
            seen[p.widget] = field


class MappingMemory:
    """Remembered overrides, one JSON file per form fingerprint."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, fingerprint: str) -> Path:
        return self.folder / f"{fingerprint}.json"

    def load(self, fingerprint: str) -> Overrides | None:
        path = self._path(fingerprint)
        if not path.is_file():
            return None
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # a damaged memory is forgotten, never fatal
        overrides = raw.get("overrides") if isinstance(raw, dict) else None
        return overrides if isinstance(overrides, dict) else None

    def remember(self, fingerprint: str, overrides: Overrides, form_name: str = "") -> Path:
        merged = {**(self.load(fingerprint) or {}), **overrides}
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(fingerprint)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".map-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"fingerprint": fingerprint, "form": form_name, "overrides": merged}, fh,
                      indent=2)
        os.replace(tmp, path)
        return path
