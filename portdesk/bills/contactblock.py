"""The carrier's contact block, known by its own web address: "Office 519-..." over "Toll free
1-800-..." over "<carrier>.ca".

A carrier signs a short block of its contact lines with its web address: the lines one under the
other at one left edge, no blank between, the address among them. Each line names its number in
a word of its own ("Office", "Main", "Fax") that is no help word a reader knows, and the block
may sit under the heading of the customer's lines further up the column, which then seems to
claim it. The block says whose it is: the web address the bill names its sender by, and another
of its lines that says help in words (a toll-free line). A customer's list of lines never ends in
the carrier's web address; and a number of the exchange of a line the bill lists elsewhere stays
the customer's (its own office beside its lines).
"""

from __future__ import annotations

import re

from portdesk.bills.context import Context, Place, fold, strong_help
from portdesk.bills.findbase import Found
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.placerank import Sighting, number_rank

_WEB = re.compile(r"(?i)^\W*(?:https?://)?(?:www\.)?[a-z0-9-]{3,}(?:\.[a-z0-9-]+)*\."
                  r"(?:com|net|ca|us|org|coop|biz|tel)\W*$")
_ALIGN = 3.0  # points: how far apart the block's lines may start
_PITCH = 1.8  # how far apart two lines of the block may be, in line heights


def contact_block_lines(bill: BillIndex, phones: dict[str, list[Found]],
                        sightings: dict[str, list[Sighting]]) -> None:
    """Give the place of a help line to each number in a block signed by the carrier's web
    address (see the module's docstring)."""
    blocks = [(n, block) for n, index in enumerate(bill.pages, 1) for block in _blocks(index)]
    if not blocks:
        return
    inside = {e164: [f for f in found if _in_any(f, blocks)] for e164, found in phones.items()}
    listed = {e164[:8] for e164, found in phones.items() if not inside[e164]
              and number_rank(e164, sightings[e164])[0] == 2}
    for e164, found in phones.items():
        if not inside[e164] or e164[:8] in listed:
            continue
        for i, f in enumerate(found):
            if f not in inside[e164]:
                continue
            if any(p.context in (Context.NUMBERS, Context.BTN) and p.relation == "line"
                   for p in f.places):
                continue  # labelled a line on its own line: the customer's, whatever is near
            # the heading of the lines' column or section further up does not reach the block
            keep = tuple(p for p in f.places if p.context not in (Context.NUMBERS, Context.BTN))
            place = Place(Context.HELP, f"the carrier's contact block ({f.evidence.text})", "block")
            found[i] = Found(f.form, f.evidence, (place, *keep), f.read_conf, f.whole)


def _blocks(index: PageIndex) -> list[list[Segment]]:
    """Stacks of lines signed by a web address, with a help line among them."""
    out = []
    for web in (s for s in index.segments if _WEB.match(s.text) and "@" not in s.text):
        stack = [web]
        for step in (-1, 1):
            current = web
            while (nxt := _next(index, current, step)) is not None:
                stack.append(nxt)
                current = nxt
        if len(stack) > 1 and any(strong_help(_words(s.text)) for s in stack if s is not web):
            out.append(stack)
    return out


def _next(index: PageIndex, seg: Segment, step: int) -> Segment | None:
    for n in (seg.line + step, seg.line + 2 * step):
        cell = next((c for c in index.lines.get(n, []) if abs(c.x0 - seg.x0) <= _ALIGN), None)
        if cell is not None:
            gap = cell.top - seg.bottom if step > 0 else seg.top - cell.bottom
            return cell if -1 <= gap <= _PITCH * max(seg.height, 6.0) else None
    return None


def _words(text: str) -> str:
    return fold(re.split(r"\d", text, maxsplit=1)[0])


def _in_any(f: Found, blocks: list[tuple[int, list[Segment]]]) -> bool:
    x0, top, x1, bottom = f.evidence.bbox
    return any(n == f.evidence.page and any(
        s.x0 - 1 <= x0 and x1 <= s.x1 + 1 and s.top - 1 <= top and bottom <= s.bottom + 1
        for s in block) for n, block in blocks)
