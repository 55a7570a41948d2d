"""Digits as OCR misreads them: 'SSS-0132' is 555-0132, '72O-555-0l33' is 720-555-0133.

Tesseract reads a digit as the letter it looks like (O for 0, l or I for 1, S for 5, B for 8, Z for
2, G for 6) often enough on scans and photos that a number printed on the bill is missed by a search
for digits. These are the well-known confusions, letter for digit only: a digit read as another
digit is not undone, so a typed number one digit off never becomes a match. A value found only
through a confusion is a reading OCR got partly wrong, and the check says so with a capped
confidence (`CONFUSED_READ`).
"""

from __future__ import annotations

import re

# the letter -> the digit it is mistaken for; '$' is a 5 or an S at the start of a number
_AS_DIGIT = {"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1", "i": "1",
             "!": "1", "S": "5", "s": "5", "$": "5", "B": "8", "Z": "2", "z": "2", "G": "6",
             "b": "6", "g": "9", "q": "9", "]": "1", "[": "1"}
CONFUSED_READ = 0.7  # a reading that needed a confusion undone: good enough to list, never sure
_TOKEN = re.compile(r"\S+")
# characters OCR takes for one another (digits of similar shape, digits and letters)
CONFUSED_PAIRS = frozenset(frozenset(p) for p in (
    "38", "36", "56", "68", "08", "06", "09", "89", "35", "17", "14", "27",
    "0O", "0D", "0Q", "1I", "1L", "5S", "8B", "2Z", "6G", "OD", "OQ", "IL"))


def _numeric(token: str) -> bool:
    """A token that is a number with a letter or two misread: more true digits than confusable
    letters, and nothing else alphabetic ('SSS-9263', '(72O)', '0l33'; not 'Sales', 'B3H')."""
    digits = sum(c.isdigit() for c in token)
    confused = sum(c in _AS_DIGIT for c in token)
    other = sum(c.isalpha() and c not in _AS_DIGIT for c in token)
    return digits >= 2 and 0 < confused <= digits and other == 0


def as_digits(text: str) -> str:
    """`text` with the confusable letters of its numeric tokens read as digits; same length, so
    positions found in it are positions in `text`."""
    # '{509} 555-0109', '[509]': an area code's parentheses read as braces or brackets;
    # '(813),555-0192': a speck read as a comma between the area code and the number
    text = _COMMA.sub(" ", _BRACES.sub(r"(\1)", text))
    out = list(text)
    for m in _TOKEN.finditer(text):
        if _numeric(m.group()):
            for i in range(m.start(), m.end()):
                out[i] = _AS_DIGIT.get(text[i], text[i])
    text = _COLON.sub("-", "".join(out))  # '651:555.0109': a dot or dash read as a colon
    return _SPECKED.sub(_compact, text)


# '204- 555: 0166', '450°555-0137': a number's separators read as specks, or with a space added
_SEPARATOR = r"(?:[-.]?\s?['’:+;,°~\"]\s?|[-.:+]\s|\s[-.:+]\s?|[\s.-])"
_SPECKED = re.compile(rf"(?<![\d])([2-9]\d{{2}}){_SEPARATOR}([2-9]\d{{2}}){_SEPARATOR}(\d{{4}})(?!\d)")


_PLAIN = re.compile(r"\d{3}[\s.-]\d{3}[\s.-]\d{4}")


def _compact(m: re.Match[str]) -> str:
    """The number written plainly, padded with spaces after it so that positions still hold;
    a number printed plainly is left as it is."""
    if _PLAIN.fullmatch(m.group()):
        return m.group()
    plain = "-".join(m.groups())
    return plain + " " * (len(m.group()) - len(plain))


_COLON = re.compile(r"(?<=\d{3}):(?=\d{3}\b|\d{3}[.-]\d{4})")
_BRACES = re.compile(r"(?<![\w(])[{\[(|]([2-9]\d{2})[}\])|](?=[\s,.]*\d{3}[\s.-]?\d{4}\b)")
_COMMA = re.compile(r"(?<=\(\d{3}\)),(?=\s*\d{3}[\s.-]?\d{4}\b)")


def key_as_digits(chars: str) -> str:
    """An account number's letters-and-digits as OCR may have read them ('4O13' -> '4013'), when
    most of it is digits (an account number such as '646 49Z' keeps its letter)."""
    return as_digits(chars) if _numeric(chars) else chars


# characters OCR takes for one another, either way (upper case): a typed value's character and
# the scan's may differ within a class and still be the same print
_CLASSES = ("0ODQ", "1IL|![]", "5S$", "8B", "2Z", "6G")
_CLASS_OF = {c: i for i, cls in enumerate(_CLASSES) for c in cls}
_EDGE = re.compile(r"^(\W*)(.*?)(\W*)$")


def _alike(typed: str, read: str) -> bool:
    return len(typed) == len(read) and typed != read and all(
        a == b or (a in _CLASS_OF and _CLASS_OF.get(b) == _CLASS_OF[a])
        for a, b in zip(typed, read, strict=True))


def toward(text: str, typed: dict[str, str], glyphs: bool = False) -> str:
    """The scan's `text` with each word that differs from a word of the typed value only by
    confusable characters ('6RS' for '6R5', 'SC' for '5C', 'AUSTIN:' kept), or that is two typed
    words with the space between them lost ('LakeviewAve', 'OK74198'), written as typed. A word
    with any other difference (a digit for another digit, another letter) is left as read, so a
    wrong typed value still reads wrong. `typed` is typed_words(). With `glyphs` (an address's
    words: a unit's 'Rm', a street's 'Elm'), a letter read as two ('Rni' for 'Rm') is that
    letter too; a name's letters are never so rewritten ('Kirn' is a name of its own)."""
    out = []
    for part in re.split(r"(\s+)", text):
        m = _EDGE.match(part)
        assert m is not None
        lead, core, tail = m.groups()
        up = core.upper()
        hit, glued = None, typed.get(up, "")
        if " " not in glued and len(up) >= 4:  # glued words with a confusable character too
            glued = next((g for k, g in typed.items() if " " in g and _alike(k, up)), glued)
        if " " in glued:  # the bill's own letters (typed where OCR confused one), spaces back
            hit = _spaced(core, glued)
        elif len(up) >= 2:
            like = next((t for t in typed.values() if " " not in t and _alike(t.upper(), up)),
                        None)
            # the typed character where OCR confused it, the bill's own everywhere else
            hit = None if like is None else "".join(
                b if a.upper() == b.upper() else a for a, b in zip(like, core, strict=True))
            if hit is None and glyphs:  # one letter read as two ('Rni' for 'Rm'): typed whole
                hit = next((typed[v] for v in _split_glyphs(up) if v in typed
                            and " " not in typed[v]), None)
        out.append(f"{lead}{hit}{tail}" if hit is not None else part)
    return "".join(out)


def _spaced(core: str, glued: str) -> str:
    """`core` (typed words read with the spaces between them lost) with each space put back where
    the typed value has it: the bill's own characters, the typed one where OCR confused it."""
    letters = glued.replace(" ", "")
    chars = iter(b if a.upper() == b.upper() else a for a, b in zip(letters, core, strict=True))
    return "".join(" " if c == " " else next(chars) for c in glued)


# a letter OCR reads as two (or two as one): 'rn' or 'ni' for 'm', 'vv' for 'w', 'cl' for 'd'
_GLYPHS = (("RN", "M"), ("NI", "M"), ("VV", "W"), ("CL", "D"))


def _split_glyphs(word: str) -> set[str]:
    """The word (upper case) with each pair OCR makes of one letter put back, a pair at a time."""
    return {word.replace(two, one) for two, one in _GLYPHS if two in word}


GLUED_RUN = 4  # a street line's words: house number, direction, name, type


def typed_words(*parts: str) -> dict[str, str]:
    """The words of a typed value a scan can misread, as {upper case: as typed}: each word with
    a confusable character, and each run of two to four neighbouring words read with the spaces
    between them lost ('LAKEVIEWAVE', '856WHILLCRESTST': small or condensed print OCR reads
    as one word; a run is rewritten only when it spells the typed words, so a wrong typed value
    still reads wrong)."""
    words = [w for p in parts for w in re.split(r"[\s,]+", p) if w]
    out: dict[str, str] = {}
    for w in words:
        if len(w) >= 2 and any(c in _CLASS_OF or c in "MWD" for c in w.upper()) and (
                w.upper() not in out or not w.isupper()):
            # a word typed in two cases ('Fl 131' and the state 'FL') keeps its lower-case
            # letters: the state reads in capitals whatever its case, the unit does not
            out[w.upper()] = w
    for n in range(2, GLUED_RUN + 1):  # a line's spaces lost: 'STE7D', '3449LAKEVIEWBLVD'
        for run in zip(*(words[k:] for k in range(n)), strict=False):
            out.setdefault("".join(run).upper(), " ".join(run))
    return out


def alike(typed: list[str], read: list[str]) -> bool:
    """Words of a value that OCR could have read this way: the same words but for confusable
    characters ('SCHMIOT' for 'SCHMIDT'); at least one differs."""
    return len(typed) == len(read) and typed != read and all(
        t.upper() == r.upper() or _alike(t.upper(), r.upper())
        for t, r in zip(typed, read, strict=True))
