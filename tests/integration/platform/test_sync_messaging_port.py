"""The texts' own port reaches the case (trust 12).

The description gives every porting order `messaging.messaging_port_status` (not_applicable,
pending, activating, exception, canceled, partial_port_complete, ported) and the event
`porting_order.messaging_changed`; the notifications guide shows it in exception while the
order's calls port. PortDesk read neither: a port whose texts failed looked done.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.services.timeline import timeline
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import numbers, submitted


def _messaging_moves(server: SandboxServer, order_id: str, status: str) -> None:
    root = server.base_url.removesuffix("/v2")
    answer = httpx.post(f"{root}/_sandbox/porting_orders/{order_id}/messaging",
                        json={"messaging_port_status": status},
                        headers={"Authorization": f"Bearer {API_KEY}"})
    assert answer.status_code == 200, answer.text


def test_texts_that_did_not_port_are_told_once_and_kept_on_the_timeline(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(0, 2))
    assert case.id is not None
    first = engine.run_once()
    assert not [n for n in first.notices if n.kind == "messaging"]  # not_applicable: quiet
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id
    _messaging_moves(sandbox, order_id, "activating")
    _messaging_moves(sandbox, order_id, "exception")
    report = engine.run_once()
    told = [n for n in report.notices if n.kind == "messaging"]
    assert len(told) == 1 and told[0].case_id == case.id
    assert "texts did not port" in told[0].message
    again = engine.run_once()
    assert not [n for n in again.notices if n.kind == "messaging"]  # told once
    lines = [t.title for t in timeline(desk, case.id)]
    assert "Texts (messaging) port: exception, texts did not port" in lines
    _messaging_moves(sandbox, order_id, "ported")
    done = engine.run_once()
    assert not [n for n in done.notices if n.kind == "messaging"]  # the ordinary end is quiet
    assert "Texts (messaging) port: ported" in [t.title for t in timeline(desk, case.id)]
