"""The documented port-in steps done by the sync: portability when numbers are entered,
requirements satisfied from the case, the FOC date inside an allowed window, the numbers that
stay on a partial GB port, and on-demand activation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from portdesk.config import Settings
from portdesk.domain.case import PortType, RemainingAction
from portdesk.domain.lifecycle import Status
from portdesk.domain.readiness import Level
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import cases as case_service
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_keys import portability_key, requirements_key
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from tests.integration.platform.sync_helpers import LOA, new_case, numbers, platform_orders

GB = ["+442079460101", "+442079460102"]


def kept(desk: Store, key: str) -> object:
    return SyncRepository(desk.sessions, desk.box).get_json(key)


def test_numbers_are_checked_for_portability_once_entered_and_a_create_is_refused(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = new_case(desk, ["312-555-0101", "312-555-0198"])
    assert case.id is not None
    report = engine.run_once()
    results = {r["e164"]: r for r in kept(desk, portability_key(case.id))["results"]}
    assert results["+13125550101"]["portable"] and results["+13125550101"]["fast_portable"]
    assert results["+13125550198"] == {"e164": "+13125550198", "portable": False,
                                       "reason": "No coverage", "fast_portable": False}
    assert any("not portable" in n.message for n in report.notices)
    checks = {c.id: c for c in case_service.readiness(desk, desk.cases.get(case.id), Settings())}
    assert checks["portability"].level == Level.FAIL
    assert "555-0198 (No coverage)" in checks["portability"].message
    # checked once, not every round (a quiet round: both logs; pending, authorized, ported)
    assert engine.run_once().requests == 5
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.submit(desk, case.id, "tester")
    refused = engine.run_once()
    assert refused.failed == 1 and "not portable: +13125550198" in refused.errors[0]
    assert platform_orders(sandbox) == []


def test_an_international_order_gets_its_requirements_from_the_case(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = new_case(desk, GB, btn=GB[0], contact_email="ops@harbor.example")
    assert case.id is not None
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.attach_document(desk, case.id, "bill", "bill.pdf", b"%PDF-1.4 bill", "tester")
    intents.submit(desk, case.id, "tester")
    report = engine.run_once()
    assert report.ok, report.errors
    assert desk.cases.get(case.id).status == Status.SUBMITTED
    states = {r["name"]: r["status"] for r in kept(desk, requirements_key(case.id))}
    checks = {c.id: c for c in case_service.readiness(desk, desk.cases.get(case.id), Settings())}
    assert "Copy of latest invoice" in checks["requirements"].message
    assert set(states) == {"Letter of Authorization", "Copy of latest invoice",
                           "Account holder's contact e-mail"}
    assert set(states.values()) <= {"requirement-info-under-review", "approved"}
    [order] = platform_orders(sandbox)
    bill = next(d for d in desk.documents.for_case(case.id) if d.kind == "bill")
    assert order["documents"]["invoice"] == bill.platform_document_id


def test_a_missing_requirement_is_named_and_the_case_waits(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = new_case(desk, GB, btn=GB[0])  # no bill, no contact e-mail
    assert case.id is not None
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.submit(desk, case.id, "tester")
    report = engine.run_once()
    assert report.failed == 1
    assert any("Copy of latest invoice" in e and "contact e-mail" in e for e in report.errors)
    assert desk.cases.get(case.id).status == Status.DRAFT


def test_a_partial_gb_port_sends_the_numbers_that_stay(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = new_case(desk, GB[:1], btn=GB[0], contact_email="ops@harbor.example")
    assert case.id is not None
    desk.cases.update(replace(desk.cases.get(case.id), port_type=PortType.PARTIAL,
                              remaining_numbers=("+442079460109",),
                              remaining_action=RemainingAction.DISCONNECT,
                              new_btn=""), "tester")
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.attach_document(desk, case.id, "bill", "bill.pdf", b"%PDF-1.4 bill", "tester")
    intents.submit(desk, case.id, "tester")
    report = engine.run_once()
    assert report.ok, report.errors
    [order] = platform_orders(sandbox)
    ranges = engine.client.associated_numbers(order["id"])
    assert [(r["action"], r["phone_number_range"]["start_at"]) for r in ranges] == [
        ("disconnect", "+442079460109")]
    assert desk.cases.get(case.id).status == Status.SUBMITTED


def test_a_requested_date_outside_the_windows_becomes_the_first_allowed_one(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = new_case(desk, numbers(0, 1), requested_date="2026-03-03")  # too early
    assert case.id is not None
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.submit(desk, case.id, "tester")
    report = engine.run_once()
    assert report.ok, report.errors
    [order] = platform_orders(sandbox)
    windows = engine.client.allowed_foc_windows(order["id"])
    requested = order["activation_settings"]["foc_datetime_requested"]
    assert requested.startswith(windows[0].started_at.date().isoformat())
    assert desk.cases.get(case.id).requested_date == windows[0].started_at.date()
    assert desk.cases.get(case.id).requested_date > date(2026, 3, 3)
    [moved] = [n for n in report.notices if "not an allowed FOC date" in n.message]
    assert moved.kind == "requested_moved"  # no FOC is set yet: not told as "FOC date set"
    [entry] = [e for e in desk.audit.for_case(case.id) if e.action == "case.foc_window"]
    assert entry.changes["requested_date"] == {
        "old": "2026-03-03", "new": windows[0].started_at.date().isoformat()}
    assert desk.audit.verify().ok


def test_a_fast_port_order_can_be_activated_and_its_job_followed(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    from portdesk.services.sync_platform_view import activate, platform_view

    engine = SyncEngine(desk, make_client(sandbox))
    case = new_case(desk, numbers(0, 1))
    assert case.id is not None
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.submit(desk, case.id, "tester")
    engine.run_once()
    assert not platform_view(engine.client, desk, case.id).can_activate
    for _ in range(20):  # ack 1-3 and FOC 3-7 business days later; the port itself is weeks out
        sandbox.advance(days=1)
        engine.run_once()
        if desk.cases.get(case.id).status == Status.FOC_CONFIRMED:
            break
    view = platform_view(engine.client, desk, case.id)
    assert view.can_activate and view.requirements and view.exception_types
    job = activate(engine.client, desk, case.id)
    assert job.status == "in-process"
    sandbox.advance(hours=2)
    assert platform_view(engine.client, desk, case.id).jobs[-1].status == "completed"
    engine.run_once()
    assert desk.cases.get(case.id).status == Status.PORTED


def test_an_activation_done_between_the_order_read_and_the_jobs_read_offers_none(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """The view reads the order, then its activation jobs: a job that completed between the two
    reads left the order as read FOC-confirmed, and "Activate now" was offered beside "activation
    completed" (a whole run's GUI test caught it once, the sandbox's answers being faster)."""
    from portdesk.services.sync_platform_view import activate, platform_view

    engine = SyncEngine(desk, make_client(sandbox))
    case = new_case(desk, numbers(0, 1))
    assert case.id is not None
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.submit(desk, case.id, "tester")
    for _ in range(20):
        engine.run_once()
        if desk.cases.get(case.id).status == Status.FOC_CONFIRMED:
            break
        sandbox.advance(days=1)
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id and platform_view(engine.client, desk, case.id).can_activate
    activate(engine.client, desk, case.id)
    assert not platform_view(engine.client, desk, case.id).can_activate  # under way
    read_before = engine.client.order(order_id)  # FOC-confirmed, the job still in process

    class OrderReadBefore:
        def __getattr__(self, name: str) -> object:
            return getattr(engine.client, name)

        def order(self, _order_id: str) -> object:
            return read_before

    sandbox.advance(hours=2)
    view = platform_view(OrderReadBefore(), desk, case.id)  # type: ignore[arg-type]
    assert view.jobs[-1].status == "completed"
    assert not view.can_activate
