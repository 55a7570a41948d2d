"""TWELFTH BLIND SPLIT: not for the reader's author (see families/blind12/__init__.py).

Print habits the blind12 families share and no earlier split uses: a value over a rule with its
caption under it, letter-spaced headings, labels in white on a dark band, rural route and highway
contract addresses that replace the street, Canadian postal codes printed without their space.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.colors import Color, HexColor

from portdesk.domain.case import Address
from tests.billcorpus.draw import GREY, Sheet
from tests.billcorpus.truth import Draft

WHITE = HexColor("#FFFFFF")


def spaced(label: str) -> str:
    """'A C C O U N T  N U M B E R': a heading letter-spaced (words kept apart by two spaces)."""
    return "  ".join(" ".join(word) for word in label.split())


def value_over_caption(s: Sheet, x: float, y: float, w: float, value: str, caption: str,
                       size: float = 9.5) -> None:
    """A form-like field: the value, a rule under it, and its small caption below the rule."""
    s.text(x, y, value, size, bold=True)
    s.rule(x, y + 4, x + w, 0.6, GREY)
    s.text(x, y + 12, caption, 6, color=GREY)


def reverse_label(s: Sheet, x: float, y: float, w: float, label: str, size: float = 7.5,
                  color: Color | None = None) -> None:
    """A label printed in white on a dark band (reverse video); the value goes right of it."""
    s.box(x, y - size - 2, w, size + 5, fill=color or s.accent)
    s.text(x + 4, y, label, size, bold=True, color=WHITE)


def move_to(d: Draft, service: Address, billing_too: bool = True) -> None:
    """The customer's premises are this address (a rural route, a highway contract box): the
    customer and the draft both, so what a specialist types is what the carrier prints."""
    same = d.customer.billing == d.customer.service
    billing = service if same and billing_too else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


def rural_route(d: Draft, kind: str) -> Address:
    """'RR 2 Box 14' or 'HC 65 Box 8' as line 1, in the customer's own town."""
    r = d.rng
    assert d.service is not None
    line1 = (f"RR {r.randint(1, 6)} Box {r.randint(10, 399)}" if kind == "RR"
             else f"HC {r.randint(1, 80)} Box {r.randint(2, 999)}")
    return replace(d.service, line1=line1, line2="")


def postal_unspaced(a: Address | None) -> Address | None:
    """A Canadian postal code as some billing systems print it: 'G3L4K5'."""
    if a is None or a.country != "CA":
        return a
    return replace(a, postal_code=a.postal_code.replace(" ", ""))
