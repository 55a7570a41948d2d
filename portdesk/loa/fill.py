"""Filling a carrier's own LOA form from our values: map, write, and report every decision.

The report is the specialist's review sheet: each value, where it went, how sure we were and why,
the blanks we left empty on purpose, and anything that did not fit. Nothing is dropped quietly.
The places the signing step will use (signature, date, printed name) travel with the filled PDF,
so signing puts them exactly where the specialist saw them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfWriter

from portdesk.domain.case import mask_secret
from portdesk.domain.intake import IntakeLimits
from portdesk.loa.appearance import (
    finish_form,
    fits_whole,
    over_its_comb,
    split_shared_field,
    within_limit,
    write_check,
    write_text,
)
from portdesk.loa.choices import ChoiceSet, Option, choose, is_choice, option_for, set_choices
from portdesk.loa.claims import specialist_first
from portdesk.loa.combs import comb_stamps, comb_text
from portdesk.loa.errors import BadPdf, FormNotUsable
from portdesk.loa.fields import CHECKBOX_FIELDS, SIGNING_FIELDS, LoaField, LoaValues
from portdesk.loa.files import (
    PERMISSIONS,
    is_xfa_only,
    open_pdf,
    owner_permissions,
    refuses_damaged_pdf,
)
from portdesk.loa.formocr import off_the_edges, picture_notice, read_pictures, weigh
from portdesk.loa.formscan import Widget, Word, extract_words, form_fingerprint, scan_widgets
from portdesk.loa.language import in_no_language_read, reads_no_language
from portdesk.loa.mapping import Placement, Review
from portdesk.loa.overlay import Stamp, apply_stamps, fit_overlay, text_width
from portdesk.loa.overrides import MappingMemory, Overrides, apply_overrides
from portdesk.loa.phoneboxes import write_number
from portdesk.loa.placeholder import hide_placeholders
from portdesk.loa.placing import checked, text_for
from portdesk.loa.plan import map_form
from portdesk.loa.rules import read_rules
from portdesk.loa.script import readable_words
from portdesk.loa.signplan import sign_plan, write_plan
from portdesk.loa.uncover import uncover

_SECRET = frozenset({LoaField.PIN})
_WORTH_SAYING = (LoaField.ACCOUNT_NAME, LoaField.ACCOUNT_NUMBER, LoaField.BTN, LoaField.PIN,
                 LoaField.CARRIER, LoaField.AUTHORIZED_NAME, LoaField.SERVICE_ADDRESS)


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
    page: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "target": self.target, "page": self.page + 1,
                "confidence": self.confidence, "source": self.source,
                "evidence": self.evidence, "value": self.value, "font_size": self.font_size,
                "note": self.note}


@dataclass
class FormAnalysis:
    """What the desk shows before filling: the widgets, the proposed mapping, the form's key."""

    fingerprint: str
    widgets: list[Widget]
    words: list[Word]
    placements: list[Placement]
    fillable: bool
    writer: PdfWriter = field(repr=False)
    review: list[Review] = field(default_factory=list)
    language: str = "en"
    notice: str = ""  # e.g. the form is in a script we cannot read: place values by clicking
    pages: int = 1
    permissions: int | None = None  # a form locked by its owner: what they allow


@dataclass
class FillResult:
    pdf: bytes
    fingerprint: str
    rows: list[ReportRow]
    problems: list[str]
    review: list[str] = field(default_factory=list)
    not_placed: list[str] = field(default_factory=list)

    def report(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "fields": [r.as_dict() for r in self.rows],
                "problems": self.problems, "left_for_you": self.review,
                "not_placed": self.not_placed}


@refuses_damaged_pdf
def analyse_form(pdf: bytes, label: str, overrides: Overrides | None = None,
                 memory: MappingMemory | None = None, country: str = "US",
                 strict: bool = True, limits: IntakeLimits | None = None) -> FormAnalysis:
    """The proposed mapping. strict: refuse a form offering nothing (the desk lets one click).
    limits: the settings' caps on OCR (pages, pixels, dpi) for a form printed as a picture,
    the same the bill check keeps to (the defaults when none are given)."""
    reader = open_pdf(pdf, label)
    if is_xfa_only(reader):
        raise BadPdf(f"{label}: this is an XFA form (Adobe LiveCycle): its fields cannot be "
                     "filled outside Adobe Reader; print it, or ask the carrier for a plain PDF")
    writer = PdfWriter(clone_from=reader)
    widgets = scan_widgets(writer)
    words = extract_words(pdf)
    # a page that is one picture: its labels read by OCR
    pictures = read_pictures(pdf, words, [(w.page, w.rect) for w in widgets], limits)
    fingerprint = form_fingerprint(widgets, words or pictures.words)
    # printed lines and boxes are read on every page: a partly fillable form prints its
    # signature line, number grid or tick boxes beside its widgets
    rules = read_rules(pdf, range(len(writer.pages)), pictures.pages)
    pictures = off_the_edges(pictures, {n: r.cells for n, r in rules.items()})
    words = [*words, *pictures.words]
    words, script = readable_words(words)  # Greek, Bulgarian, or a bilingual form's Latin half
    notice = ""
    if script:
        notice = (f"{label}: the form is written in {script}, which PortDesk cannot read: "
                  "place each value by clicking on the page in the desk")
    pages = len(writer.pages)
    fmap = map_form(widgets, words, pages, rules, country)
    placements = fmap.placements
    if script:  # no label of the page read: a widget's name alone is no reading of the page,
        # nor is a rule's length and place (a signature line by layout): on a page whose script
        # is unread the specialist places every value, the signature and its date too
        placements = []
    placements, unsure = weigh(placements, fmap.blanks, pictures)
    remembered = memory.load(fingerprint) if memory else None
    if remembered:
        placements = apply_overrides(placements, remembered, widgets, "remembered")
    if overrides:
        placements = apply_overrides(placements, overrides, widgets)
    review = [*fmap.review, *unsure]
    if remembered or overrides:
        placements, displaced = specialist_first(placements)
        review += displaced
    fillable = any(w.kind in ("text", "checkbox") for w in widgets)
    if strict and not placements:
        raise FormNotUsable(notice or (f"{label}: {pictures.notice}" if pictures.notice
                                       else _nothing(label, words, widgets)))
    if fmap.notice and placements and not notice:  # what the layout alone placed, said first
        notice = f"{label}: {fmap.notice}"
    if pictures.pages or pictures.notice:
        notice = " ".join(n for n in (notice, f"{label}: {picture_notice(pictures)}") if n)
    return FormAnalysis(fingerprint, widgets, words, placements, fillable, writer, review,
                        fmap.language, notice, pages, owner_permissions(reader))


# a separator with a letter on each side: dropping it runs two words of a name or an address
# together, which is no longer the value (a code's separators sit beside a digit: "K1N 8S7")
_BETWEEN_WORDS = re.compile(r"[^\W\d_][\s\-./()]+[^\W\d_]")


def _nothing(label: str, words: Sequence[Word], widgets: Sequence[Widget]) -> str:
    if not words and not widgets:
        return (f"{label}: no fillable fields and no printed labels we recognise (a scan?); "
                "place the values by clicking in the desk, or give a mapping (--mapping)")
    if words and (reads_no_language([[w.text] for w in words])
                  or in_no_language_read([w.text for w in words])):
        return (f"{label}: its labels are in a language PortDesk does not read; place the "
                "values by clicking in the desk, or give a mapping with page positions "
                "(--mapping)")
    return (f"{label}: no field or printed label we recognise; place the values by clicking "
            "in the desk, or give a mapping with page positions (--mapping)")


@refuses_damaged_pdf
def fill_form(pdf: bytes, values: LoaValues, label: str = "form",
              overrides: Overrides | None = None, memory: MappingMemory | None = None,
              remember: bool = False, limits: IntakeLimits | None = None) -> FillResult:
    """remember: keep the specialist's overrides for this form (only once they confirmed them).
    limits: as analyse_form's."""
    analysis = analyse_form(pdf, label, overrides, memory, values.country, limits=limits)
    if remember and overrides and memory:
        memory.remember(analysis.fingerprint, overrides, Path(label).name)
    writer, placements = analysis.writer, analysis.placements
    by_key = {w.key: w for w in analysis.widgets}
    hide_placeholders(analysis.widgets, analysis.words)
    for n, w in enumerate(sorted((w for w in analysis.widgets
                                  if "#" in w.key and w.kind == "text"), key=lambda w: w.key),
                          start=1):
        split_shared_field(w, n)  # a radio group's buttons stay one field
    rows: list[ReportRow] = []
    problems: list[str] = []
    stamps: list[Stamp] = []
    for p in sorted(placements, key=_printed_order):
        rows.append(_place(p, values, placements, analysis, by_key, writer, stamps, problems))
    problems.extend(_overflow(values, placements))
    _said_set(rows, set_choices(writer, analysis.widgets, stamps, values.country))
    problems.extend(uncover(analysis.widgets, stamps))
    apply_stamps(writer, stamps)
    finish_form(writer)
    write_plan(writer, sign_plan(placements, rows, values, analysis))
    writer.add_metadata({"/PortDeskTollFree": "true" if values.toll_free else "false"})
    if analysis.permissions is not None:  # the owner's lock goes on with the filled copy:
        writer.add_metadata({PERMISSIONS: str(analysis.permissions)})  # signing, printing
    buf = io.BytesIO()
    writer.write(buf)
    review = [r.line() for r in analysis.review]
    if analysis.notice:
        review.insert(0, analysis.notice)
    return FillResult(buf.getvalue(), analysis.fingerprint, rows, problems, review,
                      _not_placed(values, placements))


def _said_set(rows: list[ReportRow], chosen: Sequence[ChoiceSet]) -> None:
    """The report says which drop-down now holds a value (the page no longer shows it written)."""
    for c in chosen:
        row = next((r for r in rows if r.value == c.value and not r.note), None)
        if row is not None:
            row.note = f"set in the drop-down {c.widget} ('{c.option}')"


def _printed_order(p: Placement) -> tuple[int, float, float]:
    rect = p.rect or (p.x, p.y, p.x, p.y)
    return (p.page, -round(rect[3]), rect[0])


def _place(p: Placement, values: LoaValues, placements: Sequence[Placement],
           analysis: FormAnalysis, by_key: dict[str, Widget], writer: PdfWriter,
           stamps: list[Stamp], problems: list[str]) -> ReportRow:
    row = ReportRow(p.field.value, p.target(), p.confidence, p.source, p.evidence, "",
                    page=p.page)
    widget = by_key.get(p.widget) if p.widget else None
    if p.field in SIGNING_FIELDS:
        row.note = "placed when signing"
        return row
    if p.field in CHECKBOX_FIELDS:
        on = checked(p, values)
        row.value = "checked" if on else "unchecked"
        if widget is not None and widget.kind == "checkbox":
            write_check(widget, on)
        elif on and widget is not None:
            write_text(writer, widget, "X")
        elif on:
            stamps.append(_tick(p))
        return row
    value = text_for(p, values, placements, analysis.language)
    row.value = mask_secret(value) if p.field in _SECRET else value.replace("\n", " / ")
    if not value:
        return row
    if p.other_of or p.options_only:  # "Operator [v]  Other (specify) [____]"
        offered = [Option(o, o) for o in p.other_of or p.options_only]
        said = option_for(value, offered, values.country)
        if p.other_of and said is not None:
            row.value, row.note = "", f"the choice beside it offers '{said.shown}': 'Other' " \
                "left empty"
            return row
        if p.options_only and said is None:
            row.value, row.note = "", "no option of the choice says it: written in its " \
                "'Other' blank, nothing over the choice"
            return row
    if p.boxes:
        return _phone_boxes(p, value, values.country, row, stamps, problems,
                            [by_key[k] for k in p.part_widgets if k in by_key], writer)
    if p.comb and p.part_widgets:  # a row of one-character widgets: a character each
        return _widget_comb(p, value, values.country, row, problems,
                            [by_key[k] for k in p.part_widgets if k in by_key], writer)
    if widget is not None and is_choice(widget):  # a drop-down of its own: an option, or none
        chosen = choose(writer, widget, value, values.country)
        row.note = f"set in the drop-down {widget.field_name} ('{chosen.shown}')" if chosen \
            else f"no option of the drop-down says '{row.value}': left empty, choose it by hand"
        if chosen is None:
            row.value = ""
            problems.append(f"{p.field.value} ({p.target()}): {row.note}")
        return row
    if widget is not None:
        whole = _written_whole_elsewhere(p, value, widget, placements, by_key)
        if whole is not None:
            row.value = ""
            row.note = f"longer than the form's {widget.max_len}-character limit: left empty, " \
                f"the whole value is written at {whole} (a cut value is a wrong one)"
            return row
        if over_its_comb(widget, value):  # one character a cell: never cut, never spilled
            # a number as its cells count it ("+47 22 33 44 55" in 8), a code without its
            # separators ("K1N 8S7"), never words run together ("AnneMarieTremblay"), or none
            value = "" if _BETWEEN_WORDS.search(value) else comb_text(
                value, widget.max_len or 0, p.field, values.country)
            if not value:
                row.value, row.note = "", f"longer than the form's {widget.max_len} comb " \
                    "cells: left empty, write it by hand (a cut value is a wrong one)"
                problems.append(f"{p.field.value} ({p.target()}): {row.note}")
                return row
        if not fits_whole(widget, value):  # a cut value is a wrong one: never half written
            row.value, row.note = "", "does not fit in the field even at the smallest font: " \
                "left empty, write it by hand"
            problems.append(f"{p.field.value} ({p.target()}): {row.note}")
            return row
        result = write_text(writer, widget, value)
        row.font_size, row.note = result.font_size, result.note
        if result.problem:
            problems.append(f"{p.field.value} ({p.target()}): {result.note}")
        return row
    if p.comb and p.rect is not None:
        boxed = comb_text(value, p.comb, p.field, values.country)
        if boxed:
            stamps += comb_stamps(p.page, boxed, p.rect, p.comb, p.cells)
        else:  # never written over the boxes as plain text: the specialist decides
            row.value, row.note = "", f"'{value}' is longer than the form's {p.comb} boxes: " \
                "left empty, write it by hand"
            problems.append(f"{p.field.value} ({p.target()}): {row.note}")
        return row
    lines = value.split("\n")
    fitted = [fit_overlay(line, p.width) for line in lines]
    size, fits = min(s for s, _ in fitted), all(f for _, f in fitted)
    if not fits:  # past its blank it runs into the next one's: a cut or spilled value is wrong
        row.value, row.note = "", "runs past the printed blank even at the smallest font: " \
            "left empty, write it by hand"
        problems.append(f"{p.field.value} ({p.target()}): {row.note}")
        return row
    if len(lines) > 1 and p.rect is not None:
        size = max(5.0, min(size, (p.rect[3] - p.rect[1] - 2) / (len(lines) * 1.2)))
    for n, line in enumerate(lines):
        x, y = _line_origin(p, n, size, len(lines), line)
        stamps.append(Stamp(p.page, x, y, line, size))
    row.font_size = size
    row.note = "" if size >= 9.5 else f"too long for the blank: font reduced to {size:g} pt"
    return row


def _written_whole_elsewhere(p: Placement, value: str, widget: Widget,
                             placements: Sequence[Placement],
                             by_key: dict[str, Widget]) -> str | None:
    """A widget whose /MaxLen is shorter than the value ("Business name (max. 24 characters)")
    on a form that asks the same field again where it fits whole ("if longer, print it in
    full here"): the form itself says where a long value goes, so the capped widget stays
    empty (a cut value is wrong, a widget holding more than its limit breaks the carrier's
    reading of it). Returns the other place, or None when the value fits or has no other."""
    if widget.max_len is None or len(within_limit(value, widget.max_len)) <= widget.max_len:
        return None
    for other in placements:
        if other is p or other.field != p.field:
            continue
        w = by_key.get(other.widget) if other.widget else None
        if w is None and other.rect is not None and not other.comb and not other.boxes:
            return other.target()
        if w is not None and not is_choice(w) and (w.max_len is None or len(value) <= w.max_len):
            return other.target()
    return None


def _phone_boxes(p: Placement, value: str, country: str, row: ReportRow, stamps: list[Stamp],
                 problems: list[str], widgets: list[Widget], writer: PdfWriter) -> ReportRow:
    """A number a part a box (printed, or three widgets); anything else is never squeezed in."""
    written = write_number(p.field, value, country, (p.page, p.rect, p.boxes), widgets, writer)
    stamps += written or []
    if written is None:
        row.value, row.note = "", f"'{value}' is no number of the ( ) - boxes: write it by hand"
        problems.append(f"{p.field.value} ({p.target()}): {row.note}")
    return row


def _widget_comb(p: Placement, value: str, country: str, row: ReportRow, problems: list[str],
                 widgets: list[Widget], writer: PdfWriter) -> ReportRow:
    """A value a character a widget of the row (charwidgets.py), as a printed comb takes it;
    one that does not fit the row is never cut: left empty and said."""
    boxed = comb_text(value, len(widgets), p.field, country) if len(widgets) == p.comb else ""
    if not boxed:
        row.value, row.note = "", f"'{value}' is longer than the form's {p.comb} one-character " \
            "fields: left empty, write it by hand"
        problems.append(f"{p.field.value} ({p.target()}): {row.note}")
        return row
    for widget, ch in zip(widgets, boxed, strict=False):
        write_text(writer, widget, ch)
    row.note = f"a character in each of {len(widgets)} fields"
    return row


def _line_origin(p: Placement, n: int, size: float, count: int,
                 line: str) -> tuple[float, float]:
    """Where line n starts: the blank's own lines, else stacked from the top of the box."""
    if p.starts and count <= len(p.starts):
        return p.starts[n]
    if p.kind == "gap" and p.part and p.rect is not None:  # "a __ de ____": centred in the gap
        return (p.rect[0] + p.rect[2] - text_width(line, size)) / 2, p.y
    if count == 1 or p.rect is None:
        return p.x, p.y
    return p.x, p.rect[3] - size - 2 - n * size * 1.2


def _tick(p: Placement) -> Stamp:
    x0, y0, x1, y1 = p.rect or (p.x, p.y, p.x + 8, p.y + 8)
    size = max(6.0, min(11.0, (y1 - y0) * 0.9))
    return Stamp(p.page, (x0 + x1) / 2 - size * 0.3, (y0 + y1) / 2 - size * 0.35, "X", size)


def _overflow(values: LoaValues, placements: Sequence[Placement]) -> list[str]:
    slots = sum(1 for p in placements if p.field == LoaField.NUMBER)
    boxed = any(p.field == LoaField.NUMBERS for p in placements)
    if boxed or len(values.numbers) <= slots:
        return []
    return [f"{len(values.numbers) - slots} of {len(values.numbers)} numbers do not fit in the "
            f"form's {slots} number slots: attach the standard LOA's annex"]


def _not_placed(values: LoaValues, placements: Sequence[Placement]) -> list[str]:
    """Values the case has and this form shows no place for (said, not guessed)."""
    mapped = {p.field for p in placements}
    address = {LoaField.SERVICE_ADDRESS, LoaField.STREET}
    out = []
    for key in _WORTH_SAYING:
        if not values.get(key) or key in mapped or (key in address and mapped & address):
            continue
        if key == LoaField.BTN and mapped & {LoaField.NUMBER, LoaField.NUMBERS}:
            continue
        out.append(key.value)
    return out
