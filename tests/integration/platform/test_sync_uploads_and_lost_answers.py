"""Uploads and creates as the description has them, against the real sandbox over loopback HTTP.

- "Uploaded files must be linked to a service within 30 minutes or they will be automatically
  deleted" (POST /documents): an upload whose link failed is uploaded again, never refused.
- The document's `sha256` is "provided for optional verification purposes": a copy that is not
  the desk's document is never linked to an order.
- Porting creates take no idempotency key: a create whose answer is lost after the order was
  made (the client times out) must not make a second order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import httpx
import pytest

from portdesk.platform.client import PlatformClient
from portdesk.platform.errors import Unreachable
from portdesk.platform.sandbox.faults import FaultConfig
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import LOA, numbers, platform_orders, submitted


def stored_documents(server: SandboxServer) -> list[tuple[str, bytes]]:
    state = server.sandbox.state
    with state.lock:
        rows = state._conn.execute("SELECT id, content FROM documents").fetchall()
    return [(row[0], bytes(row[1])) for row in rows]


def test_the_sandbox_deletes_an_upload_left_unlinked_for_30_minutes(
        sandbox: SandboxServer, client: PlatformClient) -> None:
    kept = client.upload_document("kept.pdf", LOA, customer_reference="PD-1/doc1")
    left = client.upload_document("left.pdf", LOA, customer_reference="PD-1/doc2")
    [order] = client.create_porting_order(["+13125550101"], "PD-1")
    client.link_documents(order.id, loa=kept.id)
    sandbox.advance(hours=0.4)  # 24 minutes: both still there
    assert {d for d, _ in stored_documents(sandbox)} == {kept.id, left.id}
    sandbox.advance(hours=0.2)  # 36 minutes
    assert [d for d, _ in stored_documents(sandbox)] == [kept.id]


def test_an_upload_deleted_before_its_link_went_through_is_sent_again_and_linked(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    real = engine.client.attach_documents
    monkeypatch.setattr(engine.client, "attach_documents", _fails_once(real))
    engine.run_once()  # the LOA is uploaded; the network goes before its link: round over
    [document] = desk.documents.for_case(case.id)
    first_copy = document.platform_document_id
    assert first_copy and [d for d, _ in stored_documents(sandbox)] == [first_copy]
    sandbox.advance(hours=0.6)  # the desk is away 36 minutes: the platform deletes the copy
    assert stored_documents(sandbox) == []
    for _ in range(3):
        engine.run_once()
    [order] = platform_orders(sandbox)
    [(linked, content)] = stored_documents(sandbox)
    assert order["documents"]["loa"] == linked != first_copy and content == LOA
    assert desk.documents.for_case(case.id)[0].platform_document_id == linked
    done = desk.cases.get(case.id)
    assert done.sync_state != "failed" and not done.sync_error


def _fails_once(real: Callable[..., object]) -> Callable[..., object]:
    calls = []

    def attach(*args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == 1:
            raise Unreachable("cannot reach the platform: the network went away")
        return real(*args, **kwargs)

    return attach


class CutOnTheWay(httpx.HTTPTransport):
    """The network between desk and platform alters the first upload's bytes (same length)."""

    def __init__(self) -> None:
        super().__init__()
        self.altered = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/documents") \
                and not self.altered:
            body = request.read()
            assert b"signed LOA" in body
            self.altered += 1
            request = httpx.Request(request.method, request.url, headers=request.headers,
                                    content=body.replace(b"signed LOA", b"SIGNED LOA"))
        return super().handle_request(request)


def test_a_copy_that_is_not_the_desk_s_document_is_deleted_never_linked(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],
        desk: Store) -> None:
    network = CutOnTheWay()
    engine = SyncEngine(desk, make_client(sandbox, transport=network))
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    first = engine.run_once()
    assert network.altered == 1
    assert any("is not the document on the desk" in line for line in first.errors)
    for _ in range(3):
        engine.run_once()
    [order] = platform_orders(sandbox)
    [(linked, content)] = stored_documents(sandbox)  # the altered copy is gone
    assert order["documents"]["loa"] == linked and content == LOA
    assert hashlib.sha256(content).hexdigest() == hashlib.sha256(LOA).hexdigest()


def test_a_create_whose_answer_times_out_after_the_order_was_made_makes_one_order(
        make_sandbox: Callable[..., SandboxServer], make_client: Callable[..., PlatformClient],
        desk: Store) -> None:
    server = make_sandbox(FaultConfig(lost_answers=("POST /v2/porting_orders",), lost_hang=2.0))
    client = make_client(server, timeout=httpx.Timeout(0.5, connect=5.0))
    engine = SyncEngine(desk, client)
    case = submitted(desk, numbers(0, 2))
    assert case.id is not None
    for _ in range(3):
        engine.run_once()
    assert server.faults is not None and server.faults.counters.dropped_after == 1
    orders = platform_orders(server)
    assert len(orders) == 1  # made once, found by the case reference after the timeout
    assert desk.cases.get(case.id).platform_order_id == orders[0]["id"]
    assert orders[0]["status"]["value"] != "draft"  # and the submission went on from it


def test_the_sandbox_takes_the_description_s_json_upload_too(sandbox: SandboxServer) -> None:
    """POST /documents takes multipart/form-data or JSON (`file` Base64 beside `filename`)."""
    import base64

    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client(base_url=sandbox.base_url + "/", headers=headers) as http:
        sent = http.post("documents", json={"file": base64.b64encode(LOA).decode(),
                                            "filename": "loa.pdf",
                                            "customer_reference": "PD-7/doc1"})
        assert sent.status_code == 200, sent.text
        document = sent.json()["data"]
        assert document["sha256"] == hashlib.sha256(LOA).hexdigest()
        assert document["filename"] == "loa.pdf" and document["content_type"] == "application/pdf"
        assert document["customer_reference"] == "PD-7/doc1"
        fetched = http.post("documents", json={"url": "https://example.test/loa.pdf"})
        assert fetched.status_code == 422
        assert "fetches no URLs" in fetched.json()["errors"][0]["detail"]
        garbled = http.post("documents", json={"file": "not base64 at all!"})
        assert garbled.status_code == 422
        assert garbled.json()["errors"][0]["source"] == {"pointer": "/file"}
