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

from portdesk.bills.carriers import identify
from portdesk.bills.context import (
    Context,
    Place,
    classify,
    classify_scanned,
    fold,
    is_labelish,
    strong_help,
)
from portdesk.bills.layout import Segment, segments_of
from portdesk.bills.pagecolumns import (
    ONE_ADDRESS,
    PLURAL,
    column_place,
    header_row,
    label_runs,
    names_per_row,
)
from portdesk.bills.reader import BillDocument, Page
from portdesk.bills.structure import (
    PHONEISH,
    VALUE_WORD,
    address_heads,
    ends_address,
    heading_over,
    label_head,
    label_pair,
    label_tail,
    running_lines,
)

_URL = re.compile(r"(?i)\bwww\.|\.(?:com|net|ca)\b|@|https?:")
_BRAND_NUMBER = re.compile(r"(?i)\b(?:number|no\.?|#|numero)\W*$")
_MAX_BLOCK_STEPS = 9
_AMOUNT = re.compile(r"^-?\$\s?\d[\d,.]*$|^-?\d[\d\s,.]*\s?\$$")
_LINE_WORD = re.compile(r"\b(?:line|ligne|did|dids|trunk)\b")
# labels answered by one value: one address (down to its City-ST-ZIP line), or one number
_ONE_VALUE = frozenset({Context.BTN, Context.ACCOUNT, Context.OTHER_ID})
_Walk = tuple[Place | None, bool, bool]


def _heading(index: PageIndex, seg: Segment) -> bool:
    """A label or a short line without a value: what can head a block."""
    return index.is_label(seg) or (len(seg.words) <= 5 and not VALUE_WORD.search(seg.text))


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
        line = self._line_place(seg, start, prefix, last)
        if line is not None:
            out.append(line)
            if line.context == Context.HELP and not strong_help(line.label):
                listed = self._list_heading(seg)  # 'Sales' in a list of the lines
                if listed is not None:
                    out.append(listed)
        column = column_place(self, seg)
        if column is not None:
            out.append(column)
        block = self._block_place(seg)
        if block is not None:
            out.append(block)
            if block.context == Context.HELP and not strong_help(block.label):
                heading = self._heading_of(seg)  # 'Sales' heading a group in a list of lines
                listed = self._list_heading(heading) if heading is not None else None
                if listed is not None:
                    out.append(listed)
        if not out:
            contact = self._contact_block(seg) or self._call_detail_over(seg)
            if contact is not None:
                out.append(contact)
        section = self._section_place(seg)
        if section is not None:
            out.append(section)
        return out

    def _line_place(self, seg: Segment, start: int, prefix: str | None,
                    last: int) -> Place | None:
        if prefix is None:
            prefix = " ".join(w.text for w in seg.words[:start])
        if _URL.search(seg.text):
            return Place(Context.HELP, seg.text, "line")
        whole = self.kind(prefix) if prefix else Context.NONE
        if whole in (Context.HELP, Context.USAGE, Context.REMIT):
            return Place(whole, prefix, "line")  # "Pay by phone: dial *PAY (*729) or call"
        prefix = label_tail(prefix)
        words = prefix.split()
        for size in (2, 4, len(words)):  # else the words right before the value weigh most
            near = " ".join(words[-size:])
            ctx = self.kind(near) if near else Context.NONE
            if ctx != Context.NONE:
                return Place(ctx, prefix, "line")
        brand = _BRAND_NUMBER.sub("", prefix).strip()
        if brand != prefix.strip() and brand and identify(brand) is not None:
            return Place(Context.NUMBERS, prefix, "line")  # "Fido number 604-555-0123"
        for left in self.left_of(seg)[:2]:
            if seg.x0 - left.x1 > 300 or _AMOUNT.search(left.text):
                break  # "GST  $4.10  604-555-0101": the label has its value, in another column
            if identify(left.text) is not None and not _BRAND_NUMBER.search(left.text):
                continue  # the carrier's wordmark ("VONAGE Business") labels nothing
            if _URL.search(left.text) and seg.x0 - left.x1 < 60:
                return Place(Context.HELP, left.text, "line")  # not a user's e-mail cell
            head = label_head(left.text)
            if head != left.text and seg.x0 - left.x1 > 60:
                break  # "Account #: 4248" far left is a pair of its own, in another column
            ctx = self.kind(head)
            if ctx != Context.NONE:
                return Place(ctx, left.text, "line")
        # "(800) 555-0100 Customer Service": a help phrase right after the number; what follows
        # a value is not its label, so only a carrier's own words count ("Sales" or "Call
        # Forwarding" beside a number describe the customer's line)
        right = [s for s in self.lines.get(seg.line, []) if s.x0 >= seg.x1 - 1
                 and s.x0 - seg.x1 < 150 and not PHONEISH.search(s.text)]  # not its own pair
        tail = " ".join(w.text for w in seg.words[max(start, last) + 1:])
        for text in [tail, *(s.text for s in sorted(right, key=lambda s: s.x0)[:1])]:
            ctx = self.kind(text) if text else Context.NONE
            if ctx == Context.REMIT or (ctx == Context.HELP and strong_help(text)):
                return Place(ctx, text, "right")
            if ctx == Context.NUMBERS and _LINE_WORD.search(fold(text)):
                return Place(ctx, text, "right")  # "Business Line - Measured": one of the lines
        return None

    def _heading_of(self, seg: Segment) -> Segment | None:
        """The heading segment _walk_up stops at, for a value under it."""
        current = seg
        for _ in range(_MAX_BLOCK_STEPS):
            up = self._up(current)
            if up is None:
                return None
            if _heading(self, up) and self.kind(up.text) != Context.NONE:
                return up
            current = up
        return None

    def _list_heading(self, seg: Segment) -> Place | None:
        """The lines heading over a list of rows, each a name and a number ("Sales
        302-555-0117", "Billing 302-555-0118"): walked up from the row's first cell past the
        rows above it. A department word there names one of the customer's lines."""
        current = min(self.lines.get(seg.line, [seg]), key=lambda s: s.x0)
        for _ in range(3 * _MAX_BLOCK_STEPS):
            up = self._up(current)
            if up is None:
                return None
            if any(PHONEISH.search(s.text) for s in self.lines.get(up.line, [])):
                current = up  # another row of the list
                continue
            ctx = self.kind(up.text) if _heading(self, up) else Context.NONE
            return Place(ctx, up.text, "block") if ctx == Context.NUMBERS else None
        return None

    def _call_detail_over(self, seg: Segment) -> Place | None:
        """A value nothing else places, under a call detail heading in its column: one of the
        calls' numbers. The column walk misses it when the table's own header is lost (a photo's
        skew, OCR dropping small type); the heading over the column still says what it is."""
        heading = heading_over(seg, (self.lines[n] for n in self.lines_above(seg)[:40]),
                               self.kind)
        if heading is not None and heading[1] == Context.USAGE:
            return Place(Context.USAGE, heading[0].text, "section")
        return None

    def _contact_block(self, seg: Segment) -> Place | None:
        """A line in a block of the carrier's contact lines ("Repair 1-513-565-1212" under it)
        is one of them, whatever its own label says."""
        if not PHONEISH.search(seg.text):
            return None
        for n in (seg.line - 2, seg.line - 1, seg.line + 1, seg.line + 2):
            for other in self.lines.get(n, []):
                if abs(other.x0 - seg.x0) > 12 or not PHONEISH.search(other.text):
                    continue
                if abs(other.top - seg.top) > max(seg.height, self.body_height) * 3.2:
                    continue
                head = label_head(other.text)
                if head and self.kind(head) == Context.HELP:
                    return Place(Context.HELP, head, "block")
        return None

    def header_row(self, seg: Segment) -> list[Segment] | None:
        """The header row of the table `seg` is in (pagecolumns.header_row)."""
        return header_row(self, seg)

    def address_ends(self) -> list[int]:
        return self._address_ends()

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
        return place

    def _walk_up(self, seg: Segment, steps: int = _MAX_BLOCK_STEPS) -> _Walk:
        """(heading, a value line passed, an address's last line passed) walking up the column;
        the lines passed are those strictly between `seg` and the heading."""
        key = ("walk", id(seg))
        if key in self._memo:  # the rows of a long table share their walk up
            return self._memo[key]  # type: ignore[return-value]
        walk: _Walk = (None, False, False)
        up = self._up(seg)
        if up is not None and steps > 0:
            if _heading(self, up):
                ctx = self.kind(up.text)
                walk = (Place(ctx, up.text, "block"), False, False) if ctx != Context.NONE else (
                    self._passing(up, steps))
            elif not label_pair(up):
                walk = self._passing(up, steps)
        self._memo[key] = walk
        return walk

    def _passing(self, up: Segment, steps: int) -> _Walk:
        place, value, end = self._walk_up(up, steps - 1)
        return (place, value or bool(VALUE_WORD.search(up.text)),
                end or ends_address(up))

    def _up(self, seg: Segment) -> Segment | None:
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

    def _section_place(self, seg: Segment) -> Place | None:
        """A heading across the page above (bigger type or alone on its line) names the section;
        a section about one address ends with the first address printed in it."""
        key = ("section", seg.line)
        if key not in self._memo:
            self._memo[key] = self._section_of(seg)
        found: tuple[Place, int] | None = self._memo[key]  # type: ignore[assignment]
        if found is None:
            return None
        place, line = found
        if place.context in ONE_ADDRESS and not PLURAL.search(place.label) and any(
                line < n < seg.line for n in self._address_ends()):
            return None
        return place

    def _address_ends(self) -> list[int]:
        """The lines that end an address, found once per page."""
        key = ("ends",)
        if key not in self._memo:
            self._memo[key] = [n for n in self.order if any(ends_address(s)
                                                            for s in self.lines[n])]
        return self._memo[key]  # type: ignore[return-value]

    def _section_of(self, seg: Segment) -> tuple[Place, int] | None:
        for n in self.lines_above(seg)[:60]:
            row = self.lines[n]
            if len(row) != 1:
                continue
            head = row[0]
            big = head.height >= self.body_height * 1.15
            if not self.is_label(head) or not (big or head.text.isupper()):
                continue
            ctx = self.kind(head.text)
            if ctx not in (Context.NONE, Context.OTHER_ID):  # "Invoice" titles the whole page
                return Place(ctx, head.text, "section"), n
        return None


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
