"""The order of a bill's numeric dates when the date's own label does not spell it.

"03/11/2025" is March 11 in the US and 3 November in most other places. The parser reads it month
first; this module asks the bill itself: a numeric date elsewhere on it whose first part is over
12 (a day) or whose second is, a "DD/MM" or "MM/DD" printed anywhere, and failing that the
convention of the bill's country and language. When nothing decides, the date is ambiguous and
is left out: a wrong statement date would pass a stale bill as recent.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Literal

from portdesk.bills.dates import parse_date
from portdesk.bills.values import Candidate
from portdesk.domain.case import US_STATES, Address

Order = Literal["dmy", "mdy"]

NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])")
_SAYS = {"dmy": re.compile(r"(?i)\b(?:dd|jj)\s*[/.-]\s*mm\b"),
         "mdy": re.compile(r"(?i)\bmm\s*[/.-]\s*(?:dd|jj)\b")}
# a few words no bill in another language prints, to tell the language of its labels
_WORDS = {
    "en": frozenset({"account", "amount", "bill", "due", "payment", "total", "balance", "date",
                     "charges", "number", "service", "statement", "invoice"}),
    "fr": frozenset({"compte", "montant", "facture", "paiement", "solde", "numéro", "numero",
                     "frais", "période", "periode", "échéance", "echeance", "adresse", "à"}),
    "es": frozenset({"cuenta", "monto", "factura", "pago", "saldo", "número", "fecha",
                     "cargos", "período", "vencimiento", "dirección", "servicio"}),
}


def printed_order(texts: Iterable[str]) -> Order | Literal["both"] | None:
    """What the bill's own print says: a date only one order can read, or a format spelled."""
    seen: set[str] = set()
    for text in texts:
        seen.update(order for order, rx in _SAYS.items() if rx.search(text))
        for m in NUMERIC_DATE.finditer(text):
            if not _dated(m):
                continue
            first, second = int(m.group(1)), int(m.group(2))
            if 12 < first <= 31 and 1 <= second <= 12:
                seen.add("dmy")
            elif 12 < second <= 31 and 1 <= first <= 12:
                seen.add("mdy")
    if len(seen) == 2:
        return "both"
    return "dmy" if "dmy" in seen else "mdy" if "mdy" in seen else None


def _dated(m: re.Match[str]) -> bool:
    """A date, not a reference in date-like groups ("13-04-9921", "31-07-88"): a year of this
    era, written in full or after a slash."""
    year = m.group(3)
    if len(year) == 4:
        return 1990 <= int(year) <= 2099
    return "/" in m.group(0)


def language(texts: Iterable[str]) -> str:
    counts: Counter[str] = Counter()
    for text in texts:
        for word in text.lower().split():
            for lang, words in _WORDS.items():
                if word.strip(".,:;()") in words:
                    counts[lang] += 1
    ranked = counts.most_common(2)
    if not ranked:
        return "en"
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return "mixed"  # a bilingual bill says nothing of its dates' order
    return ranked[0][0]


def bill_order(texts: list[str], addresses: Iterable[Address | None]) -> Order | None:
    """The order the bill writes numeric dates in, or None when nothing decides it."""
    printed = printed_order(texts)
    if printed == "both":
        return None
    if printed is not None:
        return printed
    states = {a.state for a in addresses if a is not None}
    us = bool(states) and all(s in US_STATES and s != "PR" for s in states)
    foreign = bool(states) and not any(s in US_STATES for s in states)
    lang = language(texts)
    if lang == "en" and us:
        return "mdy"
    if lang in ("fr", "es") and foreign:
        return "dmy"
    return None


def settle_order(cand: Candidate | None, order: Order | None,
                 texts: Sequence[str] = ()) -> Candidate | None:
    """The statement date read month first from a numeric date both orders could read,
    re-read in the bill's order; when the bill's order is not known, the date itself is read by
    the bill's other evidence of it (`texts`, see _by_evidence); left out when nothing decides."""
    if cand is None or not isinstance(cand.value, date):
        return cand
    day = cand.value
    text = cand.evidence.text
    if any(rx.search(text) for rx in _SAYS.values()):
        return cand  # the label spelled the order
    for m in NUMERIC_DATE.finditer(text):
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if (first, second) != (day.month, day.day) or year % 100 != day.year % 100:
            continue
        if first == second or second > 12:
            return cand  # one reading only
        if order == "mdy":
            return cand
        if order == "dmy":
            return replace(cand, value=date(day.year, day.day, day.month))
        if printed_order(texts) == "both":
            return None  # the bill prints both orders: its other dates decide nothing
        read = _by_evidence(day, date(day.year, day.day, day.month), texts)
        return None if read is None else replace(cand, value=read)
    return cand


def _by_evidence(mdy: date, dmy: date, texts: Sequence[str]) -> date | None:
    """One of a statement date's two readings, by the rest of the bill: the same date printed
    with its month's name ("November 3, 2025"), or a payment due date that only one order puts
    a few days to weeks after it (03/11 due 03/12: 3 Nov due 3 Dec, not Mar 11 due Mar 12)."""
    named = {d for t in texts if _MONTH_WORD.search(t) and (d := parse_date(t)) is not None}
    if (mdy in named) != (dmy in named):
        return mdy if mdy in named else dmy
    fits: set[date] = set()
    for i, text in enumerate(texts):
        if not _DUE.search(text):
            continue
        due_text = " ".join(texts[i:i + 2])
        m = next(iter(NUMERIC_DATE.finditer(due_text)), None)
        if m is None and (due := _unambiguous(due_text)) is not None:
            # a due date only one order can read ("2026-04-28", "April 28, 2026")
            fits.update(r for r in (mdy, dmy) if _plausible(r, due.year, due.month, due.day))
            continue
        if m is None or not _dated(m):
            continue
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3)) % 100 + 2000
        for reading, (month, dd) in ((mdy, (first, second)), (dmy, (second, first))):
            if 1 <= month <= 12 and 1 <= dd <= 31 and _plausible(reading, year, month, dd):
                fits.add(reading)
    return next(iter(fits)) if len(fits) == 1 else None


_ISO = re.compile(r"\b(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b")


def _unambiguous(text: str) -> date | None:
    """The date of `text` when it is written so only one reading exists: year first, or the
    month by its name."""
    if not (_ISO.search(text) or _MONTH_WORD.search(text) or _DAY_MONTH_WORD.search(text)):
        return None
    return parse_date(text)


def _plausible(statement: date, year: int, month: int, day: int) -> bool:
    try:
        due = date(year, month, day)
    except ValueError:
        return False
    return 5 <= (due - statement).days <= 45


# a payment's due date: "Due Date", "Payment due by", "Amount due on", "Date d'échéance"
_DUE = re.compile(r"(?i)\bdue\b|payable (?:by|on|before)|[ée]ch[ée]ance|pay by\b")
_MONTH_WORD = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d")
# "28 avril 2026", "1er mai": a day before its month's name
_DAY_MONTH_WORD = re.compile(r"(?i)\b\d{1,2}(?:er|st|nd|rd|th)?\s+(?:jan|f[eé]v|feb|mar|avr|apr|"
                             r"mai|may|jui|jun|jul|ao[uû]|aug|sep|oct|nov|d[eé]c)")
