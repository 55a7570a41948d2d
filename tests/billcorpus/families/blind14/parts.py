"""FOURTEENTH BLIND SPLIT: not for the reader's author (see families/blind14/__init__.py).

Print habits the blind14 families share: labels letter-spaced or split by a font change inside a
word, numbers that belong to no line of the account (a forwarding destination, a number ported
away) kept out of the customer's numbers, and house numbers in the shapes of a region (a grid
address, a Hawaii hyphenated number, a building name before the street).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from portdesk.domain.case import Address
from tests.billcorpus.draw import Sheet
from tests.billcorpus.truth import Draft

_SUFFIXED = ("Patrick O'Brien Jr.", "José Núñez", "Mary-Kate D'Angelo", "William Hughes III",
             "Renée Dubois-Smith", "Dwayne McAllister Sr.", "Siobhán O'Neill",
             "Luis Peña Jr.")


def move_to(d: Draft, service: Address, billing_too: bool = True) -> None:
    """The customer's premises are this address (the customer's record and the draft both, so
    what a specialist types is what the carrier prints; the billing address follows when it
    was the same)."""
    same = d.customer.billing == d.customer.service
    billing = service if same and billing_too else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


def rename(d: Draft, name: str) -> None:
    """The account holder's name as the carrier holds it (the customer's record follows)."""
    d.customer = replace(d.customer, name=name)
    d.name = name


def suffixed_person(rng: random.Random) -> str:
    """A person's name with an apostrophe, an accent or a suffix ('Patrick O'Brien Jr.')."""
    return rng.choice(_SUFFIXED)


def spaced(s: Sheet, x: float, y: float, text: str, size: float = 9, track: float = 2.2,
           bold: bool = True) -> float:
    """A heading drawn one character at a time with tracking: 'A C C O U N T' to the eye and,
    to the text layer, single glyphs with gaps between them."""
    for ch in text:
        w = s.width(ch, size, bold)
        s.text(x, y, ch, size, bold=bold)
        x += w + track
    return x


def split_word(s: Sheet, x: float, y: float, pieces: Sequence[tuple[str, bool]],
               size: float = 9) -> float:
    """A label whose word changes font midway ('Acc' in bold, then 'ount'): two strings in
    the text layer that the eye reads as one word."""
    for text, bold in pieces:
        s.text(x, y, text, size, bold=bold)
        x += s.width(text, size, bold)
    return x


def outside(d: Draft, npa: str | None = None) -> str:
    """A number printed on the bill that is on no line of this account (a forwarding
    destination, a number ported away, a removed line): a trap, never the customer's."""
    n = d.pool.one(npa or d.customer.npa)
    d.help_numbers.append(n)
    return n
