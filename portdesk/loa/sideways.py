"""A numbers table on its side: a column per number, a row per part.

"Number 1 | Number 2 | ... | Number 7" across the top, and rows labelled on the left ("Area code",
"Telephone number", "Directory listing"): each column is one number (its place in the list is
the header's), and the row's own label says what its cells hold. Read as an ordinary grid, the
cells were slots down each column and the numbers went into the area-code row. The rule: when a
printed line carries three or more column headers that are the same number word followed by
consecutive integers, the blanks under them are read by column (the header's integer orders the
number) and by row (the label left of the row): the number row takes the number (only the part
after the area code when an area-code row is there), the area-code row its column's area code,
any other row is not ours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from portdesk.loa.columns import AREA_WORDS
from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Word
from portdesk.loa.labels import PageText
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, classify, normalise

SIDEWAYS = "a table on its side: column per number"
_HEAD = re.compile(r"^(?P<word>\D*?[^\W\d])\s*(?:n[o°º]\s*)?(?P<n>\d{1,2})$")
_GAP = 4.0  # points between the words of one header
_MIN_COLUMNS = 3
_TEXT_KINDS = frozenset({"widget", "cell", "box", "leader"})
# the number sign before an integer, normalised: "Nº 1", "N° 1", "No. 1", "Nr. 1", "# 1"
_NUMBER_SIGNS = frozenset({"n", "no", "nr", "nro", "num", "#"})


@dataclass(frozen=True, slots=True)
class _Column:
    n: int
    x0: float  # where its header starts
    y: float  # the header's baseline


def sideways_numbers(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    for page, text in texts.items():
        for columns in _headers(text):  # a long list on its side in parts: 1-5, then 6-10
            _read_table(founds, page, text, columns)


def _read_table(founds: Sequence[Found], page: int, text: PageText,
                columns: list[_Column]) -> None:
    if columns:
        head_y = columns[0].y
        right = [c.x0 for c in columns[1:]] + [float("inf")]
        cells: dict[int, list[tuple[int, Found]]] = {}  # row (rounded y) -> (column, cell)
        for f in founds:
            b = f.blank
            if b.page != page or b.kind not in _TEXT_KINDS or b.rect[3] > head_y + 2:
                continue
            mid = (b.rect[0] + b.rect[2]) / 2
            for k, c in enumerate(columns):
                if c.x0 - 6 <= mid < right[k] - 2 and b.rect[0] >= c.x0 - 8:
                    cells.setdefault(round(b.rect[1] / 4), []).append((k, f))
                    break
        rows = _table_rows(cells, head_y)
        if rows:
            _read_rows(rows, columns, text)


def _headers(text: PageText) -> list[list[_Column]]:
    """Each line's phrases "Number 1", "Number 2", ... (same word, consecutive integers)."""
    out: list[list[_Column]] = []
    for line in text.lines:
        phrases: list[list[Word]] = []
        for w in line.words:
            if phrases and w.x0 - phrases[-1][-1].x1 <= _GAP:
                phrases[-1].append(w)
            else:
                phrases.append([w])
        heads = []
        for ph in phrases:
            m = _HEAD.match(" ".join(w.text for w in ph))
            if m:
                heads.append((normalise(m.group("word")), int(m.group("n")), ph[0].x0))
        if len(heads) < _MIN_COLUMNS or len({h[0] for h in heads}) != 1:
            continue
        numbers = [h[1] for h in heads]
        read = classify(heads[0][0])
        says_number = heads[0][0] in _NUMBER_SIGNS or (
            read is not None and read.field in (LoaField.NUMBER, LoaField.NUMBERS))
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))) or not says_number:
            continue
        out.append([_Column(n, x0, line.y) for _, n, x0 in heads])
    return out


def _table_rows(cells: dict[int, list[tuple[int, Found]]],
                head_y: float) -> list[list[tuple[int, Found]]]:
    """The rows right under the header, top down, while each fills most of the columns."""
    rows: list[list[tuple[int, Found]]] = []
    for key in sorted(cells, reverse=True):
        row = cells[key]
        if len(row) < 2 or len({k for k, _ in row}) != len(row):
            break
        if rows and rows[-1][0][1].blank.rect[1] - row[0][1].blank.rect[3] > 6:
            break  # a gap under the table: what follows is not its row
        if not rows and head_y - row[0][1].blank.rect[3] > 30:
            break
        rows.append(sorted(row, key=lambda kf: kf[0]))
    return rows


def _row_label(row: list[tuple[int, Found]], text: PageText) -> str:
    first = min(f.blank.rect[0] for _, f in row)
    y0 = min(f.blank.rect[1] for _, f in row)
    y1 = max(f.blank.rect[3] for _, f in row)
    return " ".join(w.text for w in text.words if w.x1 <= first + 1 and y0 - 1 <= w.y0 <= y1)


def _read_rows(rows: list[list[tuple[int, Found]]], columns: list[_Column],
               text: PageText) -> None:
    labels = [_row_label(row, text) for row in rows]
    kinds = []
    for label in labels:
        read = classify(label) if label else None
        if label and AREA_WORDS.search(normalise(label)):
            kinds.append("area")
        elif (read is not None and read.field in (LoaField.NUMBER, LoaField.NUMBERS)) or (
                bool(label) and normalise(label).split()[:1] in ([s] for s in _NUMBER_SIGNS)):
            kinds.append("number")  # "N° (10 chiffres)": the number sign names the row
        else:
            kinds.append("other")
    if kinds.count("number") != 1:
        return  # no row, or two, that say they hold the numbers: the grid is not read so
    number_row = rows[kinds.index("number")]
    numbers = {k: f for k, f in number_row}
    area = "area" in kinds
    for k, f in number_row:
        f.field, f.confidence, f.source = LoaField.NUMBER, 0.85, SIDEWAYS
        f.marker, f.evidence, f.row_of = columns[k].n, labels[kinds.index("number")], None
        f.blank.part = "local" if area else f.blank.part
    for row, kind, label in zip(rows, kinds, labels, strict=True):
        if kind == "number":
            continue
        for k, f in row:
            f.evidence, f.source, f.marker = label, SIDEWAYS, None
            if kind == "area" and k in numbers:
                f.field, f.confidence, f.row_of = LoaField.AREA_CODE, 0.85, numbers[k]
            else:
                f.field, f.confidence, f.row_of = NOT_OURS, 0.85, None
