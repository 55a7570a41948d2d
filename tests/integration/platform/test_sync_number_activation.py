"""A number whose activation is in conflict or failed is told, whatever the order says (trust 14).

The description gives each number of an order its own `activation_status`
(PortingOrderActivationStatus: New, Pending, Conflict, Cancel Pending, Failed, ... Active,
Cancelled). The client read only `Active` (the number ported): a number in `Conflict` or `Failed`
sat under an order reading `foc-date-confirmed` with nothing said, and the specialist found out
on the FOC day that it did not move. The sandbox never moved a number's activation by itself, so
nothing taught the client otherwise; `POST /_sandbox/porting_orders/{id}/activation` now does
(no event: the description names none for it, so the change is read with the order).
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


def _activation(server: SandboxServer, order_id: str, number: str, status: str) -> httpx.Response:
    root = server.base_url.removesuffix("/v2")
    return httpx.post(f"{root}/_sandbox/porting_orders/{order_id}/activation",
                      json={"phone_number": number, "activation_status": status},
                      headers={"Authorization": f"Bearer {API_KEY}"})


def test_a_number_in_conflict_is_told_once_with_the_order_still_confirmed(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(0, 2))
    assert case.id is not None
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id
    for _ in range(30):  # days until the FOC is confirmed (ack 1-3, FOC 3-7 business days)
        sandbox.advance(days=1)
        engine.run_once()
        if desk.cases.get(case.id).platform_status == "foc-date-confirmed":
            break
    assert desk.cases.get(case.id).platform_status == "foc-date-confirmed"
    quiet = engine.run_once(reconcile=True)
    assert not [n for n in quiet.notices if n.kind == "activation"]  # Pending: the ordinary

    assert _activation(sandbox, order_id, "+13125550101", "Conflict").status_code == 200
    report = engine.run_once(reconcile=True)
    told = [n for n in report.notices if n.kind == "activation"]
    assert len(told) == 1 and told[0].case_id == case.id
    assert "+13125550101" in told[0].message and "'Conflict'" in told[0].message
    assert "will not port" in told[0].message
    assert desk.cases.get(case.id).platform_status == "foc-date-confirmed"  # the order's own
    again = engine.run_once(reconcile=True)
    assert not [n for n in again.notices if n.kind == "activation"]  # told once
    lines = [t.title for t in timeline(desk, case.id)]
    assert "Number activation: +13125550101 Conflict" in lines

    assert _activation(sandbox, order_id, "+13125550101", "Failed").status_code == 200
    moved = engine.run_once(reconcile=True)
    said = [n.message for n in moved.notices if n.kind == "activation"]
    assert len(said) == 1 and "'Failed'" in said[0] and "may not take calls" in said[0]
    assert "platform support reference" in said[0]  # the order's support key, to quote


def test_the_sandbox_takes_only_the_described_activation_words(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(2, 1))
    assert case.id is not None
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id
    assert _activation(sandbox, order_id, "+13125550102", "Stuck").status_code == 422
    assert _activation(sandbox, order_id, "+13125550199", "Failed").status_code == 422
    assert _activation(sandbox, order_id, "+13125550102", "Failed").status_code == 200
