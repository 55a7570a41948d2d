"""The sync engine over real loopback HTTP and a real SQLite store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.faults import FaultConfig
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from tests.helpers import case


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}", key_dir=tmp_path)
    yield opened
    opened.close()


def enqueue(store: Store, case_id: int, intent: str, key: str) -> None:
    with store.transaction() as session:
        SyncRepository(store.sessions).enqueue(session, case_id, intent, key)


def add_cases(store: Store, count: int) -> list[int]:
    ids = []
    for i in range(count):
        created = store.cases.create(case(numbers=[f"312-555-{100 + i:04d}"],
                                          btn=f"312-555-{100 + i:04d}"), "tester")
        assert created.id is not None
        ids.append(created.id)
        enqueue(store, created.id, "create", f"create:{created.id}")
        enqueue(store, created.id, "update", f"update:{created.id}:1")
    return ids


def test_push_then_pull_brings_platform_status_home(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], store: Store) -> None:
    client = make_client(sandbox)
    engine = SyncEngine(store, client)
    [case_id] = add_cases(store, 1)
    report = engine.push()
    assert report.pushed == 2 and report.failed == 0
    pushed = store.cases.get(case_id)
    assert pushed.platform_order_id and pushed.sync_state == "synced"
    order = client.get_porting_order(pushed.platform_order_id)
    assert order.raw["end_user"]["admin"]["entity_name"] == pushed.account_name
    document = client.upload_document("loa.pdf", b"%PDF-1.4 x")
    client.link_documents(pushed.platform_order_id, loa=document.id)
    enqueue(store, case_id, "confirm", f"confirm:{case_id}")
    engine.run_once()
    assert store.cases.get(case_id).status == Status.SUBMITTED
    sandbox.advance(days=60)
    report = engine.pull()
    final = store.cases.get(case_id)
    assert final.status == Status.PORTED and final.platform_status == "ported"
    assert final.foc_date is not None
    again = engine.pull()
    assert again.events == 0 and again.cases_updated == 0


def test_changes_apply_exactly_once_through_faults(
        make_sandbox: Callable[..., SandboxServer], make_client: Callable[..., PlatformClient],
        store: Store) -> None:
    faults = FaultConfig(fail_rate=0.2, drop_rate=0.05, latency_ms=2, seed=3, retry_after=0)
    server = make_sandbox(faults)
    engine = SyncEngine(store, make_client(server))
    ids = add_cases(store, 50)
    repo = SyncRepository(store.sessions)
    for _ in range(20):
        engine.push()
        if repo.pending_count() == 0:
            break
    assert repo.pending_count() == 0
    state = server.sandbox.state
    assert state.order_count() == 50
    with state.lock:
        orders, _ = state.list_orders("1=1", (), "seq", 1000, 0)
    by_ref = {o["customer_reference"].rpartition("/")[0]: o for o in orders}
    for case_id in ids:
        local = store.cases.get(case_id)
        assert by_ref[local.reference]["id"] == local.platform_order_id
        assert by_ref[local.reference]["end_user"]["admin"]["account_number"] == \
            local.account_number
    engine.pull()
    assert {store.cases.get(i).platform_status for i in ids} == {"draft"}
