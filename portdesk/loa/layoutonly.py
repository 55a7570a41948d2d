"""What a form's layout alone makes certain, when its words cannot say it.

Two whole-form failures have one cause: the words that name a place are not read. A form in a
Latin-script language no lexicon holds (its labels read as nothing) was refused, or filled by
English false friends; a paper form whose signature caption no lexicon knows could not be
signed at all. Some places need no words:

- lines printed "1." to "N." (four or more in an unbroken run, nothing else printed beside them)
  are the numbers list: an LOA asks for one list;
- the signature line at the foot: the lowest row of writing lines on a page holding a long rule
  with a short one beside it (name-free: "signature ______  date ______" in any language), or a
  long rule alone whose caption carries a signature word of any lexicon's language (a hint
  only: the caption need not read as a whole label).

On a form whose language PortDesk does not read, only these are placed (`layout_only`); every
other blank is left for the specialist to place by clicking, and the form says so. On a form it
reads, the signature line by layout is a last resort when no other place to sign was found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.agreement import disagreement
from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText
from portdesk.loa.language import in_no_language_read
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import normalise

_RUN = 4  # numbered lines in an unbroken run: a list, not two numbered paragraphs
_LONG = 140.0  # points: a signature line is at least this long
_SHORT = (40.0, 0.75)  # the date line beside it: at least this long, at most this share of it
_ROW = 4.0  # points between two lines' middles on one row
_SURE = 0.7  # above the mapping's line (0.6), under any label read beside a blank
_LINES = frozenset({"leader", "gap"})
_DATE_BESIDE = frozenset({"widget"})  # the short blank beside the signature line may be a box
_NUMBERS = frozenset({LoaField.NUMBER, LoaField.NUMBERS})
_SLOT_KINDS = frozenset({"leader", "widget", "cell", "box"})
# a signature word's stem in the lexicons' languages (lexicon/base.py's signature words)
_SIGN_STEM = re.compile(
    r"\b(sign|firm|unterschr|handteken|ondertek|podpis|potpis|allkir|parakst|parasa|llofno|"
    r"sahihi|ypograf|assinat|semnat|alairi|allekirj|underskr|namnteck|undirskr|siniu|"
    r"ennerschr|imza|chu ky|nenshkr)")
LAYOUT = "layout"


def unread_language(texts: dict[int, PageText]) -> bool:
    """True when the form's words are too rarely any read language's little words (a form of
    a few labels says too little to tell: it is read as before)."""
    return in_no_language_read([w.text for text in texts.values() for w in text.words])


def layout_only(founds: list[Found], texts: dict[int, PageText]) -> None:
    """A form in a language PortDesk does not read: forget every reading of its words (an
    English false friend is no evidence) and place only what the layout makes certain."""
    for f in founds:
        if f.blank.kind != "signature":  # a signature widget is one by its own kind
            f.field, f.confidence, f.row_of = None, 0.0, None
    numbered_lines(founds)
    signature_by_layout(founds, texts)


def numbers_by_layout(founds: Sequence[Found]) -> None:
    """A form asks for the numbers to port: when no blank of it was read as them (the table's
    header printed at the foot of the page before its rows), its numbered list of bare lines
    is."""
    if any(f.field in _NUMBERS and f.confidence >= _SURE and not disagreement(f, founds)
           for f in founds):  # ("GST / business number" reads a number, but not one to port)
        return
    numbered_lines(founds)


def numbers_continued(founds: Sequence[Found]) -> None:
    """Bare numbered lines whose printed numbering goes on from the numbers list ("11." to
    "40." on an annex after slots 1-10): more of that list, whatever is printed between."""
    marks = [f.marker for f in founds if f.field == LoaField.NUMBER and f.marker is not None
             and not disagreement(f, founds)]
    if marks:
        numbered_lines(founds, first=max(marks) + 1)


def numbered_lines(founds: Sequence[Found], first: int | None = None) -> None:
    """Unlabelled lines printed 1. .. N. (N >= 4, each number once, none missing) on a page are
    the numbers list (a run printed from 1, or from `first` on, when given)."""
    by_page: dict[int, list[Found]] = {}
    for f in founds:
        if f.marker is not None and f.field is None and f.blank.kind in _SLOT_KINDS \
                and not _own_words(f):
            by_page.setdefault(f.blank.page, []).append(f)
    for run in by_page.values():
        marks = sorted(f.marker for f in run if f.marker is not None)
        if len(marks) < _RUN or marks != list(range(marks[0], marks[0] + len(marks))) or \
                marks[0] != (first if first is not None else 1):
            continue  # a list read by its layout alone starts at its line 1: a run from 2 on
            # is a column whose first row is something else (a main number's cell, then the
            # same column shaded on the rows under it), not the list
        for f in run:
            f.field, f.confidence, f.source = LoaField.NUMBER, _SURE, LAYOUT
            f.evidence = f"line {f.marker} of a numbered list"


def _own_words(f: Found) -> bool:
    """A label read beside the line (not its number): its words, not its place, name it. A bare
    number read as its label (the next row's printed '2' just under the first line) is no
    words: it is a slot's numbering, and the line stays one of the list."""
    said = f.evidence.strip()
    return bool(said) and not said.rstrip(".)").isdigit() and f.source != LAYOUT


def signature_by_layout(founds: list[Found], texts: dict[int, PageText]) -> None:
    """No signature place found: the foot row of the last page that has one (see the module)."""
    if any(f.field == LoaField.SIGNATURE for f in founds):
        return
    for page in sorted({f.blank.page for f in founds}, reverse=True):
        row = _foot_row([f for f in founds if f.blank.page == page])
        if row and _sign_row(row):
            return


def _foot_row(on_page: Sequence[Found]) -> list[Found]:
    """The page's lowest row of blanks (any kind), left to right."""
    if not on_page:
        return []
    low = min(on_page, key=lambda f: (f.blank.rect[1] + f.blank.rect[3]) / 2).blank
    mid = (low.rect[1] + low.rect[3]) / 2
    return sorted((f for f in on_page
                   if abs((f.blank.rect[1] + f.blank.rect[3]) / 2 - mid) <= _ROW),
                  key=lambda f: f.blank.rect[0])


def _sign_row(row: list[Found]) -> bool:
    """The foot row is a long printed line alone (a signature word under it), or a long line
    with a short blank beside it: a second line or a text widget (a fillable form's date box
    beside its printed signature line)."""
    if not row or any(f.blank.kind not in _LINES | _DATE_BESIDE for f in row) or \
            max(row, key=lambda f: f.blank.width).blank.kind not in _LINES:
        return False
    if len(row) == 1:
        line = row[0]
        if line.field is None and line.blank.width >= _LONG and _signature_hint(line):
            _sign(line)
            return True
        return False
    if len(row) != 2:
        return False
    long, short = sorted(row, key=lambda f: -f.blank.width)
    fits = long.field is None and long.blank.width >= _LONG and \
        _SHORT[0] <= short.blank.width <= _SHORT[1] * long.blank.width and \
        short.field in (None, LoaField.DATE_SIGNED)
    if not fits:
        return False
    _sign(long)
    if short.field is None:
        short.field, short.confidence, short.source = LoaField.DATE_SIGNED, _SURE, LAYOUT
        short.note("the short line beside the signature line")
    return True


def _signature_hint(f: Found) -> bool:
    return _SIGN_STEM.search(normalise(f.evidence)) is not None


def _sign(f: Found) -> None:
    f.field, f.confidence, f.source = LoaField.SIGNATURE, _SURE, LAYOUT
    f.note("the long line at the page's foot" + (
        ", its caption a signature word" if _signature_hint(f) else ""))
