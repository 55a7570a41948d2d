"""The sync's own moments come from the clock it is given, never from the machine's: when a
conflict was seen (part of its resolution's outbox key) and when an upload was journaled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, submitted

SEEN = datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC)  # far from any real day the suite runs on


def engine_at(sandbox: SandboxServer, make_client: Callable[..., PlatformClient],
              desk: Store) -> SyncEngine:
    return SyncEngine(desk, make_client(sandbox), clock=lambda: SEEN)


def test_a_conflict_is_dated_by_the_sync_s_clock(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_at(sandbox, make_client, desk)
    case = submitted(desk, numbers(0, 1), account_number="5500-0000")
    assert case.id is not None
    engine.run_once()
    sandbox.advance(days=5)  # in exception: both sides may edit
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id is not None
    engine.client.update_porting_order(order_id, {"end_user": {"admin": {
        "account_number": "5500-1111"}}})
    intents.update_draft(desk, desk.cases.get(case.id).with_changes(
        account_number="5500-2222"), "tester")
    engine.run_once()
    with desk.sessions() as session:
        conflict = desk.outbox.conflict_of(session, case.id)
    assert conflict is not None and conflict["detected_at"] == SEEN.isoformat()


def test_the_upload_journal_starts_on_the_sync_s_clock(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    engine = engine_at(sandbox, make_client, desk)
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None

    def crash(*_: object) -> None:
        raise SystemExit("killed between the upload and recording it")

    monkeypatch.setattr(desk.documents, "set_platform_id", crash)
    with pytest.raises(SystemExit):
        engine.run_once()
    [document] = desk.documents.for_case(case.id)
    journal = desk.outbox.get_json(f"upload.{document.id}")
    assert journal is not None and journal["started_at"] == SEEN.isoformat()
