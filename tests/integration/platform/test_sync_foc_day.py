"""The FOC date on the queue is the day the platform means on the desk's porting clock: an order's
FOC late in the UTC day is the evening before in the US (domain.platform_dates.platform_day), a
port-out FOC written as midnight UTC keeps its date."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from portdesk.domain.platform_dates import platform_day
from portdesk.domain.queue import QueueQuery
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.platform.wire import parse_time
from portdesk.services.desk import timeline
from portdesk.services.lookup import QueueReader
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_dates import utc_day_cases
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import (
    numbers,
    platform_orders,
    submitted,
)

NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


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



def test_a_day_a_window_spans_into_reaches_the_carrier_inside_that_window(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    # a desk in Tokyo: the sandbox's Friday window (14:00-22:00Z) is 23:00 Friday to 07:00
    # Saturday there. Saturday asked for is sent inside Friday's window, not as Saturday 14:00Z
    # (no window, and a weekend day the carrier rejects: FOC_REJECTED)
    engine = SyncEngine(desk, make_client(sandbox, zone=TOKYO), today=lambda: date(2026, 3, 2))
    case = submitted(desk, numbers(0, 1), requested_date="2026-03-28")
    assert case.id is not None
    report = engine.run_once()
    assert report.ok, report.errors
    [order] = platform_orders(sandbox)
    sent = parse_time(order["activation_settings"]["foc_datetime_requested"], "the request")
    assert sent is not None and platform_day(sent, TOKYO) == date(2026, 3, 28)
    windows = sandbox.sandbox.allowed_foc_windows(order["id"])
    spans = [(parse_time(w["started_at"], "start"), parse_time(w["ended_at"], "end"))
             for w in windows]
    assert any(start and end and start <= sent <= end for start, end in spans)
    sandbox.advance(days=4)  # the carrier's acknowledgment
    engine.run_once()
    kept = desk.cases.get(case.id)
    assert kept.requested_date == date(2026, 3, 28) and kept.exception_code is None


def test_an_foc_an_older_portdesk_stored_as_its_utc_date_is_read_again_after_the_upgrade(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], tmp_path: Path,
        ) -> None:
    # the queue as PortDesk 0008 left it: the carrier's 21:00 New York FOC (02:00Z on the next
    # day) stored as its UTC date, a day late for a New York desk
    db = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = Store.open(db, key_dir=tmp_path)
    case = submitted(old, numbers(0, 1))
    assert case.id is not None
    SyncEngine(old, make_client(sandbox, zone=UTC)).run_once()
    carrier_day = _confirmed(sandbox)
    [order] = platform_orders(sandbox)
    order["activation_settings"]["foc_datetime_actual"] = \
        f"{(carrier_day + timedelta(days=1)).isoformat()}T02:00:00Z"
    with sandbox.sandbox.state.transaction():
        sandbox.sandbox.set_status(order, "foc-date-confirmed")
    SyncEngine(old, make_client(sandbox, zone=UTC)).run_once()  # the old rule: the UTC date
    assert old.cases.get(case.id).foc_date == carrier_day + timedelta(days=1)
    old.close()
    with sqlite3.connect(tmp_path / "old.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num='0008'")

    desk = Store.open(db, key_dir=tmp_path)  # upgraded: the FOC is marked as a UTC date
    assert utc_day_cases(desk.outbox) == {case.id}
    reader, everything = QueueReader(desk), QueueQuery()
    assert [r.foc_utc for r in reader.page(everything).rows] == [True]  # the queue says "UTC"
    report = SyncEngine(desk, make_client(sandbox, zone=NEW_YORK)).run_once()  # no new event
    assert report.ok, report.errors
    assert desk.cases.get(case.id).foc_date == carrier_day
    assert utc_day_cases(desk.outbox) == frozenset()
    assert [r.foc_utc for r in reader.rows_for_ids([case.id])] == [False]
    assert [n.kind for n in report.notices if n.case_id == case.id] == ["foc_read_again"]
    [entry] = [e for e in timeline(desk, case.id) if "Read again" in e.detail]
    assert entry.title.startswith("FOC moved: ")
    assert desk.audit.verify().ok
    desk.close()


def _confirmed(sandbox: SandboxServer) -> date:
    for _ in range(240):  # the carrier confirms its FOC (its lead is drawn): stop there
        sandbox.advance(hours=6)
        [order] = platform_orders(sandbox)
        if order["status"]["value"] not in ("submitted", "in-process"):
            break
    assert order["status"]["value"] == "foc-date-confirmed"
    day = parse_time(order["activation_settings"]["foc_datetime_actual"], "the FOC")
    assert day is not None
    return day.date()


def test_the_port_milestone_is_the_foc_the_platform_confirmed(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    # the milestone was worked out when the status moved, before the FOC was written: the queue
    # said "Port · <expected date>" beside another FOC date
    engine = SyncEngine(desk, make_client(sandbox, zone=UTC))
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    engine.run_once()
    _confirmed(sandbox)
    engine.run_once()
    foc = desk.cases.get(case.id).foc_date
    [row] = desk.queue.rows_for_ids([case.id])
    assert foc is not None and (row.next_milestone, row.next_due) == ("Port", foc)
