"""Boxes labelled only by a code ("A1", "B3", "1.1") and the key that says what each code asks.

The key is usually printed on the page of the boxes ("A1  Registered name of the account
holder"); a form may print it once for all on its guidance page instead ("LEGENDA DEI CODICI" on
page 1, the boxes on page 2, whose side notes say only "A2: vedi nota 2"). The form's legend is
the one page listing the most codes each followed by its words: a code whose own page says
nothing that reads as a field is read by the legend.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from portdesk.loa.labels import PageText
from portdesk.loa.vocabulary import classify

_CODE = re.compile(r"^([A-Z]\d{1,2}|\d{1,2}\.\d{1,2})$")
_KEY_REACH = 30.0  # points from a code in the key to the words it stands for
_KEY_GAP = 14.0  # a wider gap ends the key's phrase
_FOOTNOTE_MARKS = re.compile(r"[\s¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+$")  # "A2 ²": the code and a footnote mark
_LEGEND_CODES = 4  # a legend lists at least this many codes
_LEGEND: ContextVar[dict[str, str] | None] = ContextVar("code_legend", default=None)


def _code_of(label: str) -> str:
    return _FOOTNOTE_MARKS.sub("", label.strip()).rstrip(":.")


def _phrases(code: str, text: PageText) -> list[str]:
    """The words printed right after each place the code is printed on the page."""
    said = []
    for w in (w for w in text.words if w.text.rstrip(":.") == code):
        after = sorted((o for o in text.line_of(w.rect) if o.x0 >= w.x1 - 0.5 and not o.is_blank),
                       key=lambda o: o.x0)
        phrase: list[str] = []
        edge = w.x1
        for o in after:
            if o.x0 - edge > (_KEY_REACH if not phrase else _KEY_GAP) or _CODE.match(
                    o.text.rstrip(":.")):
                break
            phrase.append(o.text)
            edge = o.x1
        if phrase:
            said.append(" ".join(phrase))
    return said


def form_legend(texts: dict[int, PageText]) -> dict[str, str]:
    """The form's legend: on the page listing the most codes each said once with its words
    (at least four), each code's words; {} when no page or two pages list the most."""
    best: list[dict[str, str]] = []
    for text in texts.values():
        codes = {w.text.rstrip(":.") for w in text.words if _CODE.match(w.text.rstrip(":."))}
        keyed = {c: said[0] for c in codes if len(said := _phrases(c, text)) == 1}
        if len(keyed) < _LEGEND_CODES:
            continue
        if not best or len(keyed) > len(best[0]):
            best = [keyed]
        elif len(keyed) == len(best[0]):
            best.append(keyed)
    return best[0] if len(best) == 1 else {}


@contextmanager
def keyed_by(legend: dict[str, str]) -> Iterator[None]:
    """Code labels read inside this block fall back on this legend."""
    token = _LEGEND.set(legend)
    try:
        yield
    finally:
        _LEGEND.reset(token)


def keyed_label(label: str, text: PageText) -> str | None:
    """The words a code label stands for in the page's key ("A1  Registered name of the
    account holder"): the one place the code is printed with words right after it. None when
    the label is no code, or the key does not say it once (a code printed with words twice,
    as a section number and in the key, is not sure). When the page says nothing for it that
    reads as a field ("A2: vedi nota 2"), the form's legend says it."""
    code = _code_of(label)
    if not _CODE.match(code):
        return None
    said = _phrases(code, text)
    own = said[0] if len(said) == 1 else None
    if own is not None and classify(own) is not None:
        return own
    return (_LEGEND.get() or {}).get(code) or own
