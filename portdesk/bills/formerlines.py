"""A number the bill says has left the account: "Credit, line 334.555.0185 disconnected 12/17",
"the number 819 555-0144 was ported to another provider", "ligne 514 555-0101 résiliée". Printed
in an adjustment or a notice, beside the words that say it is gone, it is not one of the
account's lines any more: typed as one, it is not found (never "exact"), and it is no line of
the bill's own.

Only a statement of what happened counts: a warning ("will be disconnected if unpaid", "to
avoid disconnection") says nothing of the line now. A month's name in the clause's date ("on May
18, 2025") is no "may" of a warning. The plan or service a line was removed from is the
account's as much as the account itself ("removed from your plan").
"""

from __future__ import annotations

import re

from portdesk.bills.context import Context, Place
from portdesk.bills.findbase import Found
from portdesk.bills.layout import Segment

_GONE = re.compile(
    r"(?i)\b(?:disconnected|cancell?ed|ported\s+(?:out|away|to)|discontinued|"
    r"deactivated|terminated|no\s+longer\s+(?:on|active|in\s+service)|removed\s+from\s+"
    r"(?:the\s+|your\s+|this\s+)?(?:account|plan|service)|r[ée]sili[ée]e?s?|d[ée]branch[ée]e?s?|annul[ée]e?s?|"
    r"transf[ée]r[ée]e?s?\s+(?:[àa]|vers|chez)|port[ée]e?s?\s+(?:[àa]|vers|chez)|"
    r"desconectad[oa]s?|cancelad[oa]s?|(?:portad|transferid)[oa]s?\s+(?:a|hacia)\b|"
    r"dad[oa]s?\s+de\s+baja)")
_WARNING = re.compile(r"(?i)\b(?:will|may(?!\s+\d)|could|would|if|unless|avoid|prevent|before|sera|"
                      r"pourrait|si|éviter|evitar)\b")
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")


def former_line(text: str, at: int, end: int, found: Found) -> Found:
    """`found` (printed over text[at:end]) placed as a former line when its clause says so."""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    stop = _CLAUSE_END.search(text, end)
    clause = text[start:stop.start() if stop else len(text)]
    gone = _GONE.search(clause)
    if gone is None or _WARNING.search(clause):
        return found
    place = Place(Context.FORMER, gone.group(0), "line")
    keep = tuple(p for p in found.places if p.context not in (Context.NUMBERS, Context.BTN))
    return Found(found.form, found.evidence, (place, *keep), found.read_conf, found.whole)


# a notice of a number replaced by another: "your number will change from 907-... to 907-...",
# "is being replaced by", French "passera de ... à", Spanish "cambiará de ... a": the number
# after it is the one the line changes to, not (yet) one of the account's lines
_CHANGED_TO = re.compile(
    r"(?i)\b(?:chang\w*|replac\w*|renumber\w*|passera\w*|remplac\w*|cambi\w*|reemplaz\w*)"
    r"\b[^.;:!?]{0,60}?\b(?:to|by|with|[àa]|au|al|par|por)\s*$")


def changed_to(text: str, at: int, found: Found) -> Found:
    """`found` (printed at text[at]) placed as no line of the account's when its clause says a
    number changes to it ("will change from 907-555-0151 to 907-555-0194")."""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    change = _CHANGED_TO.search(text, start, at)
    if change is None:
        return found
    place = Place(Context.FORMER, change.group(0), "line")
    keep = tuple(p for p in found.places if p.context not in (Context.NUMBERS, Context.BTN))
    return Found(found.form, found.evidence, (place, *keep), found.read_conf, found.whole)


def gone_in_its_row(segments: list[Segment], seg: Segment, found: Found) -> Found:
    """A table's status cell on the number's row that says it has left ("Ported out Jul 27,
    2025", "Disconnected on 03/02", "Removed"): the same statement as a notice's, printed in a
    column (a status column; a "recently removed" row). Only a cell that starts with the words
    (a status, not a description such as "Disconnection fee") and no warning counts."""
    if any(p.context == Context.FORMER for p in found.places):
        return found
    mid = (seg.top + seg.bottom) / 2
    for cell in segments:
        if cell is seg or cell.x0 < seg.x1 or not cell.top <= mid <= cell.bottom:
            continue
        text = cell.text.strip()
        if (gone := _GONE.match(text)) is not None and _WARNING.search(text) is None:
            place = Place(Context.FORMER, gone.group(0), "line")
            keep = tuple(p for p in found.places if p.context not in (Context.NUMBERS,
                                                                       Context.BTN))
            return Found(found.form, found.evidence, (place, *keep), found.read_conf,
                         found.whole)
    return found
