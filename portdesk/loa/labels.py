"""Finding the printed label that belongs to a widget or a blank: to its left, else just above.

Forms lay labels out two ways ("City: ____" on one line, or "Province/Territory:" with the blank on
the next line), and labels wrap ("Billing Telephone Number or sub account number / (if applicable):"),
so a label is a phrase, collected word by word until a gap or another field's blank.
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.formscan import Word

_LEFT_REACH = 260.0  # points to the left of a blank a label may start
_PHRASE_GAP = 14.0  # a wider gap between words ends the phrase
_ABOVE_REACH = 30.0  # points above a blank the label line may sit
_WRAP_GAP = 6.0  # white space between two lines of one wrapped label
_FIRST_GAP = 170.0  # tab-aligned forms leave wide room between a label and its blank


def _same_line(word: Word, y0: float, y1: float) -> bool:
    mid = (word.y0 + word.y1) / 2
    return y0 - 3 <= mid <= y1 + 3


def label_left(words: Sequence[Word], page: int, rect: tuple[float, float, float, float]) -> str:
    x0, y0, _x1, y1 = rect
    line = [w for w in words if w.page == page and not w.is_blank and _same_line(w, y0, y1)
            and w.x1 <= x0 + 6 and w.x1 >= x0 - _LEFT_REACH]
    line.sort(key=lambda w: w.x1, reverse=True)
    phrase: list[Word] = []
    edge = x0
    for word in line:
        if edge - word.x1 > (_PHRASE_GAP if phrase else _FIRST_GAP):
            break
        phrase.append(word)
        edge = word.x0
    return " ".join(w.text for w in reversed(phrase))


def label_above(words: Sequence[Word], page: int, rect: tuple[float, float, float, float],
                max_lines: int = 2) -> str:
    """The line (or two) right above the blank, within its horizontal span."""
    x0, _y0, x1, y1 = rect
    candidates = [w for w in words if w.page == page and w.y0 >= y1 - 4
                  and w.y0 <= y1 + _ABOVE_REACH * max_lines and w.x1 > x0 - 4
                  and w.x0 < x1 and w.x0 >= x0 - 40]
    lines: list[list[Word]] = []
    for word in sorted(candidates, key=lambda w: w.y0):
        if lines and abs(lines[-1][0].y0 - word.y0) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    picked: list[list[Word]] = []
    floor = y1
    for line in lines[:max_lines]:
        reach = _ABOVE_REACH if not picked else _WRAP_GAP  # a wrapped label's lines sit close
        if line[0].y0 - floor > reach or any(w.is_blank for w in line):
            break
        picked.append(sorted(line, key=lambda w: w.x0))
        floor = max(w.y1 for w in line)
    return " ".join(" ".join(w.text for w in line) for line in reversed(picked))


def printed_label(words: Sequence[Word], page: int,
                  rect: tuple[float, float, float, float]) -> tuple[str, str]:
    """(label, where): a label on the same line wins over one above, as a reader would take it."""
    left = label_left(words, page, rect)
    if left.strip(" :•·-–"):
        return left, "left"
    above = label_above(words, page, rect)
    if above.strip(" :•·-–"):
        return above, "above"
    return "", ""


def label_right(words: Sequence[Word], page: int, rect: tuple[float, float, float, float]) -> str:
    """Checkboxes carry their label after the box: "☐ I am transferring all my numbers"."""
    _x0, y0, x1, y1 = rect
    line = sorted((w for w in words if w.page == page and not w.is_blank
                   and _same_line(w, y0, y1) and w.x0 >= x1 - 2 and w.x0 <= x1 + 400),
                  key=lambda w: w.x0)
    phrase: list[Word] = []
    edge = x1
    for word in line:
        if word.text in {"☐", "□", "❑"} and not phrase:
            edge = word.x1
            continue
        if word.x0 - edge > (_PHRASE_GAP if phrase else 30.0):
            break
        phrase.append(word)
        edge = word.x1
    return " ".join(w.text for w in phrase)
