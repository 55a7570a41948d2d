"""The words of a queue search, folded the way the search column is stored: the Store's reader
(store/queue.py) and the command line's sqlite3 reader (store/quick_queue.py) search alike.
Standard library only."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower case without accents: "José Núñez" is found as "jose nunez" and as "NÚÑEZ".

    The search column is stored folded (store/mapping.py) and every search word is folded the
    same way, so the plain scan, the trigram index and PostgreSQL all match alike.
    """
    if text.isascii():
        return text.lower()  # the common case, 20x faster (bulk imports fold every row)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_terms(text: str) -> list[str]:
    """Each word must match. Number-like words match by digits, whatever the punctuation."""
    terms = []
    for word in fold(text).split():
        if re.fullmatch(r"[\d()+\-. ]+", word) and re.search(r"\d", word):
            digits = re.sub(r"\D", "", word)
            terms.append(digits)
        else:
            terms.append(word)
    return [t for t in terms if t]


def escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
