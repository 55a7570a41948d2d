"""Blocks and lists of numbers as carriers print them on one line, so every number is found.

Blocks: "720-555-0133 THRU 0152", "... - 0152", "... thru -0152", "... through 52", "0100 thru
19", "... to (720) 555-0152", "720/555-0133-0152", "up to", "~", arrows, French "à", "au",
"jusqu'à", Spanish "al", "hasta" (blockform.py), a bare "a" between two whole numbers; a range is only a range within one exchange and
a thousand numbers. Lists: "720-555-0142/0136/0108", "608-555-0101, -0104, -0117", "..., 0104
and 0117". OCR's readings of both are in scanranges.py, blocks across a table row in
rowranges.py, a row's count of lines in rowcounts.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from portdesk.bills.blockform import (
    MAX_RANGE,
    MORE_DIGITS,
    RANGE_RE,
    RANGE_SEP,
    Block,
    left_out,
)
from portdesk.bills.parse import PHONE_RE
from portdesk.bills.scanranges import scan_blocks

__all__ = ["Block", "abbreviated_in", "blocks_in"]


def blocks_in(text: str, scan: bool = False) -> list[Block]:
    """The ranges printed in one run of text (`scan`: read by OCR, which loses separators)."""
    text, out = scan_blocks(text) if scan else (text, [])
    spans = [*RANGE_RE.finditer(text), *(() if scan else _BARE_A.finditer(text))]
    for m in sorted(spans, key=lambda m: m.start()):
        if m.re is _BARE_A and any(b.span[0] <= m.start() < b.span[1] for b in out):
            continue
        if _A_CHANGE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "your number will change from X to Y": an old line and a new one
        last = _last_line(m.group(3), m.group(5), m.group("sep"), text[m.end():])
        block = _block(text, m.group(1), m.group(2), int(m.group(3)), last, m.start(), m.end())
        if block is None:
            continue
        out.append(block)
        while (more := _MORE_BLOCKS.match(text, block.span[1])) is not None:
            # "720-555-0133 thru 0152, 0160 thru 0165": a later block of the same exchange
            first, tail = more.group("first"), more.group("tail")
            if _YEARS.match(f"{first}-{tail}"):
                break  # "..., 2025-2026": years, not lines
            last = _last_line(first, tail, more.group("sep"), text[more.end():])
            block = _block(text, m.group(1), m.group(2), int(first), last, more.start("first"),
                           more.end())
            if block is None:
                break
            out.append(block)
    return out


# Spanish "a" (and French "à" printed without its accent) between two numbers of one exchange,
# both written in full: "(787) 555-0178 a (787) 555-0182". Only on a text layer (OCR's "a" may
# be a misread "&", a question: scanranges.py) and only before a whole number, never its last
# digits ("... a 24 hour line")
_BARE_A = re.compile(
    r"(?<![\d])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})[\s.-]?(\d{4})"
    r"\s+(?P<sep>a)\s+(?:\+?1[\s.-]?)?(?:\(?\1\)?[\s./-]?)?\2[\s.-]?(\d{4})(?!\d)")
# a sentence telling of one number replaced by another ("will change from X to Y", "changes
# from X to Y", "is replaced from", French "passera de X à Y", Spanish "cambiará de X a Y"): the two
# ends are an old number and a new one, never a block of the lines between them
_A_CHANGE = re.compile(
    r"(?i)\b(?:chang\w*|replac\w*|renumber\w*|passer\w*|passera\w*|remplac\w*|cambi\w*|"
    r"reemplaz\w*)\b[^.;:\n]{0,40}\b(?:from|de|del|du)\s*$")
_MORE_BLOCKS = re.compile(r"\s*(?:[,;&]|\band\b|\bet\b|\by\b)\s*(?P<first>\d{4})\s*"
                          + RANGE_SEP + r"[.,:]?\s*-?\s*(?P<tail>\d{2,4})(?!\d)")
_YEARS = re.compile(r"^(?:19|20)\d\d-(?:(?:19|20)\d\d|\d\d)$")


def _last_line(head: str, tail: str, sep: str, after: str) -> int | None:
    """The block's last line from its printed end: in full, or as its last digits ("0190
    through 92": the tail replaces the last digits), never after a bare dash ("0133-52" is as
    likely a reference) nor when more digits follow ("to 212-555-")."""
    if len(tail) < 4:
        if sep in "-–—" or MORE_DIGITS.match(after):
            return None
        tail = head[:4 - len(tail)] + tail
    return int(tail)


def _block(text: str, npa: str, nxx: str, first: int, last: int | None, start: int,
           end: int) -> Block | None:
    """The block from `first` to `last` printed over text[start:end], with the lines a clause
    after it leaves out; None when the two ends make no block."""
    if last is None or not 0 < last - first <= MAX_RANGE:
        return None
    block = Block(npa, nxx, first, last, (start, end))
    excluded, more = left_out(text[end:], block)
    return replace(block, excluded=excluded, span=(start, end + more)) if more else block


# a list's later lines after a comma, semicolon or ampersand, a slash (spaced or not) or, for
# the last of them, "and" / "et" / "y": "608-555-0101, 0104 and 0117", "0101 / 0104 / 0117"
_TAILS = re.compile(r"(?:\s*[,;&]\s*-\d{4}(?!\d)|/\d{4}(?!\d)|\s/\s\d{4}(?=\s*(?:[,;/]|$))|"
                    r"\s*[,;&]\s*\d{4}(?=\s*(?:[,;&]|$|,?\s*(?:and|et|y)\s))|"
                    r"\s*,?\s+(?:and|et|y)\s+-?\d{4}(?=\s*(?:[,;.)]|$)))+")
# on a scan a list's comma is often read as a full stop ('-0113, -0162. -0148'), its dash twice
# ('0182,--0167'): a later line written by its dash and last digits still follows one; a bare
# '. 0148' may end a sentence
_SCAN_TAILS = re.compile(r"(?:\s*[,;&.]\s*-{1,2}\d{4}(?!\d)|/\d{4}(?!\d)|"
                         r"\s*[,;&]\s*\d{4}(?=\s*(?:[,;&]|$)))+")
_TAIL = re.compile(r"(?:-|/\s?|[,;&]\s*|\b(?:and|et|y)\s+)(\d{4})")
_YEAR = re.compile(r"^\s*,?\s*(?:[,;&/]|and|et|y)\s*(?:19|20)\d\d\s*$")


# a list's later lines written without the area code said once before them ('(956) 555-0114,
# 555-0126 y 555-0104'): the exchange and the line, after a comma or semicolon or, for the
# last, "and" / "et" / "y"
_LOCAL_TAILS = re.compile(r"(?:\s*[,;]\s*[2-9]\d{2}-\d{4}(?![\d-])|"
                          r"\s*,?\s+(?:and|et|y)\s+[2-9]\d{2}-\d{4}(?![\d-]))+")
_LOCAL_TAIL = re.compile(r"([2-9]\d{2})-(\d{4})")


def abbreviated_in(text: str, scan: bool = False) -> list[tuple[str, tuple[int, int]]]:
    """'502-555-0141, -0130, -0155', '..., 0130, 0155' or '720-555-0142/0136/0108': later lines of the list written
    as their last four digits after a dash or a slash, in the exchange of the full number before
    them; (E.164, span) of each. A single '/0152' may be a list of two or a block's first and
    last line: either way both are the account's, and the lines between are left unconfirmed."""
    out = []
    for m in PHONE_RE.finditer(text):
        tails = (_SCAN_TAILS if scan else _TAILS).match(text, m.end())
        if tails is None or _YEAR.match(tails.group()):
            continue  # "..., 2025" after a number is a year
        head = "+1" + "".join(m.groups())[:6]
        for t in _TAIL.finditer(text, tails.start(), tails.end()):
            out.append((head + t.group(1), (t.start(), t.end())))
    if not scan:
        for m in PHONE_RE.finditer(text):
            tails = _LOCAL_TAILS.match(text, m.end())
            if tails is None:
                continue
            npa = m.group(1)
            for t in _LOCAL_TAIL.finditer(text, tails.start(), tails.end()):
                out.append((f"+1{npa}{t.group(1)}{t.group(2)}", (t.start(), t.end())))
    return out

