"""The wrong values the false-match probe types (probe.py): for every field of one bill, values
a careful reader must never confirm, each put into the bill's exact case.

A digit off, a digit more or less, another customer's value, a suite the bill does not print,
the carrier's own help lines, remit-to box and names, the call detail's dialed numbers. A value
that is truly the customer's (another of their accounts on a summary bill, one of their lines)
is never typed as a wrong one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from portdesk.domain.case import Address
from tests.billcorpus.carriers import CARRIERS
from tests.billcorpus.cases import COMPANY, CaseMaker
from tests.billcorpus.people import new_customer
from tests.billcorpus.truth import BillTruth, in_range
from tests.billcorpus.variants import off_by_one_digit


@dataclass(frozen=True, slots=True)
class Alteration:
    """One typed value made wrong: `field` must not match (`number`: that typed line must not)."""

    field: str
    kind: str
    entry: dict[str, Any]
    number: str = ""


def _phone(e164: str) -> str:
    return f"({e164[2:5]}) {e164[5:8]}-{e164[8:]}"


def _e164(printed: str) -> str:
    digits = re.sub(r"\D", "", printed)
    return "+" + digits if len(digits) == 11 else "+1" + digits


def _addr(a: Address) -> dict[str, str]:
    return {"line1": a.line1, "line2": a.line2, "city": a.city, "state": a.state,
            "postal_code": a.postal_code}


def _remit(t: BillTruth) -> dict[str, str] | None:
    """The carrier's remit-to box as a service address ("PO Box 5019", "Carol Stream, IL ...")."""
    if len(t.carrier.remit) < 2:
        return None
    m = re.match(r"(.+?),\s*([A-Z]{2})\s+([0-9A-Z][0-9A-Z -]{3,9})$", t.carrier.remit[-1])
    if m is None:
        return None
    return {"line1": t.carrier.remit[0], "line2": "", "city": m.group(1), "state": m.group(2),
            "postal_code": m.group(3).strip()}


def _customer_numbers(t: BillTruth) -> set[str]:
    subs = {n for s in t.sub_accounts for n in (*s.numbers, s.btn)}
    return {*t.numbers, *t.masked_numbers, *t.weak_numbers, *t.unseen_numbers, t.real_btn,
            *(x for x in (t.btn,) if x), *subs}


def _not_customers(t: BillTruth, e164: str) -> bool:
    return e164 not in _customer_numbers(t) and not any(in_range(e164, f, c) for f, c in t.ranges)


def alterations(t: BillTruth, text: str, rng: random.Random) -> Iterator[Alteration]:
    """Every wrong value typed for every field of one bill, each into the exact case's entry."""
    maker = CaseMaker(t, text, rng)
    base = maker.exact().entry

    def alt(field: str, kind: str, value: Any, number: str = "") -> Alteration:
        entry = dict(base)
        if field == "number":
            entry["numbers"] = [*base["numbers"], value]
        else:
            entry[field] = value
        return Alteration(field, kind, entry, number)

    yield from _account(t, maker, alt, rng)
    yield from _btn(t, maker, alt, rng)
    yield from _name(t, alt, rng)
    yield from _service(t, maker, alt, rng)
    mine = COMPANY.get(t.carrier.key, t.carrier.key)
    others = sorted(k for k in CARRIERS if COMPANY.get(k, k) != mine and k != t.carrier.key)
    for key in rng.sample(others, 2):
        yield alt("carrier", "another carrier", CARRIERS[key].brand)
    for kind, e164 in _wrong_numbers(t, rng):
        yield alt("number", kind, _phone(e164), e164)


def _account(t: BillTruth, maker: CaseMaker, alt: Any, rng: random.Random) -> Iterator[Alteration]:
    for a in _wrong_accounts(t, maker, rng):
        accounts = {t.account_number, t.real_account_number, *(s.account_number
                                                               for s in t.sub_accounts)}
        if re.sub(r"\W", "", a.value) not in {re.sub(r"\W", "", x) for x in accounts}:
            yield alt("account_number", a.kind, a.value)  # another account of theirs is theirs


@dataclass(frozen=True, slots=True)
class _Typed:
    kind: str
    value: str


def _wrong_accounts(t: BillTruth, maker: CaseMaker, rng: random.Random) -> Iterator[_Typed]:
    account = maker.account
    digits = [i for i, c in enumerate(account) if c.isdigit()]
    if not digits:
        return
    yield _Typed("a digit off", off_by_one_digit(account, rng))
    yield _Typed("last digit off", off_by_one_digit(account, rng, digits[-1:]))
    yield _Typed("a digit more", account + "7")
    if len(digits) > 5:
        yield _Typed("a digit less", account[:digits[-1]] + account[digits[-1] + 1:])
    other = "".join(str(rng.randint(0, 9)) if c.isdigit() else c for c in account)
    yield _Typed("another customer's", other)
    for kind, ref in (("the invoice number", t.invoice_id), ("the customer id", t.customer_id)):
        if ref and re.sub(r"\W", "", ref) != re.sub(r"\W", "", account) and ref in maker.text:
            yield _Typed(kind, ref)
    if t.help_numbers:
        yield _Typed("a help line's digits", t.help_numbers[0][2:])


def _btn(t: BillTruth, maker: CaseMaker, alt: Any, rng: random.Random) -> Iterator[Alteration]:
    if "btn" not in maker.exact().entry:
        return
    btn = maker.btn[2:]
    for kind, spots in (("a line digit off", range(6, 10)), ("an exchange digit off", range(3, 6))):
        typed = "+1" + off_by_one_digit(btn, rng, list(spots))
        if _not_customers(t, typed):
            yield alt("btn", kind, _phone(typed))
    for kind, pool in (("a help line", t.help_numbers), ("a dialed number", t.dialed_numbers)):
        for e164 in rng.sample(list(pool), min(2, len(pool))):
            if _not_customers(t, e164):
                yield alt("btn", kind, _phone(e164))
    for kind, ref in (("the account number's first ten digits", maker.account),
                      ("the invoice number's first ten digits", t.invoice_id),
                      ("the customer id's first ten digits", t.customer_id)):
        digits = re.sub(r"\D", "", ref)
        if len(digits) >= 10 and digits[0] not in "01" and digits[3] not in "01" and (
                _not_customers(t, "+1" + digits[:10])):
            yield alt("btn", kind, _phone("+1" + digits[:10]))
    others = sorted(n for n in t.numbers if n != maker.btn)
    if t.btn is not None and others and not t.sub_accounts:
        yield alt("btn", "another of the lines", _phone(rng.choice(others)))


def _name(t: BillTruth, alt: Any, rng: random.Random) -> Iterator[Alteration]:
    name = t.account_name
    words = name.split()
    word = max(words, key=len)
    i = len(word) // 2
    letter = "x" if word[i].lower() != "x" else "z"
    changed = word[:i] + (letter.upper() if word[i].isupper() else letter) + word[i + 1:]
    yield alt("account_name", "a letter off", name.replace(word, changed, 1))
    yield alt("account_name", "a word more", " ".join([*words[:1], "Harbor", *words[1:]]))
    core = [w for w in words if w.strip(".,").upper() not in _LEGAL]
    if len(core) >= 3:
        yield alt("account_name", "a word less", " ".join(w for w in words if w != core[1]))
        if not _TRADE_NAME.search(name):  # 'Acme Bakery' of 'Acme Bakery Inc. dba X' is theirs
            yield alt("account_name", "its first two words", " ".join(core[:2]))
    if len(core) >= 2:
        last = "HOLDINGS" if core[-1].isupper() else "Holdings"
        yield alt("account_name", "its last word another", name.replace(core[-1], last, 1)
                  if core[-1].casefold() != "holdings" else name.replace(core[-1], "Group", 1))
    other = new_customer(rng, t.carrier.country, "fr" if "fr" in t.family else "en", 0.3)
    if re.sub(r"\W", "", other.name.casefold()) != re.sub(r"\W", "", name.casefold()):
        yield alt("account_name", "another customer's", other.name)
    yield alt("account_name", "the carrier's name", t.carrier.brand)
    yield alt("account_name", "the carrier's legal name", t.carrier.legal)


_TRADE_NAME = re.compile(r"(?i)\b(?:dba|d/b/a|o/a|t/a|doing business as|c/o|attn)\b")
_LEGAL = frozenset({"INC", "LLC", "LTD", "CORP", "CO", "LLP", "THE", "&", "AND", "OF", "INC.",
                    "LTÉE", "LTEE", "INCORPORATED", "LIMITED", "COMPANY", "CORPORATION"})


def _service(t: BillTruth, maker: CaseMaker, alt: Any, rng: random.Random) -> Iterator[Alteration]:
    a = maker.service
    if a is None or not maker.service_shown:
        return
    head = re.search(r"\d+", a.line1)
    if head is not None:
        spots = list(range(head.start(), head.end()))
        yield alt("service_address", "house number off",
                  _addr(replace(a, line1=off_by_one_digit(a.line1, rng, spots))))
    zip_digits = [i for i, c in enumerate(a.postal_code[:5]) if c.isdigit()]
    if zip_digits:
        yield alt("service_address", "postal code off",
                  _addr(replace(a, postal_code=off_by_one_digit(a.postal_code, rng, zip_digits))))
    if any(c.isdigit() for c in a.line2):
        yield alt("service_address", "suite off", _addr(replace(a, line2=off_by_one_digit(
            a.line2, rng))))
    elif not a.line2:
        yield alt("service_address", "a suite the bill does not print",
                  _addr(replace(a, line2="Suite 418")))
    words = a.line1.split()
    kind = next((i for i, w in enumerate(words) if w.strip(".").casefold() in _STREET_TYPES), None)
    if kind is not None:
        was = words[kind].strip(".").casefold()
        other = "Court" if was not in ("court", "ct") else "Plaza"
        yield alt("service_address", "another street type", _addr(replace(
            a, line1=" ".join([*words[:kind], other.upper() if words[kind].isupper() else other,
                               *words[kind + 1:]]))))
    yield alt("service_address", "another city", _addr(replace(
        a, city="Riverton" if a.city.casefold() != "riverton" else "Lakeview")))
    billing = t.billing_address
    if billing is not None and billing.line1 != a.line1 and not t.sub_accounts:
        yield alt("service_address", "the mailing address", _addr(billing))
    if (remit := _remit(t)) is not None:
        yield alt("service_address", "the carrier's remit-to address", remit)
    other = new_customer(rng, t.carrier.country, "fr" if "fr" in t.family else "en", 0.3)
    yield alt("service_address", "another customer's", _addr(other.service))


_STREET_TYPES = frozenset({"st", "street", "rd", "road", "ave", "avenue", "blvd", "boulevard", "dr",
                           "drive", "ln", "lane", "way", "hwy", "highway", "pkwy", "ct", "court",
                           "pl", "place", "cir", "ter", "trl", "rue", "chemin", "calle"})


def _wrong_numbers(t: BillTruth, rng: random.Random) -> Iterator[tuple[str, str]]:
    pool = sorted(_customer_numbers(t) - {""})
    base = rng.choice(pool)
    extra = "+1" + off_by_one_digit(base[2:], rng, list(range(6, 10)))
    if _not_customers(t, extra) and extra not in t.traps:
        yield "a line digit off", extra
    for first, count in t.ranges[:1]:
        edge = first[:-4] + f"{int(first[-4:]) + count:04d}"
        if _not_customers(t, edge):
            yield "one past a block's end", edge
    for kind, numbers in (("a help line", t.help_numbers), ("a dialed number", t.dialed_numbers)):
        for e164 in rng.sample(list(numbers), min(2, len(numbers))):
            if _not_customers(t, e164):
                yield kind, e164
