"""Numbers split off a case the platform has: asked for on the order, never ordered twice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from portdesk.config import Settings
from portdesk.domain.errors import PortDeskError
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import desk as desk_service
from portdesk.services import intents
from portdesk.services.cases import NotReady, readiness, submit_case_of
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import platform_orders, submitted


def test_a_split_on_the_platform_asks_its_order_and_the_platform_split_is_linked_not_doubled(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    parent = submitted(desk, ["312-555-0101", "312-555-0197"])
    assert parent.id is not None
    engine.run_once()
    held = desk.cases.get(parent.id)
    assert held.platform_order_id

    child = desk_service.split_numbers(desk, parent.id, ["+13125550197"], "ana",
                                       "belongs to the customer's other account")
    assert child.id is not None and child.platform_order_id is None
    asked = [c.body for c in desk.comments.for_case(parent.id)]
    assert any("+13125550197" in body and child.reference in body for body in asked)
    held_check = [c for c in readiness(desk, child, Settings()) if c.id == "held"]
    assert held_check and not held_check[0].overridable  # no second order for held numbers
    with pytest.raises(NotReady):
        submit_case_of(desk, Settings(), child.id, "ana", override_reason="urgent")

    report = engine.run_once()  # the request reaches the order as a comment
    assert report.ok, report.errors
    [order] = platform_orders(sandbox)
    sandbox.advance(days=5)  # the platform splits the number into its own order
    report = engine.run_once()
    assert report.ok, report.errors
    assert len(platform_orders(sandbox)) == 2
    [linked] = desk.cases.children(parent.id)  # the waiting case, not a second one
    assert linked.id == child.id and linked.platform_order_id not in (None, order["id"])
    assert [n.e164 for n in linked.numbers] == ["+13125550197"]
    assert not [c for c in readiness(desk, linked, Settings()) if c.id == "held"]


def test_a_split_before_the_platform_has_the_order_asks_nothing(desk: Store) -> None:
    parent = submitted(desk, ["312-555-0101", "312-555-0102"])  # its create waits in the outbox
    assert parent.id is not None
    child = intents.split(desk, parent.id, ["+13125550102"], "ana", "other account")
    assert desk.comments.for_case(parent.id) == []
    assert child.platform_refs == ()
    assert not [c for c in readiness(desk, child, Settings()) if c.id == "held"]
    with pytest.raises(PortDeskError, match="say why"):
        intents.split(desk, parent.id, ["+13125550101"], "ana", "  ")
