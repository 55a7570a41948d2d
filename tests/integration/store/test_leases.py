"""Leases on SQLite and PostgreSQL: one holder at a time, handed over only once expired (or its
process is gone), whole cases claimed in the order their intents were made."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from portdesk.store.desks import DeskIdentity, DeskRegistry
from portdesk.store.leases import PULL, Keeper, LeaseBook, LeaseLost, case_lease
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from tests.helpers import case

LEASE = timedelta(seconds=60)
T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _books(store: Store, clock: Clock, *names: str) -> list[LeaseBook]:
    return [LeaseBook(store.sessions, name, LEASE, clock, host="elsewhere") for name in names]


def _queued(store: Store, count: int) -> list[int]:
    """`count` cases with two pending intents each, made in case order."""
    repo = SyncRepository(store.sessions, store.box)
    ids = []
    for i in range(count):
        created = store.cases.create(case(numbers=[f"312-555-{100 + i:04d}"]), "tester")
        assert created.id is not None
        with store.transaction() as session:
            repo.enqueue(session, created.id, "create", f"create:{created.id}")
            repo.enqueue(session, created.id, "comment", f"comment:{created.id}", {"body": "x"})
        ids.append(created.id)
    return ids


def test_one_holder_until_the_lease_runs_out(store: Store) -> None:
    clock = Clock()
    a, b = _books(store, clock, "desk-a", "desk-b")
    assert a.take(PULL) and not b.take(PULL)
    assert a.take(PULL), "the holder may take its own lease again (a renewal)"
    clock.now += LEASE - timedelta(seconds=1)
    assert not b.take(PULL)
    clock.now += timedelta(seconds=1)
    assert b.take(PULL), "an expired lease goes to the next desk"
    assert not a.renew(PULL), "the old holder cannot renew a lease taken over"
    with store.sessions() as session:
        assert b.holds(session, PULL) and not a.holds(session, PULL)
    a.release(PULL)  # not a's any more: nothing happens
    assert not a.take(PULL)
    b.release(PULL)
    assert a.take(PULL)


def test_keeper_renews_before_requests_and_stops_once_taken_over(store: Store) -> None:
    clock = Clock()
    a, b = _books(store, clock, "desk-a", "desk-b")
    assert a.take(PULL)
    keeper = Keeper.start(a, PULL)
    for _ in range(10):  # a long round: renewed every quarter lease, never lost
        clock.now += LEASE / 3
        keeper.guard()
        assert not b.take(PULL)
    clock.now += LEASE * 2  # the desk stalled (suspended laptop) past its lease
    assert b.take(PULL)
    with pytest.raises(LeaseLost):
        keeper.guard()


def test_cases_are_claimed_whole_by_one_desk_in_the_order_they_were_queued(store: Store) -> None:
    clock = Clock()
    ids = _queued(store, 5)
    a, b = _books(store, clock, "desk-a", "desk-b")
    first = a.claim_case(0)
    assert first is not None and first.case_id == ids[0] and first.taken_from is None
    second = b.claim_case(0)
    assert second is not None and second.case_id == ids[1], "b skips the case a holds"
    third = a.claim_case(first.first_item)
    assert third is not None and third.case_id == ids[2]
    claimed = [first.case_id, second.case_id, third.case_id]
    while (more := b.claim_case(second.first_item)) is not None:
        claimed.append(more.case_id)
        second = more
    assert sorted(claimed) == ids and len(set(claimed)) == len(ids)
    assert a.claim_case(0) is not None  # a's own leases are still a's
    assert b.claim_case(0) is not None and b.claim_case(0).case_id != ids[0]  # type: ignore[union-attr]


def test_a_dead_desks_cases_are_taken_over_after_the_lease(store: Store) -> None:
    clock = Clock()
    [case_id] = _queued(store, 1)
    a, b = _books(store, clock, "desk-a", "desk-b")
    assert a.claim_case(0) is not None
    assert b.claim_case(0) is None
    clock.now += LEASE
    claim = b.claim_case(10**9)  # even past it in its walk: a lapsed case is taken first
    assert claim is not None and claim.case_id == case_id and claim.taken_from == "desk-a"


def test_cases_held_for_a_person_are_not_claimed(store: Store) -> None:
    ids = _queued(store, 2)
    SyncRepository(store.sessions, store.box).set_case_values(ids[0], sync_state="conflict")
    claim = _books(store, Clock(), "desk-a")[0].claim_case(0)
    assert claim is not None and claim.case_id == ids[1]


def test_a_crashed_process_on_this_machine_is_known_dead_at_once(store: Store) -> None:
    """A desk restarted after a crash resumes its own cases without waiting for the lease."""
    clock = Clock()
    [case_id] = _queued(store, 1)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead = DeskIdentity("crashed-desk", "desk", "maria", "this-host", int(gone.stdout), "Maria")
    registry = DeskRegistry(store.sessions, clock)
    registry.register(dead)
    before = LeaseBook(store.sessions, dead.id, LEASE, clock, host="this-host")
    assert before.take(case_lease(case_id), case_id)
    other_host = LeaseBook(store.sessions, "remote", LEASE, clock, host="another-host")
    assert other_host.claim_case(0) is None, "seen from another machine it may be alive"
    restarted = LeaseBook(store.sessions, "restarted", LEASE, clock, host="this-host")
    claim = restarted.claim_case(0)
    assert claim is not None and claim.taken_from == dead.id


def test_a_killed_desk_on_this_machine_is_not_said_to_be_editing(store: Store) -> None:
    """The desk started again after a kill saw its former self "is editing since 09:21" (the
    presence's heartbeat stays fresh 45 s): a screenshot of the restarted desk showed it."""
    import socket

    [case_id] = _queued(store, 1)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    here = socket.gethostname()
    registry = DeskRegistry(store.sessions, Clock())
    killed = DeskIdentity("killed", "desk", "maria", here, int(gone.stdout), "Maria")
    remote = DeskIdentity("remote", "desk", "tom", "another-host", int(gone.stdout), "Tom")
    running = DeskIdentity("running", "desk", "ana", here, os.getppid(), "Ana")
    for desk in (killed, remote, running):
        registry.register(desk)
        registry.open_case(desk, case_id)
    assert {e.desk_id for e in registry.editing(case_id, "restarted")} == {"remote", "running"}
