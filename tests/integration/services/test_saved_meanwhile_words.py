"""The "changed by someone else" banner says what the other desk did, in words, however many
log entries its one write made: a version is one write, not one entry."""

from __future__ import annotations

from dataclasses import replace

from portdesk.services import intents
from portdesk.services.desk import saved_meanwhile
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import new_case


def test_a_split_under_the_open_case_is_named_with_where_the_numbers_went(
        store: Store, tmp_path) -> None:
    made = new_case(store, ["312-555-0101", "312-555-0102"])
    assert made.id is not None
    other = Store.open(str(store.engine.url))  # the colleague's desk: its own connection
    try:
        child = intents.split(other, made.id, ["+13125550102"], "maria", "another account")
    finally:
        other.close()
    said = saved_meanwhile(store, made.id, made.version)
    assert said.startswith("maria at "), said
    assert "numbers" in said.lower() and f"split into {child.reference}" in said, said


def test_several_writes_are_each_named_and_nothing_older(store: Store) -> None:
    made = new_case(store, ["312-555-0101"])
    assert made.id is not None
    store.cases.update(replace(made, notes="before the desk opened it"), "ana")
    seen = store.cases.get(made.id)  # the desk holds this version
    first = store.cases.update(replace(seen, assignee="maria"), "maria")
    store.cases.update(replace(first, account_number="55511122"), "maria")
    said = saved_meanwhile(store, made.id, seen.version)
    assert "assignee" in said and "account number" in said, said
    assert "notes" not in said.lower() and "ana" not in said, said


def test_a_status_change_says_what_the_case_is_now(store: Store) -> None:
    """A colleague cancelled the case while it was open here: 'status Cancelled', not 'status'."""
    made = new_case(store, ["312-555-0101"])
    assert made.id is not None
    intents.cancel(store, made.id, "customer changed their mind", "maria")
    said = saved_meanwhile(store, made.id, made.version)
    assert "status Cancelled" in said, said
