"""A page's structure, built once: lines, segments, tables with header rows, blocks under headings.

The case-first search (find.py) asks one question of it for every place a typed value was found:
what does the bill say this place is? `places()` answers with the label on the same line, the
header of the table column, the heading of the block above, and the section heading of the page,
nearest first. Geometry only: nothing here knows a carrier or a layout.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from functools import cached_property

from portdesk.bills.context import (
    Context,
    Place,
    classify,
    classify_scanned,
    is_labelish,
    strong_help,
)
from portdesk.bills.headerline import header_place
from portdesk.bills.layout import ByTop, Segment, segments_of
from portdesk.bills.lineplace import caption_right, caption_under, line_place
from portdesk.bills.listplaces import (
    MAX_BLOCK_STEPS,
    call_detail_over,
    contact_block,
    heading_of,
    is_heading,
    list_heading,
    list_opened,
    off_the_list,
)
from portdesk.bills.pagecolumns import (
    ONE_ADDRESS,
    PLURAL,
    column_place,
    header_row,
    label_runs,
    names_per_row,
)
from portdesk.bills.pagesections import address_ends, letterhead, section_place
from portdesk.bills.reader import BillDocument, Page
from portdesk.bills.structure import (
    PHONEISH,
    VALUE_WORD,
    address_heads,
    ends_address,
    label_pair,
    running_lines,
)

# an amount alone in its cell: "$48.00", "(12.50)" after a dollar sign, "48,00 $"
_AMOUNT = re.compile(r"^\s*-?\(?\$\s?\d[\d,]*\.\d\d\)?\s*$|^\s*-?\d[\d\s,]*,\d\d\s?\$\s*$")
# labels answered by one value: one address (down to its City-ST-ZIP line), or one number
_ONE_VALUE = frozenset({Context.BTN, Context.ACCOUNT, Context.OTHER_ID})
_Walk = tuple[Place | None, bool, bool]


@dataclass
class PageIndex:
    page: Page
    segments: list[Segment]
    lines: dict[int, list[Segment]] = field(default_factory=dict)
    body_height: float = 8.0
    bounds: dict[int, tuple[float, float]] = field(default_factory=dict)  # line -> top, bottom
    order: list[int] = field(default_factory=list)  # line numbers, top to bottom
    labelish: set[int] = field(default_factory=set)  # id() of segments that read as labels
    _memo: dict[tuple[object, ...], object] = field(default_factory=dict)
    headers: set[int] = field(default_factory=set)  # lines that are a table's header row
    running: set[str] = field(default_factory=set)  # texts repeated on other pages of the bill

    @classmethod
    def of(cls, page: Page) -> PageIndex:
        segs = segments_of(page)
        index = cls(page, segs)
        for seg in segs:
            index.lines.setdefault(seg.line, []).append(seg)
            if is_labelish(seg):
                index.labelish.add(id(seg))
        # the name over an address block is a name, whatever words it holds ("... AUTO REPAIR")
        index.labelish -= address_heads((s for s in segs if id(s) in index.labelish),
                                        index.lines)
        for n, row in index.lines.items():
            index.bounds[n] = (min(s.top for s in row), max(s.bottom for s in row))
            if label_runs(index, row):
                index.headers.add(n)
        index.order = sorted(index.lines)
        if segs:
            index.body_height = statistics.median(s.height for s in segs)
        return index

    @cached_property
    def by_top(self) -> ByTop:
        """The segments top to bottom, for `below` (built once, on first use)."""
        return ByTop(self.segments)

    def kind(self, label_text: str) -> Context:
        """What a label on this page says (a scan's misread label words read as the words)."""
        if self.page.source == "ocr":
            return classify_scanned(label_text)
        return classify(label_text)

    def is_label(self, seg: Segment) -> bool:
        return id(seg) in self.labelish

    # -- geometry ------------------------------------------------------------------------------
    def left_of(self, seg: Segment) -> list[Segment]:
        """Segments on the same line left of this one, nearest first."""
        row = [s for s in self.lines.get(seg.line, []) if s.x1 <= seg.x0 + 1 and s is not seg]
        return sorted(row, key=lambda s: -s.x1)

    def _line_bounds(self, line: int) -> tuple[float, float]:
        return self.bounds[line]

    def lines_above(self, seg: Segment) -> list[int]:
        import bisect

        return self.order[:bisect.bisect_left(self.order, seg.line)][::-1]

    # -- context ---------------------------------------------------------------------------------
    def places(self, seg: Segment, start: int = 0, prefix: str | None = None,
               last: int | None = None) -> list[Place]:
        """What the bill says about the value starting at word `start` of `seg`, nearest first.

        `prefix` is the text before the value when it starts inside a word ("Numbers:208-...");
        `last` is the value's last word (its first by default): what follows it may describe it,
        its own words never do ("Redwood Auto Repair Inc." is no repair line).
        """
        key = ("places", id(seg), start, prefix, last)
        if key in self._memo:
            return list(self._memo[key])  # type: ignore[call-overload,no-any-return]
        out = self._places(seg, start, prefix, start if last is None else last)
        self._memo[key] = tuple(out)
        return out

    def _places(self, seg: Segment, start: int, prefix: str | None, last: int) -> list[Place]:
        out: list[Place] = []
        line = line_place(self, seg, start, prefix, last)
        if line is not None:
            out.append(line)
            if line.context == Context.HELP and not strong_help(line.label):
                listed = list_heading(self, seg)  # 'Sales' in a list of the lines
                if listed is not None:
                    out.append(listed)
        column = column_place(self, seg)
        if column is not None and line is not None and line.context == Context.HELP and (
                start > 0 and off_the_list(self, seg)):
            column = None  # the row's own label where the column's numbers stand: not a cell
        if column is not None:
            out.append(column)
        block = self._block_place(seg)
        if block is not None:
            out.append(block)
            if block.context == Context.HELP and not strong_help(block.label):
                heading = heading_of(self, seg)  # 'Sales' heading a group in a list of lines
                listed = list_heading(self, heading) if heading is not None else None
                if listed is not None:
                    out.append(listed)
        if not out:
            contact = (caption_right(self, seg, last) or caption_under(self, seg)
                       or list_opened(self, seg) or contact_block(self, seg)
                       or call_detail_over(self, seg) or header_place(self, seg, start))
            if contact is not None:
                out.append(contact)
        section = section_place(self, seg)
        if section is not None:
            out.append(section)
        return out

    def header_row(self, seg: Segment) -> list[Segment] | None:
        """The header row of the table `seg` is in (pagecolumns.header_row)."""
        return header_row(self, seg)

    def address_ends(self) -> list[int]:
        return address_ends(self)

    def _block_place(self, seg: Segment) -> Place | None:
        """The heading of the block above, if this segment is part of what answers it.

        A label's value is the first value under it: "Service Address" over a one-line address
        is answered by that line, and a name-and-address block further down is not under it
        however close it sits; nor is anything under a line that pairs its own label and value.
        """
        place, passed_value, passed_end = self._walk_up(seg)
        if place is None or (place.context == Context.NAME and names_per_row(self, seg)):
            return None
        if place.context in ONE_ADDRESS and passed_end and not PLURAL.search(place.label):
            return None
        if place.context in _ONE_VALUE and passed_value:
            return None
        if self._nearer_caption(seg, place):
            return None
        return place

    def _nearer_caption(self, seg: Segment, place: Place) -> bool:
        """'91-25427 / Account Number / (gap) / 251.555.0127 / Main Telephone Number': a value
        with a caption right under it, nearer than the label over it, is the caption's (a label
        sits closer to its own value than to the next pair's); the label over it answers the
        value over itself. lineplace.caption_under decides the nearer side."""
        from portdesk.bills.lineplace import caption_under

        caption = caption_under(self, seg)
        return caption is not None and caption.context != place.context

    def _walk_up(self, seg: Segment, steps: int = MAX_BLOCK_STEPS) -> _Walk:
        """(heading, a value line passed, an address's last line passed) walking up the column;
        the lines passed are those strictly between `seg` and the heading."""
        key = ("walk", id(seg))
        if key in self._memo:  # the rows of a long table share their walk up
            return self._memo[key]  # type: ignore[return-value]
        walk: _Walk = (None, False, False)
        up = self.up(seg)
        if up is not None and steps > 0:
            if is_heading(self, up) and not letterhead(self, up) and not self._named_value(up):
                ctx, label = self.kind(up.text), up.text
                if ctx == Context.NONE and (split := self._split_label(up)) is not None:
                    ctx, label = self.kind(split), split  # "er'vice | Address": one label
                if ctx != Context.NONE and self._charge(up):  # "HST 13%  $48.00": a charge
                    place, _, end = self._walk_up(up, steps - 1)  # line, passed with its value
                    walk = (place, True, end)
                elif ctx != Context.NONE:
                    walk = (Place(ctx, label, "block"), self._answered(up), False)
                else:
                    walk = self._passing(up, steps)
            elif not label_pair(up):
                walk = self._passing(up, steps)
        self._memo[key] = walk
        return walk

    def _split_label(self, seg: Segment) -> str | None:
        """On a scan, a heading OCR parted into segments at a word gap it widened by losing a
        letter at the edge ("er'vice" and "Address", 17 points apart at a 7-point body): the run
        of label pieces on its line, read as one label, only when the piece alone says nothing.
        A printed page's segments are as the PDF sets them, never joined here."""
        if self.page.source != "ocr":
            return None
        row = sorted(self.lines.get(seg.line, []), key=lambda s: s.x0)
        at = next((k for k, s in enumerate(row) if s is seg), None)
        if at is None:
            return None
        gap = self.body_height * _SPLIT_GAP
        lo = hi = at
        while lo > 0 and row[lo].x0 - row[lo - 1].x1 <= gap and self.is_label(row[lo - 1]):
            lo -= 1
        while hi + 1 < len(row) and row[hi + 1].x0 - row[hi].x1 <= gap and self.is_label(
                row[hi + 1]):
            hi += 1
        return " ".join(s.text for s in row[lo:hi + 1]) if hi > lo else None

    def _named_value(self, seg: Segment) -> bool:
        """The value a name label answers on its line ("Account Name  Cedar Grove Auto Repair
        Corp."): a name, whatever words it holds, heading nothing (as the name over an address
        block). Only a line of the two, the value saying no field of its own."""
        row = self.lines.get(seg.line, [])
        if len(row) != 2 or min(row, key=lambda s: s.x0) is seg:
            return False
        label = min(row, key=lambda s: s.x0)
        return self.is_label(label) and self.kind(label.text) == Context.NAME and self.kind(
            seg.text) in (Context.HELP, Context.NONE)

    def _answered(self, label: Segment) -> bool:
        """A heading with its number right beside it on its line ("Main Number   419.555.0102")
        is a label already answered: the numbers under it are not its value."""
        right = [s for s in self.lines.get(label.line, []) if s.x0 >= label.x1 - 1]
        return bool(right) and bool(PHONEISH.search(min(right, key=lambda s: s.x0).text))

    def _charge(self, label: Segment) -> bool:
        """A line of charges: words, then their amount beside them ("HST 13%   $48.00")."""
        right = [s for s in self.lines.get(label.line, []) if s.x0 >= label.x1 - 1]
        return not PHONEISH.search(label.text) and bool(right) and _AMOUNT.match(
            min(right, key=lambda s: s.x0).text) is not None

    def _passing(self, up: Segment, steps: int) -> _Walk:
        place, value, end = self._walk_up(up, steps - 1)
        return (place, value or bool(VALUE_WORD.search(up.text)),
                end or ends_address(up))

    def up(self, seg: Segment) -> Segment | None:
        """The segment right above in the same column (overlapping or left-aligned)."""
        best: Segment | None = None
        limit = max(seg.height, self.body_height) * 2.6
        for n in self.lines_above(seg)[:6]:
            for other in self.lines[n]:
                if seg.top - other.bottom > limit or other.bottom > seg.top + 1:
                    continue
                aligned = abs(other.x0 - seg.x0) <= 12
                overlaps = other.x0 < seg.x1 and seg.x0 < other.x1
                if (aligned or overlaps) and (best is None or other.bottom > best.bottom):
                    best = other
            if best is not None:
                return best
        return None

# the widest gap, in body heights, between two pieces of one scanned label (a table's header
# cells stand further apart than a word's gap with a letter lost)
_SPLIT_GAP = 3.0


@dataclass
class BillIndex:
    """Every page of a bill, indexed once; the extractor and the case-first search share it."""

    pages: list[PageIndex]
    cache: dict[str, object] = field(default_factory=dict)  # searches done once per bill

    @classmethod
    def of(cls, doc: BillDocument) -> BillIndex:
        pages = [PageIndex.of(p) for p in doc.pages]
        running = running_lines([p.segments for p in pages])
        for page in pages:
            page.running = running
        return cls(pages)
