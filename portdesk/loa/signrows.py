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
