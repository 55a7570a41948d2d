"""An additional step PortDesk does not do is named before the submit it holds up (trust 14).

The description's `PortingOrder.additional_steps` lists two values: `associated_phone_numbers`
(the sync sends the numbers that stay) and `phone_number_verification_codes`; the additional
steps guide: "These steps must be completed before you can submit the order". The client read
only the first: an order asking for verification codes was confirmed, refused, and the specialist
saw the platform's refusal with no word of the step or where to do it. The sandbox never asked
for it, so nothing taught the client otherwise. Now the sandbox asks it (a number ending in 0195,
or `POST /_sandbox/porting_orders/{id}/steps`) and refuses confirm until it is done; the sync
names the step in the specialist's words before it sends the confirm (still sent: the platform
judges), and once the step is done on the platform, "send again" submits the order. Since trust
15 the codes are sent and verified from the desk (test_verification_codes.py); the sync's words
say where.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import submitted


def _steps(server: SandboxServer, order_id: str, steps: list[str]) -> httpx.Response:
    root = server.base_url.removesuffix("/v2")
    return httpx.post(f"{root}/_sandbox/porting_orders/{order_id}/steps",
                      json={"additional_steps": steps},
                      headers={"Authorization": f"Bearer {API_KEY}"})


def test_a_verification_code_step_is_named_and_the_order_goes_once_it_is_done(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, ["312-555-0150", "312-555-0195"])  # 0195: the sandbox asks the step
    assert case.id is not None
    report = engine.run_once()
    told = [e for e in report.errors if "verification codes" in e]
    assert len(told) == 1 and case.reference in told[0]
    assert "Case > Platform steps > Verification codes" in told[0]  # done from the desk now
    assert f"portdesk case codes {case.reference}" in told[0]
    held = desk.cases.get(case.id)
    assert held.status not in (Status.SUBMITTED, Status.AT_CARRIER)  # the platform refused it
    order_id = held.platform_order_id
    assert order_id
    order = make_client(sandbox).order(order_id)
    assert order.asks_verification_codes and order.editable and not order.steps_elsewhere

    assert _steps(sandbox, order_id, []).status_code == 200  # done on the platform's portal
    assert intents.retry_failed(desk, case.id, "tester") >= 1
    again = engine.run_once()
    assert not [e for e in again.errors if "verification codes" in e]
    assert desk.cases.get(case.id).platform_status == "in-process"


def test_the_sandbox_refuses_to_submit_while_a_described_step_is_asked(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    client = make_client(sandbox)
    engine = SyncEngine(desk, client)
    case = submitted(desk, ["312-555-0151"])
    assert case.id is not None
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id and desk.cases.get(case.id).platform_status == "in-process"
    assert _steps(sandbox, order_id, ["phone_number_verification_codes"]).status_code == 200
    assert client.order(order_id).asks_verification_codes
    assert _steps(sandbox, order_id, ["not_a_described_step"]).status_code == 422
