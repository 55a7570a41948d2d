"""How a layout family is declared: its carrier, its customers' profile and its drawing function.

A family is one carrier's way of organising a bill (what it calls things, where it puts them). Each
bill of a family varies the customer, the values and the optional parts, never the organisation.
The split is where the module lives: `tuned/`, `blind/` (set aside before the reader was rewritten),
`blind2/` (set aside after its first blind score), `blind3/` (set aside before round 4) or
`blind4/` (set aside before round 5, scored blind in session 6's round); all four now open for tuning.
`blind5/` to `blind9/` were held out for sessions 7's to 11's rounds and are open now;
`tune10/` was written open, as tuning material for session 12's round; `tune11/`, `tune12/`,
`tune13/`, `tune14/`, `tune15/`, `tune16/` and `tune17/` the same way for sessions 13's to 19's.
`blind10/` was held out for session 12's round, scored blind at its start and end, and is open now.
`blind11/` was held out for session 13's round, scored blind at its start and end, and is open now.
`blind12/` was held out for session 14's round, scored blind at its start and end, and is open now.
`blind13/` was held out for session 15's round, scored blind at its start and end, and is open now.
`blind14/` was held out for session 16's round, scored blind at its start and end, and is open now.
`blind15/` was held out for session 17's round, scored blind at its start and end, and is open now.
`blind16/` was held out for session 18's round, scored blind at its start and end, and is open now.
`blind17/` was the held-out split of session 19's round, scored blind at its ends, open now.
`blind18/` was the held-out split of session 20's round, scored blind at its ends, open now.
`blind19/` was the held-out split of session 21's round, scored blind at its ends, open now.
`blind20/` was the held-out split of session 22's round, scored blind at its ends, open now.
`blind21/` was the held-out split of session 23's round, scored blind at its ends, open now.
`blind22/` is the held-out split written before session 24's round.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from tests.billcorpus.draw import Sheet
from tests.billcorpus.people import Customer
from tests.billcorpus.truth import Draft

AccountFn = Callable[[random.Random, Customer, str], str]
RenderFn = Callable[[Sheet, Draft], None]


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    carrier: str
    modelled_on: str  # the public material the organisation follows
    render: RenderFn
    account: AccountFn
    split: str
    country: str = "US"
    lang: str = "en"
    lines: tuple[int, int] = (1, 4)
    block: float = 0.0  # chance of a DID block printed as a range
    block_size: tuple[int, int] = (5, 20)
    person_share: float = 0.2
    font: str = "Helvetica"
    accent: str = "#003366"
    dialed: int = 10
    region: str = ""  # a regional carrier's territory (people.REGIONS)


FAMILIES: dict[str, Family] = {}


def family(name: str, *, carrier: str, modelled_on: str, account: AccountFn,
           **options: object) -> Callable[[RenderFn], RenderFn]:
    """Register the decorated drawing function as a family; the split comes from its package."""

    def register(render: RenderFn) -> RenderFn:
        split = render.__module__.split(".families.")[1].split(".")[0]
        if name in FAMILIES:
            raise ValueError(f"layout family {name} declared twice")
        FAMILIES[name] = Family(name, carrier, modelled_on, render, account, split,
                                **options)  # type: ignore[arg-type]
        return render

    return register
