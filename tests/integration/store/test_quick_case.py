"""`case show` and `audit show` read an SQLite queue with sqlite3 alone (store/quick_case.py):
the case, its history and its trail are the Store's own (the PIN masked, never opened), and what
the reader cannot answer is left to the Store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from portdesk.domain.case import Address, mask_secret
from portdesk.domain.lifecycle import Status
from portdesk.services import intents
from portdesk.store.quick_case import quick_case, quick_trail
from portdesk.store.store import Store
from tests.helpers import case

TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def queue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store, list[str]]]:
    folder = tmp_path_factory.mktemp("quickcase")
    url = f"sqlite:///{folder / 'queue.sqlite3'}"
    store = Store.open(url, key_dir=folder)
    refs = []
    for i in range(8):
        made = store.cases.create(case(
            account_name=f"José Núñez {i}", pin="4821" if i % 2 else "",
            numbers=[f"312-555-{100 + i:04d}", f"312-555-{150 + i:04d}"],
            kind="port_out" if i == 5 else "port_in", port_type="partial" if i == 3 else "full",
            remaining_action="keep" if i == 3 else None,
            remaining_numbers=["312-555-0190"] if i == 3 else [],
            requested_date=(TODAY + timedelta(days=20)).isoformat() if i % 3 else None), "ana")
        assert made.id is not None
        changed = replace(made, foc_date=TODAY + timedelta(days=i) if i % 2 else None,
                          billing_address=Address("PO Box 12", "", "Austin", "TX", "78701")
                          if i == 4 else None, platform_refs=("ord-1", "ord-2") if i == 6 else (),
                          platform_order_id="ord-1" if i == 6 else None, notes=f"note {i}")
        store.cases.update(changed, "ana")
        if i % 2:
            store.cases.change_status(made.id, Status.SUBMITTED, "ana", "sent", enforce=False)
        intents.comment(store, made.id, f"called the customer ({i})", "ana")
        refs.append(made.reference)
    yield url, store, refs
    store.close()


def test_each_case_and_its_history_are_the_stores_own(
        queue: tuple[str, Store, list[str]]) -> None:
    url, store, refs = queue
    for ref in [*refs, refs[2].lower(), refs[3].removeprefix("PD-")]:
        found = quick_case(url, ref)
        assert found is not None, ref
        quick, history = found
        expected = store.cases.get_by_reference(ref)
        assert quick == replace(expected, pin=mask_secret(expected.pin)), ref
        assert history == store.cases.status_history(expected.id or 0)
    assert any(store.cases.get_by_reference(r).pin for r in refs)  # a PIN was there to mask


def test_each_trail_is_the_stores_own(queue: tuple[str, Store, list[str]]) -> None:
    url, store, refs = queue
    for ref in refs:
        found = quick_trail(url, ref)
        assert found is not None
        expected = store.cases.get_by_reference(ref)
        assert found[1] == store.audit.for_case(expected.id or 0)
        assert len(found[1]) >= 3  # created, edited, commented: something to compare


def test_what_it_cannot_answer_is_left_to_the_store(
        queue: tuple[str, Store, list[str]], tmp_path: Path) -> None:
    url, _store, refs = queue
    assert quick_case(url, "PD-999999") is None  # the Store says "no case" in its own words
    assert quick_trail(f"{url}?timeout=3", refs[0]) is None
    assert quick_case("sqlite://", refs[0]) is None
    old = tmp_path / "old.sqlite3"
    Store.open(f"sqlite:///{old}", key_dir=tmp_path).close()
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert quick_case(f"sqlite:///{old}", "PD-000001") is None
