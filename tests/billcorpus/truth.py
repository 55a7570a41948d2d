"""Ground truth: what a perfect reader returns for one bill, and the look-alikes it must refuse.

A family renders a `Draft`: the customer's facts plus everything the carrier adds (account number,
invoice and customer IDs, help lines, dialed numbers). The family changes the draft to what it
actually prints (upper case, a masked account number, no service address on a wireless bill) and
the draft then freezes into `BillTruth`, so the truth is by construction what is on the page.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from portdesk.domain.case import Address
from tests.billcorpus.carriers import Carrier
from tests.billcorpus.people import Customer

BILL_FIELDS = ("carrier", "account_name", "account_number", "statement_date", "service_address",
               "billing_address", "btn", "numbers")


@dataclass(frozen=True, slots=True)
class SubAccount:
    """One account of a multi-account (summary) bill; all belong to the same customer."""

    account_number: str
    btn: str
    service: Address
    numbers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BillTruth:
    """Canonical values as printed; `alternatives` lists other values that are equally right.

    `btn`/`numbers` hold only what the bill prints in full; `masked_numbers` the lines it prints
    with hidden digits (their real values, which a specialist may type). `real_*` are the
    customer's true values, used to type cases even where the bill hides or omits them.
    """

    family: str
    carrier: Carrier
    carrier_printed: str
    account_name: str
    account_number: str
    statement_date: date
    service_address: Address | None
    billing_address: Address | None
    btn: str | None
    numbers: tuple[str, ...]
    masked_numbers: tuple[str, ...] = ()
    help_numbers: tuple[str, ...] = ()
    dialed_numbers: tuple[str, ...] = ()
    invoice_id: str = ""
    customer_id: str = ""
    real_account_number: str = ""
    real_btn: str = ""
    real_service_address: Address | None = None
    ranges: tuple[tuple[str, int], ...] = ()  # DID blocks printed as ranges: (first, count)
    alternatives: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    traits: frozenset[str] = frozenset()
    pages: int = 1
    sub_accounts: tuple[SubAccount, ...] = ()
    seen: dict[str, frozenset[int]] = field(default_factory=dict)  # see pages.py
    cut: int = 0  # the document holds only the first `cut` pages of the bill (0: all of them)
    weak_numbers: tuple[str, ...] = ()  # on the pages held only as a call-detail heading
    unseen_numbers: tuple[str, ...] = ()  # the customer's lines printed on pages not held
    # lines printed only between the two ends of a slash pair with no count ('830-555-0176/0190'
    # and no '(15 numbers)' nor a word naming a block on its row): two numbers or a block, the
    # bill cannot say which, so a line between them is "unverifiable", never exact or not found
    between_numbers: tuple[str, ...] = ()
    # a billing agent the page names apart from the carrier ("Billed on behalf of X by Y"): a
    # name a specialist may type as the carrier by mistake (carriertruth: a mismatch)
    billing_agent: str = ""
    # the BTN is proven by the page's one number under a singular label (pages.own_number_btn):
    # the cases still draw whether to type it, so no other case of the bill moves
    btn_from_own_number: bool = False

    def shown(self, kind: str, value: str) -> bool:
        """Is `value` printed as `kind` on the pages the document holds? (A whole bill shows
        everything in its truth: the truth is what it prints.)"""
        if not self.cut:
            return True
        pages = self.seen.get(f"{kind}:{value}", frozenset())
        return any(p <= self.cut for p in pages)

    @property
    def traps(self) -> frozenset[str]:
        """Numbers printed on the bill that are not the customer's."""
        return frozenset(self.help_numbers) | frozenset(self.dialed_numbers)

    @property
    def account_masked(self) -> bool:
        return self.account_number != self.real_account_number


def e164(npa: str, line: int, nxx: str = "555") -> str:
    return f"+1{npa}{nxx}{line:04d}"


class NumberPool:
    """555-01XX numbers without repeats, per bill."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def one(self, npa: str) -> str:
        for _ in range(500):
            n = e164(npa, self.rng.randint(100, 199))
            if n not in self.used:
                self.used.add(n)
                return n
        raise RuntimeError(f"no 555-01XX number left in {npa}")

    def block(self, npa: str, count: int) -> list[str]:
        """Consecutive numbers (a DID block) that are all still free."""
        for _ in range(200):
            start = self.rng.randint(100, 200 - count)
            nums = [e164(npa, start + i) for i in range(count)]
            if not self.used.intersection(nums):
                self.used.update(nums)
                return nums
        raise RuntimeError(f"no free block of {count} in {npa}")


_OTHER_NPAS = ("212", "312", "415", "617", "404", "206", "615", "303", "702", "480", "971", "470")


@dataclass
class Draft:
    """Mutable while a family draws; `freeze()` gives the truth of what was drawn."""

    family: str
    carrier: Carrier
    customer: Customer
    rng: random.Random
    account_number: str
    statement_date: date
    numbers: list[str]
    ranges: list[tuple[str, int]]
    dialed: list[str]
    pool: NumberPool
    name: str = ""
    carrier_printed: str = ""
    service: Address | None = None
    billing: Address | None = None
    btn: str | None = None
    masked: list[str] = field(default_factory=list)
    invoice_id: str = ""
    customer_id: str = ""
    help_numbers: list[str] = field(default_factory=list)
    alternatives: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    traits: set[str] = field(default_factory=set)
    printed_account: str = ""
    sub_accounts: list[SubAccount] = field(default_factory=list)
    billing_agent: str = ""  # the agent printing the bill for the carrier, as printed
    detail_pages: int | None = None  # overrides a family's call detail length (memory benchmark)
    btn_from_own_number: bool = False  # see BillTruth

    def __post_init__(self) -> None:
        self.name = self.name or self.customer.name
        self.carrier_printed = self.carrier_printed or self.carrier.brand
        self.service = self.customer.service
        self.billing = self.customer.billing
        self.btn = self.numbers[0]
        self.printed_account = self.account_number

    @property
    def real_btn(self) -> str:
        return self.numbers[0]

    def singles(self) -> list[str]:
        """The numbers not printed as part of a DID range."""
        return [n for n in self.numbers if not any(in_range(n, f, c) for f, c in self.ranges)]

    def upper(self) -> None:
        """Carriers' billing systems that print the customer's record in capitals."""
        self.name = self.name.upper()
        self.service = upper_address(self.service)
        self.billing = upper_address(self.billing)
        self.traits.add("upper")

    def mask_account(self, style: str = "X", visible: int = 4) -> None:
        digits = sum(c.isalnum() for c in self.account_number)
        hide = digits - visible
        out = []
        for c in self.account_number:
            if c.isalnum() and hide > 0:
                out.append(style)
                hide -= 1
            else:
                out.append(c)
        self.printed_account = "".join(out)
        self.traits.add("masked_account")

    def freeze(self, pages: int, seen: dict[str, frozenset[int]] | None = None) -> BillTruth:
        seen = seen or {}
        between = [n for n in self.numbers if seen.get(f"between:{n}")
                   and not seen.get(f"number:{n}") and n not in self.masked]
        full = [n for n in self.numbers if n not in self.masked and n not in between]
        return BillTruth(
            family=self.family, carrier=self.carrier, carrier_printed=self.carrier_printed,
            account_name=self.name, account_number=self.printed_account,
            statement_date=self.statement_date, service_address=self.service,
            billing_address=self.billing, btn=self.btn, numbers=tuple(full),
            masked_numbers=tuple(self.masked), help_numbers=tuple(self.help_numbers),
            dialed_numbers=tuple(self.dialed), invoice_id=self.invoice_id,
            customer_id=self.customer_id, real_account_number=self.account_number,
            real_btn=self.real_btn,
            real_service_address=upper_address(self.customer.service) if "upper" in self.traits
            else self.customer.service,
            ranges=tuple(self.ranges), alternatives=dict(self.alternatives),
            traits=frozenset(self.traits), pages=pages, sub_accounts=tuple(self.sub_accounts),
            seen=dict(seen), between_numbers=tuple(between), billing_agent=self.billing_agent,
            btn_from_own_number=self.btn_from_own_number)


def address_key(a: Address) -> str:
    """How a service address is named in `BillTruth.seen` (see pages.py)."""
    return f"{a.line1}|{a.postal_code}"


def in_range(number: str, first: str, count: int) -> bool:
    return number[:-4] == first[:-4] and 0 <= int(number[-4:]) - int(first[-4:]) < count


def upper_address(a: Address | None) -> Address | None:
    if a is None:
        return None
    return replace(a, line1=a.line1.upper(), line2=a.line2.upper(), city=a.city.upper())


def new_draft(family: str, carrier: Carrier, customer: Customer, rng: random.Random, *,
              account_number: str, lines: tuple[int, int] = (1, 4), block: float = 0.0,
              block_size: tuple[int, int] = (5, 20), dialed: int = 8) -> Draft:
    """Numbers: the BTN first, then single lines and, with chance `block`, one DID block."""
    pool = NumberPool(rng)
    numbers = [pool.one(customer.npa)]
    for _ in range(rng.randint(*lines) - 1):
        numbers.append(pool.one(customer.npa))
    ranges: list[tuple[str, int]] = []
    if rng.random() < block:
        nums = pool.block(customer.npa, rng.randint(*block_size))
        numbers.extend(nums)
        ranges.append((nums[0], len(nums)))
    others = [n for n in _OTHER_NPAS if n != customer.npa]
    called = [pool.one(rng.choice(others)) for _ in range(dialed)]
    start = date(2025, 1, 1) + timedelta(days=rng.randint(0, 540))
    return Draft(family=family, carrier=carrier, customer=customer, rng=rng,
                 account_number=account_number, statement_date=start, numbers=numbers,
                 ranges=ranges, dialed=called, pool=pool,
                 invoice_id=str(rng.randint(10**8, 10**10 - 1)),
                 customer_id=str(rng.randint(10**6, 10**8 - 1)),
                 help_numbers=[_help_e164(n) for _, n in carrier.help_lines])


def _help_e164(printed: str) -> str:
    digits = "".join(c for c in printed if c.isdigit())
    return "+1" + digits[-10:]
