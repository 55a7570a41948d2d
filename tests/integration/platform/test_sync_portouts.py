"""Port-out requests arrive as port_out cases; the specialist's answer reaches the platform once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from portdesk.domain.case import CaseKind
from portdesk.domain.errors import PortDeskError
from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.port import RejectionCode
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store

OTHER = RejectionCode(1001, "Other", True)
PIN = RejectionCode(1002, "PIN or passcode does not match the account", False)


def portout_cases(desk: Store) -> dict[str, int]:
    return {c.platform_order_id or "": c.id or 0 for c in desk.cases.iter_all()
            if c.kind == CaseKind.PORT_OUT}


def test_port_out_requests_become_cases_from_the_list_and_from_events(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    early = portouts.create(sandbox.sandbox, ["+13125550160"], "Harper Dental LLC")
    first = engine.run_once()  # the first pull walks GET /portouts
    assert list(portout_cases(desk)) == [early["id"]]
    assert [n.kind for n in first.notices] == ["portout_waiting"]
    late = portouts.create(sandbox.sandbox, ["+13125550161"], "Lopez Family", "Cedar Telecom")
    second = engine.run_once()  # later ones come through the event log
    assert set(portout_cases(desk)) == {early["id"], late["id"]}
    assert "Cedar Telecom" in second.notices[0].message
    case = desk.cases.get(portout_cases(desk)[late["id"]])
    assert case.status == Status.SUBMITTED and case.platform_status == "pending"
    assert case.account_name == "Lopez Family" and case.foc_date is not None
    assert [n.e164 for n in case.numbers] == ["+13125550161"]


def test_authorizing_and_rejecting_reach_the_platform_once(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    yes = portouts.create(sandbox.sandbox, ["+13125550162"])
    no = portouts.create(sandbox.sandbox, ["+13125550163"])
    engine.run_once()
    ids = portout_cases(desk)
    with pytest.raises(PortDeskError, match="rejection code is required"):
        intents.decide_portout(desk, ids[no["id"]], False, "PIN does not match", "tester")
    with pytest.raises(PortDeskError, match="reason is required"):
        intents.decide_portout(desk, ids[no["id"]], False, " ", "tester", OTHER)
    needs = RejectionCode(1003, "Account number does not match", True)  # any code, not 1001
    with pytest.raises(PortDeskError, match="reason is required with rejection code 1003"):
        intents.decide_portout(desk, ids[no["id"]], False, "", "tester", needs)
    intents.decide_portout(desk, ids[yes["id"]], True, "", "tester")
    intents.decide_portout(desk, ids[no["id"]], False, "PIN does not match", "tester", PIN)
    report = engine.run_once()
    assert report.ok and report.pushed == 2
    assert engine.client.get_portout(yes["id"]).status == "authorized"
    refused = engine.client.get_portout(no["id"])
    assert refused.status == "rejected-pending" and refused.reason == "PIN does not match"
    assert refused.rejection_code == 1002
    assert desk.cases.get(ids[yes["id"]]).status == Status.FOC_CONFIRMED
    with pytest.raises(PortDeskError, match="already answered"):
        intents.decide_portout(desk, ids[yes["id"]], False, "changed my mind", "tester")
    sandbox.advance(days=10)
    done = engine.run_once()
    assert desk.cases.get(ids[yes["id"]]).status == Status.PORTED
    [gone] = [n.message for n in done.notices if n.kind == "ported"]
    assert "ported out" in gone and "verify" not in gone  # nothing of it routes here any more
    assert desk.cases.get(ids[no["id"]]).status == Status.CANCELLED


def test_an_answer_after_the_auto_authorization_is_not_sent_twice(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    request = portouts.create(sandbox.sandbox, ["+13125550164"])
    engine.run_once()
    case_id = portout_cases(desk)[request["id"]]
    intents.decide_portout(desk, case_id, False, "not our customer", "tester", OTHER)
    sandbox.advance(hours=49)  # nobody answered in time: the platform authorized it
    report = engine.run_once()
    assert report.pushed == 1 and "already authorized" in report.errors[0]
    assert engine.client.get_portout(request["id"]).status == "authorized"
    assert "already authorized" in desk.cases.get(case_id).sync_error


def test_a_comment_on_a_port_out_goes_to_the_port_out_and_the_answer_after_it_too(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """The description keeps port-out comments at POST /portouts/{id}/comments. Sent to the
    porting orders' path they failed, and the rejection queued behind them waited until the
    platform authorized the request by itself."""
    engine = SyncEngine(desk, make_client(sandbox))
    request = portouts.create(sandbox.sandbox, ["+13125550165"])
    engine.run_once()
    case_id = portout_cases(desk)[request["id"]]
    intents.comment(desk, case_id, "Customer called: they did not ask for this port", "tester")
    intents.decide_portout(desk, case_id, False, "never requested by the account holder",
                           "tester", OTHER)
    report = engine.run_once()
    assert report.ok and report.pushed == 2
    said = engine.client.portout_comments(request["id"])
    assert [c.body for c in said] == ["Customer called: they did not ask for this port"]
    assert engine.client.get_portout(request["id"]).status == "rejected-pending"
    engine.run_once()  # its portout.new_comment event comes back: not a second comment
    assert [c.body for c in desk.comments.for_case(case_id)] == [
        "Customer called: they did not ask for this port"]


def test_a_port_out_request_is_rejected_never_cancelled_from_the_desk(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """The description gives the account two answers to a port-out (authorized,
    rejected-pending); a cancel was queued for /porting_orders/{portout id}/actions/cancel."""
    engine = SyncEngine(desk, make_client(sandbox))
    request = portouts.create(sandbox.sandbox, ["+13125550166"])
    engine.run_once()
    case_id = portout_cases(desk)[request["id"]]
    with pytest.raises(PortDeskError, match="reject it with a rejection code"):
        intents.cancel(desk, case_id, "customer says no", "tester")
    assert engine.pending_count() == 0
