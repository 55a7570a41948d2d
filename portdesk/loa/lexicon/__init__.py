"""The label vocabulary by language: every EU/EEA country's official languages and
Switzerland's (Greek and Bulgarian in the Latin letters normalise() gives them), the Spanish and
Portuguese of the Americas, and the languages forms print beside English (Irish, Welsh, Maltese,
Swahili), and Albanian. Declared here once; a form's language is decided from
its printed lines (language.py) before any of these words are read on it, so a word that names
the town in one language ("By", Danish) never names it on a form in another.

A lexicon is read before the broad rules (labelwords.py) and only on a form in its language:
read while a form is being mapped (`reading_in`), every label on it is read in its languages,
its first language first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from portdesk.loa.lexicon import (
    albanian,
    baltic_finnic,
    english,
    germanic_nordic,
    greek_bulgarian,
    islands,
    romance,
    slavic,
    turkish_vietnamese,
)
from portdesk.loa.lexicon.base import Concept, Lexicon, Rule, rules_of, ticks_of

LEXICONS: dict[str, Lexicon] = {
    lex.code: lex for group in (english, germanic_nordic, romance, slavic, baltic_finnic,
                                greek_bulgarian, islands, turkish_vietnamese, albanian)
    for lex in group.LEXICONS}

_FORM_LANGUAGES: ContextVar[tuple[str, ...]] = ContextVar("form_languages", default=())


@contextmanager
def reading_in(languages: tuple[str, ...]) -> Iterator[None]:
    """Labels read inside this block are read in the form's languages (its first one first)."""
    token = _FORM_LANGUAGES.set(tuple(languages))
    try:
        yield
    finally:
        _FORM_LANGUAGES.reset(token)


def form_languages() -> tuple[str, ...]:
    """The languages of the form being read now ('()' outside a form: the broad rules only)."""
    return _FORM_LANGUAGES.get()


def rules_in(languages: tuple[str, ...]) -> tuple[Rule, ...]:
    """The rules of these languages' lexicons (base.rules_of says in which order)."""
    return rules_of([LEXICONS[code] for code in languages if code in LEXICONS])


def tick_rules_in(languages: tuple[str, ...]) -> tuple[tuple[Concept, re.Pattern[str]], ...]:
    """The tick words of these languages' lexicons (base.ticks_of says in which order)."""
    return ticks_of([LEXICONS[code] for code in languages if code in LEXICONS])
