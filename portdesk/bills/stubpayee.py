"""Who is paid, read from the payment stub when no label says it.

A stub ("detach and return this portion", "tear off and mail with your check") carries two
address blocks: the customer's, and the one the payment goes to. The payee's block is a short
name over a PO Box and a city line, and its name heads no other address on the bill; the
customer's name also heads the mailing block at the top. That name is the sender as surely as
a "Remit to:" label over it, so it counts as a remit sign (issuer.py).

A payee with a street address, not a box, is the sender only by the envelope's order: its
name and the customer's both head a block on the stub and one at the top of the first page,
and there its block is the return address, set over the customer's (the recipient's).
"""

from __future__ import annotations

import re

from portdesk.bills.addrparse import STREET_START, is_city_state_zip
from portdesk.bills.layout import Segment, below
from portdesk.bills.pageindex import BillIndex

_STUB = re.compile(r"(?i)\bdetach|tear (?:off|here)|return (?:this|the|with)|\bmail (?:this|with)|"
                   r"d[ée]tacher|retourner|payment (?:stub|coupon)|desprend|"
                   r"env[ií]e (?:esta|este|con)|tal[óo]n de pago|cup[óo]n de pago")
_PO_BOX = re.compile(r"(?i)^\s*(?:p\.?\s?o\.?\s+box|c\.?p\.?|case postale|bo[îi]te postale|apartado|apdo\.?)\s+\d")
_NAME = re.compile(r"^[A-Z][\w&'’.,!+-]*(?:\s+[\w&'’.,!+-]+){0,5}$")  # to six words: a co-op's legal name


def stub_payees(index: BillIndex) -> list[tuple[str, Segment, Segment]]:
    """(name, its line, the stub's line) for each payee block found under a stub's line
    (searched once per bill: the sender's signs and the return addresses both ask)."""
    cached = index.cache.get("stub_payees")
    if cached is None:
        cached = index.cache["stub_payees"] = _stub_payees(index)
    return list(cached)  # type: ignore[call-overload,no-any-return]


def _stub_payees(index: BillIndex) -> list[tuple[str, Segment, Segment]]:
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
            box = below(seg, page.by_top, align=3.0)
            town = below(box, page.by_top, align=3.0) if box is not None else None
            if box is None or town is None or not is_city_state_zip(town.text):
                continue
            if _PO_BOX.match(box.text) and heads.count(name.casefold()) <= 1:
                out.append((name, seg, stub))
            elif STREET_START.match(box.text) and (_return_address(index, box, stub) or (
                    _beside_recipient(index, seg, box, stub))):
                out.append((name, seg, stub))
    return out


def _return_address(index: BillIndex, street: Segment, stub: Segment) -> bool:
    """The stub's block and one at the top of page 1 print the same street, and so do another
    block on the stub and one under that top block: the sender's return address over the
    recipient's block (see the module's docstring). The names may differ ("X" on the stub,
    "X Holdings, LLC" at the top); the street says they are one block."""
    tops = _street_blocks(index, stub, on_stub=False)
    key = _street_key(street.text)
    mine = [t for k, t in tops if k == key]
    if len(mine) != 1:
        return False
    stubbed = {k for k, _ in _street_blocks(index, stub, on_stub=True)}
    return any(k != key and k in stubbed and t.top > mine[0].top for k, t in tops)


def _beside_recipient(index: BillIndex, head: Segment, street: Segment, stub: Segment) -> bool:
    """The stub holds two blocks: the recipient's (the customer's mailing block, the same name
    over the same street as at the top of page 1) and this one, set before it (above it or to
    its left), on a street of its own under a name that heads no block at the top: the payee's,
    as the window envelope's return address."""
    tops = _street_blocks(index, stub, on_stub=False)
    stubbed = _street_blocks(index, stub, on_stub=True)
    key, name = _street_key(street.text), head.text.strip(" ,").casefold()
    if len(stubbed) != 2 or any(k == key or t.text.strip(" ,").casefold() == name
                                for k, t in tops):
        return False  # the customer's own street or name: another of the customer's blocks
    top_blocks = {(k, t.text.strip(" ,").casefold()) for k, t in tops}
    return any(t is not head and (k, t.text.strip(" ,").casefold()) in top_blocks and (
        t.top > head.top or t.x0 > head.x0) for k, t in stubbed)


def _street_key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def _street_blocks(index: BillIndex, stub: Segment, *,
                   on_stub: bool) -> list[tuple[str, Segment]]:
    """(street, the name's line) of every name over a street or a box on page 1: in its top
    third, or (`on_stub`) under the stub's line."""
    if not index.pages:
        return []
    page = index.pages[0]
    out: list[tuple[str, Segment]] = []
    for seg in page.segments:
        if on_stub != (seg.page == stub.page and seg.top > stub.bottom):
            continue
        if not on_stub and seg.top > page.page.height * 0.3:
            continue
        under = below(seg, page.by_top, align=3.0)
        name = seg.text.strip(" ,")
        if under is not None and _NAME.match(name) and not any(c.isdigit() for c in name) and (
                STREET_START.match(under.text) or _PO_BOX.match(under.text)):
            out.append((_street_key(under.text), seg))
    return out


def return_addresses(index: BillIndex) -> set[str]:
    """The casefolded names the stub and the envelope's order give as the sender's return
    address (see the module's docstring), and the names over the same street at the top:
    never the holder's name."""
    cached = index.cache.get("return_addresses")
    if cached is None:
        found: set[str] = set()
        for name, seg, stub in stub_payees(index):
            box = below(seg, index.pages[seg.page - 1].by_top, align=3.0)
            if box is None or _PO_BOX.match(box.text):
                continue
            found.add(name.casefold())
            key = _street_key(box.text)
            found.update(t.text.strip(" ,").casefold()
                         for k, t in _street_blocks(index, stub, on_stub=False) if k == key)
        cached = index.cache["return_addresses"] = found
    return cached  # type: ignore[return-value]


def _address_heads(index: BillIndex) -> list[str]:
    """The first line of every address block on the bill (a name over a street or a box)."""
    heads: list[str] = []
    for page in index.pages:
        for seg in page.segments:
            under = below(seg, page.by_top, align=3.0)
            if under is not None and (under.text[:1].isdigit() or _PO_BOX.match(under.text)):
                heads.append(seg.text.strip(" ,").casefold())
    return heads
