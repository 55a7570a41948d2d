"""The desk's "changed by someone else" banner names the time on this workstation's clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from zoneinfo import ZoneInfo

from portdesk.services.desk import saved_meanwhile
from portdesk.store.store import Store
from tests.helpers import case


def test_saved_meanwhile_says_the_colleague_s_time_on_this_clock(
        store: Store, pacific: ZoneInfo) -> None:
    created = store.cases.create(case(), "ana")
    assert created.id is not None
    store.cases.update(replace(created, notes="called the carrier"), "maria")
    at = store.audit.for_case(created.id)[-1].at
    expected = (at.replace(tzinfo=UTC) if at.tzinfo is None else at).astimezone(pacific)
    said = saved_meanwhile(store, created.id, created.version)
    # on this clock, and the zone named (a conflict's time said no zone: test_conflict_times)
    assert said.startswith(f"maria at {expected:%b %d %H:%M} {expected.tzname()}"), said
