"""Two classes of a place whose party or part of a value the filler cannot tie surely.

A signature row drawn as a table ("| Signature | Print name | Position | Date" as column
headings, a row per party under them, each row's party printed in its first cell: "Customer",
"Witness", "Receiving operator"): the column headings say what each cell asks, the row's own
first cell whose it is. A row whose party reads as not ours (a witness, a provider) is left
empty whole; the first cell of any row holds the row's name, no value ("Abonnent" there is no
blank for the subscriber's name).

A person's name asked in parts ("Surname | First name", "NOM | Prénom", "Cognome | Nome"): the
case holds the name whole, and which of its words is the family name is not for the filler to
guess ("José Núñez García", "Nguyen Van An"): both parts stay empty (the specialist writes
them), never the whole name in one part's box. The part words are read in the form's
languages (`lexicon/nameparts.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.candidates import label_candidates
from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText, clean
from portdesk.loa.lexicon import form_languages
from portdesk.loa.lexicon.nameparts import GIVEN, SURNAME
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, classify, normalise, provider_role

Rect = tuple[float, float, float, float]
_CELLS = frozenset({"cell", "box", "leader", "widget"})
_SIGNED_ROW = frozenset({LoaField.SIGNATURE, LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE,
                         LoaField.DATE_SIGNED, LoaField.ACCOUNT_NAME})
_ROW = 0.6  # of the lower height: cells sharing this much of it are on one row
_TOUCH = 3.0  # points between two cells of one row drawn edge to edge


def signature_table_rows(founds: Sequence[Found]) -> None:
    """Each row of a signature table: its first cell names the party; a party not ours leaves
    the row empty, and the naming cell is never a blank of its own."""
    for sign in [f for f in founds if f.field == LoaField.SIGNATURE and f.blank.kind in _CELLS
                 and f.source == "label (above)"]:
        row = _row_of(sign, founds)
        head = row[0] if row and row[0] is not sign and row[0].source == "label (caption)" \
            else None
        if head is None:
            continue
        party = head.evidence
        read = classify(clean(party)) if party else None
        theirs = (read is not None and read.field == NOT_OURS) or provider_role(party) is not None
        head.field = None
        head.note("the name of its signature row, no blank")
        if theirs:
            for f in row:
                if f.field in _SIGNED_ROW or f.field == NOT_OURS:
                    f.field = NOT_OURS
                    f.note(f"in the signature row of '{party}', not ours")


_HEAD_REACH = 24.0  # points over a table's first row its header row sits
_COLUMN = 2.0  # points: cells of one column start and end this close
_PARTY = frozenset({LoaField.ACCOUNT_NAME, LoaField.AUTHORIZED_NAME})


def party_cells_by_column(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    """A signature table whose rows name their party in a printed first cell ("Customer",
    "Witness") and whose header row names each column ("Signature | Print name | ..."): the
    cell right of the party's name asks what its column's head says (the signature under
    "Signature"), not the party's name the words on its left read as; the party says whose."""
    for f in founds:
        if f.blank.kind != "cell" or f.source != "label (left)" or f.field not in _PARTY:
            continue
        party = classify(clean(f.evidence)) if f.evidence else None
        if party is None or party.strength >= 1.0:
            continue  # a label of its own ("Name in Druckbuchstaben:"), no bare party word
        column = [o for o in founds if o.blank.page == f.blank.page and o.blank.kind in _CELLS
                  and abs(o.blank.rect[0] - f.blank.rect[0]) <= _COLUMN
                  and abs(o.blank.rect[2] - f.blank.rect[2]) <= _COLUMN]
        top = max(column, key=lambda o: o.blank.rect[3]).blank
        if top is not f.blank:
            continue  # a lower row's cell: its party row is read the same way from its own
        lines = texts[f.blank.page].above(top.rect, max_lines=1, reach=_HEAD_REACH, slack=2)
        head = " ".join(w.text for ln in lines for w in ln.words
                        if w.x0 >= top.rect[0] - 2 and w.x1 <= top.rect[2] + 2)
        read = classify(clean(head)) if head else None
        if read is None or read.field not in _SIGNED_ROW - _PARTY:
            continue
        f.field, f.source, f.confidence = read.field, "label (above)", 0.9
        f.note(f"under the column head '{head}' on the row of '{f.evidence}'")
        f.evidence = head
def signature_rows_named_in_print(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    """A signature table whose rows name their party in a printed cell, no blank ("Customer",
    "For the operator"), under a header row naming its columns ("Signature | Name | Date"): each
    cell asks what its column's head says and its row's party says whose; a row of another
    party (a provider, a witness) is left empty whole, and the empty corner cell over the
    parties' names is no blank (it had read the paragraph over the table as its label)."""
    seen: set[int] = set()
    for f in [f for f in founds if f.blank.kind in _CELLS]:
        if id(f) in seen:
            continue
        row = _row_of(f, founds)
        seen.update(id(c) for c in row)
        text = texts.get(f.blank.page)
        if len(row) < 2 or text is None:
            continue
        party = _party_cell(row[0].blank.rect, text)
        heads = [_column_head(c.blank.rect, text) for c in row]
        reads = [classify(clean(h)) if h else None for h in heads]
        if party is None or not any(r is not None and r.field == LoaField.SIGNATURE
                                    for r in reads):
            continue
        name = _print_of(party, text)
        read = classify(clean(name))
        theirs = (read is not None and read.field == NOT_OURS) or provider_role(name) is not None
        for cell, head, r in zip(row, heads, reads, strict=True):
            if theirs:
                cell.field = NOT_OURS
                cell.note(f"in the signature row of '{name}', not ours")
            elif r is not None and r.field in _SIGNED_ROW:
                cell.field, cell.source, cell.evidence = r.field, "label (above)", head
                cell.confidence = max(cell.confidence, 0.9)
                cell.note(f"the column '{head}' of the signature row of '{name}'")
        corner = _column_top(party, text)
        for c in founds:
            if c.blank.page == f.blank.page and c.blank.kind in _CELLS and corner != party \
                    and _same_cell(c.blank.rect, corner):
                c.field = None
                c.note("the corner of a signature table over its parties' names, no blank")


def _party_cell(first: Rect, text: PageText) -> Rect | None:
    """The drawn cell touching the row's first blank on its left, holding print only."""
    for cell in text.cells:
        if abs(cell[2] - first[0]) <= _TOUCH and _beside(cell, first) and \
                abs(cell[1] - first[1]) <= _TOUCH and abs(cell[3] - first[3]) <= _TOUCH:
            words = [w for w in text.inside(cell) if not w.is_blank]
            return cell if words else None
    return None


def _above_cell(cell: Rect, text: PageText) -> Rect | None:
    return next((c for c in text.cells if abs(c[1] - cell[3]) <= _TOUCH
                 and abs(c[0] - cell[0]) <= _TOUCH and abs(c[2] - cell[2]) <= _TOUCH), None)


def _column_head(cell: Rect, text: PageText) -> str:
    """The print of the first cell holding any, up the cell's column."""
    up = _above_cell(cell, text)
    while up is not None:
        if words := _print_of(up, text):
            return words
        up = _above_cell(up, text)
    return ""


def _print_of(cell: Rect, text: PageText) -> str:
    """The words printed in a cell, lines top to bottom."""
    words = sorted((w for w in text.inside(cell) if not w.is_blank),
                   key=lambda w: (-round((w.y0 + w.y1) / 4), w.x0))
    return " ".join(w.text for w in words)


def _column_top(cell: Rect, text: PageText) -> Rect:
    top = cell
    while (up := _above_cell(top, text)) is not None:
        top = up
    return top


def _same_cell(a: Rect, b: Rect) -> bool:
    return all(abs(p - q) <= _TOUCH for p, q in zip(a, b, strict=True))


def _row_of(sign: Found, founds: Sequence[Found]) -> list[Found]:
    """The cells drawn edge to edge with the signature's on its row, left to right."""
    same = sorted((f for f in founds if f.blank.page == sign.blank.page
                   and f.blank.kind in _CELLS and _beside(f.blank.rect, sign.blank.rect)),
                  key=lambda f: f.blank.rect[0])
    if sign not in same:
        return []
    at = same.index(sign)
    lo = hi = at
    while lo > 0 and 0 <= same[lo].blank.rect[0] - same[lo - 1].blank.rect[2] <= _TOUCH:
        lo -= 1
    while hi + 1 < len(same) and 0 <= same[hi + 1].blank.rect[0] - same[hi].blank.rect[2] <= _TOUCH:
        hi += 1
    return same[lo:hi + 1]


def _beside(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    low = min(a[3] - a[1], b[3] - b[1])
    return min(a[3], b[3]) - max(a[1], b[1]) > _ROW * low


# -- a name in parts -----------------------------------------------------------------------------
_NAMES = frozenset({LoaField.AUTHORIZED_NAME, LoaField.ACCOUNT_NAME})
_PART_GAP = 40.0  # points between the two parts' blanks on their row


def name_in_parts(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    """A name's blank whose label names one part of it, beside a blank whose label names the
    other part: both stay empty."""
    surname, given = _words(SURNAME), _words(GIVEN)
    if surname is None or given is None:
        return
    for f in [f for f in founds if f.field in _NAMES and f.blank.kind in _CELLS]:
        mine = _part_of(f, founds, texts, surname, given)
        if mine is None:
            continue
        for o in founds:
            if o is f or o.blank.page != f.blank.page or not _beside(o.blank.rect, f.blank.rect) \
                    or not _near(o.blank.rect, f.blank.rect):
                continue
            other = _part_of(o, founds, texts, surname, given)
            if other is not None and other != mine:
                for g in (f, o):
                    if g.field in _NAMES or g.field is None:
                        g.field = None
                        g.note("one part of a name asked in parts: the specialist writes it")
                break


def one_name_under_one_label(founds: Sequence[Found]) -> None:
    """One label printed over two boxes side by side ("Authorized person (signs the request)"
    running over both, a language to each): each box reads its half of the label as the
    person's name, and the name written in both reads twice across the pair. The name goes
    once, in the first box; the second stays empty. (The same label over each box is a form
    printed twice side by side, each copy filled whole.)"""
    names = [f for f in founds if f.field in _NAMES and f.blank.kind in _CELLS
             and f.source == "label (above)"]
    for f in sorted(names, key=lambda g: g.blank.rect[0]):
        for o in names:
            if o is f or o.field != f.field or o.blank.page != f.blank.page \
                    or normalise(o.evidence) == normalise(f.evidence) \
                    or not _beside(o.blank.rect, f.blank.rect) \
                    or not 0 <= o.blank.rect[0] - f.blank.rect[2] <= _PART_GAP:
                continue
            o.field = None
            o.note("the second box under one label over two: the name goes once, in the first")


def _words(table: dict[str, tuple[str, ...]]) -> re.Pattern[str] | None:
    said = [w for code in form_languages() for w in table.get(code, ())]
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in said) + r")\b") if said else None


def _part(label: str, surname: re.Pattern[str], given: re.Pattern[str]) -> str | None:
    norm = normalise(label)
    # "Prénom" normalises to "prenom", which holds no "nom" word: each is read whole
    has_given, has_surname = bool(given.search(norm)), bool(surname.search(norm))
    if has_given and not has_surname:
        return "given"
    if has_surname and not has_given:
        return "surname"
    return None


def _near(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return 0 <= b[0] - a[2] <= _PART_GAP or 0 <= a[0] - b[2] <= _PART_GAP


def _part_of(f: Found, founds: Sequence[Found], texts: dict[int, PageText],
             surname: re.Pattern[str], given: re.Pattern[str]) -> str | None:
    """The part of a name the blank's own label names (its label, or the words right beside or
    over it: "Signatory" over "Surname" reads as the signatory, the box is the surname)."""
    neighbours = [g.blank for g in founds if g.blank.page == f.blank.page]
    said, _marker = label_candidates(f.blank, texts[f.blank.page], neighbours)
    for text in [f.evidence, *(clean(t) for t, where in said
                               if where in ("left", "above", "caption"))]:
        part = _part(text, surname, given) if text else None
        if part is not None:
            return part
    return None
