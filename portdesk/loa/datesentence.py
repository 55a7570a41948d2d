"""A requested date inside a sentence: "Please move the numbers on or after ____ (YYYY-MM-DD)".

The words running into the blank speak of the numbers (the sentence's subject), so the blank
reads as one more place for numbers; what the blank holds is said by the date's format printed
right after it, and the preposition before it says it is the day the move may happen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import normalise

# "(YYYY-MM-DD)", "(JJ/MM/AAAA)": nothing but a date's format in brackets
_FORMAT_ASIDE = re.compile(r"^\(\s*((yyyy|aaaa|jjjj|tttt|dd|mm|jj|tt|yy|aa)[\s/.\-]*){3}\)")
# "... on or after ____", "... from ____", "... no earlier than ____": when the move may happen
# (or the article before a day: "pour le", "le", "el", "am", "op", "em", "il")
_WHEN = re.compile(r"\b(on or after|on or about|not before|no earlier than|from|on|after|"
                   r"starting|effective|ab dem|a partir du|a partir de|a compter du|vanaf|dal|"
                   r"pour le|des le|le|au|el|para el|desde el|am|zum|per|op|em|para o|no|il)$")
# the sentence asks for a move of numbers, not for a signature or a cancellation
_MOVE = re.compile(r"\b(transfer\w*|port\w*|move\w*|migrat\w*|switch\w*|portier\w*|portabil\w*|"
                   r"transf\w*|overzet\w*|porta\w*)\b")
_REACH = 150.0  # points right of the blank its format may be printed
_LINE_ABOVE = 30.0  # points over the blank the sentence's line before may sit
_TO_DATE = frozenset({LoaField.NUMBER, LoaField.NUMBERS, None})


def requested_date_in_sentence(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    """A blank in a sentence moving the numbers, after "on or after", with a date's format
    right after it: the requested date (it was read as one more place for numbers)."""
    for f in founds:
        if f.field is None and _format_captioned(f, texts[f.blank.page]):
            f.field, f.confidence = LoaField.REQUESTED_DATE, 0.8
            f.note(f"a date's format under it, in a sentence moving the numbers: {f.evidence}")
            continue
        if f.field not in _TO_DATE or f.blank.kind not in ("leader", "gap", "widget") or \
                f.source not in ("label (left)", "label (before)"):
            continue
        said = normalise(f.evidence)
        if not _WHEN.search(said) or not _MOVE.search(said):
            continue
        text = texts[f.blank.page]
        after = " ".join(w.text for w in text.right(f.blank.rect, reach=_REACH))
        if not _FORMAT_ASIDE.match(after.strip().lower()):
            continue
        f.field, f.confidence = LoaField.REQUESTED_DATE, 0.8
        f.note(f"a date's format after it: {after.split(')')[0]})")


def _format_captioned(f: Found, text: PageText) -> bool:
    """A sentence whose blanks are captioned under them in brackets: "... to port the numbers
    from my current carrier on ____" over "(DD/MM/YYYY)". Only a date's format is printed
    under it, the words leading in end with "on" / "from" / "after", and the sentence (this
    line and the one above it) moves the numbers: the requested date."""
    if f.blank.kind not in ("leader", "gap") or f.source != "label (below)" or \
            not _FORMAT_ASIDE.match(f.evidence.strip().lower()):
        return False
    said = normalise(" ".join(w.text for w in text.left(f.blank.rect)))
    if not _WHEN.search(said):
        return False
    top = f.blank.rect[3]
    above = " ".join(ln.text for ln in text.lines if top < ln.y <= top + _LINE_ABOVE)
    return bool(_MOVE.search(f"{said} {normalise(above)}"))
