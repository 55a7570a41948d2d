"""Batch assign and batch status change act on what the specialist saw (issue 19's leftover): two
desks on one database file; a case the other desk changed after the queue showed it is left as it
is and named with who changed it; the same batch run twice does nothing twice."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from portdesk.domain.lifecycle import Status
from portdesk.services import desk, intents
from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store
from tests.helpers import case


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[tuple[Store, Store, list[int]]]:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    ana = Store.open(url)
    ids = []
    for i in range(3):
        made = ana.cases.create(case(numbers=[f"+1212555014{i}"]), "ana")
        assert made.id is not None
        ids.append(made.id)
    tom = Store.open(url)  # a second desk: its own engine and sessions on the same file
    yield ana, tom, ids
    ana.close()
    tom.close()


def seen_by(store: Store, ids: list[int]) -> dict[int, int | None]:
    """What the queue showed: each row's version."""
    rows = {r.id: r for r in store.queue.page(QueueQuery()).rows}
    return {i: rows[i].version for i in ids}


def test_batch_assign_leaves_a_case_changed_since_and_names_it(desks) -> None:
    ana, tom, ids = desks
    seen = seen_by(ana, ids)
    tom.cases.update(replace(tom.cases.get(ids[1]), notes="customer asked to wait"),
                     "Tom Okafor")
    result = desk.assign(ana, seen, "Ana Silva", "Ana Silva")
    refs = [ana.cases.get(i).reference for i in ids]
    assert result.done == [refs[0], refs[2]]
    assert [ref for ref, _ in result.changed] == [refs[1]] and not result.failed
    assert "edited by Tom Okafor" in result.changed[0][1]
    assert f"1 changed since you looked, left as they are: {refs[1]}" in \
        result.summary("Assigned")
    kept = ana.cases.get(ids[1])
    assert kept.assignee == "" and kept.notes == "customer asked to wait"
    again = desk.assign(ana, seen, "Ana Silva", "Ana Silva")  # a double click, a retry
    assert again.done == [] and len(again.changed) == 3
    assert [e.action for e in ana.audit.for_case(ids[0])].count("case.edited") == 1


def test_batch_status_change_on_what_was_seen(desks) -> None:
    ana, tom, ids = desks
    seen = seen_by(ana, ids)
    tom.cases.change_status(ids[0], Status.EXPIRED, "Tom Okafor", "customer went quiet")
    intents.comment(tom, ids[2], "still waiting for the bill", "Tom Okafor")  # not a change
    result = desk.change_status_many(ana, seen, "cancelled", "duplicate request", "Ana Silva")
    refs = [ana.cases.get(i).reference for i in ids]
    assert [ref for ref, _ in result.changed] == [refs[0]]
    assert "status by Tom Okafor" in result.changed[0][1]
    assert result.done == [refs[1], refs[2]]
    assert ana.cases.get(ids[0]).status == Status.EXPIRED  # not cancelled over Tom's change
    assert ana.cases.get(ids[1]).status == Status.CANCELLED
    history = ana.cases.status_history(ids[1])
    again = desk.change_status_many(ana, seen, "cancelled", "duplicate request", "Ana Silva")
    assert again.done == [] and {ref for ref, _ in again.changed} == set(refs)
    assert ana.cases.status_history(ids[1]) == history  # cancelled once, not twice


def test_a_row_never_loaded_is_taken_as_it_stands(desks) -> None:
    ana, _tom, ids = desks
    result = desk.assign(ana, dict.fromkeys(ids), "Ana Silva", "Ana Silva")
    assert len(result.done) == 3 and not result.changed
