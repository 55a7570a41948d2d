"""The carrier's contact block: its contact lines printed together, which the block itself shows
to be the carrier's, whatever each line's own label says.

A carrier prints its contact lines as one block: label and number pairs stacked in two columns
("Member Services 1-800-..." over "Business Solutions 830-..."), or lines one under the other at
one left edge ("Office 519-..." over "Toll free 1-800-..." over "<carrier>.ca"). Not every line
says "help" in words a reader knows (a desk's own name: "Business Solutions", "Dispatch",
"Office"), but the block does, by what it holds:
- a line that names the carrier's contact in its strongest words (strong_help): a number
  stacked with it (its label in the same label column, its number in the same number column, a
  line or two apart, and so on down the stack) whose own label says nothing known, and that the
  bill places nowhere but the section it sits in, is one of the carrier's lines too. Labels
  printed in the number's own run ("Office: 519-..." over "Toll free: 1-800-...") stack by
  their left edge alone: their numbers start where each label ends;
- the carrier's web address signing the block, with such a line among the others: every number
  in it is the carrier's, even under the heading of the customer's lines further up the column
  (a customer's list of lines never ends in the carrier's web address), unless its own line
  labels it a line.
Neither ever takes a number of the exchange of a line the bill surely lists elsewhere (a
customer's own office or department beside its main line: deptlines.py).
"""

from __future__ import annotations

import re

from portdesk.bills.context import Context, Place, fold, strong_help
from portdesk.bills.findbase import Found
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.placerank import Sighting, number_rank

_ALIGN = 3.0  # points: how far apart two labels (or two numbers) of one column may start or end
_NEAR_LINES = 2.6  # how far down a stack of pairs a line may sit from its mate, in line heights
_RUN_GAP = 8.0  # points: a label printed in its number's run ends this close before it
_PAIR_WORDS = 4  # the most words a label set in its number's run without a colon may hold
_PITCH = 1.8  # how far apart two lines of a left-aligned block may be, in line heights
_WEB = re.compile(r"(?i)^\W*(?:https?://)?(?:www\.)?[a-z0-9-]{3,}(?:\.[a-z0-9-]+)*\."
                  r"(?:com|net|ca|us|org|coop|biz|tel)\W*$")
_LINE_PLACES = (Context.NUMBERS, Context.BTN)


def contact_block_lines(bill: BillIndex, phones: dict[str, list[Found]],
                        sightings: dict[str, list[Sighting]]) -> None:
    """Give the place of a help line to each number of the carrier's contact block (see the
    module's docstring): first the stacks of pairs grown from a strong help line, then the
    blocks the carrier's web address signs."""
    _stacked_pairs(bill, phones, {e164 for e164 in phones
                                  if number_rank(e164, sightings[e164])[0] == 2})
    signed = [(n, block) for n, index in enumerate(bill.pages, 1) for block in _signed(index)]
    if not signed:
        return
    inside = {e164: [f for f in found if _in_any(f, signed)] for e164, found in phones.items()}
    listed = _listed(phones, sightings, leave_out=inside)
    for e164, found in phones.items():
        if not inside[e164] or e164[:8] in listed:
            continue
        for i, f in enumerate(found):
            if f not in inside[e164] or any(
                    p.context in _LINE_PLACES and p.relation == "line" for p in f.places):
                continue  # labelled a line on its own line: the customer's, whatever is near
            # the heading of the lines' column or section further up does not reach the block
            place = Place(Context.HELP, f"the carrier's contact block ({f.evidence.text})", "block")
            found[i] = _placed(f, place, drop=_LINE_PLACES)


def _listed(phones: dict[str, list[Found]], sightings: dict[str, list[Sighting]],
            leave_out: dict[str, list[Found]] | None = None) -> set[str]:
    """The exchanges (+1, area code, exchange) of the lines the bill surely lists; the numbers
    printed inside a signed block (`leave_out`) list nothing."""
    return {e164[:8] for e164 in phones if not (leave_out or {}).get(e164)
            and number_rank(e164, sightings[e164])[0] == 2}


def _placed(f: Found, place: Place, drop: tuple[Context, ...] = ()) -> Found:
    keep = tuple(p for p in f.places if p.context not in drop)
    return Found(f.form, f.evidence, (place, *keep), f.read_conf, f.whole)


# -- a stack of label and number pairs -----------------------------------------------------------
def _stacked_pairs(bill: BillIndex, phones: dict[str, list[Found]], lines: set[str]) -> None:
    """`lines`: the numbers the bill surely lists; a number of the exchange of another of them
    is never taken (a number listed only by a column reaching down from a table above it, into
    the stack, lists no exchange of its own)."""
    exchanges: dict[str, set[str]] = {}
    for e164 in lines:
        exchanges.setdefault(e164[:8], set()).add(e164)
    mates = [(f, label) for found in phones.values() for f in found
             if (label := _strong_help_label(bill, f)) is not None]
    changed = True
    while changed:
        changed = False
        for e164, found in phones.items():
            if exchanges.get(e164[:8], set()) - {e164}:
                continue
            for i, f in enumerate(found):
                if not f.whole or any(p.relation not in ("section", "column") and not (
                        p.context == Context.HELP and p.relation == "block") for p in f.places):
                    continue  # placed by more than its section or a neighbouring contact line
                # (a column's header reaches down to it from a table above; the stack of label
                # and number pairs it sits in, its own label in the label column of the
                # carrier's contact lines, says what it is)
                label = _own_label(bill, f)
                if label is None or not any(_stacked(f, label, m, ml) for m, ml in mates):
                    continue
                found[i] = _placed(f, Place(Context.HELP, label.text, "line"))
                mates.append((found[i], label))
                changed = True


def _strong_help_label(bill: BillIndex, f: Found) -> Segment | None:
    first = f.places[0] if f.places else None
    if first is None or first.context != Context.HELP or first.relation != "line":
        return None
    return label_left(bill, f) if strong_help(first.label) else None


def _own_label(bill: BillIndex, f: Found) -> Segment | None:
    """The label just left of the number, when it says nothing a reader knows."""
    label = label_left(bill, f)
    index = bill.pages[f.evidence.page - 1]
    return label if label is not None and index.kind(label.text) == Context.NONE else None


def label_left(bill: BillIndex, f: Found, in_run: bool = True) -> Segment | None:
    """The label printed just left of the number on its line, when it is a label; with nothing
    left of it, the label printed in the number's own text run (`in_run`)."""
    index = bill.pages[f.evidence.page - 1]
    x0, top, _, bottom = f.evidence.bbox
    middle = (top + bottom) / 2
    row = [s for s in index.segments if s.top <= middle <= s.bottom and s.x1 <= x0 + 1]
    if not row:
        return _label_in_run(index, f) if in_run else None
    label = max(row, key=lambda s: s.x1)
    return label if index.is_label(label) else None


def _label_in_run(index: PageIndex, f: Found) -> Segment | None:
    """'Office: 519-229-8933' printed as one run: the words before the number, ending in a
    colon, are its label. Without the colon ('Repair 1-800-300-2350'), a few words that open
    the run, the number ending it, are its label as well: a pair set as one line of text."""
    x0, top, x1, bottom = f.evidence.bbox
    middle = (top + bottom) / 2
    run = next((s for s in index.segments if s.top <= middle <= s.bottom
                and s.x0 < x0 - 1 and x0 <= s.x1), None)
    words = tuple(w for w in run.words if w.x1 <= x0 + 1) if run is not None else ()
    if not words or any(c.isdigit() for w in words for c in w.text):
        return None
    pair = len(words) <= _PAIR_WORDS and run is not None and run.x1 <= x1 + 1
    if not words[-1].text.endswith(":") and not pair:
        return None
    return Segment(run.page, words, run.line) if run is not None else None


def _stacked(f: Found, label: Segment, mate: Found, mate_label: Segment) -> bool:
    if mate.evidence.page != f.evidence.page:
        return False
    x0, top, x1, bottom = f.evidence.bbox
    mx0, mtop, mx1, _ = mate.evidence.bbox
    height = max(bottom - top, 1.0)
    in_runs = label.x1 >= x0 - _RUN_GAP and mate_label.x1 >= mx0 - _RUN_GAP
    same_column = abs(mx0 - x0) <= _ALIGN or abs(mx1 - x1) <= _ALIGN or in_runs
    return (same_column and abs(label.x0 - mate_label.x0) <= _ALIGN
            and 0 < abs(top - mtop) <= _NEAR_LINES * height)


# -- a block signed by the carrier's web address ---------------------------------------------------
def _signed(index: PageIndex) -> list[list[Segment]]:
    """Lines at one left edge, no blank between, signed by a web address, with a strong help
    line among the others."""
    out = []
    for web in (s for s in index.segments if _WEB.match(s.text) and "@" not in s.text):
        stack = [web]
        for step in (-1, 1):
            current = web
            while (nxt := _next(index, current, step)) is not None:
                stack.append(nxt)
                current = nxt
        if len(stack) > 1 and any(strong_help(_words(s.text)) for s in stack if s is not web):
            out.append(stack)
    return out


def _next(index: PageIndex, seg: Segment, step: int) -> Segment | None:
    for n in (seg.line + step, seg.line + 2 * step):
        cell = next((c for c in index.lines.get(n, []) if abs(c.x0 - seg.x0) <= _ALIGN), None)
        if cell is not None:
            gap = cell.top - seg.bottom if step > 0 else seg.top - cell.bottom
            return cell if -1 <= gap <= _PITCH * max(seg.height, 6.0) else None
    return None


def _words(text: str) -> str:
    return fold(re.split(r"\d", text, maxsplit=1)[0])


def _in_any(f: Found, blocks: list[tuple[int, list[Segment]]]) -> bool:
    x0, top, x1, bottom = f.evidence.bbox
    return any(n == f.evidence.page and any(
        s.x0 - 1 <= x0 and x1 <= s.x1 + 1 and s.top - 1 <= top and bottom <= s.bottom + 1
        for s in block) for n, block in blocks)
