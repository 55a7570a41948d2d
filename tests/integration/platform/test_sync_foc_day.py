"""The FOC date on the queue is the day the platform means on the desk's porting clock: an order's
FOC late in the UTC day is the evening before in the US (domain.platform_dates.platform_day), a
port-out FOC written as midnight UTC keeps its date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, platform_orders, submitted

NEW_YORK = ZoneInfo("America/New_York")


def test_an_order_s_foc_at_two_utc_is_the_day_before_on_a_new_york_desk(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox, zone=NEW_YORK))
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    engine.run_once()
    for _ in range(240):  # the carrier confirms its FOC (its lead is drawn): stop there
        sandbox.advance(hours=6)
        [order] = platform_orders(sandbox)
        if order["status"]["value"] not in ("submitted", "in-process"):
            break
    assert order["status"]["value"] == "foc-date-confirmed"
    engine.run_once()
    carrier_day = desk.cases.get(case.id).foc_date
    assert carrier_day is not None
    # the carrier's commitment: 21:00 in New York on a day, 02:00Z on the next in UTC
    order["activation_settings"]["foc_datetime_actual"] = \
        f"{(carrier_day + timedelta(days=1)).isoformat()}T02:00:00Z"
    with sandbox.sandbox.state.transaction():
        sandbox.sandbox.set_status(order, "foc-date-confirmed")  # an event: read again
    report = engine.run_once()
    assert report.ok, report.errors
    assert desk.cases.get(case.id).foc_date == carrier_day  # not the UTC date, a day late


def test_a_port_out_foc_written_as_midnight_utc_keeps_its_date(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox, zone=NEW_YORK))
    engine.run_once()
    made = portouts.create(sandbox.sandbox, ["+13125550172"])
    engine.run_once()
    moved = portouts.move_foc(sandbox.sandbox, made["id"], 6)
    # the description's shape for a port-out FOC (foc_date_changed: "2022-12-20T00:00:00Z")
    day = date.fromisoformat(moved["foc_date"][:10])
    with sandbox.sandbox.state.transaction():
        moved["foc_date"] = f"{day.isoformat()}T00:00:00Z"
        sandbox.sandbox.state.save_portout(moved)
        sandbox.sandbox.state.add_portout_event({
            "id": "foc-midnight", "event_type": "portout.foc_date_changed",
            "record_type": "portout_event", "portout_id": made["id"],
            "created_at": sandbox.sandbox.clock.stamp().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "payload": {"foc_date": moved["foc_date"], "id": made["id"]}})
    engine.run_once()
    case = next(c for c in desk.cases.iter_all() if c.platform_order_id == made["id"])
    assert case.foc_date == day  # not the 21st's evening before
