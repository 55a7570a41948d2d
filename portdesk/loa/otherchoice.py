"""'Other (specify): ____' beside a drop-down: whose blank it is and when it is written.

A choice that offers its options and a blank for any other ("Operador donante [Orange v]  Otro
(indique cuál) [____]") asks one value twice: the option that says it, or, when no option
does, the words in the 'Other' blank. The 'Other' blank asks what the choice beside it asks
(the operator, when the choice is the operator) and nothing else; it is written only when no
option says the case's value (fill.py), and then the drop-down's box takes nothing: a value
none of its options says is never written over it. When an option says it, the drop-down is
set and 'Other' stays empty. The word for 'Other' is read in the form's languages
(`lexicon/otherwords.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.blanks import Blank
from portdesk.loa.candidates import label_candidates
from portdesk.loa.choices import is_choice, options
from portdesk.loa.collect import CHOICE
from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText, clean
from portdesk.loa.lexicon import form_languages
from portdesk.loa.lexicon.otherwords import OTHER
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, normalise

OTHER_OF = "other of options"  # Blank.extra: the options of the choice this 'Other' blank is for
OPTIONS_ONLY = "options only"  # Blank.extra: a drop-down's box with an 'Other' blank of its own
# how to fill it, after the word: "(specify)", "please specify", "indique cual", "preciser"
_HOW = re.compile(r"^(\(?(please )?(specify|state|indicate|describe)\)?|\(?(indique|especifique|"
                  r"indicar|especificar|precise[rz]?|preciser|specifier|bitte angeben|angeben|"
                  r"specificare|indicare|especificar|qual|cual|quale|welche[rs]?|welke)\b.*)?$")
_ROW = 0.5  # of the lower height: blanks this much beside each other share a row
_NEAR = 24.0  # points between the drop-down's right edge and the 'Other' blank (its label over it)


def is_other(label: str) -> bool:
    """The label says 'Other' (and how to fill it) in one of the form's languages."""
    words = normalise(label).split()
    if not words:
        return False
    said = {w for code in form_languages() for w in OTHER.get(code, ())}
    return words[0] in said and bool(_HOW.match(" ".join(words[1:])))


def other_beside_choice(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    """An 'Other' blank right of a drop-down whose label names one of our values asks that
    value, written only when no option says it; the drop-down's box then takes no value that
    no option says."""
    for f in founds:
        if f.blank.kind not in ("widget", "leader", "cell", "box") or \
                f.field not in (None, NOT_OURS):
            continue
        if not any(_choice_left_of(f.blank, founds) is g for g in founds):
            continue  # (cheap first: no drop-down beside it, no label to read)
        neighbours = [g.blank for g in founds if g.blank.page == f.blank.page]
        said, _marker = label_candidates(f.blank, texts[f.blank.page], neighbours)
        label = next((clean(t) for t, where in said if where in ("left", "above", "caption")),
                     "")
        if not is_other(label):
            continue
        choice = _choice_left_of(f.blank, founds)
        if choice is None or not isinstance(choice.field, LoaField):
            continue
        offered = _options_of(choice.blank)
        if not offered:
            continue
        f.field, f.confidence = choice.field, choice.confidence
        f.source, f.evidence = "other (beside a choice)", label
        f.note(f"the 'Other' of the choice '{choice.evidence}': written when no option says it")
        f.blank.extra[OTHER_OF] = "\n".join(offered)
        choice.blank.extra[OPTIONS_ONLY] = "1"


def _choice_left_of(blank: Blank, founds: Sequence[Found]) -> Found | None:
    row = [g for g in founds if g.blank is not blank and g.blank.page == blank.page
           and _beside(g.blank.rect, blank.rect) and 0 <= blank.rect[0] - g.blank.rect[2] <= _NEAR
           and _options_of(g.blank)]
    return max(row, key=lambda g: g.blank.rect[2], default=None)


def _options_of(b: Blank) -> list[str]:
    if b.widget is not None and is_choice(b.widget):
        return [o.shown for o in options(b.widget) if o.shown.strip()]
    return [o for o in b.extra.get(CHOICE, "").split("\n") if o.strip()]


def _beside(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    low = min(a[3] - a[1], b[3] - b[1])
    return min(a[3], b[3]) - max(a[1], b[1]) > _ROW * low
