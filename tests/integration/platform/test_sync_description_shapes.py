"""The client against what the description allows and the sandbox never sends by itself: a
deleted order's event with its time only in the payload, an event without an id, an unknown event
type, a log listed newest first, an answer that is not JSON for one record. None of them stops the
sync or loses a case; each is in the report."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY, RecordingSleep
from tests.integration.platform.description import RecordingTransport, Traffic
from tests.integration.platform.sync_helpers import numbers, submitted


def add_event(server: SandboxServer, body: dict[str, object], at: str) -> None:
    """Straight into the sandbox's port-in log, shaped as the test says (even without an id)."""
    state = server.sandbox.state
    with state.transaction():
        state._conn.execute(
            "INSERT INTO events (id, created_at, event_type, porting_order_id, body) "
            "VALUES (?,?,?,?,?)", (str(body.get("id") or uuid.uuid4()), at,
                                   str(body["event_type"]), body.get("porting_order_id"),
                                   json.dumps(body)))


def portout_cases(desk: Store) -> set[str]:
    return {c.platform_order_id or "" for c in desk.cases.iter_all() if c.kind.value == "port_out"}


def test_odd_events_are_skipped_and_reported_and_the_cursor_moves_on(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    stamp = sandbox.sandbox.clock.stamp().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    add_event(sandbox, {"event_type": "porting_order.status_changed",  # no id at all
                        "created_at": stamp, "payload": {"id": order_id}}, stamp)
    add_event(sandbox, {"id": str(uuid.uuid4()), "event_type": "porting_order.deleted",
                        "porting_order_id": str(uuid.uuid4()),
                        "payload": {"created_at": stamp, "deleted_at": stamp}}, stamp)
    add_event(sandbox, {"id": str(uuid.uuid4()), "event_type": "porting_order.teleported",
                        "porting_order_id": order_id, "created_at": stamp, "payload": {}}, stamp)
    sandbox.advance(days=5)  # the carrier answers: a real status change after the odd ones
    report = engine.run_once()
    assert report.aborted is None and not report.failed
    assert [s.record_id for s in report.skipped] == ["(no id)"]
    assert any("porting_order.teleported" in u for u in report.unknown)
    assert desk.cases.get(case.id).platform_status != "in-process"  # the round went on
    again = engine.run_once()
    assert again.events == 0 and not again.skipped  # the cursor moved past all of them


def test_a_log_listed_newest_first_is_read_once(
        sandbox: SandboxServer, desk: Store) -> None:
    upstream = httpx.HTTPTransport()

    def newest_first(request: httpx.Request) -> httpx.Response | None:
        if not request.url.path.endswith("/porting/events"):
            return None
        inner = upstream.handle_request(request)
        inner.read()
        body = json.loads(inner.content)
        body["data"] = list(reversed(body["data"]))
        return httpx.Response(200, json=body)

    client = PlatformClient(sandbox.base_url, API_KEY, sleep=RecordingSleep(),
                            transport=RecordingTransport(Traffic(), newest_first))
    engine = SyncEngine(desk, client)
    submitted(desk, numbers(0, 1))
    engine.run_once()
    sandbox.advance(days=20)
    moved = engine.run_once()
    assert moved.events >= 2
    again = engine.run_once()
    client.close()
    upstream.close()
    assert again.events == 0 and again.requests == 5  # both logs; pending, authorized and
    # ported-since port-outs


def test_one_record_answered_with_html_is_skipped_and_fetched_again_later(
        sandbox: SandboxServer, desk: Store) -> None:
    broken: set[str] = set()

    def html(request: httpx.Request) -> httpx.Response | None:
        if request.method == "GET" and request.url.path.split("/")[-1] in broken:
            return httpx.Response(200, text="<html>oops</html>",
                                  headers={"content-type": "text/html"})
        return None

    client = PlatformClient(sandbox.base_url, API_KEY, sleep=RecordingSleep(),
                            transport=RecordingTransport(Traffic(), html))
    engine = SyncEngine(desk, client)
    first = submitted(desk, numbers(0, 1))
    second = submitted(desk, numbers(1, 1))
    assert first.id and second.id
    engine.run_once()
    broken.add(desk.cases.get(first.id).platform_order_id or "")
    sandbox.advance(days=20)
    report = engine.run_once()
    assert report.aborted is None and [s.kind for s in report.skipped] == ["order"]
    assert desk.cases.get(second.id).platform_status != "in-process"  # the other went on
    assert desk.cases.get(first.id).platform_status == "in-process"
    broken.clear()
    healed = engine.run_once()  # on the refetch list: read again without a new event
    client.close()
    assert desk.cases.get(first.id).platform_status != "in-process" and not healed.skipped


def test_a_new_port_out_reaches_the_queue_in_one_round_with_or_without_its_event(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    engine.run_once()
    for with_event in (True, False, False, True):
        made = portouts.create(sandbox.sandbox, ["+13125550170"], with_event=with_event)
        report = engine.run_once()
        assert made["id"] in portout_cases(desk), f"event: {with_event}"
        assert [n.kind for n in report.notices] == ["portout_waiting"]


def test_comments_and_foc_changes_on_a_port_out_reach_its_case(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    engine.run_once()
    made = portouts.create(sandbox.sandbox, ["+13125550171"], attempted_pin="9911")
    engine.run_once()
    case = next(c for c in desk.cases.iter_all() if c.platform_order_id == made["id"])
    assert case.id is not None
    portouts.add_comment(sandbox.sandbox, made["id"], "customer moved the date")
    moved = portouts.move_foc(sandbox.sandbox, made["id"], 9)
    report = engine.run_once()
    assert [c.body for c in desk.comments.for_case(case.id)] == ["customer moved the date"]
    assert desk.cases.get(case.id).foc_date.isoformat() == moved["foc_date"][:10]
    changed = [e.changes["foc_date"] for e in desk.audit.for_case(case.id)
               if e.action == "case.platform_edit" and "foc_date" in e.changes]
    assert changed[-1] == {"old": case.foc_date.isoformat() if case.foc_date else None,
                           "new": moved["foc_date"][:10]}
    kinds = {n.kind for n in report.notices}
    assert "portout_comment" in kinds and kinds & {"portout_foc", "foc_set"}
    engine.run_once()
    assert len(desk.comments.for_case(case.id)) == 1  # not twice


def test_the_command_line_lists_what_it_skipped(
        sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from portdesk import cli

    monkeypatch.setenv("PORTDESK_PLATFORM_URL", sandbox.base_url)
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", API_KEY)
    argv = ["--db", f"sqlite:///{tmp_path / 'cli.sqlite3'}", "sync", "--once"]
    assert cli.main(argv) == 0
    stamp = sandbox.sandbox.clock.stamp().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    add_event(sandbox, {"event_type": "porting_order.split", "created_at": stamp}, stamp)
    capsys.readouterr()
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "skipped 1" in out and "skipped event (no id) (porting_order.split)" in out
