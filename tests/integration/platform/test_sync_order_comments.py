"""Comments the platform's support writes on a port-in order reach the case's timeline, once."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import numbers, submitted


def _support_writes(server: SandboxServer, order_id: str, body: str,
                    user_type: str = "admin") -> None:
    root = server.base_url.removesuffix("/v2")
    answer = httpx.post(f"{root}/_sandbox/porting_orders/{order_id}/comments",
                        json={"body": body, "user_type": user_type},
                        headers={"Authorization": f"Bearer {API_KEY}"})
    assert answer.status_code == 201, answer.text


def test_a_support_comment_reaches_the_case_and_our_own_is_not_doubled(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(0, 2))
    assert case.id is not None
    engine.run_once()
    intents.comment(desk, case.id, "Customer confirmed the service address", "ana")
    engine.run_once()  # our comment goes up; its event comes back as written by a "user"
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id
    _support_writes(sandbox, order_id, "The losing carrier asks for a copy of the CSR")

    report = engine.run_once()

    timeline = desk.comments.for_case(case.id)
    assert [c.body for c in timeline].count("Customer confirmed the service address") == 1
    [support] = [c for c in timeline if c.source == "platform"]
    assert (support.author, support.body) == ("platform support",
                                              "The losing carrier asks for a copy of the CSR")
    assert [n.kind for n in report.notices] == ["order_comment"]
    assert case.reference in report.notices[0].message
    engine.run_once()
    assert len(desk.comments.for_case(case.id)) == len(timeline)  # read once, kept once


def test_a_colleague_writing_on_the_platforms_portal_is_kept_too(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(10, 1))
    assert case.id is not None
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    _support_writes(sandbox, order_id or "", "Called the customer, PIN is on its way",
                    user_type="user")
    engine.run_once()
    [kept] = [c for c in desk.comments.for_case(case.id) if c.source == "platform"]
    assert kept.author == "platform user"
