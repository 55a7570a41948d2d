"""Notices a specialist may take to the platform's support name the order's support key (trust 13).

The description: `support_key`, "A key to reference this porting order when contacting Telnyx
customer support. This information is not available in draft porting orders"; a port-out has its
own. PortDesk read it and never said it, so a specialist calling support about a texts' port in
exception, a canceled port-out or a denied LOA had nothing to quote.
"""

from __future__ import annotations

from collections.abc import Callable

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_report import Notice, with_support_key
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, platform_orders, submitted
from tests.integration.platform.test_sync_document_review import _review
from tests.integration.platform.test_sync_messaging_port import _messaging_moves
from tests.integration.platform.test_sync_portout_unseen import cases_of


def test_an_order_notice_quotes_the_orders_support_key(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox), clock=sandbox.sandbox.clock.now)
    case = submitted(desk, numbers(10, 1))
    assert case.id is not None
    engine.run_once()
    [order] = platform_orders(sandbox)
    key = order["support_key"]
    assert key  # the sandbox gives one once the order is submitted
    _messaging_moves(sandbox, order["id"], "exception")
    [told] = [n for n in engine.run_once().notices if n.kind == "messaging"]
    assert told.message.endswith(f"(platform support reference: {key})")
    [document] = desk.documents.for_case(case.id)
    assert document.platform_document_id
    _review(sandbox, document.platform_document_id, status="denied")
    sandbox.advance(hours=0.5)  # a waiting upload is read again after a quarter of an hour
    [refused] = [n for n in engine.run_once().notices if n.kind == "document_refused"]
    assert f"(platform support reference: {key})" in refused.message


def test_a_canceled_portout_notice_quotes_the_portouts_support_key(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox), clock=sandbox.sandbox.clock.now)
    engine.run_once()
    request = portouts.create(sandbox.sandbox, ["+13125550184"], carrier_name="Cedar Telecom")
    engine.run_once()
    [case_id] = cases_of(desk, request["id"])
    sandbox.advance(hours=2)
    portouts.cancel(sandbox.sandbox, request["id"], with_event=True)
    [told] = [n for n in engine.run_once().notices if n.kind == "portout_canceled"]
    assert told.case_id == case_id
    assert f"(platform support reference: {request['support_key']})" in told.message


def test_an_ordinary_notice_and_an_unknown_key_stay_as_they_are() -> None:
    foc = Notice("foc_set", 1, "PD-000001", "PD-000001: FOC date 2026-12-20")
    assert with_support_key(foc, "sr_abc123") == foc
    exception = Notice("exception", 1, "PD-000001", "PD-000001: exception: name mismatch")
    assert with_support_key(exception, None) == exception
    assert with_support_key(exception, "sr_abc123").message.endswith(
        "(platform support reference: sr_abc123)")
