"""Two FOC changes of one port-out read in one round, whatever order the log lists them in.

The description names no order for `/portouts/events`. The sync applied every
`portout.foc_date_changed` event of a round in the order listed, after the port-out itself
(read again, with its current FOC): on a log listed newest first the older change came last and
set the case back to an FOC the gaining carrier had already moved away from.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from portdesk.domain.platform_dates import platform_day
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.clock import parse_iso
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.test_sync_portout_unseen import cases_of


@pytest.mark.parametrize("newest_first", [False, True])
def test_the_case_keeps_the_newest_foc(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        newest_first: bool) -> None:
    sandbox.sandbox.newest_first = newest_first
    engine = SyncEngine(desk, make_client(sandbox), clock=sandbox.sandbox.clock.now)
    engine.run_once()
    request = portouts.create(sandbox.sandbox, ["+13125550187"])
    engine.run_once()
    [case_id] = cases_of(desk, request["id"])
    portouts.move_foc(sandbox.sandbox, request["id"], 9)
    sandbox.advance(hours=1)
    last = portouts.move_foc(sandbox.sandbox, request["id"], 12)
    report = engine.run_once()
    want = platform_day(parse_iso(last["foc_date"]), None)
    assert desk.cases.get(case_id).foc_date == want
    moved = [n.message for n in report.notices if n.kind in ("portout_foc", "foc_set")]
    assert len(moved) <= 1 and all(want.isoformat() in m for m in moved), moved
