"""Fields a bill rarely labels: the carrier (its logo line) and the window-envelope mailing block."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Iterator

from portdesk.bills.context import Context, classify
from portdesk.bills.layout import Segment, below
from portdesk.bills.parse import STREET_START, clean_name, is_city_state_zip, parse_address_lines
from portdesk.bills.reader import Page
from portdesk.bills.values import Candidate, Evidence
from portdesk.bills.vocab import GENERIC_TITLE_WORDS

IsLabel = Callable[[Segment], bool]
_OWNED = frozenset({Context.SERVICE, Context.REMIT, Context.CARRIER, Context.HELP, Context.USAGE})
_ATTENTION = re.compile(r"(?i)^(?:attn|attention|c/o|care of|a/s)\b")


def carrier_candidates(page: Page, segments: list[Segment], is_label: IsLabel) -> list[Candidate]:
    """The biggest name-like line in the top quarter of page 1: carriers print their name large."""
    if not segments:
        return []
    body = statistics.median(s.height for s in segments)
    best: tuple[float, Segment] | None = None
    for seg in segments:
        if seg.top > page.height * 0.25 or is_label(seg):
            continue
        words = [re.sub(r"[^a-z]", "", w.text.lower()) for w in seg.words]
        if any(w in GENERIC_TITLE_WORDS for w in words) or clean_name(seg.text) is None:
            continue
        if sum(c.isalpha() for c in seg.text) < 3:
            continue
        size = seg.height / body
        if size < 1.25:
            continue
        if best is None or size > best[0]:
            best = (size, seg)
    if best is None:
        return []
    size, seg = best
    score = min(0.9, 0.55 + 0.1 * size) * seg.conf
    return [Candidate(seg.text.strip(" :"), Evidence.of(seg), score)]


def mailing_block_candidates(page: Page, segments: list[Segment],
                             is_label: IsLabel) -> Iterator[tuple[str, Candidate]]:
    """Name over street over 'City, ST ZIP', unlabelled, in the top half of page 1.

    Blocks under a label (remit-to, service address) are the label's business, and a block of
    two lines (the carrier's own address under its logo) has no name line, so neither counts.
    """
    for csz in segments:
        if csz.top > page.height * 0.5 or not is_city_state_zip(csz.text):
            continue
        block = _block_above(csz, segments)
        streets = [i for i, s in enumerate(block) if STREET_START.match(s.text)]
        start = streets[0] - 1 if streets else -1
        while start >= 1 and _ATTENTION.match(block[start].text):
            start -= 1  # "ATTN Maria Lopez" / "c/o": the name is the line above
        block = block[start:] if start >= 0 else []
        if len(block) < 3 or any(is_label(s) for s in block):
            continue
        above = _line_above(block[0], segments)
        if above is not None and is_label(above) and classify(above.text) in _OWNED:
            continue  # a service-location or remit-to block is its label's business
        name = clean_name((block[0].trimmed() or block[0]).text)
        if name is None or STREET_START.match(block[0].text):
            continue
        address = parse_address_lines([s.text for s in block[1:]
                                       if not _ATTENTION.match(s.text)])
        if address is None:
            continue
        conf = min(s.conf for s in block)
        yield "account_name", Candidate(name, Evidence.of(block[0]), 0.75 * conf)
        yield "billing_address", Candidate(address, Evidence.of(*block[1:]), 0.75 * conf)


def _line_above(seg: Segment, segments: list[Segment]) -> Segment | None:
    best: Segment | None = None
    for other in segments:
        if other.bottom <= seg.top + 1 and abs(other.x0 - seg.x0) <= 6:
            if seg.top - other.bottom < max(seg.height, 6.0) * 1.9:
                if best is None or other.top > best.top:
                    best = other
    return best


def _block_above(csz: Segment, segments: list[Segment]) -> list[Segment]:
    block = [csz]
    while len(block) < 5:
        up = _line_above(block[0], segments)
        if up is None:
            break
        block.insert(0, up)
        if below(up, segments, max_lines=1.9, align=6.0) is not block[1]:
            break
    return block
