"""The corpus's 'another customer' case must type a name that is not the bill's own: a draw of
the same name ("Sunrise Print Shop Inc" on a bill printing "Sunrise Print Shop Inc.") made the
truth say 'mismatch' where the bill really prints the value (a false false-match on blind8)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from tests.billcorpus import cases
from tests.billcorpus.build import render_bill
from tests.billcorpus.verify import page_text


def test_another_customer_never_types_the_bills_own_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bill = render_bill("citywest_business", 0, tmp_path)
    draws = iter([0, 1])
    real = cases.new_customer

    def drawn(rng: random.Random, *args: object) -> object:
        other = real(rng, *args)  # type: ignore[arg-type]
        if next(draws, 1) == 0:  # the first draw: the bill's own name, punctuated otherwise
            return replace(other, name=bill.truth.account_name.rstrip(".").upper())
        return other

    monkeypatch.setattr(cases, "new_customer", drawn)
    maker = cases.CaseMaker(bill.truth, page_text(bill.path), random.Random(7))
    typed = maker.other_customer().entry["account_name"]
    assert _key(typed) != _key(bill.truth.account_name)


def _key(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())
