"""Tables on a page: which line is a table's header row, and what the column a value sits in
lists (its header cell, however the cells were run together or printed over two lines).

The page index (pageindex.py) asks this for every place a value was found; geometry and label
words only, nothing about a carrier or a layout.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from portdesk.bills.context import Context, Place, fold
from portdesk.bills.layout import Segment
from portdesk.bills.structure import ends_address, stacked_over, words_over

if TYPE_CHECKING:
    from portdesk.bills.pageindex import PageIndex

_TABLE_USAGE = re.compile(r"\b(?:min|mins|minutes|duration|duree|heure|time|call type|"
                          r"rate|kb|mb|msgs?)\b")
_TIMED = re.compile(r"\b(?:date|time|heure|jour)\b")
# a bare "Address" column beside a column of sites ("Location", "Site", "Premises")
_ADDRESS_HEAD = re.compile(r"^(?:street )?(?:address|addr\.?|adresse)\W*$")
_NUMBER_HEAD = re.compile(r"(?:numbers?|no\.?|#|phone|tel\.?|telephone|mobile|wireless|cell|did|"
                          r"tn|numero|no de telephone)\W*$")
_ORIGIN = re.compile(r"(?:from|de|line|ligne|calling (?:number|line)|calls? from|caller|"
                     r"originating|orig\.?|your (?:line|number)|wireless number|mobile number|"
                     r"user|appelant)\W*$")
# a call detail row's word for a call received: its "From" cell is the caller, not a line
_INCOMING = re.compile(r"\b(?:incoming|inbound|received|recu|recue|entrant|entrante|recibida|"
                       r"entrantes?)\b")
# labels answered by one value: one address (down to its City-ST-ZIP line)
ONE_ADDRESS = frozenset({Context.SERVICE, Context.BILLING, Context.NAME, Context.REMIT})
PLURAL = re.compile(r"(?i)locations|addresses|sites|premises|lieux|adresses")


def _cell_over(cell: Segment, seg: Segment, row: list[Segment]) -> Segment:
    """The part of a header cell over `seg`'s column: two headers a scan ran together
    ('Billing Telephone Number Service Address') part where the next value column starts."""
    cuts = sorted(o.x0 for o in row if o is not seg and cell.x0 + 6 < o.x0 < cell.x1 - 6)
    if not cuts:
        return cell
    left = max((c for c in cuts if c <= seg.x0 + 6), default=cell.x0 - 1)
    right = min((c for c in cuts if c > seg.x0 + 6), default=cell.x1 + 1)
    words = tuple(w for w in cell.words if left - 6 <= w.x0 < right - 6)
    return Segment(cell.page, words, cell.line) if words else cell


def _overlap(a: Segment, b: Segment) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


# OCR's reading of a photo's texture or of a garbled row ('pa peony', 'oy oz'): every word of
# it read under this confidence is no header cell nor a heading that ends a table, whatever
# letters it holds
_NOISE_READ = 0.5


def _header_cell(index: PageIndex, seg: Segment) -> bool:
    return index.is_label(seg) and any(w.conf >= _NOISE_READ for w in seg.words)


def label_runs(index: PageIndex, row: list[Segment]) -> list[list[Segment]]:
    """Runs of two or more label cells side by side on one line, left to right (on a scan,
    cells OCR read as noise are none: noise beside a place name is no table header)."""
    runs: list[list[Segment]] = [[]]
    for seg in sorted(row, key=lambda s: s.x0):
        if _header_cell(index, seg):
            runs[-1].append(seg)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def header_row(index: PageIndex, seg: Segment) -> list[Segment] | None:
    """The header row of the table `seg` is in: the nearest line above with a run of 2+ label
    cells side by side over its column, before the table ends (a wide gap or a heading).
    Only the run counts: a table beside another shares its lines, not its header."""
    for n in _header_lines(index, seg.line):
        for run in label_runs(index, [*index.lines[n], *_stepped_down(index, n, seg.line)]):
            if any(s.x0 - 4 <= seg.x0 <= s.x1 + 40 or seg.x0 - 4 <= s.x0 <= seg.x1
                   for s in run):
                return None if _sentence_between(index, run, seg) else run
    return None


# how far under a header row's top a cell that a photo's tilt stepped down a line still starts
_STEP = 0.6


def _stepped_down(index: PageIndex, n: int, below: int = -1) -> list[Segment]:
    """On a scan, the cells of the line right under header row `n` that start less than
    `_STEP` of a line's height under its top, between or beside its cells and over none of
    them: cells of that row a photo's tilt or warp stepped down a line ('From ... Duration'
    with 'To' a few points lower, read as a line of its own). Without them the column under
    the stepped cell has no header, and a dialed number there reads as the block's line."""
    if index.page.source != "ocr" or n not in index.order:
        return []
    at = index.order.index(n)
    if at + 1 >= len(index.order) or (m := index.order[at + 1]) == below:
        return []
    row = index.lines[n]

    def stepped(cell: Segment) -> bool:
        # against the row's cell nearest to it: a tilted row's tops climb across the page
        near = min(row, key=lambda o: max(o.x0 - cell.x1, cell.x0 - o.x1))
        return all(_overlap(cell, o) <= 0 for o in row) and (
            0 <= cell.top - near.top < index.body_height * _STEP)

    return [c for c in index.lines[m] if stepped(c)]


_SENTENCE = re.compile(r"\w[.!?]$")
_SENTENCE_WORDS = 5


def _sentence_between(index: PageIndex, run: list[Segment], seg: Segment) -> bool:
    """A sentence printed across the table's columns under its rows ("Notice: 519-555-0100 was
    removed from this account on May 18, 2025."): the table has ended there, and what is
    printed under it is no row of it, as a sentence across the columns is no cell of it."""
    for n in range(run[0].line + 1, seg.line):
        row = index.lines.get(n, [])
        if len(row) == 1 and len(row[0].words) >= _SENTENCE_WORDS \
                and _SENTENCE.search(row[0].text) \
                and sum(1 for c in run if _overlap(c, row[0]) > 6) >= 2:
            return True
    return False


_TABLE_ROWS = 150


def _header_lines(index: PageIndex, line: int) -> list[int]:
    """Lines above `line` that are header rows, nearest first, before the table ends.

    Worked out for every line of the page at once, top to bottom: the walk up from a line
    takes one step to the line right above it and goes on as that line's own walk does (its
    lines up to _TABLE_ROWS above the first line), so each line costs one step, not a walk of
    up to _TABLE_ROWS lines (a page of call detail asked for hundreds of them)."""
    key = ("headers", line)
    if key not in index._memo:
        for at, n in enumerate(index.order):
            index._memo[("headers", n)] = _headers_from_above(index, at)
    return index._memo[key]  # type: ignore[return-value]


def _headers_from_above(index: PageIndex, at: int) -> list[int]:
    """_header_lines of the line at `at` in the page's order, from the line above's."""
    if at == 0:
        return []
    line, n = index.order[at], index.order[at - 1]
    row = index.lines[n]
    # a whole page of call detail under one header: the table ends at a gap or a heading,
    # not after a count of rows
    if index.bounds[line][0] - index.bounds[n][1] > index.body_height * 3.5:
        return []
    if _total_row(row):
        return []  # the table's total closes it: what is printed under it is no row of it
    if len(row) == 1 and n not in index.headers and _header_cell(index, row[0]) \
            and not _stepped_cell(index, n):
        return []  # a heading between: the table above has ended
    reach = index.order[max(at - _TABLE_ROWS, 0)]  # the farthest line this walk looks at
    above = index._memo[("headers", n)]
    return ([n] if n in index.headers else []) + [h for h in above if h >= reach]  # type: ignore[attr-defined]


# the last row of a table of charges: its grand total ('Total', 'Total due', 'Grand total',
# 'Current charges')
_TOTAL = re.compile(r"^(?:(?:grand |invoice |statement )?total(?: (?:due|charges|amount due|"
                    r"a payer|du mois))?|(?:total )?(?:current|new) charges)\W*$")


def _total_row(row: list[Segment]) -> bool:
    """A row that opens with the table's total ('Total  $49.69'): the table ends there. A help
    line printed under a table's total, in the column of its numbers, is no row of it (its
    own label says what it is); a subtotal ('Subtotal', 'Total for line 1') ends nothing."""
    first = min(row, key=lambda s: s.x0)
    return len(row) >= 2 and _TOTAL.match(fold(first.text)) is not None


def _stepped_cell(index: PageIndex, n: int) -> bool:
    """A lone label right under a header row and right of its cells ('Date Time Number' over
    'Place'): a cell of that row that a skewed scan stepped down a line, not a heading."""
    at = index.order.index(n) if n in index.order else 0
    if at == 0 or index.order[at - 1] not in index.headers:
        return False
    above = index.order[at - 1]
    gap = index.bounds[n][0] - index.bounds[above][1]
    return gap < index.body_height * 1.2 and (index.lines[n][0].x0 > max(
        s.x1 for s in index.lines[above]) or index.lines[n][0] in _stepped_down(index, above))


def column_place(index: PageIndex, seg: Segment) -> Place | None:
    """The header of the table column `seg` sits in, as a place: what the column lists."""
    header = header_row(index, seg)
    if header is None:
        return None
    texts = " ".join(fold(s.text) for s in header)
    # call detail: one row per call, so a date or time column; "Usage charges" in a table
    # of lines is money, not calls
    usage = _TIMED.search(texts) is not None and (
        any(index.kind(s.text) == Context.USAGE for s in header)
        or _TABLE_USAGE.search(texts) is not None)
    spanned = [s for s in header if _overlap(s, seg) > 6]
    if len(spanned) > 1 and any(seg.x0 <= s.x0 + 6 and s.x1 - 6 <= seg.x1 for s in spanned):
        return None  # a sentence across the columns is not a cell of the table
    # the cell the value sits under most (a long value reaches under the next cell's edge);
    # else the nearest
    cell = max(spanned, key=lambda s: _overlap(s, seg)) if spanned else min(
        header, key=lambda s: abs((s.x0 + s.x1) / 2 - (seg.x0 + seg.x1) / 2)
        if s.x0 - 30 <= seg.x1 and seg.x0 <= s.x1 + 30 else 1e9)
    if seg.x0 < cell.x0 - 40 and any(o.x0 < cell.x0 and o.x1 > seg.x0 - 12 for o in header):
        return None  # starts under the cell on its left and runs on: a line across the columns
    row = index.lines.get(seg.line, [])
    cell_text = words_over(cell, seg, row)
    if cell_text == cell.text:  # no left edge aligned (a scan): part where columns start
        cell_text = _cell_over(cell, seg, row).text
    over = stacked_over(cell, index.lines, index.order, index.headers, index.body_height * 0.8)
    if over is not None and index.kind(f"{over.text} {cell_text}") != Context.NONE:
        cell_text = f"{over.text} {cell_text}"  # 'Billing' over 'Telephone Number'
    if usage:  # call detail: the "From" column is the customer's line, the rest dialed,
        # but on a row that says the call came in, "From" holds the caller
        ctx = Context.NUMBERS if _ORIGIN.match(fold(cell_text)) and not _INCOMING.search(
            fold(" ".join(s.text for s in row))) else Context.USAGE
        return Place(ctx, cell_text, "column")
    head = fold(cell_text)
    ctx = index.kind(cell_text)
    if (ctx == Context.NUMBERS or _NUMBER_HEAD.match(head)) and _help_in_the_column(
            index, cell, seg, row, min(h.x0 for h in header)):
        return None
    if ctx == Context.NAME and _per_row(index, cell, seg):
        return None  # "Subscriber", "Name" over each line's user: no account holder's label
    if ctx in ONE_ADDRESS and _answered_above(index, cell, seg):
        return None  # "Service Address" over one address: a block further down is not it
    if head in ("to", "to:") and re.search(r"\bfrom\b", texts):
        ctx = Context.USAGE  # "From | To": the calls' destinations
    elif ctx == Context.NONE and _NUMBER_HEAD.match(head):
        ctx = Context.NUMBERS  # "Number", "Phone" over a column of a table that lists no calls
    elif ctx == Context.NONE and _ADDRESS_HEAD.match(head) and any(
            index.kind(s.text) == Context.SERVICE for s in header if s is not cell):
        ctx = Context.SERVICE  # "Location | Address | Charges": each site's address
    return Place(ctx, cell_text, "column") if ctx != Context.NONE else None


_LEAD_WORDS = re.compile(r"[^\W\d_]{3,}")


def _help_in_the_column(index: PageIndex, cell: Segment, seg: Segment,
                        row: list[Segment], left: float) -> bool:
    """The row opens with the carrier's help words where the column of the lines holds its
    numbers ('Customer Service 308-697-3333' under 'Telephone number', a few lines under the
    table's last row), or left of the table's first column: a column of lines holds numbers,
    so the words there are no cell of it and the row is no row of the table; its own label
    says what the number is. A department named in a column of its own ('Department |
    Number') is still a cell of its table."""
    digit = next((i for i, w in enumerate(seg.words) if any(c.isdigit() for c in w.text)), 0)
    lead = [w for o in row if o is not seg and o.x1 <= seg.x0 + 1 for w in o.words]
    lead += list(seg.words[:digit])
    if not lead:
        return False
    x0 = min(w.x0 for w in lead)
    text = " ".join(w.text for w in sorted(lead, key=lambda w: w.x0))
    kind = index.kind(text)
    if index.page.source == "ocr" and x0 < left - 6 and _LEAD_WORDS.search(text) and kind not in (
            Context.NUMBERS, Context.BTN):
        # on a scan, words opening the row left of the table's first column are the row's own
        # label ('Account Services 867-...' under the table, its sentence's end lost): whatever
        # they say (a label the vocabularies miss, or garbled), the row is no row of the table
        return True
    return (cell.x0 - 6 <= x0 <= cell.x1 or x0 < left - 6) and kind == Context.HELP


def _answered_above(index: PageIndex, cell: Segment, seg: Segment) -> bool:
    """A header naming one address, whose column already held an address under it before
    the table ended (a gap of lines): `seg` further down is another block, not a row of it.
    Rows of a table of sites, one address each, follow each other without a gap."""
    if PLURAL.search(cell.text):
        return False
    ends = [n for n in index.address_ends() if cell.line < n < seg.line and any(
        _overlap(s, cell) > 0 and ends_address(s) for s in index.lines[n])]
    return bool(ends) and seg.top - index.bounds[max(ends)][1] > index.body_height * 2.5


def _per_row(index: PageIndex, cell: Segment, seg: Segment) -> bool:
    """The column holds a value on another row of the table too (above `seg`, under the
    header, or right under it): one value per row, not the one answer to its header."""
    below = [n for n in index.order if seg.line < n and index.bounds[n][0] - seg.bottom
             < index.body_height * 1.9][:1]
    rows = [n for n in index.order if cell.line < n < seg.line] + below
    return any(_overlap(s, seg) > 0 and n not in index.headers and s is not seg
               for n in rows for s in index.lines[n])


def names_per_row(index: PageIndex, seg: Segment) -> bool:
    """`seg` is one row's value in a name column ("Subscriber", "Name" over each line's user):
    the header over it is a column's, not the heading of one name's block."""
    header = header_row(index, seg)
    cells = [c for c in header or () if _overlap(c, seg) > 0]
    return any(index.kind(c.text) == Context.NAME and _per_row(index, c, seg) for c in cells)
