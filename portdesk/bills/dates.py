"""Dates as bills print them: month names in English and French, numeric forms, and periods.

A date the parser is unsure of is None: a wrong statement date is worse than none.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MONTHS.update({"janv": 1, "fevr": 2, "fev": 2, "mars": 3, "avr": 4, "mai": 5, "juin": 6,
                "juil": 7, "aout": 8, "sept": 9, "déc": 12, "dec": 12, "févr": 2, "fév": 2,
                "août": 8, "janvier": 1, "fevrier": 2, "février": 2, "avril": 4, "juillet": 7,
                "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "décembre": 12,
                # Spanish: the rest read by their first letters ("marzo", "junio", "septiembre")
                "ene": 1, "abr": 4, "ago": 8, "dic": 12, "setiembre": 9})


# every month's full name in English, French and Spanish: a printed month word is one of them or
# the start of one ("Sept", "Févr", "juil", "ago"); a word that only starts like one ("Main",
# "Marketing", "Decatur", "Junction") is no month
_FULL = ("january february march april may june july august september october november december "
         "janvier février fevrier mars avril mai juin juillet août aout septembre octobre "
         "novembre décembre decembre enero febrero marzo abril mayo junio julio agosto "
         "septiembre setiembre octubre noviembre diciembre").split()


def month_of(name: str) -> int | None:
    word = name.lower().rstrip(".")
    if len(word) < 3 or not any(full.startswith(word) for full in _FULL):
        return None
    return _MONTHS.get(word) or _MONTHS.get(word[:4]) or _MONTHS.get(word[:3])


_DATE_PATTERNS = (
    # "Aug 20, 2025"; a scan's "Aug 20,2025", "Sep 01. 2025", "Mar 08; 2026"
    # "March 5th, 2025" too
    # "Mar.12, 2026", "Mar 12 , 2026" too
    (re.compile(r"\b([^\W\d_]{3,9})(?:\.\s*|\s+)(\d{1,2})(?:st|nd|rd|th)?(?:\s*[,.;]\s*|\s+)"
                r"(\d{4})\b"), "mdy_name"),
    # "Oct-02-2026", "OCT/02/2026", "Oct.02.2026": one separator throughout
    (re.compile(r"\b([^\W\d_]{3,9})([-/.])(\d{1,2})\2(\d{4})\b"), "mdy_sep"),
    # "2nd October 2026", "1er octobre 2026"
    (re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\s+([^\W\d_]{3,9})\.?,?\s+(\d{4})\b"), "dmy_name"),
    (re.compile(r"\b(\d{4})-([^\W\d_]{3,9})-(\d{1,2})\b"), "ymd_name"),  # "2026-Oct-02"
    # "05-MAR-2025", "05/Mar/25", "05.MAR.2025" (one separator throughout), "05MAR2025", "05MAR25"
    (re.compile(r"\b(\d{1,2})([-/.])([^\W\d_]{3,9})\.?\2(\d{4}|\d{2})\b"), "dmy_sep"),
    (re.compile(r"\b(\d{1,2})([A-Za-z]{3})(\d{4}|\d{2})\b"), "dmy_name"),
    # "6 Aug 25": day, month's short name and the year's last two digits, spaced (never a time
    # after it, "6 Aug 12:30")
    (re.compile(r"\b(\d{1,2})\s+([^\W\d_]{3,9})\.?\s+(\d{2})\b(?![:.,]?\d)"), "dmy_name"),
    # Spanish: "3 de marzo de 2026", "3 de marzo del 2026", "3 de marzo, 2026", "3 DE MARZO 2026"
    (re.compile(r"(?i)\b(\d{1,2})\s+de\s+([^\W\d_]{3,10})\.?(?:,?\s+del?\s+|\s*,\s*|\s+)"
                r"(\d{4})\b"), "dmy_name"),
    # "2025/03/05", "2025.03.05", "2025-3-5" too
    (re.compile(r"\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)"), "iso"),
    (re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b"), "us"),
    # the month a numeral after the word for month: Vietnamese "ngày 6 tháng 3 năm 2025" (day,
    # month, year) and Chinese, Japanese or Korean "2025年3月6日", "2025년 3월 6일" (year first)
    (re.compile(r"(?i)\bng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2}),?\s+n[ăa]m\s+(\d{4})\b"),
     "dmy_num"),
    (re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"), "ymd_num"),
)
def parse_date(text: str, day_first: bool = False) -> date | None:
    """The first date in `text`; a numeric one month first unless its label says the day comes
    first (`day_first`, see order_of)."""
    for pattern, kind in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            try:
                if kind == "mdy_sep":
                    month = month_of(m.group(1))
                    if month:
                        return date(int(m.group(4)), month, int(m.group(3)))
                elif kind == "dmy_sep":
                    month, year = month_of(m.group(3)), int(m.group(4))
                    if month:
                        return date(year + (2000 if year < 100 else 0), month, int(m.group(1)))
                elif kind == "mdy_name":
                    month = month_of(m.group(1))
                    if month:
                        return date(int(m.group(3)), month, int(m.group(2)))
                elif kind == "dmy_name":
                    month, year = month_of(m.group(2)), int(m.group(3))
                    if month:
                        return date(year + (2000 if year < 100 else 0), month, int(m.group(1)))
                elif kind == "dmy_num":
                    return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
                elif kind == "ymd_num":
                    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                elif kind == "iso":
                    return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
                elif kind == "ymd_name":
                    month = month_of(m.group(2))
                    if month:
                        return date(int(m.group(1)), month, int(m.group(3)))
                else:
                    year = int(m.group(3))
                    year += 2000 if year < 100 else 0
                    first, second = int(m.group(1)), int(m.group(2))
                    if first > 12 >= second:  # "25/04/2026": only a day comes first
                        day_first = True
                    return date(year, second, first) if day_first else date(year, first, second)
            except ValueError:
                continue
    return None


# "Invoice Date (DD/MM/YYYY)", "Date (JJ/MM/AAAA)": the label spells the order of its numeric
# date; without it 09/12/2025 is read month first, and a day first date would be read wrong
_DAY_FIRST = re.compile(r"(?i)\b(?:dd|jj)\s*[/.-]\s*mm\b")


def says_day_first(label: str) -> bool:
    return _DAY_FIRST.search(label) is not None


# the cut between a period's two days: a dash, or a word in English, French or Spanish ("al",
# "hasta"); never the dash inside one date ("03-MAR-26 TO 02-APR-26")
_RANGE_CUT = re.compile(r"(?i)\s+[-–—]\s+|(?<=\d)[-–—](?=[^\W\d_]|\d{1,2}/)"
                        r"(?![^\W\d_]{3,9}\.?[-/.]\d)|\s*[–—]\s*|"
                        r"\s+(?:to|through|thru|au|à|al|hasta|until|billed to)\s+")
_YEAR = re.compile(r"\b(\d{4})\b")


def period_start(text: str) -> date | None:
    """The first day of a printed period: "Mar 3 - Apr 2, 2026", "03/03/2026 to 04/02/2026",
    "du 3 mars au 2 avril 2026". A first day printed without its year takes the last day's
    (the year before when its month comes later: "Dec 3 - Jan 2, 2026")."""
    text = re.sub(r"(?i)^\W*(?:from|du|del?|desde|billed from)\s+", "", text.strip(" :"))
    first = parse_date(text)
    parts = [p for p in _RANGE_CUT.split(text, maxsplit=1) if p.strip()]
    if len(parts) != 2:
        return None
    head = parse_date(parts[0])
    if head is not None:
        return head
    last = parse_date(parts[1])
    if last is None or first not in (None, last) or _YEAR.search(parts[0]):
        return None
    head_text = parts[0].strip(" ,")
    sep = _year_joint(head_text)
    for year in (last.year, last.year - 1):
        got = parse_date(f"{head_text}{sep}{year}")
        if got is not None and got <= last:
            return got
    return None


def _year_joint(head: str) -> str:
    """How a period's first day takes the year it was printed without: "03/03" + "/2026",
    "Mar 3" + ", 2026", "3 de marzo" + " de 2026", "3 mars" + " 2026"."""
    if re.fullmatch(r"\d{1,2}/\d{1,2}", head):
        return "/"
    if re.match(r"[^\W\d_]", head):
        return ", "
    return " de " if re.search(r"(?i)\bde\s+[^\W\d_]+$", head) else " "


# the period's last day given its own label: the bill closes on it ("Billed From 04/12/2026 -
# Billed To 05/11/2026", "Service through May 11"), where a bare period ("Mar 3 - Apr 2") is the
# month the bill opens
_CLOSES = re.compile(r"(?i)\b(?:billed|bill|billing|service|serviced|charges)\s+(?:to|through|"
                     r"thru|until)\b\s*:?|\bfactur[ée]e?s? jusqu'au\b")


def period_date(text: str) -> date | None:
    """The date a printed period stands for: its labelled last day, else its first day."""
    closes = list(_CLOSES.finditer(text))
    if closes and (last := parse_date(text[closes[-1].end():].strip(" :"))) is not None:
        return last
    return period_start(text)
