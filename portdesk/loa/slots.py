"""Number slots: blanks that only mean something together.

A column (or grid) of unlabelled blanks under "Telephone numbers:" is a list of number slots, and
the order they are filled in is the form's printed numbering when it has one ("1." ... "50."),
else the order the widget names agree with, else down each column (a list printed in columns is
read down, then across). A date in three blanks is dateboxes.py's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from itertools import pairwise

from portdesk.loa.blanks import Blank
from portdesk.loa.candidates import own_column_head
from portdesk.loa.captions import labels_beside
from portdesk.loa.columns import (
    AREA_WORDS,
    area_header,
    bind_columns,
    column_words,
    fill_range_table,
    range_table,
)
from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Word
from portdesk.loa.governing import (
    beside_a_blank,
    caption,
    governing_heading,
    heading_words,
    in_paragraph,
    label_over,
)
from portdesk.loa.labels import Line, PageText
from portdesk.loa.numbering import labels_above_the_grid, under_the_header_row
from portdesk.loa.phoneboxes import KEY as PHONE_BOXES
from portdesk.loa.phoneboxes import PARTS_OF_A_NUMBER
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, Reading, classify, normalise

_HEADING_WORDS = 9  # a longer line over a column is a paragraph, not its header
_ALIGN = 4.0  # points: blanks this close in x start and end form one column
_STEP = 45.0  # the widest vertical step between two slots of one column
_TEXTY = frozenset({"widget", "leader", "cell"})
# what a blank of a numbers table may have been read as before its table is seen: a column
# header read as the first row's label names the carrier, the account or the address column
_IN_TABLES = (None, LoaField.NUMBER, NOT_OURS, LoaField.CARRIER, LoaField.ACCOUNT_NUMBER,
              LoaField.BTN, LoaField.SERVICE_ADDRESS, LoaField.STREET)
# a label naming several numbers, in the languages of the forms we fill
_PLURAL = re.compile(r"\b(numbers|numeros|nummers|nummern|rufnummern|numeri|lignes)\b")
_TRAILING_INT = re.compile(r"(\d+)\D*$")



def _columns(founds: Sequence[Found]) -> list[list[Found]]:
    """Blanks stacked one under the other, starting and ending at the same x: a column."""
    cols: list[list[Found]] = []
    for f in sorted(founds, key=lambda f: (f.blank.page, -f.blank.rect[3], f.blank.rect[0])):
        r = f.blank.rect
        for col in cols:
            last = col[-1].blank
            if last.page == f.blank.page and abs(last.rect[0] - r[0]) < _ALIGN \
                    and abs(last.rect[2] - r[2]) < _ALIGN and 0 < last.rect[1] - r[1] < _STEP:
                col.append(f)
                break
        else:
            cols.append([f])
    return [c for c in cols if len(c) >= 2]


def _grids(cols: list[list[Found]]) -> list[list[list[Found]]]:
    """Columns side by side whose rows line up are one grid."""
    grids: list[list[list[Found]]] = []
    for col in sorted(cols, key=lambda c: (c[0].blank.page, c[0].blank.rect[0])):
        for grid in grids:
            ref = grid[-1]
            if ref[0].blank.page == col[0].blank.page and abs(
                    ref[0].blank.rect[3] - col[0].blank.rect[3]) < 3 and col[0].blank.rect[0] \
                    > ref[0].blank.rect[2] - 2:
                grid.append(col)
                break
        else:
            grids.append([col])
    return grids


_TITLE_REACH = 40.0  # points above a table's first row its title may sit (over its header)


# a numbers column's header that says its numbers move ("Número a portar", "Numbers to port",
# "Zu portierende Rufnummer", "Numéro à porter")
_TO_PORT = re.compile(r"\b(a portar|to port|to be ported|to transfer|a porter|a transferer|"
                      r"zu portier\w*|te porteren|da portare|a portabilizar|do przeniesienia)\b")


def _staying_title(grid: list[list[Found]], texts: dict[int, PageText]) -> str | None:
    """The title printed over a numbers table when it names the numbers that stay
    ("Diese Rufnummern verbleiben beim bisherigen Anbieter:" over "Nr. | Rufnummer mit
    Vorwahl"): the printed phrase over its numbers column (the one overlapping it most), so
    the other table's title beside it on the same printed line is not its; a question asking
    whether any numbers stay is no title."""
    for col in grid:
        cells = [f for f in col if f.field == LoaField.NUMBER]
        if not cells:
            continue
        top = max(f.blank.rect[3] for f in col)
        x0, x1 = min(f.blank.rect[0] for f in col), max(f.blank.rect[2] for f in col)
        text = texts[cells[0].blank.page]
        for line in sorted((ln for ln in text.lines if top - 2 <= ln.y <= top + _TITLE_REACH),
                           key=lambda ln: ln.y):
            phrases = _phrases_of(line.words)
            over = max(phrases, key=lambda ph: min(ph[-1].x1, x1) - max(ph[0].x0, x0))
            if min(over[-1].x1, x1) - max(over[0].x0, x0) <= 0:
                continue
            said = " ".join(w.text for w in over)
            if "?" in line.text:
                continue  # "Will any numbers stay with your provider? [ ] Yes [ ] No": a
                # question its ticks answer, over the table of numbers to port
            read = classify(said)
            if read is not None and read.field == LoaField.REMAINING_NUMBERS:
                return said
            if read is not None and read.field in (LoaField.NUMBER, LoaField.NUMBERS) and \
                    _TO_PORT.search(normalise(said)):
                break  # the column's own header names the numbers to port ("Número a
                # portar"): what is printed above the table (a tick's words) titles it not
    return None


def _staying_tables(grids: list[list[list[Found]]], founds: Sequence[Found],
                    texts: dict[int, PageText]) -> None:
    """A second numbers table titled as the numbers that stay holds them, not more room for
    the numbers to port; only beside a table of numbers to port the form also draws (a title
    over a form's only numbers table reads as the numbers that stay too often to trust)."""
    ticks = [f for f in founds if f.blank.kind in ("check", "box")]
    titled = [(grid, said, _staying_columns(grid, texts, ticks)) for grid in grids
              if (said := _staying_title(grid, texts))]
    if not titled:
        return
    inside = {id(f) for _, _, cols in titled for col in cols for f in col}
    if not any(f.field == LoaField.NUMBER and id(f) not in inside for f in founds):
        return
    for grid, said, cols in titled:
        coded = {id(a.row_of) for c in grid for a in c if a.row_of is not None
                 and a.field == LoaField.AREA_CODE}
        for f in (f for col in cols for f in col if f.field == LoaField.NUMBER):
            f.field = LoaField.REMAINING_NUMBER
            f.note(f"under '{said}'")
            if f.blank.part == "local" and id(f) not in coded:
                f.blank.part = ""  # no area code of its own: the whole number


def _staying_columns(grid: list[list[Found]], texts: dict[int, PageText],
                     ticks: Sequence[Found]) -> list[list[Found]]:
    """Two tables side by side read as one grid ("NUMBERS TO PORT" | "NUMBERS TO KEEP", row
    for row): when another numbers column of the grid has its own title naming the numbers to
    port, only the columns titled as the numbers that stay hold them; else the whole grid. A
    tick's words over a column ("[ ] Only the numbers below (the rest stay ...)") title none."""
    staying = [col for col in grid if _column_title(col, texts, ticks) == "stay"]
    porting = [col for col in grid if _column_title(col, texts, ticks) == "port"]
    return staying if staying and porting else grid


_TICK_GAP = 20.0  # points between a tick box and the words it labels


def _column_title(col: list[Found], texts: dict[int, PageText],
                  ticks: Sequence[Found]) -> str | None:
    """"stay" or "port": what the first printed phrase over a numbers column that reads as
    numbers says of them (none when that phrase labels a tick box)."""
    cells = [f for f in col if f.field == LoaField.NUMBER]
    if not cells:
        return None
    top = max(f.blank.rect[3] for f in col)
    x0, x1 = min(f.blank.rect[0] for f in col), max(f.blank.rect[2] for f in col)
    page = cells[0].blank.page
    for line in sorted((ln for ln in texts[page].lines if top - 2 <= ln.y <= top + _TITLE_REACH),
                       key=lambda ln: ln.y):
        over = max(_phrases_of(line.words),
                   key=lambda ph: min(ph[-1].x1, x1) - max(ph[0].x0, x0))
        if min(over[-1].x1, x1) - max(over[0].x0, x0) <= 0:
            continue
        said = " ".join(w.text for w in over)
        read = classify(said)
        if read is None or read.field not in (LoaField.NUMBER, LoaField.REMAINING_NUMBERS) or \
                (read.field == LoaField.NUMBER and _PLURAL.search(normalise(said)) is None):
            continue  # the column's own header ("Telephone number"), not the table's title
        if any(t.blank.page == page and 0 <= over[0].x0 - t.blank.rect[2] <= _TICK_GAP
               and t.blank.rect[1] < line.top and t.blank.rect[3] > line.y for t in ticks):
            return None  # a tick's label, no table's title
        return "stay" if read.field == LoaField.REMAINING_NUMBERS else "port"
    return None


def _phrases_of(words: Sequence[Word]) -> list[list[Word]]:
    out: list[list[Word]] = []
    for w in words:
        if out and w.x0 - out[-1][-1].x1 <= 8:
            out[-1].append(w)
        else:
            out.append([w])
    return out


_APART = 12.0  # points of white space between two columns: two tables side by side


def _apart(grid: list[list[Found]]) -> list[list[list[Found]]]:
    """A grid that reads as a table of number ranges, split where white space parts its
    columns: "Nr. | Vorwahl | Rufnummer" rows beside a "von | bis | Anzahl" block on the same
    rows are two tables (the single numbers are not ranges to write by hand)."""
    parts = [[grid[0]]]
    for prev, col in itertools.pairwise(grid):
        right = max(f.blank.rect[2] for f in prev)
        if min(f.blank.rect[0] for f in col) - right > _APART:
            parts.append([])
        parts[-1].append(col)
    return parts


def _header(col: list[Found], texts: dict[int, PageText],
            blanks: Sequence[Blank] = (),
            numbered_rows: bool = False) -> tuple[LoaField | str | None, float]:
    """What the column's header says, and where its line sits (None, 0 without one). A header
    that is the tail of a sentence running over several columns is no header of its own, nor is
    the label of a blank on its own line ("Numero principale: ____" over slot 1)."""
    top = col[0].blank
    text = texts[top.page]
    lines = text.above(top.rect, max_lines=2, reach=40, slack=4)
    if top.frame is not None:  # a box's own corner caption ("3") is no header over its column
        f0 = top.frame
        lines = [Line(tuple(own)) for ln in lines if (own := [
            w for w in ln.words if not (f0[0] - 1 <= w.x0 and w.x1 <= f0[2] + 1
                                        and f0[1] - 1 <= w.y0 and w.y1 <= f0[3] + 1)])]
    trimmed = False  # a header row's own head over this column: a head, no sentence
    if lines and top.kind in ("widget", "cell"):
        head = own_column_head(lines[-1].words, top, blanks)
        trimmed = len(head) < len(lines[-1].words)
        lines[-1] = Line(head)
    if lines and label_over(lines[-1], top, blanks):
        return None, 0.0  # another box's label ("Company name" over its widget): no header
    if lines and (any(heading_words(ln.words) > _HEADING_WORDS for ln in lines)
                  or in_paragraph(lines[-1], text.lines)
                  or labels_beside(lines[-1].words, [b.rect for b in blanks
                                                     if b.page == top.page])
                  or beside_a_blank(lines[-1], [b for b in blanks if b.page == top.page
                                                and b.kind in ("check", "box")])):
        return None, 0.0  # the end of a paragraph of instructions, no column header
    heading = area_header(lines, top.rect) or " ".join(ln.text for ln in lines)
    if _FORMAT_HINT.match(normalise(heading)):
        return None, 0.0  # "Format : 0XX XXX XX XX" says how to write, not what goes there
    if heading and top.extra.get(PHONE_BOXES) and PARTS_OF_A_NUMBER.match(normalise(heading)):
        return LoaField.NUMBER, lines[-1].y  # "NPA NXX LINE" over a column of number boxes
    read = classify(heading) if heading else None
    if read is None and _PHONE_COLUMN.match(normalise(column_words(lines, top.rect))) and \
            (sum(f.marker is not None for f in col) >= 2 or numbered_rows):
        return LoaField.NUMBER, lines[-1].y  # "Item | Telephone no." over numbered rows
    if read is None and _SCHEDULE.search(normalise(heading)) and \
            sum(f.marker is not None for f in col) >= 2:
        return LoaField.NUMBER, lines[-1].y  # "Schedule A" over numbered lines: more numbers
    if read is None and heading and not trimmed and _runs_on(lines[-1].words[0], text):
        return None, 0.0
    return (read.field if read is not None else _UNREAD if heading else None,
            lines[-1].y if lines else 0.0)


# a schedule or annex of the form: over numbered lines, the numbers that did not fit above
_SCHEDULE = re.compile(r"\b(schedule|annex|annexe|anexo|anlage|bijlage|allegato|atodlen|liite|"
                       r"priloha|prilog|pielikums|lisa|aguisin|appendix|continuation)\b")
_FORMAT_HINT = re.compile(r"^(format|formato|e g|eg|ex|exemple|example|beispiel|z b|p ex)\b.*\d|"
                          r"^[0-9xn]*[xn][0-9xn]*( [0-9xn]+)+$")
_UNREAD = "unread"  # a header printed over the column that names none of our values
# a bare phone header ("Telephone no.", "Tel. Nr.") over rows the form numbers: the numbers
_PHONE_COLUMN = re.compile(r"^((tele)?phone|tel|telefon\w*|telefoon|telefono)( no| nr| n| "
                           r"number| nummer| numero)?$|"
                           # the number named before the phone, as Malay writes it
                           r"^(nombor|nomor|numero|number|no) (tele)?(fon|phone|telefono)$")
_CELL_GAP = 14.0  # points between two words of one phrase; a wider gap separates header cells


def _runs_on(first: Word, text: PageText) -> bool:
    mid = (first.y0 + first.y1) / 2
    return any(abs((w.y0 + w.y1) / 2 - mid) < 2 and 0 <= first.x0 - w.x1 <= _CELL_GAP
               for w in text.words if w is not first)


_HEAD_LINE = 10.0  # points: one line of a header row's small print, and its leading



def _table_columns(headers: list[tuple[LoaField | str | None, float]]) -> list[bool]:
    """Which columns of a grid take numbers: those headed as numbers, or not headed at all; in a
    table whose header row names a numbers column, a column headed otherwise ("Port? (Y/N)",
    "Location") is that table's other column, not more room for numbers."""
    rows = [y for head, y in headers if head == LoaField.NUMBER]
    out = []
    for head, y in headers:
        # the header row's cells end their words at their own depth: a two-line head
        # ("Action / P = porter") beside a one-line "Numéro à porter" sits a line lower
        in_header_row = head == _UNREAD and any(abs(y - r) < _HEAD_LINE for r in rows)
        out.append(head in (None, LoaField.NUMBER, _UNREAD) and not in_header_row)
    return out


_SLOTS_UNDER = {LoaField.NUMBER: LoaField.NUMBER, LoaField.NUMBERS: LoaField.NUMBER,
                LoaField.REMAINING_NUMBERS: LoaField.REMAINING_NUMBER}
_GRID = 3  # blanks, at least, for a grid to be read from a heading at a distance


def _governed(grid: list[list[Found]], headers: list[tuple[LoaField | str | None, float]],
              founds: list[Found], texts: dict[int, PageText]) -> None:
    """A grid of bare (or only numbered) blanks with no column header takes its meaning from
    the heading that governs it, however far above: "Numbers" over a BTN row, a date row and
    then ten numbered boxes; "Telephone numbers NOT TO BE PORTED" over a paragraph and lines."""
    cells = [f for col in grid for f in col]
    others = [f.blank for f in founds if f not in cells]
    # a header that is itself a numbers heading ("Numbers staying with ..." on a band over the
    # first column) governs the grid; any other header makes it a table of its own
    headed = [h is not None and h not in _SLOTS_UNDER and not _caption_over(col, others, texts)
              for col, (h, _) in zip(grid, headers, strict=True)]
    if len(cells) < _GRID or any(headed):
        return
    top = max(cells, key=lambda f: (f.blank.rect[3], -f.blank.rect[0])).blank
    heading = governing_heading(top, [f.blank for f in founds], texts[top.page])
    if not all(_unlabelled(f) or (f.marker is not None and f.field is None)
               or _tail_of(f, heading) for f in cells):
        return
    read = _grid_heading(heading) if heading else None
    slot = _SLOTS_UNDER.get(read.field) if read is not None else None  # type: ignore[arg-type]
    if slot is None:
        return
    for f in cells:
        f.field, f.confidence = slot, 0.8
        f.source, f.evidence = "slot under a numbers heading", heading


# "and" between a section's two subjects, in the lexicons' languages
_AND = re.compile(r"\s(?:and|und|et|en|y|e|og|och|ja|i|a|kai|&)\s")


def _grid_heading(heading: str) -> Reading | None:
    """What a grid's governing heading says: a section that names the provider and the numbers
    ("Donor provider and numbers", "Operador donante y líneas a portar") reads as the provider
    (its own blanks are labelled), but the grid under it is its numbers."""
    read = classify(heading)
    if read is None or read.field != LoaField.CARRIER:
        return read
    norm = normalise(heading)
    for joint in _AND.finditer(norm):  # what follows each "and" ("a" may be a preposition)
        said = classify(norm[joint.end():])
        if said is not None and said.field in _SLOTS_UNDER:
            return said
    return read


def _caption_over(col: list[Found], others: list[Blank], texts: dict[int, PageText]) -> bool:
    """What reads as the column's header is the caption under another blank above it (the
    DD / MM / YYYY under a date's boxes), not a header of this column."""
    top = col[0].blank
    lines = texts[top.page].above(top.rect, max_lines=1, reach=40, slack=4)
    return bool(lines) and caption(lines[-1], [b for b in others if b.page == top.page])


def _tail_of(f: Found, heading: str | None) -> bool:
    """A slot read by the end of the heading over its grid ("5. Numbers staying with your
    current provider" running on into the first lines): the heading's, not a label of its own."""
    return bool(heading) and f.source == "label (before)" and bool(f.evidence) and \
        normalise(f.evidence) in normalise(heading or "")


def _area_head(f: Found) -> bool:
    """A cell read by an area-code column's head ("Código de provincia" reads the province
    word first): a cell of the numbers table beside it, whatever the words alone said."""
    return f.source == "label (above)" and AREA_WORDS.search(normalise(f.evidence)) is not None


def _pin_head(f: Found) -> bool:
    """A cell under a PIN column's head (a table's "PIN" over its rows): a cell of the table,
    its column tied to the numbers' rows. A PIN asked beside its own label ("PIN ____") is a
    line of its own, never the top of the numbers' column under it."""
    return f.field == LoaField.PIN and f.source == "label (above)"


def _unlabelled(f: Found) -> bool:
    return f.field is None and not f.evidence


def mark_number_slots(founds: list[Found], texts: dict[int, PageText]) -> None:
    """Unlabelled blanks in a column or grid under a numbers heading become number slots."""
    candidates = [f for f in founds if f.blank.kind in _TEXTY and
                  (f.field in _IN_TABLES or f.marker is not None or _area_head(f)
                   or _pin_head(f))]
    grids = [part for whole in _grids(_columns(candidates)) for part in (
        _apart(whole) if range_table(whole, texts, founds) else [whole])]
    for grid in grids:
        if range_table(grid, texts, founds) and fill_range_table(grid, texts):
            continue  # one block of consecutive numbers a row: first, last, count
        if range_table(grid, texts, founds):
            for f in (f for col in grid for f in col):  # left empty, said: ranges by hand
                f.field, f.source = LoaField.NUMBER, "column header"
                f.against = "it is a table of number ranges (first | last): write them by hand"
            continue
        # rows the form numbers in a column of their own ("No. | Area code | Telephone no."):
        # a bare phone header over another column of the rows is the numbers column too
        rows = any(sum(f.marker is not None for f in col) >= 2 for col in grid)
        headers = under_the_header_row([_header(col, texts, [f.blank for f in founds], rows)
                                        for col in grid])
        labels_above_the_grid(grid, headers, texts)
        numbered = any(h == LoaField.NUMBER for h, _ in headers) or any(
            f.field == LoaField.NUMBER for col in grid for f in col)
        if not numbered:
            _governed(grid, headers, founds, texts)
            continue
        columns = _table_columns(headers)
        for col, takes in zip(grid, columns, strict=True):
            if not takes or any(f.field == NOT_OURS for f in col):
                continue  # "Número final", "SDA": a column of the table that is not ours
            for f in col:
                if (_unlabelled(f) and not _printed_beside(f, texts, founds)) or \
                        f.marker is not None:
                    f.field, f.confidence = LoaField.NUMBER, 0.8
                    f.source, f.evidence = "slot under a numbers heading", "column of blanks"
                elif f.field == LoaField.NUMBER and f.confidence < 0.8:
                    f.confidence = 0.8  # a named slot in a numbers grid
        bind_columns(grid, columns, texts)
    _staying_tables(grids, founds, texts)
    for f in founds:
        tall = f.blank.lines >= 3 or (f.blank.lines >= 2 and _PLURAL.search(
            normalise(f.evidence)) is not None)  # "Numbers to transfer" over a two-line box
        if f.field == LoaField.NUMBER and tall and not _in_column(f, candidates):
            f.field = LoaField.NUMBERS  # one tall box for the whole list


_BESIDE = 260.0  # points left of a blank where printed words are its own (unread) label
_MARK = re.compile(r"^\(?#?\d{1,3}[.):]?$|^[•·▪◦\-–]$")


def _printed_beside(f: Found, texts: dict[int, PageText], founds: Sequence[Found] = ()) -> bool:
    """Words printed on the blank's own line to its left (not its slot number): a label we
    could not read or reach ("PLZ" across a wide label column), so no bare slot for numbers.
    Words printed right over another blank further left are that blank's label above (a form
    in two columns: "Representante legal" over its box on the left, level with a table's row
    on the right), not this one's; words printed inside the frame of a blank further left
    ("( 0 [___] )": the brackets of the area code's cell) are that blank's own print."""
    r = f.blank.rect
    left = [o.blank.rect for o in founds if o.blank.page == f.blank.page and o.blank.rect[2] <= r[0]]
    frames = [o.blank.frame for o in founds if o.blank.page == f.blank.page
              and o.blank.frame is not None and o.blank.frame[2] <= r[0] + 2]
    return any(r[0] - _BESIDE <= w.x0 and w.x1 <= r[0] + 2 and not w.is_blank and not w.is_box
               and not _MARK.match(w.text) and not _over_a_blank(w, left)
               and not any(_within(w, fr) for fr in frames)
               for w in texts[f.blank.page].line_of(r))


def _within(w: Word, frame: tuple[float, float, float, float]) -> bool:
    return frame[0] - 1 <= w.x0 and w.x1 <= frame[2] + 1 and frame[1] - 1 <= w.y0 \
        and w.y1 <= frame[3] + 1


def _over_a_blank(w: Word, rects: Sequence[tuple[float, float, float, float]]) -> bool:
    return any(o[0] - 2 <= w.x0 and w.x1 <= o[2] + 2 and 0 <= w.y0 - o[3] <= 12 for o in rects)


def _in_column(f: Found, founds: Sequence[Found]) -> bool:
    return any(c is not f and c.blank.page == f.blank.page
               and abs(c.blank.rect[0] - f.blank.rect[0]) < _ALIGN
               and c.field == LoaField.NUMBER for c in founds)


def order_slots(slots: list[Found]) -> list[Found]:
    """Printed numbering first, then widget names that agree with the page, then down columns."""
    if not slots:
        return slots
    marked = [f for f in slots if f.marker is not None]
    if len(marked) * 2 >= len(slots) and len({f.marker for f in marked}) == len(marked):
        rest = [f for f in slots if f.marker is None]
        return sorted(marked, key=lambda f: f.marker or 0) + _down_columns(rest)
    down, across = _down_columns(slots), _across_rows(slots)
    named = _name_numbers(slots)
    if named is not None:
        agree_down, agree_across = _agreement(down, named), _agreement(across, named)
        if agree_across > agree_down and agree_across >= 0.8:
            return across
    return down


def _down_columns(slots: list[Found]) -> list[Found]:
    cols = _columns(slots)
    in_cols = {id(f) for c in cols for f in c}
    singles = [[f] for f in slots if id(f) not in in_cols]
    ordered = sorted(cols + singles, key=lambda c: (c[0].blank.page, c[0].blank.rect[0],
                                                    -c[0].blank.rect[3]))
    return [f for c in ordered for f in sorted(c, key=lambda f: -f.blank.rect[3])]


def _across_rows(slots: list[Found]) -> list[Found]:
    return sorted(slots, key=lambda f: (f.blank.page, -round(f.blank.rect[3] / 4),
                                        f.blank.rect[0]))


def _name_numbers(slots: list[Found]) -> dict[int, int] | None:
    numbers: dict[int, int] = {}
    for f in slots:
        name = f.blank.widget.field_name if f.blank.widget is not None else ""
        m = _TRAILING_INT.search(name)
        if m:
            numbers[id(f)] = int(m.group(1))
    if len(numbers) * 2 < len(slots) or len(set(numbers.values())) != len(numbers):
        return None
    return numbers


def _agreement(order: list[Found], named: dict[int, int]) -> float:
    seq = [named[id(f)] for f in order if id(f) in named]
    pairs = list(pairwise(seq))
    return sum(1 for a, b in pairs if a < b) / len(pairs) if pairs else 0.0
