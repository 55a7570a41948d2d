"""The audit log covers what every writer does: after the sync engine's own scenarios (submit,
splits by the platform, carrier rejections, exceptions and resubmission, uploads, comments,
conflicts and their resolution, port-outs) every case still matches its newest entry and the
chain verifies. A writer that changed a case without telling the audit log would fail here."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from portdesk.store.store import Store
from tests.integration.platform import test_sync_conflicts as conflicts
from tests.integration.platform import test_sync_flows as flows
from tests.integration.platform import test_sync_portouts as portouts
from tests.integration.platform.conftest import desk, make_client, make_sandbox, sandbox
from tests.integration.platform.test_sync_conflicts import rejected

__all__ = ["desk", "make_client", "make_sandbox", "rejected", "sandbox"]  # fixtures used here

SCENARIOS: list[Callable[..., Any]] = [
    *(getattr(m, name) for m in (flows, conflicts, portouts) for name in dir(m)
      if name.startswith("test_")),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda f: f.__name__[5:])
def test_every_case_matches_its_newest_entry_after(scenario: Callable[..., Any],
                                                   request: pytest.FixtureRequest) -> None:
    args = {name: request.getfixturevalue(name)
            for name in inspect.signature(scenario).parameters}
    scenario(**args)
    store: Store = request.getfixturevalue("desk")
    report = store.audit.verify()
    assert report.ok, [f.message for f in report.findings]
    assert report.cases > 0


def test_a_change_with_no_entry_of_its_own_still_gets_one(desk: Store) -> None:
    """The platform moving only a FOC date or a number's status writes no entry itself: the
    store adds one ("case.updated", naming the fields) so the case stays covered."""
    from datetime import date

    from portdesk.store.sync_repo import SyncRepository
    from tests.helpers import case

    created = desk.cases.create(case(), "ana")
    assert created.id is not None
    repo = SyncRepository(desk.sessions, desk.box)
    with desk.transaction() as session:
        repo.set_case_values(created.id, session, foc_date=date(2026, 4, 1))
    with desk.transaction() as session:
        repo.set_number_states(session, created.id, {"+12125550142": ("rejected", "SV_CONFLICT")})
    with desk.transaction() as session:  # bookkeeping only: no entry, no new version
        repo.set_case_values(created.id, session, sync_state="pending", sync_error="")
    trail = desk.audit.for_case(created.id)
    assert [(e.action, e.actor, e.changes) for e in trail[1:]] == [
        ("case.updated", "portdesk", {"fields": ["foc_date"]}),
        ("case.updated", "portdesk", {"fields": ["numbers"]})]
    assert desk.cases.get(created.id).version == 3
    assert desk.audit.verify().ok
