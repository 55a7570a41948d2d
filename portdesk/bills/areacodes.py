"""Numbers printed in parts: under their area code's heading ('Area code 720' over '555-0110'),
or in a table's NPA | NXX | LINE cells ('605  555  0106').

A bill that groups its numbers by area code prints the area code once, as a heading, and each
number under it as its exchange and line only. Each of those is the whole number of that area
code, listed where the heading's list is; the group ends at the next heading or at the first
line that does not start with such a number. A table whose header names the parts of a number
(NPA, NXX, LINE) prints each number across three cells of its row: one number per row, until a
row that does not start with the three parts.
"""

from __future__ import annotations

import re

from portdesk.bills.findbase import Found, _phone_found, _word_span
from portdesk.bills.pageindex import PageIndex
from portdesk.bills.values import Evidence

# 'Area code 720', 'NPA 720', 'Indicatif régional 514', 'Código de área 787'
_AREA_HEAD = re.compile(r"(?i)^\W*(?:area\s+code|npa|indicatif(?:\s+r[ée]gional)?|"
                        r"c[óo]digo\s+de\s+[áa]rea)?\s*:?\s*\(?([2-9]\d{2})\)?\W*$")
_NAMED_HEAD = re.compile(r"(?i)area\s+code|npa|indicatif|c[óo]digo")
_LOCAL = re.compile(r"^([2-9]\d{2})[-.\s](\d{4})(?![\d-])")


# a header naming a number's parts in order: 'NPA NXX LINE', 'Area Code | Prefix | Line Number'
_PARTS_HEAD = re.compile(r"(?i)\b(?:npa|area\s+code)\s+(?:nxx|prefix|exchange)\s+"
                         r"(?:line|xxxx|station|suffix)\b")
_PARTS_ROW = re.compile(r"^([2-9]\d{2})\s+([2-9]\d{2})\s+(\d{4})(?!\S)")


def area_code_lines(index: PageIndex) -> dict[str, list[Found]]:
    """Each number printed in parts, as E.164: under an area code's heading or in a table's
    NPA | NXX | LINE cells."""
    out = _under_headings(index)
    for e164, found in _in_part_cells(index):
        out.setdefault(e164, []).append(found)
    return out


def _in_part_cells(index: PageIndex) -> list[tuple[str, Found]]:
    out: list[tuple[str, Found]] = []
    inside = False
    for n in index.order:
        row = index.lines[n]
        text = " ".join(s.text for s in row)
        if _PARTS_HEAD.search(text):
            inside = True
            continue
        parts = _PARTS_ROW.match(text) if inside else None
        if parts is None:
            inside = False
            continue
        cells, words = [], 0
        for seg in row:  # the segments the three parts are printed in
            cells.append(seg)
            words += len(seg.words)
            if words >= 3:
                break
        head = _phone_found(index, row[0], 0, min(2, len(row[0].words) - 1))
        found = Found(parts.group(0), Evidence.of(*cells) if len(cells) > 1 else head.evidence,
                      head.places, min(s.conf for s in cells))
        out.append((f"+1{parts.group(1)}{parts.group(2)}{parts.group(3)}", found))
    return out


def _under_headings(index: PageIndex) -> dict[str, list[Found]]:
    out: dict[str, list[Found]] = {}
    npa: str | None = None
    for n in index.order:
        row = index.lines[n]
        text = " ".join(s.text for s in row)
        head = _AREA_HEAD.match(text)
        if head is not None and _NAMED_HEAD.search(text):
            npa = head.group(1)
            continue
        first = row[0]
        local = _LOCAL.match(first.text)
        if npa is None or local is None:
            npa = None
            continue
        a, b = _word_span(first, local.start(), local.end())
        e164 = f"+1{npa}{local.group(1)}{local.group(2)}"
        out.setdefault(e164, []).append(_phone_found(index, first, a, b))
    return out
