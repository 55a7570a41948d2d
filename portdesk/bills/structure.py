"""Page structure the label vocabulary cannot see: what is a name, not a label; which header
words sit over a column; which lines are the page's running header or footer.

Each rule reads the geometry and the kind of text around it, never a carrier or a layout:
- a line heading an address block (a street line, then a City-ST-ZIP line, under it) is the
  name on that address, whatever words it holds ("GRANITE PEAK AUTO REPAIR INC" is a customer,
  not a repair line), unless it starts with a label's words ("Service address", "Remit to");
- header cells printed close together read as one segment ("Billing Telephone Number Service
  Address"): the cells of the row under it say where one column's words end;
- a line printed the same on several pages (the page's running header or footer) is the
  carrier's furniture, and so is a line that names the carrier or its web site.
And what one cell of text is: a label with its own value, an address's last line, the label
words before a value.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from portdesk.bills.addrparse import (
    STREET_START,
    UNIT_FIRST,
    is_city_state_zip,
    parse_address_lines,
)
from portdesk.bills.carriers import carriers_in_domains, carriers_named_in
from portdesk.bills.context import Context, classify
from portdesk.bills.layout import Segment, below

VALUE_WORD = re.compile(r"\d{3}")
ZIP_END = re.compile(r"(?:\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z][\s-]?\d[A-Za-z]\d)\W*$")
PHONEISH = re.compile(r"\d{3}[\s.-]\d{4}\b")


def label_pair(seg: Segment) -> bool:
    """'Main number: (503) 555-0138': a label with its own value; lines under it are not its."""
    head = label_head(seg.text)
    return bool(head) and head != seg.text and classify(head) != Context.NONE


def ends_address(seg: Segment) -> bool:
    """The last line of an address: 'City, ST ZIP', or a whole address on one line."""
    text = seg.text
    if not ZIP_END.search(text):
        return False
    return is_city_state_zip(text) or parse_address_lines([text]) is not None


# "Your 911 address on file:", "E-911 location": a service's name, not a value
_EMERGENCY = re.compile(r"(?i)^\(?e?-?911\)?$")
# a mark that sets one fact of a header line off from the next ("Name | Account 4410 | May 2026")
SEPARATOR = frozenset({"|", "·", "•", "¦", "‖"})


def label_tail(prefix: str) -> str:
    """The words after the last value in the text before a value: its own label. A separator
    ends the fact before it, as a value does ("Harbor Supply LLC | Account 4410": "Account")."""
    words = prefix.split()
    for i in range(len(words) - 1, -1, -1):
        if (VALUE_WORD.search(words[i]) and not _EMERGENCY.match(words[i])) or (
                words[i] in SEPARATOR):
            return " ".join(words[i + 1:])
    return prefix


def label_head(text: str) -> str:
    """The words before the first value of a segment left of the value: a label, if any."""
    words = text.split()
    for i, word in enumerate(words):
        if VALUE_WORD.search(word):
            return " ".join(words[:i])
    return text


_COLUMN_SLACK = 4.0  # points: a cell's left edge under its header's first word


Lines = dict[int, list[Segment]]


def _under(seg: Segment, lines: Lines, order: list[int]) -> Segment | None:
    """The segment under `seg` in its column, looked for on the next few lines only."""
    at = bisect.bisect_right(order, seg.line)
    near = [s for n in order[at:at + 4] for s in lines[n]]
    return below(seg, near, max_lines=1.9, align=8.0)


def _street_then_city(first: Segment, lines: Lines, order: list[int]) -> bool:
    """`first` is a street line (or a one-line address) closing within three lines."""
    if not STREET_START.match(first.text.strip()):
        return False
    if parse_address_lines([first.text]) is not None:
        return True
    seg: Segment | None = first
    for _ in range(3):
        seg = _under(seg, lines, order) if seg is not None else None
        if seg is None:
            return False
        if is_city_state_zip(seg.text):
            return True
    return False


def _starts_with_label(text: str) -> bool:
    """'Service Address', 'Remit to:', 'Bill To' start with a label's words; a customer's name
    holds them only further in ('Blue Ridge Legal Services', 'Northgate Auto Repair Co')."""
    words = text.split()
    return any(classify(" ".join(words[:n])) != Context.NONE for n in (1, 2)) or (
        text.rstrip().endswith(":")) or ADDRESS_WORD.match(text.strip()) is not None


# "Address" over a column of addresses heads the column: no customer is called "Address"
ADDRESS_WORD = re.compile(r"(?i)^(?:street |site )?(?:address|addr\.?|adresse)\W*$")


def address_heads(labelish: Iterable[Segment], lines: Lines) -> set[int]:
    """id() of the label-looking lines that are the name over an address block."""
    order = sorted(lines)
    out: set[int] = set()
    for seg in labelish:
        if _starts_with_label(seg.text):
            continue
        under = _under(seg, lines, order)
        if under is not None and _ATTENTION_LINE.match(under.text.strip()):
            under = _under(under, lines, order)  # 'c/o Accounts Payable': the block goes on
        if under is not None and _street_then_city(under, lines, order):
            out.add(id(seg))
    return out


# a name-and-address block's attention line, its 'c/o' read with the c misread on a scan
# ('</o Accounts Payable'): a slash and an o after one mark are no other word
_ATTENTION_LINE = re.compile(r"(?i)^(?:attn\b|attention\b|care of\b|\S/o\b)")


def words_over(header: Segment, value: Segment, row: list[Segment]) -> str:
    """The words of a header segment over `value`'s column. Cells of the value's row that also
    sit under the header mark where the header's cells begin (left edges aligned); without
    such a mark the whole header text is the column's label."""
    inside = [c for c in row if c is not value and header.x0 - _COLUMN_SLACK <= c.x0 <= header.x1]
    if not inside:
        return header.text
    starts = sorted({0, *(i for i, w in enumerate(header.words) for c in (value, *inside)
                          if abs(w.x0 - c.x0) <= _COLUMN_SLACK)})
    mine = [i for i in starts if abs(header.words[i].x0 - value.x0) <= _COLUMN_SLACK]
    if not mine:
        return header.text
    first = mine[0]
    nxt = next((i for i in starts if i > first), len(header.words))
    return " ".join(w.text for w in header.words[first:nxt])


def stacked_over(cell: Segment, lines: Lines, order: list[int], headers: set[int],
                 gap: float) -> Segment | None:
    """A header printed on two lines ('Billing' over 'Telephone Number', 'Account' over
    'Number'): the header cell right above `cell`, on a header row of its own, with no gap."""
    at = bisect.bisect_left(order, cell.line)
    if at == 0 or order[at - 1] not in headers:
        return None
    for seg in lines[order[at - 1]]:
        if seg.x0 < cell.x1 and cell.x0 < seg.x1 and -2 <= cell.top - seg.bottom < gap:
            return seg
    return None


_PAGE_OF = re.compile(r"(?i)\b(?:page|p\.)\s*\d+\s*(?:of|/|de|sur)\s*\d+\b")


def running_lines(pages: list[list[Segment]]) -> set[str]:
    """Texts printed on two or more pages (a running header or footer), digits kept: the
    account number repeated on every page is one; a list of lines is not, as its rows differ."""
    seen: dict[str, set[int]] = {}
    for number, segments in enumerate(pages):
        for seg in segments:
            text = " ".join(seg.text.split())
            if len(text) >= 6:
                seen.setdefault(text, set()).add(number)
    return {text for text, where in seen.items() if len(where) >= 2}


_LEGAL = re.compile(r"(?i)\b(?:inc|llc|l\.l\.c|corp|corporation|ltd|limited|lp|ltee|ulc)\b\.?")
_NUMBERISH = re.compile(r"[\d()+.\s/-]+")


def carrier_furniture(seg: Segment, row: list[Segment], running: set[str]) -> bool:
    """A line that is the carrier's furniture: the 'Page 2 of 3' line, a line that names a
    carrier by its legal name or web domain (a user's e-mail is not one), or words repeated on other pages (a running header
    or footer) beside the number."""
    texts = [" ".join(s.text.split()) for s in row]
    joined = " ".join(texts)
    if _PAGE_OF.search(joined) or carriers_in_domains(joined):
        return True
    if _LEGAL.search(joined) and carriers_named_in(joined):
        return True
    words = [t for t in texts if not _NUMBERISH.fullmatch(t)]
    return bool(words) and any(t in running and not _address_line(t) for t in texts)


def _address_line(text: str) -> bool:
    """A street or city line printed on two pages is the customer's address again (the mailing
    block, the stub, a location's rows of lines), not a running header: its row's number stays."""
    return bool(STREET_START.match(text) or UNIT_FIRST.match(text.strip(" ,"))) or (
        is_city_state_zip(text))  # "Suite 867" on its own line is the address's too


def heading_over(seg: Segment, above: Iterable[list[Segment]],
                 kind: Callable[[str], Context]) -> tuple[Segment, Context] | None:
    """The nearest heading above `seg` over its column that says what it heads: a short line
    without a value of its own whose words are a label. Rows of values in between (the
    table's other rows), unlabelled lines (a scan's specks, a header OCR garbled) and a line
    pairing a label with its own value ("From 509 555-0175": it labels only that value) are
    passed. A heading alone on the line right above, starting left of `seg`, counts too (a
    box's heading over a row of two columns)."""
    for n, line in enumerate(above):  # nearest line first
        for other in line:
            over = other.x0 <= seg.x1 and seg.x0 <= other.x1
            beside = n == 0 and len(line) == 1 and other.x0 <= seg.x0
            if not (over or beside) or label_pair(other):
                continue
            if VALUE_WORD.search(other.text) or len(other.words) > 6:
                continue
            said = kind(other.text)
            if said != Context.NONE:
                return other, said
    return None


def in_columns(value: Segment, label: Segment, segments: list[Segment]) -> bool:
    """The value and the words right of it are cells of a table's row: each has a cell of its own
    column right above or below it ("+1 805 555 0149 | Main Number" over "+1 805 555 0155 |
    Common Area"). A row's type cell describes the row; it is no caption of the value."""
    def stacked(seg: Segment) -> bool:
        reach = 1.8 * max(seg.height, 6.0)
        return any(o is not seg and o.page == seg.page and abs(o.x0 - seg.x0) <= 4 and (
            0 <= o.top - seg.bottom <= reach or 0 <= seg.top - o.bottom <= reach)
            for o in segments)
    return stacked(value) and stacked(label)
