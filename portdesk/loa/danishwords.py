"""The words Danish porting forms (fuldmagt til nummerflytning) name our values by: part of
labelwords.RULES, read before the broad rules of the other languages, and one bare word read
only on a Danish or Norwegian form ("By", the town, is "By: ____" a signer's line in English).

Patterns are written against normalised text (no accents, lower case, punctuation as spaces;
"æ" is "ae", "ø" is "o").
"""

from __future__ import annotations

import re

from portdesk.loa.fields import LoaField

NOT_OURS = "not_ours"  # labelwords.NOT_OURS, spelt here to keep this module a leaf
NORDIC = frozenset({"da"})  # guessed for Danish and Norwegian forms alike (language.py)

DANISH_RULES: list[tuple[LoaField | str, float, str]] = [
    # the provider the numbers go to, and the subscriber "if different from the customer"
    (NOT_OURS, 1.0, r"\b(nyt?|modtagende) teleselskab\w*\b|\bhvis forskellig\w*\b"),
    # the numbers that stay: "Numre der IKKE flyttes (bliver hos nuværende teleselskab)"
    (LoaField.REMAINING_NUMBERS, 1.0, r"\bnumre\w*\b.{0,40}\b(ikke (flyttes|flytte\w*|"
                                      r"porteres|overdrages)|bliver (hos|tilbage))\b"),
    # "Teleselskab" under "Nuværende teleselskab (afgivende)": the losing provider; not the
    # account number "hos nuværende teleselskab", which names it only to say whose number
    (LoaField.CARRIER, 1.0, r"^((nuvaerende|afgivende|navaerende) )?(tele)?selskab(et)?"
                            r"( \w+)?$|^(nuvaerende|afgivende) (tele)?(operator|udbyder)\b"),
    (LoaField.AUTHORIZED_NAME, 1.0, r"\bnavn (med )?blok\w*\b"),
]

_TOWN = re.compile(r"^(by|bynavn)$")


def bare_word(norm: str, language: str) -> LoaField | None:
    """A label one word long whose meaning needs the form's language: "By" is the town on a
    Danish or Norwegian form, nothing on an English one."""
    return LoaField.CITY if language in NORDIC and _TOWN.match(norm) else None
