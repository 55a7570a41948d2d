"""THIRTEENTH BLIND SPLIT: not for the reader's author (see families/blind13/__init__.py).

Print habits the blind13 families share: names turned round or shared ('SMITH, JORDAN A',
'Jordan & Casey Smith', 'Estate of ...'), addresses moved to another shape (the unit before the
street, a Puerto Rico urbanización, directionals spelled out), numbers in monospaced NPA / NXX /
LINE columns, footnote marks glued to values and symbol-font icons in the text layer.
"""

from __future__ import annotations

from dataclasses import replace

from portdesk.domain.case import Address
from tests.billcorpus.draw import Sheet
from tests.billcorpus.truth import Draft

ICON_FONT = "ZapfDingbats"
PHONE_ICON = "%"  # a telephone in ZapfDingbats: a stray '%' (or a glyph) in the text layer

_DIRS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast",
         "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"}
_TYPES = {"St": "Street", "Ave": "Avenue", "Rd": "Road", "Dr": "Drive", "Blvd": "Boulevard",
          "Ln": "Lane", "Ct": "Court", "Pl": "Place", "Way": "Way", "Pkwy": "Parkway",
          "Hwy": "Highway", "Cir": "Circle", "Ter": "Terrace", "Trl": "Trail"}


def move_to(d: Draft, service: Address, billing_too: bool = True) -> None:
    """The customer's premises are this address: the customer and the draft both, so what a
    specialist types is what the carrier prints (the billing address follows when it was the
    same)."""
    same = d.customer.billing == d.customer.service
    billing = service if same and billing_too else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


def spelled_out(a: Address) -> Address:
    """'412 N Maple St' as some billing systems print it: '412 North Maple Street'."""
    words = a.line1.split()
    out = [_DIRS.get(w, w) if i == 1 else _TYPES.get(w, w) if i == len(words) - 1 else w
           for i, w in enumerate(words)]
    return replace(a, line1=" ".join(out))


def unit_first(a: Address, dash: bool) -> Address:
    """'Unit 3B - 12 Main St' or '3B-12 Main St': the unit before the street, on one line."""
    if not a.line2:
        return a
    unit = a.line2.split()[-1]
    line1 = f"{unit}-{a.line1}" if dash else f"{a.line2.replace('#', 'Unit')} - {a.line1}"
    return replace(a, line1=line1, line2="")


def person_parts(name: str) -> tuple[str, str, str]:
    """(first, middle initial or '', last) of a drawn person's name ('Jordan A. Smith')."""
    words = name.split()
    middle = words[1].rstrip(".") if len(words) == 3 else ""
    return words[0], middle, words[-1]


def last_first(name: str) -> str:
    """'SMITH, JORDAN A': the billing system's directory form, in capitals."""
    first, middle, last = person_parts(name)
    return f"{last}, {first} {middle}".strip().upper()


def shared_name(d: Draft, partner: str) -> str:
    """Two owners on one account: 'Jordan & Casey Smith'."""
    first, _, last = person_parts(d.name)
    return f"{first} & {partner} {last}"


def icon_number(s: Sheet, x: float, y: float, printed: str, size: float = 8.5,
                bold: bool = False) -> float:
    """A number with a telephone icon in front of it, the icon in a symbol font."""
    s.text(x, y, PHONE_ICON, size, font=ICON_FONT)
    return s.text(x + size * 1.3, y, printed, size, bold=bold)
