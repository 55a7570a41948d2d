"""Labels printed after their blanks: "[________] Nombre y apellidos   [______] NIF / CIF".

Most forms print a label before its blank, and the phrase left of a blank is read as its label.
Some print every label of a row after its blank, in one language or as the second language
under it. The row itself says which: when it starts with a blank at its left end, ends with
words after its last blank, and has words after every blank, each phrase follows the blank it
names (read the other way, every blank would take the label of the blank before it: a row
of values each one box off). Tick boxes keep their own habit (words right of the box).
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.blanks import Blank
from portdesk.loa.formscan import Word
from portdesk.loa.labels import PageText

_TEXT_KINDS = frozenset({"widget", "leader", "box", "cell"})
_STARTS = 2.0  # points: a word this far left of the row's first blank starts the row
_ROW_SHARE = 0.5  # of the lower height: a blank this much beside another is on its row


def label_after(blank: Blank, text: PageText, neighbours: Sequence[Blank]) -> str | None:
    """The phrase after the blank when its row prints every label after its blank, else None
    (the row reads the usual way, or says nothing)."""
    if blank.kind not in _TEXT_KINDS:
        return None
    row = sorted((o for o in neighbours if o.page == blank.page and _beside(o, blank)),
                 key=lambda o: o.rect[0])
    if blank not in row:
        row = sorted([*row, blank], key=lambda o: o.rect[0])
    if len(row) < 2 or any(o.kind not in _TEXT_KINDS for o in row):
        return None
    words = sorted((w for w in text.line_of(blank.rect) if not w.is_blank and not w.is_box
                    and not any(_inside(w, o) for o in row)), key=lambda w: w.x0)
    if not words or any(w.x1 <= row[0].rect[0] + _STARTS for w in words):
        return None  # the row starts with words: labels before their blanks
    phrases = [_between(words, o.rect[2], row[n + 1].rect[0] if n + 1 < len(row) else 1e9)
               for n, o in enumerate(row)]
    if not all(_names_something(p) for p in phrases):
        return None  # a blank with no words after it (or only "/" between date parts)
    return " ".join(w.text for w in phrases[row.index(blank)])


def _beside(o: Blank, blank: Blank) -> bool:
    low = min(o.rect[3] - o.rect[1], blank.rect[3] - blank.rect[1])
    return min(o.rect[3], blank.rect[3]) - max(o.rect[1], blank.rect[1]) > _ROW_SHARE * low


def _inside(w: Word, o: Blank) -> bool:
    return o.rect[0] - 1 <= w.x0 and w.x1 <= o.rect[2] + 1 and o.rect[1] - 1 <= w.y0 \
        and w.y1 <= o.rect[3] + 1


def _between(words: Sequence[Word], x0: float, x1: float) -> list[Word]:
    return [w for w in words if w.x0 >= x0 - 1 and w.x1 <= x1 + 1]


_LABEL_WORDS = 7  # a label after its blank is short; a sentence's words run longer


def _names_something(phrase: Sequence[Word]) -> bool:
    """A label: a few words that begin as a label does ("Nº de cliente", "Fecha deseada"),
    not a sentence running on after a blank (", titular do contrato n.º ...")."""
    first = phrase[0].text.lstrip("(«\"'") if phrase else ""
    return bool(first) and (first[0].isupper() or first[0].isdigit()) and \
        len(phrase) <= _LABEL_WORDS and any(sum(c.isalpha() for c in w.text) >= 2
                                            for w in phrase)
