"""A platform whose clock runs years ahead (the sandbox at --speed 2 after twenty minutes) does
not move a case's dates: an FOC, an allowed FOC window, a port-out's FOC or a requested date
absurdly far from the workstation's today is not taken, the case keeps its value, and the
case's timeline says what the platform answered and why it was not believed, once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from portdesk.domain.case import CaseKind
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.desk import timeline
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_dates import QUESTIONABLE
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, platform_orders, submitted

TODAY = date(2026, 3, 2)  # the workstation's date: the sandbox's first day
YEARS_AHEAD = 8 * 365


def engine_for(sandbox: SandboxServer, make_client: Callable[..., PlatformClient],
               desk: Store) -> SyncEngine:
    return SyncEngine(desk, make_client(sandbox), today=lambda: TODAY)


def questionable(desk: Store, case_id: int) -> list[dict[str, object]]:
    return [e.changes for e in desk.audit.for_case(case_id) if e.action == QUESTIONABLE]


def test_windows_and_an_foc_years_ahead_leave_the_case_dates_as_they_were(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_for(sandbox, make_client, desk)
    sandbox.advance(days=YEARS_AHEAD)  # the platform's clock, not the workstation's
    case = submitted(desk, numbers(0, 1), requested_date="2026-03-16")
    assert case.id is not None
    report = engine.run_once()
    assert report.ok, report.errors
    kept = desk.cases.get(case.id)
    assert kept.requested_date == date(2026, 3, 16)  # the typed value stays
    [order] = platform_orders(sandbox)
    assert not (order.get("activation_settings") or {}).get("foc_datetime_requested")
    assert not [e for e in desk.audit.for_case(case.id) if e.action == "case.foc_window"]
    [said] = questionable(desk, case.id)
    assert said["field"] == "foc_window" and str(said["platform"]) >= "2034"
    assert said["kept"] == "2026-03-16" and "after today (2026-03-02)" in str(said["why"])
    [notice] = [n for n in report.notices if n.kind == "questionable_date"]
    assert "not taken, the case keeps 2026-03-16" in notice.message

    sandbox.advance(days=14)  # the carrier sets its FOC: on the platform's calendar
    report = engine.run_once()
    dated = desk.cases.get(case.id)
    assert dated.platform_status == "foc-date-confirmed"  # the status is still taken
    assert dated.foc_date is None
    assert "foc_set" not in [n.kind for n in report.notices]
    assert [c["field"] for c in questionable(desk, case.id)] == ["foc_window", "foc_date"]
    entries = [t for t in timeline(desk, case.id) if t.kind == "questionable"]
    assert [t.title.split(":")[0] for t in entries] == ["Questionable platform answer"] * 2
    assert "FOC date 20" in entries[1].title and "The case keeps no date" in entries[1].detail

    again = engine.run_once(reconcile=True)  # the same answers again: told once
    assert not [n for n in again.notices if n.kind == "questionable_date"]
    assert len(questionable(desk, case.id)) == 2
    assert desk.audit.verify().ok


def test_a_believable_foc_is_taken_as_before(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_for(sandbox, make_client, desk)
    case = submitted(desk, numbers(1, 1), requested_date="2026-03-16")
    assert case.id is not None
    engine.run_once()
    sandbox.advance(days=14)
    report = engine.run_once()
    assert desk.cases.get(case.id).foc_date is not None
    assert "foc_set" in [n.kind for n in report.notices]
    assert questionable(desk, case.id) == []


def test_a_port_out_foc_years_ahead_makes_its_case_without_it(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_for(sandbox, make_client, desk)
    sandbox.advance(days=YEARS_AHEAD)
    portouts.create(sandbox.sandbox, ["+13125550160"], "Harper Dental LLC")
    report = engine.run_once()
    [case] = [c for c in desk.cases.iter_all() if c.kind == CaseKind.PORT_OUT]
    assert case.id is not None and case.foc_date is None
    [said] = questionable(desk, case.id)
    assert said["field"] == "foc_date" and said["kept"] is None
    assert {n.kind for n in report.notices} == {"portout_waiting", "questionable_date"}


def test_a_requested_date_moved_years_ahead_on_the_platform_is_not_taken(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_for(sandbox, make_client, desk)
    case = submitted(desk, numbers(2, 1), requested_date="2026-03-16", pin="4821",
                     account_number="5500-0000")  # rejected: both sides may edit it again
    assert case.id is not None
    engine.run_once()
    sandbox.advance(days=5)
    engine.run_once()
    moved = desk.cases.get(case.id).requested_date  # into the first allowed window
    assert moved is not None and moved.year == 2026
    [order] = platform_orders(sandbox)
    engine.client.update_porting_order(order["id"], {"activation_settings": {
        "foc_datetime_requested": "2034-05-02T14:00:00Z"}})
    report = engine.run_once(reconcile=True)
    assert desk.cases.get(case.id).requested_date == moved
    [said] = questionable(desk, case.id)
    assert said["field"] == "requested_date" and said["platform"] == "2034-05-02"
    assert [n.kind for n in report.notices].count("questionable_date") == 1

    engine.client.update_porting_order(order["id"], {"activation_settings": {
        "foc_datetime_requested": "2026-04-01T14:00:00Z"}})
    engine.run_once(reconcile=True)  # a believable change later is taken as any other
    assert desk.cases.get(case.id).requested_date == date(2026, 4, 1)
