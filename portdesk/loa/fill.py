"""Filling a carrier's own LOA form from our values: map, write, and report every decision.

The report is the specialist's review sheet: each field, where it went, how sure we were, and
anything that did not fit. Nothing is dropped quietly.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfWriter

from portdesk.domain.case import mask_secret
from portdesk.loa.appearance import finish_form, split_shared_field, write_check, write_text
from portdesk.loa.errors import BadPdf, FormNotUsable
from portdesk.loa.fields import CHECKBOX_FIELDS, LoaField, LoaValues
from portdesk.loa.files import is_xfa_only, open_pdf, refuses_damaged_pdf
from portdesk.loa.formscan import Widget, Word, extract_words, form_fingerprint, scan_widgets
from portdesk.loa.mapping import Placement, auto_map, auto_map_flat
from portdesk.loa.overlay import Stamp, apply_stamps, fit_overlay
from portdesk.loa.overrides import MappingMemory, Overrides, apply_overrides

_NOT_WRITTEN = frozenset({LoaField.SIGNATURE})  # signing places these, not filling


@dataclass
class ReportRow:
    field: str
    target: str
    confidence: float
    source: str
    evidence: str
    value: str  # as shown in the report: secrets masked
    font_size: float | None = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "target": self.target, "confidence": self.confidence,
                "source": self.source, "evidence": self.evidence, "value": self.value,
                "font_size": self.font_size, "note": self.note}


@dataclass
class FormAnalysis:
    """What the GUI shows before filling: the widgets, the proposed mapping, the form's key."""

    fingerprint: str
    widgets: list[Widget]
    words: list[Word]
    placements: list[Placement]
    fillable: bool
    writer: PdfWriter = field(repr=False)


@dataclass
class FillResult:
    pdf: bytes
    fingerprint: str
    rows: list[ReportRow]
    problems: list[str]

    def report(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "fields": [r.as_dict() for r in self.rows],
                "problems": self.problems}


@refuses_damaged_pdf
def analyse_form(pdf: bytes, label: str, overrides: Overrides | None = None,
                 memory: MappingMemory | None = None) -> FormAnalysis:
    reader = open_pdf(pdf, label)
    if is_xfa_only(reader):
        raise BadPdf(f"{label}: this is an XFA form (Adobe LiveCycle): its fields cannot be "
                     "filled outside Adobe Reader; print it, or ask the carrier for a plain PDF")
    writer = PdfWriter(clone_from=reader)
    widgets = scan_widgets(writer)
    words = extract_words(pdf)
    fingerprint = form_fingerprint(widgets, words)
    fillable = any(w.kind in ("text", "checkbox") for w in widgets)
    placements = auto_map(widgets, words) if fillable else auto_map_flat(words)
    remembered = memory.load(fingerprint) if memory else None
    if remembered:
        placements = apply_overrides(placements, remembered, widgets, "remembered")
    if overrides:
        placements = apply_overrides(placements, overrides, widgets)
    if not placements:
        what = "no fillable fields and no printed labels we recognise" if not words else \
            "no field or printed label we recognise"
        raise FormNotUsable(f"{label}: {what}; give a mapping with page positions (--mapping)")
    return FormAnalysis(fingerprint, widgets, words, placements, fillable, writer)


def _value_for(p: Placement, values: LoaValues, placements: Sequence[Placement]) -> str:
    if p.field == LoaField.NUMBER:
        return values.numbers[p.slot] if p.slot is not None and p.slot < len(values.numbers) \
            else ""
    if p.field == LoaField.SERVICE_ADDRESS and any(q.field == LoaField.CITY for q in placements):
        # The form asks for the city separately: the "address" blank is the street line.
        return ", ".join(v for v in (values.get(LoaField.STREET), values.get(LoaField.SUITE)) if v)
    if p.field == LoaField.STREET and not any(q.field == LoaField.SUITE for q in placements):
        return ", ".join(v for v in (values.get(LoaField.STREET), values.get(LoaField.SUITE)) if v)
    return values.get(p.field)


@refuses_damaged_pdf
def fill_form(pdf: bytes, values: LoaValues, label: str = "form",
              overrides: Overrides | None = None, memory: MappingMemory | None = None,
              remember: bool = False) -> FillResult:
    analysis = analyse_form(pdf, label, overrides, memory)
    if remember and overrides and memory:
        memory.remember(analysis.fingerprint, overrides, Path(label).name)
    writer, placements = analysis.writer, analysis.placements
    by_key = {w.key: w for w in analysis.widgets}
    rows: list[ReportRow] = []
    problems: list[str] = []
    stamps: list[Stamp] = []
    for n, w in enumerate(sorted((w for w in analysis.widgets if "#" in w.key),
                                 key=lambda w: w.key), start=1):
        split_shared_field(w, n)
    def printed_order(p: Placement) -> tuple[int, float, float]:
        w = by_key.get(p.widget) if p.widget else None
        return (p.page, -round(w.rect[3] if w else p.y), w.rect[0] if w else p.x)

    for p in sorted(placements, key=printed_order):
        row = ReportRow(p.field.value, p.target(), p.confidence, p.source, p.evidence, "")
        rows.append(row)
        if p.field in _NOT_WRITTEN:
            row.note = "placed when signing"
            continue
        if p.field in CHECKBOX_FIELDS:
            checked = values.checks.get(p.field, False)
            row.value = "checked" if checked else "unchecked"
            if p.widget:
                write_check(by_key[p.widget], checked)
            elif checked:
                stamps.append(Stamp(p.page, p.x, p.y, "X"))
            continue
        value = _value_for(p, values, placements)
        row.value = mask_secret(value) if p.field == LoaField.PIN else value
        if not value:
            continue
        if p.widget:
            result = write_text(writer, by_key[p.widget], value)
        else:
            size, fits = fit_overlay(value, p.width)
            stamps.append(Stamp(p.page, p.x, p.y, value, size))
            result_note = "" if size >= 10 else f"too long for the blank: font reduced to {size:g} pt"
            if not fits:
                result_note = "runs past the printed blank even at the smallest font"
                problems.append(f"{p.field.value}: {result_note}")
            row.font_size, row.note = size, result_note
            continue
        row.font_size, row.note = result.font_size, result.note
        if result.problem:
            problems.append(f"{p.field.value} ({p.target()}): {result.note}")
    problems.extend(_missing(values, placements))
    apply_stamps(writer, stamps)
    finish_form(writer)
    writer.add_metadata({"/PortDeskTollFree": "true" if values.toll_free else "false"})
    buf = io.BytesIO()
    writer.write(buf)
    return FillResult(buf.getvalue(), analysis.fingerprint, rows, problems)


def _missing(values: LoaValues, placements: Sequence[Placement]) -> list[str]:
    slots = sum(1 for p in placements if p.field == LoaField.NUMBER)
    out: list[str] = []
    if len(values.numbers) > slots:
        out.append(f"{len(values.numbers) - slots} of {len(values.numbers)} numbers do not fit "
                   f"in the form's {slots} number slots: attach the standard LOA's annex")
    mapped = {p.field for p in placements}
    for key in (LoaField.ACCOUNT_NAME, LoaField.ACCOUNT_NUMBER, LoaField.BTN, LoaField.PIN):
        if values.get(key) and key not in mapped and not (
                key == LoaField.BTN and LoaField.NUMBER in mapped):
            out.append(f"{key.value}: the form has no place for it that we recognise; check "
                       "the form or give a mapping")
    return out

