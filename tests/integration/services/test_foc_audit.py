"""A requested FOC date changed in the desk's editor is audited like any edit (old and new), and
the timeline says so; platform-side FOC moves are covered in tests/integration/platform."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

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
