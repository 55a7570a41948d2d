"""Who is paid, read from the payment stub when no label says it.

A stub ("detach and return this portion", "tear off and mail with your check") carries two
address blocks: the customer's, and the one the payment goes to. The payee's block is a short
name over a PO Box and a city line, and its name heads no other address on the bill; the
customer's name also heads the mailing block at the top. That name is the sender as surely as
a "Remit to:" label over it, so it counts as a remit sign (issuer.py).
"""

from __future__ import annotations

import re

from portdesk.bills.addrparse import is_city_state_zip
from portdesk.bills.layout import Segment, below
from portdesk.bills.pageindex import BillIndex

_STUB = re.compile(r"(?i)\bdetach|tear (?:off|here)|return (?:this|the|with)|\bmail (?:this|with)|"
                   r"d[ée]tacher|retourner|payment (?:stub|coupon)")
_PO_BOX = re.compile(r"(?i)^\s*(?:p\.?\s?o\.?\s+box|c\.?p\.?|case postale|bo[îi]te postale|apartado|apdo\.?)\s+\d")
_NAME = re.compile(r"^[A-Z][\w&'’.,!+-]*(?:\s+[\w&'’.,!+-]+){0,5}$")  # to six words: a co-op's legal name


def stub_payees(index: BillIndex) -> list[tuple[str, Segment, Segment]]:
    """(name, its line, the stub's line) for each payee block found under a stub's line."""
    heads = _address_heads(index)
    out: list[tuple[str, Segment, Segment]] = []
    for page in index.pages:
        stubs = [s for s in page.segments if _STUB.search(s.text)]
        if not stubs:
            continue
        for seg in page.segments:
            stub = next((s for s in stubs if 0 < seg.top - s.bottom < 200), None)
            name = seg.text.strip(" ,")
            if stub is None or not _NAME.match(name) or any(c.isdigit() for c in name):
                continue
            box = below(seg, page.segments, align=3.0)
            town = below(box, page.segments, align=3.0) if box is not None else None
            if box is None or town is None or not _PO_BOX.match(box.text):
                continue
            if not is_city_state_zip(town.text) or heads.count(name.casefold()) > 1:
                continue
            out.append((name, seg, stub))
    return out


def _address_heads(index: BillIndex) -> list[str]:
    """The first line of every address block on the bill (a name over a street or a box)."""
    heads: list[str] = []
    for page in index.pages:
        for seg in page.segments:
            under = below(seg, page.segments, align=3.0)
            if under is not None and (under.text[:1].isdigit() or _PO_BOX.match(under.text)):
                heads.append(seg.text.strip(" ,").casefold())
    return heads
