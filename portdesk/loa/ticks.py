"""Tick boxes: which box says "all my numbers", "business", or answers "Is this a partial port?".

A box's label is printed after it (or, failing that, before it); a Yes/No pair answers the
question printed before the pair, and only questions we can answer from the case are answered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field

from portdesk.loa.blanks import Blank
from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Word
from portdesk.loa.labels import PageText, phrase
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify, normalise


@dataclass
class Found:
    """A decision about one blank before conflicts are settled."""

    blank: Blank
    field: LoaField | str | None
    confidence: float
    source: str
    evidence: str
    marker: int | None = None  # a printed slot number beside it ("1.", "26")
    row_of: Found | None = None  # a numbers table's cell: the number cell of its row
    choice: str = ""  # a "Keep / Port" column: the header's word for port
    # what else decided it, said to the specialist ("under 'From: (current provider)'"): kept
    # apart from `evidence` (the printed words read as its label), which rules compare with the
    # page's lines and must never find a heading glued to
    notes: list[str] = dc_field(default_factory=list)
    heading_role: str | None = None  # "losing" / "gaining": the heading that decided whose it is
    against: str = ""  # a signal that reads another value ("the widget's name 'Fax' reads ...")
    heading: str = ""  # the printed line above that changed what its own label said

    def note(self, said: str) -> None:
        if said not in self.notes:
            self.notes.append(said)

    def said(self) -> str:
        """The evidence as the specialist reads it: the label, then what else decided it."""
        return " ".join([self.evidence, *(f"({n})" for n in self.notes)]).strip()


def is_mark_box(blank: Blank, text: PageText) -> bool:
    """A small square text box followed by Yes/No or a tick-box label is a box to mark X."""
    if blank.kind not in ("widget", "cell") or blank.width > 32 or blank.height > 32 \
            or abs(blank.width - blank.height) > 10:
        return False
    label = phrase(text.right(blank.rect))
    return bool(label) and (_yes_no(label) is not None or check_field(label) is not None)


def _yes_no(label: str) -> bool | None:
    norm = normalise(label).split()
    if norm and norm[0] == "si" and not _si_is_yes(label):
        return None  # "Si vous ...", "Si el titular ...": "if", a condition, not an answer
    if norm and norm[0] in ("yes", "oui", "ja", "si", "sim", "tak", "kylla", "ano", "bydd", "oes",
                            "ydw", "ydy", "jah", "iva"):
        return True  # Welsh answers in the question's verb ("Bydd", "Oes"); Estonian, Maltese
    if len(norm) > 1 and norm[0] in ("na", "nac", "nag") and norm[1] in _WELSH_VERBS:
        return False  # Welsh "Na fydd", "Nac oes"
    if norm and norm[0] in ("no", "non", "nein", "nee", "nao", "nej", "nei", "nie", "ei"):
        return False
    if norm and norm[0] == "ne" and (len(norm) == 1 or label.split()[1:2] in (["-"], ["–"])):
        return False  # Czech "Ne" alone or before a dash; French "Ne pas ..." is no answer
    return None


_WELSH_VERBS = frozenset({"fydd", "oes", "ydw", "ydy", "ydyn", "fyddaf", "fyddwn", "no"})


def _si_is_yes(label: str) -> bool:
    """"Sí", "Si" alone, "Si," / "Si -" / "Si (...)": the answer yes (Spanish, Italian); "Si"
    before a word is "if" (French, Spanish), a condition that answers nothing."""
    first, *rest = label.split()
    return first.lower().startswith("sí") or not rest or first.endswith((",", ".", ":")) or \
        rest[0][:1] in ("-", "–", "(", "/")


def decide_check(blank: Blank, text: PageText, neighbours: Sequence[Blank] = ()) -> Found:
    label, where = phrase(text.right(blank.rect)), "right"
    row = _own_question([b.rect for b in neighbours if b.kind in ("check", "box")
                         and b is not blank
                         and min(b.rect[3], blank.rect[3]) - max(b.rect[1], blank.rect[1]) > 2],
                        blank.rect, text)
    if row and _labels_before([blank.rect, *row], text):  # "Residential [ ]  Business [ ]"
        label, where = _after_colon(phrase(text.left(blank.rect, stop_at=row))), "left"
    if not label:
        label, where = phrase(text.left(blank.rect)), "left"
        if _yes_no(label) is not None:
            return Found(blank, None, 0.0, "label (left)", "")  # the box before's answer
    answer = _yes_no(label) if label else None
    if answer is not None:
        return _answer(blank, text, answer, label)
    found = check_field(label) if label else None
    if found is not None:
        return Found(blank, found, 0.9 if where == "right" else 0.75, f"label ({where})", label)
    if blank.widget is not None:
        for hint, conf, source in ((blank.widget.tooltip, 0.7, "tooltip"),
                                   (blank.widget.field_name, 0.6, "name")):
            found = check_field(hint) if hint else None
            if found is not None:
                return Found(blank, found, conf - (0.1 if label else 0.0), source, hint)
    return Found(blank, None, 0.0, f"label ({where})", label)


def _own_question(row: list[tuple[float, float, float, float]],
                  box: tuple[float, float, float, float],
                  text: PageText) -> list[tuple[float, float, float, float]]:
    """The boxes of the row that answer the box's own question: a question printed between
    two boxes ("Typ:", "Account type?") starts another group ("Port all? Yes [ ] No [ ]   Type:
    [ ] Home [ ] Business" in two columns on one row: the business box had made the yes/no
    pair read its labels after the boxes)."""
    line = [w for w in text.line_of(box) if not w.is_blank]

    def parted(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
        lo, hi = min(a[2], b[2]), max(a[0], b[0])
        return any(lo <= w.x0 and w.x1 <= hi and w.text.rstrip().endswith((":", "?"))
                   for w in line)

    return [r for r in row if not parted(r, box)]


def _labels_before(row: list[tuple[float, float, float, float]], text: PageText) -> bool:
    """A row of boxes whose last box has nothing after it and a label before it prints each
    box's label before the box: the word after a box is the next box's label."""
    last = max(row, key=lambda r: r[0])
    return not phrase(text.right(last)) and bool(phrase(text.left(last)))


def _after_colon(label: str) -> str:
    """"Account type: Residential" before the first box: the question, then its answer."""
    return label.rsplit(":", 1)[-1].strip() or label


def _answered(words: list[Word], text: PageText) -> bool:
    """A printed line that has its own Yes / No (or tick boxes) after it."""
    if not words:
        return False
    row = text.line_of((words[0].x0, min(w.y0 for w in words), words[-1].x1,
                        max(w.y1 for w in words)))
    return any(w.is_box or _yes_no(w.text) is not None for w in row)


def _without_asides(line: list[Word]) -> list[Word]:
    """The line without the asides its answers carry ("No (sólo los indicados)"): an aside in
    brackets right after a Yes or a No is that answer's, not the question it answers."""
    out: list[Word] = []
    aside = False
    told = False  # "Yes, all of them": the words run on from an answer after its comma
    prev: Word | None = None
    for w in sorted(line, key=lambda w: w.x0):
        if told and (w.is_box or prev is None or w.x0 - prev.x1 > _TOLD_GAP):
            told = False
        if not aside and not told and prev is not None and _yes_no(prev.text) is not None:
            aside = w.text.startswith("(")
            told = not aside and prev.text.rstrip().endswith(",") and \
                w.x0 - prev.x1 <= _TOLD_GAP
        if not aside and not told:
            out.append(w)
        elif aside and w.text.endswith(")"):
            aside = False
        prev = w
    return out


_TOLD_GAP = 8.0  # points between the words of one answer ("Yes, all of them")


_KINDS = {LoaField.BUSINESS: LoaField.RESIDENTIAL, LoaField.RESIDENTIAL: LoaField.BUSINESS}
_ACCOUNT = r"(account|customer|line|lines|service|subscription|connection)"
_KIND_ASKED = ((LoaField.BUSINESS, re.compile(
    rf"\b(business|company|commercial|corporate|enterprise) {_ACCOUNT}\b")),
    (LoaField.RESIDENTIAL, re.compile(
        rf"\b(residential|home|personal|private|consumer|household) {_ACCOUNT}\b")))


def _kind_asked(norm: str) -> LoaField | None:
    """"Is this a business account?": the kind of account a question asks about."""
    kinds = [kind for kind, said in _KIND_ASKED if said.search(norm)]
    return kinds[0] if len(kinds) == 1 else None


def _answer(blank: Blank, text: PageText, yes: bool, label: str) -> Found:
    """Yes/No boxes answer the question printed before them."""
    left = [w for w in _without_asides(text.line_of(blank.rect)) if w.x1 <= blank.rect[0] + 1
            and not w.is_box and not w.is_blank and _yes_no(w.text) is None
            and any(c.isalnum() for c in w.text)]  # "Bydd / Yes": the slash answers nothing
    left.sort(key=lambda w: w.x0)
    # the question is the run of words since the last box or answer before this one
    question_words: list[Word] = []
    for w in reversed(left):
        if question_words and question_words[-1].x0 - w.x1 > 20:
            break
        question_words.append(w)
    question = " ".join(w.text for w in reversed(question_words))
    if question_words and not question.rstrip().endswith(("?", ":")):
        span = (min(w.x0 for w in question_words), blank.rect[1], blank.rect[0], blank.rect[3])
        under = text.below(span, reach=16)
        if not _answered(under, text):  # a line with boxes of its own is the next question
            question += " " + " ".join(w.text for w in under)
    norm = normalise(question)
    read = classify(question)
    if check_field(question) == LoaField.PARTIAL_PORT:
        found = LoaField.PARTIAL_PORT if yes else LoaField.FULL_PORT
    elif check_field(question) == LoaField.FULL_PORT:
        found = LoaField.FULL_PORT if yes else LoaField.PARTIAL_PORT
    elif read is not None and read.field == LoaField.BTN:
        found = LoaField.BTN_PORTED if yes else LoaField.BTN_STAYS
    elif (asked := _kind_asked(norm)) is not None and question.rstrip().endswith("?"):
        # "Is this a business account? Yes / No": the answer ticks the account's kind
        found = asked if yes else _KINDS[asked]
    else:
        return Found(blank, None, 0.0, "yes/no", f"{question} {label}".strip())
    return Found(blank, found, 0.8, "yes/no", f"{norm}: {label}")




_LIST_GAP = 30.0  # points from a tick's row down to the first row of the list its label opens
_LIST_STEP = 24.0  # rows of one list under it are this close
_LIST_TEXTY = frozenset({"widget", "leader", "cell"})


def lists_under_partial_ticks(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    """'[ ] No - these numbers stay with us:' over rows of bare lines: a partial port's tick
    whose label ends in a colon opens the list under it, the numbers that stay. Only blanks
    with no label of their own (or read only by the question the tick answers, printed on the
    tick's row over them), in the rows right under the tick, are taken."""
    for tick in founds:
        b = tick.blank
        if tick.field != LoaField.PARTIAL_PORT or \
                not " ".join(w.text for w in texts[b.page].right(b.rect)).rstrip().endswith(":"):
            continue
        question = normalise(tick.evidence.split(":", 1)[0]) if ":" in tick.evidence else ""
        bare = [f for f in founds if f.blank.page == b.page and f.blank.kind in _LIST_TEXTY
                and ((f.field is None and not f.evidence) or _read_by_question(f, question))]
        top = b.rect[1]
        rows = 0
        while True:
            row = [f for f in bare if 0 <= top - f.blank.rect[3] <= (
                _LIST_GAP if not rows else _LIST_STEP - (f.blank.rect[3] - f.blank.rect[1]))]
            if not row:
                break
            for f in row:
                f.field, f.confidence = LoaField.REMAINING_NUMBER, 0.8
                f.source, f.evidence = "slot under a tick's list label", tick.evidence
            top, rows = min(f.blank.rect[1] for f in row), rows + 1


def _read_by_question(f: Found, question: str) -> bool:
    """"Are ALL the numbers on this account being ported? [ ] Yes [ ] No - list them:" over a
    line: the question, answered by its ticks, read as the line's label above."""
    return bool(question) and f.source == "label (above)" and normalise(f.evidence) == question
