"""A requested FOC date changed in the desk's editor is audited like any edit (old and new), and
the timeline says so; platform-side FOC moves are covered in tests/integration/platform."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from portdesk.domain.lifecycle import Status
from portdesk.services import desk
from portdesk.store.store import Store
from tests.helpers import case


def test_the_desk_audits_a_requested_date_change(store: Store) -> None:
    made = store.cases.create(case(requested_date="2026-12-10"), "ana")
    assert made.id is not None
    desk.save_draft(store, replace(made, requested_date=date(2026, 12, 14)), "ana")
    [entry] = [e for e in store.audit.for_case(made.id) if e.action == "case.edited"]
    assert entry.actor == "ana"
    assert entry.changes["requested_date"] == {"old": "2026-12-10", "new": "2026-12-14"}
    told = [t.detail for t in desk.timeline(store, made.id) if t.title == "Edited"]
    assert "Requested date: “2026-12-10” → “2026-12-14”" in told


def test_the_foc_is_told_once_with_the_dates_of_each_moment(store: Store) -> None:
    # the status entry said "FOC set: <the case's FOC today>": the first FOC was told twice, and
    # once moved, the past entry showed the new date
    made = store.cases.create(case(), "ana")
    assert made.id is not None
    for step in (Status.SUBMITTED, Status.AT_CARRIER):
        store.cases.change_status(made.id, step, "platform", "test", enforce=False)
    store.cases.update(replace(store.cases.get(made.id), foc_date=date(2026, 12, 10)), "platform")
    store.cases.change_status(made.id, Status.FOC_CONFIRMED, "platform", "foc-date-confirmed")
    store.cases.update(replace(store.cases.get(made.id), foc_date=date(2026, 12, 14)), "platform")
    titles = [t.title for t in desk.timeline(store, made.id)]
    assert [t for t in titles if "FOC" in t] == [
        "FOC set: Thu Dec 10, 2026", "Status: FOC confirmed",
        "FOC moved: Thu Dec 10, 2026 → Mon Dec 14, 2026"]


def test_a_transfers_timeline_names_its_date_completion(store: Store) -> None:
    # a transfer has no carrier, so no FOC: its timeline said "FOC set" and "Status: FOC confirmed"
    from portdesk.domain.case import CaseKind

    made = store.cases.create(replace(case(), kind=CaseKind.SUBACCOUNT_TRANSFER), "ana")
    assert made.id is not None
    store.cases.change_status(made.id, Status.SUBMITTED, "platform", "test", enforce=False)
    store.cases.update(replace(store.cases.get(made.id), foc_date=date(2026, 12, 10)), "platform")
    store.cases.change_status(made.id, Status.FOC_CONFIRMED, "platform", "done soon")
    titles = [t.title for t in desk.timeline(store, made.id)]
    assert "Completion set: Thu Dec 10, 2026" in titles
    assert "Status: Completion set" in titles
    assert not [t for t in titles if "FOC" in t]
