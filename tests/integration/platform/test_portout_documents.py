"""What the gaining carrier sent with a port-out request, read and saved (trust 15).

The description's `GET /portouts/{id}/supporting_documents` (answered with 201) lists the gaining
carrier's LOA and invoice as `PortOutSupportingDocument`s naming a `document_id`, read with
`GET /documents/{id}/download`. Before, neither was called and the sandbox served neither: the
specialist judged a request without the customer's signed authorization in view. Now they are
listed, saved once into the case's files with their kind read from their bytes (a file sent as
a PDF that is not one is kept as data, never opened), and "none sent" is said plainly.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from pathlib import Path

import httpx
from reportlab.pdfgen import canvas

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import portout_documents as pd
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY


def _signed_loa() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Letter of Authorization - Harper Dental LLC - 312-555-0170")
    page.save()
    return out.getvalue()


def _send(server: SandboxServer, portout_id: str, kind: str, content: bytes,
          content_type: str = "application/pdf", filename: str = "") -> httpx.Response:
    root = server.base_url.removesuffix("/v2")
    return httpx.post(f"{root}/_sandbox/portouts/{portout_id}/supporting_documents",
                      json={"type": kind, "content_base64": base64.b64encode(content).decode(),
                            "content_type": content_type, "filename": filename or f"{kind}.pdf"},
                      headers={"Authorization": f"Bearer {API_KEY}"})


def _case(server: SandboxServer, client: PlatformClient, desk: Store) -> tuple[int, str]:
    request = portouts.create(server.sandbox, ["+13125550170"], "Harper Dental LLC")
    SyncEngine(desk, client).run_once()
    case = desk.cases.find_by_platform_order(request["id"])
    assert case is not None and case.id is not None
    return case.id, request["id"]


def test_none_sent_is_said_plainly(sandbox: SandboxServer,
                                   make_client: Callable[..., PlatformClient],
                                   desk: Store) -> None:
    client = make_client(sandbox)
    case_id, _ = _case(sandbox, client, desk)
    assert pd.gaining_documents(client, desk, case_id) == []
    assert "sent no supporting documents" in pd.NONE_SENT and "deadline" in pd.NONE_SENT


def test_the_loa_and_invoice_are_listed_saved_once_and_typed_by_their_bytes(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],
        desk: Store) -> None:
    client = make_client(sandbox)
    case_id, portout_id = _case(sandbox, client, desk)
    loa = _signed_loa()
    assert _send(sandbox, portout_id, "loa", loa, filename="../../LOA signed.pdf"
                 ).status_code == 201
    disguised = b"MZ\x90\x00" + b"\x00" * 60  # a program sent as a PDF invoice
    assert _send(sandbox, portout_id, "invoice", disguised).status_code == 201

    listed = pd.gaining_documents(client, desk, case_id)
    assert [d.kind for d in listed] == ["loa", "invoice"]
    assert listed[0].words.startswith("the gaining carrier's LOA")
    assert all(d.filed_as is None for d in listed)

    filed = pd.save_document(client, desk, case_id, listed[0], "tester")
    assert filed.content == loa and filed.kind.viewable and filed.kind.extension == ".pdf"
    assert "/" not in filed.filename and filed.filename.endswith(".pdf")
    assert filed.filename.startswith("LOA signed-")
    odd = pd.save_document(client, desk, case_id, listed[1], "tester")
    assert not odd.kind.viewable and odd.filename.endswith(".bin")
    assert "sent as application/pdf, its content is not" in odd.words

    again = pd.gaining_documents(client, desk, case_id)
    assert all(d.filed_as is not None for d in again)
    pd.save_document(client, desk, case_id, again[0], "tester")  # filed once
    kept = [d for d in desk.documents.for_case(case_id, "other")]
    assert len(kept) == 2
    assert desk.documents.content(kept[0].id) == loa


def test_a_copy_asked_for_is_the_user_s_alone(sandbox: SandboxServer,
                                              make_client: Callable[..., PlatformClient],
                                              desk: Store, tmp_path: Path) -> None:
    """`case documents --to DIR` writes the customer's decrypted document 0600, like an export
    (it was written with the umask's 0644: readable by every account on the machine)."""
    client = make_client(sandbox)
    case_id, portout_id = _case(sandbox, client, desk)
    _send(sandbox, portout_id, "loa", _signed_loa())
    filed = pd.save_document(client, desk, case_id, pd.gaining_documents(client, desk, case_id)[0],
                             "tester")
    copy = pd.write_copy(filed, tmp_path / "out")
    assert copy.read_bytes() == filed.content and copy.stat().st_mode & 0o777 == 0o600


def test_the_list_is_answered_as_described(sandbox: SandboxServer,
                                           make_client: Callable[..., PlatformClient],
                                           desk: Store) -> None:
    client = make_client(sandbox)
    _, portout_id = _case(sandbox, client, desk)
    _send(sandbox, portout_id, "loa", _signed_loa())
    answer = httpx.get(f"{sandbox.base_url}/portouts/{portout_id}/supporting_documents",
                       headers={"Authorization": f"Bearer {API_KEY}"})
    assert answer.status_code == 201  # the description's status for this list
    [record] = answer.json()["data"]
    assert set(record) == {"id", "record_type", "type", "portout_id", "document_id",
                           "created_at", "updated_at"}
    assert record["record_type"] == "supporting_document" and record["portout_id"] == portout_id
