"""The client over real loopback HTTP: clear errors, and exactly-once creates through faults."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from portdesk.platform import errors as e
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.faults import FaultConfig
from portdesk.platform.sandbox.server import SandboxServer, free_port

MakeClient = Callable[..., PlatformClient]


def test_a_wrong_key_gives_a_clear_auth_error(sandbox: SandboxServer,
                                              make_client: MakeClient) -> None:
    client = make_client(sandbox, key="not-the-key")
    with pytest.raises(e.AuthError, match="refused the API key") as info:
        list(client.list_porting_orders())
    assert "not-the-key" not in str(info.value)


def test_an_unreachable_platform_gives_a_clear_error(make_client: MakeClient) -> None:
    class Nowhere:
        base_url = f"http://127.0.0.1:{free_port()}/v2"

    with pytest.raises(e.Unreachable, match=r"cannot reach the platform at 127\.0\.0\.1"):
        make_client(Nowhere()).get_porting_order("x")


def test_split_creates_come_back_as_several_orders(client: PlatformClient) -> None:
    orders = client.create_porting_order(["+13125550101", "+18005550102"], "PD-000001")
    assert sorted(o.number_type for o in orders) == ["local", "toll_free"]
    again = client.create_porting_order(["+13125550101", "+18005550102"], "PD-000001")
    assert {o.id for o in again} == {o.id for o in orders}


def test_documents_comments_and_events(sandbox: SandboxServer, client: PlatformClient) -> None:
    order = client.create_porting_order(["+13125550101"], "PD-000002")[0]
    document = client.upload_document("loa.pdf", b"%PDF-1.4 x", customer_reference="PD-000002")
    linked = client.link_documents(order.id, loa=document.id)
    assert linked.documents["loa"] == document.id
    client.add_comment(order.id, "customer confirmed the PIN")
    assert [c.body for c in client.comments(order.id)] == ["customer confirmed the PIN"]
    types = [ev["event_type"] for ev in client.events()]
    # a draft's creation writes no status change: the notifications guide starts at in-process
    assert types == ["porting_order.loa_updated", "porting_order.new_comment"]
    assert len(client.allowed_foc_windows(order.id)) == 10


def test_rate_limit_answers_are_waited_out(make_sandbox: Callable[..., SandboxServer],
                                           make_client: MakeClient) -> None:
    server = make_sandbox(FaultConfig(rate_limit=2, rate_window=10))
    client = make_client(server)
    for _ in range(2):
        list(client.list_porting_orders())
    with pytest.raises(e.RateLimited):
        client.get_porting_order("x")  # every retry is inside the same 10 s window
    waits = client._sleep.waits  # type: ignore[attr-defined]
    assert waits and all(w >= 1 for w in waits)
    assert sum(waits) <= client.retry.max_total  # the retries' total bounds the waits too


def test_creates_confirms_and_comments_happen_once_through_faults(
        make_sandbox: Callable[..., SandboxServer], make_client: MakeClient) -> None:
    faults = FaultConfig(fail_rate=0.3, drop_rate=0.1, latency_ms=3, seed=11, retry_after=0)
    server = make_sandbox(faults)
    client = make_client(server)
    for i in range(40):
        ref = f"PD-{i:06d}"
        order = client.create_porting_order([f"+1312555{100 + i:04d}"], ref)[0]
        client.add_comment(order.id, f"note for {ref}")
        client.cancel_porting_order(order.id)
    counters = server.faults.counters if server.faults else None
    assert counters is not None and counters.failed_after > 0 and counters.dropped_after > 0
    state = server.sandbox.state
    assert state.order_count() == 40
    with state.lock:
        orders, _ = state.list_orders("1=1", (), "seq", 1000, 0)
        assert sorted(o["customer_reference"] for o in orders) == [f"PD-{i:06d}" for i in range(40)]
        assert {o["status"]["value"] for o in orders} == {"cancelled"}
        for o in orders:
            _, total = state.list_comments(o["id"], 10, 0)
            assert total == 1, o["customer_reference"]
