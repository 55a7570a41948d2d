"""Whose section a blank sits in: the new provider's, the office's, or the current provider's.

A form repeats the same labels in different sections: "Company name:" under "To: (new provider)"
is the new provider's name, under "From: (current provider)" it is the carrier's, and under
"For Verizon use only" nothing of ours goes there at all. The section is named by the nearest
heading above the blank: a short printed line that is nobody's label (not the text a blank was
read by), in the blank's own column first, else starting left of it (a band across the page).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Word
from portdesk.loa.labels import Line, PageText
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, normalise, provider_role

_REACH = 70.0  # points above a blank its section heading may sit
_HEADING_WORDS = 9  # a longer line is body text, not a heading
OFFICE_USE = re.compile(r"\b(use only|office use|internal use|reserved for|reserve (a|aux)|"
                        r"usage interne|a remplir par|nur fur|interne vermerke|vom anbieter "
                        r"auszufullen|uso interno|uso exclusivo|voor intern gebruik|in te vullen "
                        r"door|ne pas remplir|do not (fill|write)|nicht ausfullen|niet invullen|"
                        r"no rellenar)\b")
_PRINTED_VALUE = re.compile(r":\s*[^\s(]")  # "Recipient operator name: COLT Ltd" (not "To: (...)")
_NAMES = frozenset({LoaField.ACCOUNT_NAME, LoaField.CARRIER})
_THEIRS_UNDER_LOSING = frozenset({
    LoaField.SERVICE_ADDRESS, LoaField.STREET, LoaField.SUITE, LoaField.CITY, LoaField.STATE,
    LoaField.POSTAL_CODE, LoaField.CONTACT_PHONE, LoaField.CONTACT_EMAIL,
    LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE})


def mark_sections(founds: list[Found], texts: dict[int, PageText]) -> None:
    """Turn blanks in the new provider's or the office's section into not ours, and names in
    the current provider's section into the carrier (its address and contact are not ours)."""
    labels = {(f.blank.page, normalise(f.evidence)) for f in founds if f.evidence}
    for f in founds:
        if f.field is None or f.field == NOT_OURS:
            continue
        heading = section_heading(f, texts[f.blank.page], labels)
        if heading is None:
            continue
        role = "office" if OFFICE_USE.search(normalise(heading)) else provider_role(heading)
        if role in ("office", "gaining"):
            f.field, f.evidence = NOT_OURS, f"{f.evidence} (under '{heading}')"
        elif role == "losing" and f.field in _NAMES:
            f.field, f.confidence = LoaField.CARRIER, max(f.confidence, 0.85)
            f.evidence = f"{f.evidence} (under '{heading}')"
        elif role == "losing" and f.field in _THEIRS_UNDER_LOSING:
            f.field, f.evidence = NOT_OURS, f"{f.evidence} (the current provider's, under " \
                f"'{heading}')"


def section_heading(f: Found, text: PageText, labels: set[tuple[int, str]]) -> str | None:
    """The text of the nearest heading above the blank, or None when there is none near."""
    x0, _y0, x1, top = f.blank.rect
    near = sorted((ln for ln in text.lines if top - 2 <= ln.y <= top + _REACH),
                  key=lambda ln: ln.y)
    for in_column in (True, False):
        for line in near:
            words = _words(line, x0, x1, in_column)
            if not words:
                continue
            said = " ".join(w.text for w in words)
            if (f.blank.page, normalise(said.strip(" :"))) in labels or \
                    (f.blank.page, normalise(line.text.strip(" :"))) in labels:
                continue  # another blank's label, not a heading
            if len(line.words) > _HEADING_WORDS or _PRINTED_VALUE.search(said):
                continue  # body text (a fragment of it can look like anything), or a value
            return said
    return None


def _words(line: Line, x0: float, x1: float, in_column: bool) -> Sequence[Word]:
    if in_column:
        return [w for w in line.words if w.x1 > x0 - 2 and w.x0 < x1 + 2]
    return list(line.words) if line.x0 <= x0 + 2 else []
