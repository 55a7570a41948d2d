"""Several accounts on one form: "Account 1 | Account 2 | Account 3" blocks, each with its own
account number and numbers (or several sites: "Location 1 | Location 2", each with its address
and numbers).

A port case is one account (numbers of different accounts are split into separate requests), so
only the first block is the case's. The blocks after it repeat the first one's blanks at one
offset (side by side, or one under the other): each blank that sits where the first block has
one, moved by the offset from heading 1 to heading k, is the k-th account's and stays empty
(it had taken the account number and the numbers again, or the numbers past the first block's
rows).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import classify, normalise

# "Account 2", "Site no. 2", and with a word before it: "Service location 2", "Billing account 2"
_HEAD = re.compile(r"^(?:[^\W\d][\w.]*\s+)?(?P<word>[^\W\d][\w.]*?)\.?\s*(?:n[o°º]\.?\s*)?"
                   r"(?P<n>[1-9])$")
_TOL = 3.0  # points a repeated blank may sit off its first block's one
# "Location 1 | Location 2": a case is one service address (one site) as it is one account;
# the second site's block repeats the first's blanks and stays empty as another account's does
_SITE = re.compile(r"^(location|site|premises|standort|sede|sitio|emplacement|ubicacion|"
                   r"localizacao|lokalizacja|lokalita|lokace)$")


def other_accounts(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    for page, text in texts.items():
        heads = _headings(text)
        if len(heads) < 2:
            continue
        first = heads[1]
        mine = [f for f in founds if f.blank.page == page]
        for n, (x, y) in heads.items():
            if n == 1:
                continue
            dx, dy = x - first[0], y - first[1]
            for f in mine:
                if f.field is None:
                    continue
                r = f.blank.rect
                if any(abs(g.blank.rect[0] + dx - r[0]) < _TOL and abs(g.blank.rect[1] + dy - r[1])
                       < _TOL and abs(g.blank.width - f.blank.width) < _TOL for g in mine
                       if g is not f):
                    f.note(f"account {n}'s block: the case is one account")
                    f.field, f.confidence = None, 0.0


def _headings(text: PageText) -> dict[int, tuple[float, float]]:
    """Where "Account 1", "Account 2"... start (a heading in two languages, "Account 1 / Kont 1",
    read by its first half): numbered 1, 2, ... with one word that names an account."""
    found: dict[str, dict[int, tuple[float, float]]] = {}
    for line in text.lines:
        for part in _parts(line.words):
            words = " ".join(w.text for w in part).split(" / ")[0].strip()
            m = _HEAD.match(words)
            if not m:
                continue
            reading = classify(m.group("word"))
            if (reading is None or reading.field != LoaField.ACCOUNT_NUMBER) and \
                    not _SITE.match(normalise(m.group("word"))):
                continue
            found.setdefault(m.group("word").lower(), {})[int(m.group("n"))] = (part[0].x0,
                                                                                 part[0].y0)
    for heads in found.values():
        if 1 in heads and 2 in heads:
            return heads
    return {}


def _parts(words: Sequence) -> list[list]:  # type: ignore[type-arg]
    """A line's words in runs apart from each other (three headings side by side are three)."""
    runs: list[list] = []  # type: ignore[type-arg]
    for w in sorted(words, key=lambda w: w.x0):
        if runs and w.x0 - runs[-1][-1].x1 < 12:
            runs[-1].append(w)
        else:
            runs.append([w])
    return runs
