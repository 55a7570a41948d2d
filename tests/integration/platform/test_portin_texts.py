"""A port-in's texts: the case's `port_texts` reaches the order as the description places it
(`messaging.enable_messaging`, set by an update; false on a new order: "any messaging
capabilities will stay with their current provider") and comes back from it.

PortDesk never asked it: every port-in went with the platform's default, the customer's texts
left behind with the losing carrier whatever the specialist knew.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.audit_trail import trail_of
from portdesk.services.sync import SyncEngine
from portdesk.services.timeline import timeline
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, submitted


def _messaging(engine: SyncEngine, order_id: str) -> dict[str, Any]:
    messaging = engine.client.get_porting_order(order_id).raw["messaging"]
    assert isinstance(messaging, dict)
    return messaging


def test_texts_asked_on_the_case_go_with_the_order(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(0, 1), port_texts=True)
    assert case.id is not None
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id
    messaging = _messaging(engine, order_id)
    assert messaging["enable_messaging"] is True
    assert messaging["messaging_port_status"] == "pending"  # as the description's example


def test_the_default_is_sent_written_out_and_a_later_change_follows(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """Unticked is sent as false (the platform's default, said, never left to chance); a case
    in exception ticked later sends true with its update."""
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(1, 1), account_number="5500-0000")  # refused: exception
    assert case.id is not None
    engine.run_once()
    sandbox.advance(days=5)  # the carrier refuses the account number: editable again
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id
    assert _messaging(engine, order_id)["enable_messaging"] is False
    intents.update_draft(desk, desk.cases.get(case.id).with_changes(port_texts=True), "tester")
    engine.run_once()
    assert _messaging(engine, order_id)["enable_messaging"] is True
    changes = [e.changes for e in trail_of(desk, case.id)[1] if "port_texts" in e.changes]
    assert changes and changes[-1]["port_texts"] == {"old": False, "new": True}
    titles = " ".join(t.title + " " + t.detail for t in timeline(desk, case.id))
    assert "Texts (SMS/MMS)" in titles and "port with the numbers" in titles


def test_a_change_on_the_platform_is_read_back(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(2, 1), account_number="5500-0000")
    assert case.id is not None
    engine.run_once()
    sandbox.advance(days=5)
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id
    engine.client.update_porting_order(order_id, {"messaging": {"enable_messaging": True}})
    engine.client.add_comment(order_id, "touch")  # an event, so the pull fetches the order
    report = engine.run_once()
    assert report.conflicts == 0
    assert desk.cases.get(case.id).port_texts is True


def test_an_order_that_cannot_port_texts_is_never_sent_the_tick(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """The description's `messaging.messaging_capable` ("whether the porting order can also
    port messaging capabilities") decides where `enable_messaging` applies: on an order that
    cannot, it is left out of the update (it was sent whatever the order could take), and the
    desk learns why its tick is off. The sandbox's trigger: a number ending 0194."""
    from portdesk.services.desk import texts_capable

    engine = SyncEngine(desk, make_client(sandbox))
    cannot = submitted(desk, ["312-555-0194"], port_texts=True)
    can = submitted(desk, numbers(3, 1), port_texts=True)
    assert cannot.id is not None and can.id is not None
    sent: list[dict[str, Any]] = []
    real = engine.client.update_porting_order

    def update(order_id: str, body: dict[str, Any]) -> Any:
        sent.append(body)
        return real(order_id, body)

    engine.client.update_porting_order = update  # type: ignore[method-assign]
    engine.run_once()
    order_id = desk.cases.get(cannot.id).platform_order_id
    assert order_id
    messaging = _messaging(engine, order_id)
    assert messaging["messaging_capable"] is False
    assert messaging["enable_messaging"] is False  # never sent: the platform's own default
    assert messaging["messaging_port_status"] == "not_applicable"
    updates = [body for body in sent if "end_user" in body]  # not the documents' links
    assert len(updates) == 2 and sum("messaging" in body for body in updates) == 1
    assert texts_capable(desk, cannot.id) is False
    assert texts_capable(desk, can.id) is True
    other = desk.cases.get(can.id).platform_order_id
    assert other and _messaging(engine, other)["enable_messaging"] is True
