"""A statement date as OCR misreads it: 'dun 8, 2025', 'Oct 3i, 2023', '0622/2025', 'JUL06, 2025',
'9Sep 2025', 'March 18,-2026'.

A scan's date label is read well more often than its value: a month name a letter off ('dun' for
'Jun', 'aoat' for 'août') and a day or year with a letter for a digit (the confusions of
ocrdigits: '3i' is 31, '2O25' is 2025) leave the date unread. Only on an OCR page, and only where
the reading is one month name a single letter off and no other: 'Mar' and 'May' are one letter
apart, so a word as close to both is left unread.
"""

from __future__ import annotations

import re
from datetime import date

from portdesk.bills.dates import month_of
from portdesk.bills.ocrdigits import _AS_DIGIT
from portdesk.bills.parse import parse_date

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december")
_FRENCH = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
           "octobre", "novembre", "decembre")
_MONTHS: dict[str, int] = {
    name: k for k, names in enumerate(zip(_MONTH_NAMES, _FRENCH, strict=True), start=1)
    for name in (*names, names[0][:3])}
_WORD = re.compile(r"[^\W\d_]{3,9}")
_NUMBER = re.compile(r"(?<![\w])[\dOoIlis|SZB]{1,4}(?=[,.;]?(?:\s|$))")


def _one_off(a: str, b: str) -> bool:
    """One letter replaced, or one dropped or added."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1:] == short for i in range(len(long)))


def _month_word(word: str) -> str:
    import unicodedata

    key = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()
    if key in _MONTHS:
        return word
    near = {_MONTHS[m] for m in _MONTHS if _one_off(key, m)}
    if len(near) != 1:
        return word
    month = near.pop()
    return _MONTH_NAMES[month - 1][:3].title()


def _digits(m: re.Match[str]) -> str:
    token = m.group()
    if not any(c.isdigit() for c in token) or token.isdigit():
        return token
    return "".join(_AS_DIGIT.get(c, c) for c in token)


# '0622/2025': the first slash of 06/22/2025 lost (a month and a day, then the year)
_LOST_SLASH = re.compile(r"(?<!\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/((?:19|20)\d\d)(?!\d)")


# a month name and its day with the space between them lost ('JUL06, 2025', '9Sep 2025'): OCR
# drops a narrow space far more often than a bill prints a date without one; parted again only
# where the letters are a month's name and a year follows
_GLUED_MONTH_DAY = re.compile(r"\b([^\W\d_]{3,9})(\d{1,2})(?=\s*[,.;]?\s*(?:19|20)\d\d\b)")
_GLUED_DAY_MONTH = re.compile(r"\b(\d{1,2})([^\W\d_]{3,9})(?=\.?,?\s+(?:19|20)\d\d\b)")
# a speck read between the day's comma and the year ('March 18,-2026', 'july 21,°2025')
_SPECK_YEAR = re.compile(r"(?<=\d),\s*[-°'’~*.]\s*(?=(?:19|20)\d\d\b)")


def _parted(m: re.Match[str], word: int) -> str:
    return f"{m.group(1)} {m.group(2)}" if month_of(m.group(word)) else m.group()


def date_as_read(text: str) -> str:
    """`text` with a month name a letter off, letters read for digits, a lost slash, a lost
    space between a month and its day and a speck before the year set right."""
    text = _GLUED_MONTH_DAY.sub(lambda m: _parted(m, 1), text)  # a month's own name only
    text = _GLUED_DAY_MONTH.sub(lambda m: _parted(m, 2), text)
    text = _NUMBER.sub(_digits, _WORD.sub(lambda m: _month_word(m.group()), text))
    text = _SPECK_YEAR.sub(", ", text)
    return _LOST_SLASH.sub(r"\1/\2/\3", text)


def scanned_date(text: str) -> date | None:
    """The date of a value read by OCR: as printed, or through OCR's usual misreadings."""
    return parse_date(text) or parse_date(date_as_read(text))
