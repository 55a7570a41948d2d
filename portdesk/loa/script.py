"""Forms printed in a script PortDesk cannot read: say so instead of guessing at its words.

The label vocabulary is Latin-script (English, German, French, Dutch, Spanish...). A form in
Greek, Cyrillic, Arabic or CJK text would give no label we know, and worse, stray matches on the
odd Latin word: the honest answer is to say which script it is and let the specialist place the
values by clicking.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

from portdesk.loa.formscan import Word

_MIN_LETTERS = 40  # too little text to judge: not a verdict
_FOREIGN_SHARE = 0.5


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
