"""The queue's milestone follows the post-port checks (issue 12's leftover): a ported port-in says
"Verify routing" until its four checks pass, "Fix routing" while one fails, nothing once all
pass; an edit or a batch assign afterwards keeps what the checks say."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from portdesk.domain.lifecycle import Status
from portdesk.services import desk, postport
from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store
from tests.helpers import case

DAY = date(2026, 3, 2)


def milestone(store: Store, case_id: int) -> str:
    return next(r.next_milestone for r in store.queue.page(QueueQuery()).rows
                if r.id == case_id)


def check(store: Store, case_id: int, name: str, works: bool) -> None:
    postport.record_post_port(store, case_id, name, works, DAY, "" if works else "no ring",
                              "ana", today=DAY)


def test_the_milestone_follows_the_checks(store: Store) -> None:
    made = store.cases.create(case(), "ana")
    assert made.id is not None
    store.cases.change_status(made.id, Status.PORTED, "platform", "ported", enforce=False)
    assert milestone(store, made.id) == "Verify routing"
    for name in ("inbound_call", "outbound_call", "sms"):
        check(store, made.id, name, True)
    assert milestone(store, made.id) == "Verify routing"  # three of four
    check(store, made.id, "listings", True)
    assert milestone(store, made.id) == ""
    check(store, made.id, "sms", False)  # a later check found texts failing
    assert milestone(store, made.id) == "Fix routing"
    edited = store.cases.get(made.id)
    store.cases.update(replace(edited, notes="carrier ticket 4411"), "ana")
    assert milestone(store, made.id) == "Fix routing"  # an edit does not forget the checks
    check(store, made.id, "sms", True)
    assert milestone(store, made.id) == ""
    desk.assign(store, {made.id: store.cases.get(made.id).version}, "Tom", "ana")
    assert milestone(store, made.id) == ""
