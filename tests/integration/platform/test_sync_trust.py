"""Nothing crossed or left behind on the platform: references unique across databases, a found
order adopted only when it is the case's, no orphan LOA after a crash between upload and record,
and a sandbox that says "running" only once it listens."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from portdesk import cli
from portdesk.platform.client import PlatformClient, ReferenceConflict
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import LOA, numbers, platform_orders, submitted


def test_two_desks_numbering_alike_never_share_an_order(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],
        tmp_path: Path) -> None:
    desks = [Store.open(f"sqlite:///{tmp_path / f'desk{i}.sqlite3'}", key_dir=tmp_path / str(i))
             for i in (1, 2)]
    try:
        cases = [submitted(desk, numbers(i * 5, 2)) for i, desk in enumerate(desks)]
        assert cases[0].reference == cases[1].reference == "PD-000001"
        for desk in desks:
            assert SyncEngine(desk, make_client(sandbox)).run_once().ok
        mine = [desk.cases.get(case.id or 0) for desk, case in zip(desks, cases, strict=True)]
        by_id = {o["id"]: o for o in platform_orders(sandbox)}
        assert len(by_id) == 2 and mine[0].platform_order_id != mine[1].platform_order_id
        for case in mine:
            order = by_id[case.platform_order_id or ""]
            assert sorted(n["phone_number"] for n in order["phone_numbers"]) == \
                sorted(case.number_e164s)
            assert order["customer_reference"].startswith("PD-000001/")
    finally:
        for desk in desks:
            desk.close()


def test_an_order_under_the_reference_with_other_numbers_is_not_adopted(
        client: PlatformClient) -> None:
    client.create_porting_order(["+13125550101"], "PD-000009")
    with pytest.raises(ReferenceConflict, match=r"not this case's order.*\+13125550101|"
                                                r"\+13125550101.*not this case's"):
        client.create_porting_order(["+13125550150"], "PD-000009")
    same = client.create_porting_order(["+13125550101"], "PD-000009")
    assert len(same) == 1  # the case's own order is still found, not made twice


def test_a_conflicting_reference_stops_the_case_with_a_clear_error(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    stranger = engine.pusher.reference(case)  # someone else's order under the very same key
    engine.client.create_porting_order(["+13125550190"], stranger)
    report = engine.run_once()
    assert report.failed == 1 and "did not adopt it" in report.errors[0]
    stopped = desk.cases.get(case.id)
    assert stopped.sync_state == "failed" and not stopped.platform_order_id


def test_a_crash_between_upload_and_record_leaves_no_orphan_loa(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    real = desk.documents.set_platform_id

    def crash(*_: object) -> None:
        raise SystemExit("killed between the upload and recording it")

    monkeypatch.setattr(desk.documents, "set_platform_id", crash)
    with pytest.raises(SystemExit):
        engine.run_once()
    monkeypatch.setattr(desk.documents, "set_platform_id", real)
    assert engine.run_once().ok
    state = sandbox.sandbox.state
    with state.lock:
        stored = state._conn.execute("SELECT id FROM documents").fetchall()
    [order] = platform_orders(sandbox)
    assert [row[0] for row in stored] == [order["documents"]["loa"]]  # one copy, and linked
    assert desk.documents.for_case(case.id)[0].platform_document_id == order["documents"]["loa"]
    assert LOA  # the signed LOA the helper attached


def test_the_sandbox_announces_itself_only_once_it_listens(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code = cli.main(["--db", f"sqlite:///{tmp_path / 'q.sqlite3'}", "sandbox", "--port",
                         str(port), "--db", ":memory:"])
    out, err = capsys.readouterr()
    assert code == 1 and "running on" not in out
    assert f"cannot listen on 127.0.0.1:{port}" in err and "--port" in err
    assert err.count("\n") == 1 and "Traceback" not in err
