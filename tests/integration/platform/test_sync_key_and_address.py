"""A key refused mid-sync and a wrong platform address lose nothing and leak nothing (trust 12).

The description authenticates every porting operation with a bearer API key (`bearerAuth`), names
401 "Unauthorized" on them and gives the key no lifetime or refresh: a key revoked or replaced on
the platform is refused from then on. A wrong address answers 404 to everything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import httpx

from portdesk.logs import file_handler
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import numbers, platform_orders, submitted


class RevokedAfter(httpx.HTTPTransport):
    """The platform accepts the key for `allowed` requests, then refuses it (revoked)."""

    def __init__(self, allowed: int) -> None:
        super().__init__()
        self.allowed = allowed
        self.refused = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.allowed <= 0:
            self.refused += 1
            return httpx.Response(401, json={"errors": [{
                "code": "10009", "title": "Authentication failed",
                "detail": f"the key {request.headers['authorization']} has expired"}]})
        self.allowed -= 1
        return super().handle_request(request)


def test_a_key_refused_mid_round_loses_no_change_and_is_never_written_down(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        tmp_path: Path) -> None:
    log_path = tmp_path / "portdesk.log"
    handler = file_handler(log_path)
    root, quiet = logging.getLogger(), logging.getLogger().level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # every library's DEBUG records too (httpx, httpcore)
    try:
        case = submitted(desk, numbers(0, 2))
        assert case.id is not None
        network = RevokedAfter(allowed=3)  # the create goes through, what follows is refused
        report = SyncEngine(desk, make_client(sandbox, transport=network)).run_once()
        assert network.refused == 1  # the round stopped at the first refusal
        assert any("refused the API key" in line for line in report.errors)
        kept = desk.cases.get(case.id)
        assert kept.sync_state != "failed"  # not the case's fault: nothing held for a person
        assert desk.outbox.pending_count() > 0
        for _ in range(3):  # the specialist enters the new key
            SyncEngine(desk, make_client(sandbox)).run_once()
    finally:
        root.removeHandler(handler)
        root.setLevel(quiet)
        handler.close()
    orders = platform_orders(sandbox)
    assert len(orders) == 1 and orders[0]["status"]["value"] != "draft"
    assert desk.cases.get(case.id).platform_order_id == orders[0]["id"]
    assert desk.outbox.pending_count() == 0
    written = log_path.read_text(encoding="utf-8") if log_path.exists() else ""
    shown = " ".join(report.errors) + (desk.cases.get(case.id).sync_error or "")
    assert API_KEY not in written and API_KEY not in shown


def test_a_wrong_platform_address_holds_nothing_and_sends_it_all_once_corrected(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    case = submitted(desk, numbers(0, 2))
    assert case.id is not None
    wrong = PlatformClient(sandbox.base_url.replace("/v2", "/v3"), API_KEY,
                           sleep=lambda s: None)
    try:
        report = SyncEngine(desk, wrong).run_once()
    finally:
        wrong.close()
    assert any("does not serve the platform's porting API" in line for line in report.errors)
    assert not any("no such record" in line for line in report.errors)
    kept = desk.cases.get(case.id)
    assert kept.sync_state != "failed" and not kept.platform_order_id
    for _ in range(3):
        SyncEngine(desk, make_client(sandbox)).run_once()
    orders = platform_orders(sandbox)
    assert len(orders) == 1 and desk.cases.get(case.id).platform_order_id == orders[0]["id"]
    assert desk.outbox.pending_count() == 0
