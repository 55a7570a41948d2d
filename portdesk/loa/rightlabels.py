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
    if (alone := _alone_label_after(blank, text, row)) is not None:
        return alone
    if len(row) < 2 or any(o.kind not in _TEXT_KINDS for o in row):
        return None
    if _captioned_under(row[0], text):
        return None  # the row's first blank has its own caption under it ("Signature")
    words = sorted((w for w in text.line_of(blank.rect) if not w.is_blank and not w.is_box
                    and not any(_inside(w, o) for o in row)), key=lambda w: w.x0)
    if not words or any(w.x1 <= row[0].rect[0] + _STARTS for w in words):
        return None  # the row starts with words: labels before their blanks
    phrases = [_between(words, o.rect[2], row[n + 1].rect[0] if n + 1 < len(row) else 1e9)
               for n, o in enumerate(row)]
    if not all(_names_something(p) for p in phrases):
        return None  # a blank with no words after it (or only "/" between date parts)
    return " ".join(w.text for w in phrases[row.index(blank)])


_CAPTION_GAP = 6.0  # points: words this close under a blank are its caption
_ALONE_GAP = 8.0  # points: a label this near after a line that starts its row names it


def _alone_label_after(blank: Blank, text: PageText, row: Sequence[Blank]) -> str | None:
    """"__________ account number": a drawn line ending its row with nothing printed before it
    (it starts the row, or follows another blank), a short phrase right after it that reads as
    one of our labels (lower case, as such forms print it) and no caption of its own under it:
    the phrase names the line."""
    from portdesk.loa.vocabulary import classify

    if blank.kind != "leader" or _captioned_under(blank, text):
        return None
    if any(o.rect[0] >= blank.rect[2] - 1 for o in row if o is not blank):
        return None  # the row's last blank only: a phrase between two blanks may be either's
    start = max((o.rect[2] for o in row if o.rect[2] <= blank.rect[0] + 1), default=-1e9)
    words = sorted((w for w in text.line_of(blank.rect) if not w.is_blank and not w.is_box),
                   key=lambda w: w.x0)
    if any(start - 1 <= w.x0 and w.x1 <= blank.rect[0] + _STARTS for w in words):
        return None  # words right before the line: its label before it
    words = [w for w in words if w.x0 >= blank.rect[2] - 1]
    if not words or words[0].x0 - blank.rect[2] > _ALONE_GAP:
        return None
    phrase = " ".join(w.text for w in words).split(" / ")[0]
    if len(phrase.split()) > _AFTER_WORDS or phrase.rstrip().endswith(".") or \
            text.before(blank.rect) or classify(phrase) is None:
        return None  # a sentence running on ("... pour le compte de" then "____ et demande le
        # transfert des numéros listés."): the blank is the sentence's, the words after it too
    return phrase


_AFTER_WORDS = 4  # a label printed after its line is a few words ("account number")


def _captioned_under(blank: Blank, text: PageText) -> bool:
    """Words printed tight under the blank ("________" over "Signature / Signature")."""
    r = blank.rect
    return any(not w.is_blank and w.x1 > r[0] and w.x0 < r[2] and 0 <= r[1] - w.y1 <= _CAPTION_GAP
               for w in text.words)


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


# -- a row whose captions may belong to the box before or after them -----------------------------
# A page that prints some rows' labels after their blanks may print the next row's labels before
# them: "[____] City  Country [____]" (the city's caption after its box, the country's label before
# the drop-down). The words between two blanks are then each blank's in the order they run: the
# phrase right after a blank that starts its row (no words before it, none over or under it)
# is that blank's caption, the phrase right before the next blank that one's label. Two phrases
# are two labels when a gap wider than their own type height parts them (the page's type
# size, not a fixed distance); one phrase alone is the first blank's (the page's habit for a
# row that starts with a blank) and labels nothing after it: a caption that may belong to
# either box never puts a value in the second.
_OWN_ROOM = 1.5  # of a blank's height: words this near over or under it would be its label
_PHRASE_CUT = 1.0  # of the words' type height: a wider gap between two words parts two labels
_HABIT: dict[int, tuple[PageText, bool]] = {}


def shared_row(blank: Blank, text: PageText,
               neighbours: Sequence[Blank]) -> tuple[str, str, float] | None:
    """(phrase, "right", x) for a blank starting such a row, (phrase, "left", x) for the blank
    after it ("" when its only phrase is the first blank's), x where the phrase starts; None
    when the row reads otherwise."""
    if blank.kind not in _TEXT_KINDS:
        return None
    row = sorted((o for o in neighbours if o.page == blank.page and o is not blank
                  and _beside(o, blank)), key=lambda o: o.rect[0])
    before = [o for o in row if o.rect[2] <= blank.rect[0] + 1]
    after = [o for o in row if o.rect[0] >= blank.rect[2] - 1]
    first, second = (before[-1], blank) if before else (blank, after[0] if after else None)
    if second is None or first.kind not in _TEXT_KINDS or not _starts_alone(first, text):
        return None
    words = sorted((w for w in text.line_of(first.rect) if not w.is_blank and not w.is_box
                    and w.x0 >= first.rect[2] - 1 and w.x1 <= second.rect[0] + 1),
                   key=lambda w: w.x0)
    if not words or not _page_prints_after(text, neighbours, blank.page):
        return None
    cut = _phrase_cut(words)
    head, tail = (words[:cut], words[cut:]) if cut else (words, [])
    if blank is first:
        return " ".join(w.text for w in head), "right", head[0].x0
    return " ".join(w.text for w in tail), "left", tail[0].x0 if tail else second.rect[0]


def _starts_alone(first: Blank, text: PageText) -> bool:
    """No words left of the blank on its line, and none right over or under it."""
    if any(w.x1 <= first.rect[0] + _STARTS and not w.is_blank for w in text.line_of(first.rect)):
        return False
    room = _OWN_ROOM * (first.rect[3] - first.rect[1])
    return not any(not w.is_blank and w.x1 > first.rect[0] and w.x0 < first.rect[2]
                   and (0 <= w.y0 - first.rect[3] <= room or 0 <= first.rect[1] - w.y1 <= room)
                   for w in text.words)


def _phrase_cut(words: Sequence[Word]) -> int:
    """Where the widest gap between two words parts two phrases (wider than the words' own
    type height), else 0."""
    if len(words) < 2:
        return 0
    height = sorted(w.y1 - w.y0 for w in words)[len(words) // 2]
    gaps = [(words[n + 1].x0 - words[n].x1, n + 1) for n in range(len(words) - 1)]
    gap, at = max(gaps)
    return at if gap > _PHRASE_CUT * height else 0


def _page_prints_after(text: PageText, neighbours: Sequence[Blank], page: int) -> bool:
    """Some row of the page prints every label after its blank (`label_after`)."""
    held = _HABIT.get(id(text))
    if held is not None and held[0] is text:
        return held[1]
    found = any(label_after(o, text, neighbours) is not None for o in neighbours
                if o.page == page and o.kind in _TEXT_KINDS)
    if len(_HABIT) > 64:
        _HABIT.clear()
    _HABIT[id(text)] = (text, found)
    return found
