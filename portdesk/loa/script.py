"""Forms printed in a script PortDesk cannot read: say so instead of guessing at its words.

The label vocabulary is Latin-script (English, German, French, Dutch, Spanish...), with Greek and
Bulgarian read through their romanised lexicons. A form in Cyrillic, Arabic or CJK text would
give no label we know, and worse, stray matches on the odd Latin word: the honest answer is to
say which script it is and let the specialist place the values by clicking. A bilingual form that
prints every caption in a language PortDesk reads as well (Greek then English) is read through it.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

from portdesk.loa.formscan import Word
from portdesk.loa.language import language_of_words, readable_script

_MIN_LETTERS = 40  # too little text to judge: not a verdict
_FOREIGN_SHARE = 0.5
_SECOND_LANGUAGE_SHARE = 0.25  # of the lettered words: a bilingual form's Latin-letter half


def unreadable_script(words: Sequence[Word]) -> str:
    """The script's name ('Cyrillic', 'Arabic'...) when most letters are not Latin, else ''."""
    scripts: Counter[str] = Counter()
    for w in words:
        for ch in w.text:
            if ch.isalpha():
                name = unicodedata.name(ch, "")
                scripts[name.split(" ")[0] if name else "UNKNOWN"] += 1
    total = sum(scripts.values())
    if total < _MIN_LETTERS:
        return ""
    foreign = {k: v for k, v in scripts.items() if k != "LATIN"}
    if sum(foreign.values()) / total < _FOREIGN_SHARE:
        return ""
    top = max(foreign, key=lambda k: foreign[k])
    names = {"CJK": "Chinese or Japanese characters", "HANGUL": "Korean",
             "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "UNKNOWN": "characters without "
             "names (the PDF's text layer is unreadable)"}
    return names.get(top, top.capitalize() + " script")


def _latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def readable_words(words: Sequence[Word]) -> tuple[list[Word], str]:
    """The printed words PortDesk reads on a form, and the script it cannot read ('' if none).

    A form in Greek letters whose own words are Greek, in Cyrillic whose own words are
    Bulgarian, is read whole (lexicon/greek_bulgarian.py). A form in another script that prints
    its captions in a language PortDesk reads too (a bilingual form: Greek or Russian, then
    English) is read through its Latin-letter words alone, when they are a quarter of its words
    and plainly a language; the other script's words are left out, so nothing is read on a
    guess. Otherwise nothing is read and the script is named."""
    script = unreadable_script(words)
    if not script:
        return list(words), ""
    lettered = [w for w in words if any(ch.isalpha() for ch in w.text)]
    if readable_script(script, [w.text for w in lettered if not _latin(w.text)]):
        return list(words), ""
    latin = [w for w in lettered if _latin(w.text)]
    if len(latin) >= _SECOND_LANGUAGE_SHARE * len(lettered) \
            and language_of_words([w.text for w in latin]):
        return [w for w in words if _latin(w.text) or not any(ch.isalpha() for ch in w.text)], ""
    return [], script
