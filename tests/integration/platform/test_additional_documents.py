"""Additional documents of a port-in order (trust 16).

A rejection that asks for a CSR, a signed invoice or another document is answered weekly; before,
the coverage table said "not yet: only the LOA and the bill are sent" and the sandbox did not
serve `/porting_orders/{id}/additional_documents`. Now the specialist sends one of the case's
files (or a new one, type-checked by its bytes, filed sealed) as a type the description lists
(loa, invoice, csr, other), sees what the order holds, removes a wrong one. Both go through the
outbox: offline nothing is lost and the listing says what waits.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from reportlab.pdfgen import canvas

from portdesk.cli import main
from portdesk.domain.errors import PortDeskError
from portdesk.platform import errors as e
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer, free_port
from portdesk.services import additional_documents as ad
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.helpers import entry
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import numbers, submitted


def _pdf(text: str) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, text)
    page.save()
    return out.getvalue()


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url + "/",
                      headers={"Authorization": f"Bearer {API_KEY}"}) as client:
        yield client


def _order(client: PlatformClient) -> str:
    return client.create_porting_order(["+13125550111"], "PD-AD-1")[0].id


def test_the_client_links_lists_and_unlinks_as_described(client: PlatformClient) -> None:
    order_id = _order(client)
    csr = client.upload_document("csr.pdf", _pdf("CSR"), "application/pdf", "PD-AD-1/csr")
    invoice = client.upload_document("inv.pdf", _pdf("Invoice"), "application/pdf", "PD-AD-1/i")
    first = client.add_additional_document(order_id, csr.id, "csr")
    again = client.add_additional_document(order_id, csr.id, "csr")
    assert again.id == first.id  # already linked with that type: not linked twice
    client.add_additional_document(order_id, invoice.id, "invoice")
    listed = client.additional_documents(order_id)
    assert sorted((a.document_id, a.document_type) for a in listed) == sorted(
        [(csr.id, "csr"), (invoice.id, "invoice")])
    assert {a.filename for a in listed} == {"csr.pdf", "inv.pdf"}
    client.delete_additional_document(order_id, first.id)
    client.delete_additional_document(order_id, first.id)  # already gone: what was asked
    assert [a.document_type for a in client.additional_documents(order_id)] == ["invoice"]
    with pytest.raises(e.RequestRejected, match="one of loa, invoice, csr, other"):
        client.add_additional_document(order_id, invoice.id, "passport")


def test_the_sandbox_answers_as_the_description_says(client: PlatformClient,
                                                     http: httpx.Client) -> None:
    order_id = _order(client)
    path = f"porting_orders/{order_id}/additional_documents"
    docs = [client.upload_document(f"d{i}.pdf", _pdf(f"d{i}"), "application/pdf", f"t/{i}")
            for i in range(2)]
    made = http.post(path, json={"additional_documents": [
        {"document_id": docs[0].id, "document_type": "loa"},
        {"document_id": docs[1].id, "document_type": "other"}]})
    assert made.status_code == 201
    assert [r["record_type"] for r in made.json()["data"]] == ["porting_additional_document"] * 2
    newest_first = http.get(path).json()
    assert newest_first["meta"]["total_results"] == 2
    assert [r["document_type"] for r in newest_first["data"]] == ["other", "loa"]
    oldest_first = http.get(path, params={"sort[value]": "created_at"}).json()["data"]
    assert [r["document_type"] for r in oldest_first] == ["loa", "other"]
    only = http.get(path, params={"filter[document_type][]": "loa"}).json()["data"]
    assert [r["document_type"] for r in only] == ["loa"]
    assert http.post(path, json={"additional_documents": [
        {"document_id": docs[0].id, "document_type": "passport"}]}).status_code == 422
    assert http.post(path, json={"additional_documents": [
        {"document_id": "40bc547a-7f96-4cd5-926a-da4842671e88", "document_type": "csr"}]}
    ).status_code == 422  # no such upload
    assert http.post(path, json={"additional_documents": [
        {"document_id": docs[0].id, "document_type": "csr"}] * 101}).status_code == 422
    assert http.get("porting_orders/40bc547a-7f96-4cd5-926a-da4842671e88/additional_documents"
                    ).status_code == 404
    gone = http.delete(f"{path}/{made.json()['data'][0]['id']}")
    assert gone.status_code == 204
    assert http.delete(f"{path}/{made.json()['data'][0]['id']}").status_code == 404
    # a linked upload is linked: the platform refuses to delete it under the order
    assert http.delete(f"documents/{docs[1].id}").status_code == 422


def _on_platform(engine: SyncEngine, desk: Store) -> int:
    case = submitted(desk, numbers(20, 2))
    assert case.id is not None
    engine.run_once()
    assert desk.cases.get(case.id).platform_order_id
    return case.id


def test_a_new_file_is_checked_sealed_queued_sent_listed_and_removed(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    client = make_client(sandbox)
    engine = SyncEngine(desk, client)
    case_id = _on_platform(engine, desk)
    with pytest.raises(PortDeskError, match="not a PDF or an image"):
        ad.attach_new(desk, case_id, "csr.exe", b"MZ\x90\x00 not a document", "csr", "tester")
    with pytest.raises(PortDeskError, match="one of: loa, invoice, csr, other"):
        ad.attach_new(desk, case_id, "csr.pdf", _pdf("CSR"), "passport", "tester")
    csr = _pdf("CSR page")
    said = ad.attach_new(desk, case_id, "../Customer CSR.pdf", csr, "csr", "tester")
    assert "goes to the platform as CSR (customer service record)" in said
    filed = [d for d in desk.documents.for_case(case_id) if d.kind == "other"]
    assert [d.filename for d in filed] == ["Customer CSR.pdf"]  # no folder in the name
    assert desk.documents.content(filed[0].id) == csr
    with desk.reading() as session:  # sealed like every other document
        from sqlalchemy import select

        from portdesk.store.schema import DocumentRow

        row = session.scalars(select(DocumentRow).where(DocumentRow.id == filed[0].id)).one()
        assert row.sealed and b"CSR page" not in row.content
    waiting = ad.listing(client, desk, case_id)
    assert [(r.document_type, r.words) for r in waiting.rows] == [
        ("csr", "waiting to be sent (outbox)")]

    report = engine.run_once()
    assert not report.errors
    rows = ad.listing(client, desk, case_id).rows
    assert [(r.filename, r.document_type, r.words) for r in rows] == [
        ("Customer CSR.pdf", "csr", "on the platform")]
    order_id = desk.cases.get(case_id).platform_order_id or ""
    assert len(client.additional_documents(order_id)) == 1

    assert "next sync" in ad.remove(desk, case_id, rows[0].platform_id, "tester")
    assert ad.listing(client, desk, case_id).rows[0].words == (
        "on the platform; removal waits to be sent")
    engine.run_once()
    assert ad.listing(client, desk, case_id).rows == []
    actions = [a.action for a in desk.audit.for_case(case_id)]
    for action in ("platform.additional_document_requested", "platform.additional_document",
                   "platform.additional_document_removal",
                   "platform.additional_document_removed"):
        assert action in actions


def test_a_case_file_goes_as_the_type_chosen_without_a_second_upload(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    client = make_client(sandbox)
    engine = SyncEngine(desk, client)
    case_id = _on_platform(engine, desk)
    loa = next(d for d in desk.documents.for_case(case_id) if d.kind == "loa_signed")
    assert loa.platform_document_id  # uploaded and linked as the order's LOA
    ad.attach(desk, case_id, loa.id, "other", "tester")
    with pytest.raises(PortDeskError, match="already waits to be sent"):
        ad.attach(desk, case_id, loa.id, "other", "tester")
    engine.run_once()
    order_id = desk.cases.get(case_id).platform_order_id or ""
    held = client.additional_documents(order_id)
    assert [(a.document_id, a.document_type) for a in held] == [
        (loa.platform_document_id, "other")]


@pytest.mark.parametrize("refusal", ["422", "404"])
def test_an_upload_deleted_before_its_link_is_sent_again_whichever_refusal_the_link_gets(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        monkeypatch: pytest.MonkeyPatch, refusal: str) -> None:
    """The description deletes an upload not linked within 30 minutes, and lists 404 "Resource
    not found" as well as 422 for POST additional_documents: either answer to the link of the
    deleted copy has it uploaded again and linked, as the LOA's upload always did (this path
    retried on 422 only; one helper now serves both)."""
    client = make_client(sandbox)
    engine = SyncEngine(desk, client)
    case_id = _on_platform(engine, desk)
    real, calls = client.add_additional_document, []

    def link(order_id: str, document_id: str, document_type: str) -> object:
        calls.append(document_id)
        if len(calls) == 1:
            raise e.Unreachable("cannot reach the platform: the network went away")
        try:
            return real(order_id, document_id, document_type)
        except e.RequestRejected as exc:
            if refusal == "404":  # the platform answering as its description allows
                raise e.NotFound("Resource not found") from exc
            raise

    monkeypatch.setattr(client, "add_additional_document", link)
    ad.attach_new(desk, case_id, "csr.pdf", _pdf("CSR for the carrier"), "csr", "tester")
    engine.run_once()  # uploaded; the network goes before the link
    csr = next(d for d in desk.documents.for_case(case_id) if d.filename == "csr.pdf")
    first_copy = csr.platform_document_id
    assert first_copy
    sandbox.advance(hours=0.6)  # 36 minutes away: the platform deletes the unlinked copy
    for _ in range(2):
        engine.run_once()
    order_id = desk.cases.get(case_id).platform_order_id or ""
    [held] = client.additional_documents(order_id)
    assert held.document_type == "csr" and held.document_id != first_copy
    assert calls == [first_copy, first_copy, held.document_id]
    assert not desk.cases.get(case_id).sync_error


def test_offline_nothing_is_lost_and_the_listing_says_so(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    client = make_client(sandbox)
    case_id = _on_platform(SyncEngine(desk, client), desk)

    class Nowhere:
        base_url = f"http://127.0.0.1:{free_port()}/v2"

    offline = make_client(Nowhere())
    ad.attach_new(desk, case_id, "invoice.pdf", _pdf("signed invoice"), "invoice", "tester")
    listing = ad.listing(offline, desk, case_id)
    assert listing.note.startswith("the platform did not answer")
    assert [r.words for r in listing.rows] == ["waiting to be sent (outbox)"]
    SyncEngine(desk, offline).run_once()  # the round fails: the intent stays
    assert [r.words for r in ad.listing(offline, desk, case_id).rows] == [
        "waiting to be sent (outbox)"]
    SyncEngine(desk, client).run_once()
    SyncEngine(desk, client).run_once()  # a second round sends nothing again
    order_id = desk.cases.get(case_id).platform_order_id or ""
    assert [a.document_type for a in client.additional_documents(order_id)] == ["invoice"]


def test_a_case_not_on_the_platform_is_told_not_queued(desk: Store) -> None:
    from tests.integration.platform.sync_helpers import new_case

    case = new_case(desk, numbers(30, 1))
    assert case.id is not None
    with pytest.raises(PortDeskError, match="not on the platform yet"):
        ad.attach_new(desk, case.id, "csr.pdf", _pdf("CSR"), "csr", "tester")
    assert [d for d in desk.documents.for_case(case.id) if d.kind == "other"] == []
    assert "submit it first" in ad.listing(None, desk, case.id).note


def test_a_case_moved_past_draft_on_this_desk_is_told_where_it_stands(desk: Store) -> None:
    """The sample queue's "At carrier" cases have no platform order (their status was walked
    on the desk): "submit it first" was untrue, there is nothing to submit."""
    from portdesk.services.demo import load_demo
    from portdesk.services.verification_codes import codes_order

    load_demo(desk, "tester")
    at_carrier = next(c for c in desk.cases.iter_all() if c.status.value == "at_carrier")
    assert at_carrier.id is not None and not at_carrier.platform_order_id
    with pytest.raises(PortDeskError) as refused:
        ad.attach_new(desk, at_carrier.id, "csr.pdf", _pdf("CSR"), "csr", "tester")
    said = str(refused.value)
    assert "has no platform order: its status 'At carrier' was set on this desk" in said
    assert "not by the platform" in said and "submit it first" not in said
    assert "its status 'At carrier'" in ad.listing(None, desk, at_carrier.id).note
    with pytest.raises(PortDeskError, match="its status 'At carrier' was set on this desk"):
        codes_order(desk, at_carrier.id)


def test_the_cli_attaches_lists_and_removes(tmp_path: Path, sandbox: SandboxServer,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", sandbox.base_url)
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", API_KEY)

    def run(*args: str) -> int:
        return main(["--db", f"sqlite:///{tmp_path / 'q.sqlite3'}", *args])

    src = tmp_path / "one.json"
    src.write_text(json.dumps(entry(account_number="4410223109")))
    assert run("case", "import", str(src)) == 0
    assert run("loa", "render", "PD-000001", "-o", str(tmp_path / "loa.pdf")) == 0
    assert run("loa", "sign", str(tmp_path / "loa.pdf"), "--typed", "Maria Lopez", "--signer",
               "Maria Lopez", "-o", str(tmp_path / "signed.pdf")) == 0
    assert run("loa", "attach", "PD-000001", str(tmp_path / "signed.pdf")) == 0
    assert run("case", "submit", "PD-000001") == 0
    assert run("sync", "--once") == 0
    csr = tmp_path / "csr.pdf"
    csr.write_bytes(_pdf("Customer service record"))
    capsys.readouterr()
    assert run("case", "extra-docs", "PD-000001", "--attach", str(csr)) == 1
    assert "--type loa|invoice|csr|other" in capsys.readouterr().err
    assert run("case", "extra-docs", "PD-000001", "--attach", str(csr), "--type", "csr") == 0
    out = capsys.readouterr().out
    assert "csr.pdf goes to the platform as CSR" in out
    assert "(waiting)" in out and "waiting to be sent (outbox)" in out
    assert run("sync", "--once") == 0
    capsys.readouterr()
    assert run("case", "extra-docs", "PD-000001") == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "csr.pdf" in x)
    assert line.endswith("CSR (customer service record): csr.pdf; on the platform")
    assert run("case", "extra-docs", "PD-000001", "--remove", line.split()[0]) == 0
    assert run("sync", "--once") == 0
    capsys.readouterr()
    assert run("case", "extra-docs", "PD-000001") == 0
    assert "no additional document on the order" in capsys.readouterr().out


def test_a_refused_document_is_said_refused_with_the_platform_s_words(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    client = make_client(sandbox)
    case_id = _on_platform(SyncEngine(desk, client), desk)
    ad.attach_new(desk, case_id, "csr.pdf", _pdf("CSR"), "csr", "tester")
    [queued] = [i for i, _s, _e in desk.outbox.items_for_case(case_id) if i.intent == ad.ATTACH]
    desk.outbox.mark_failed(queued.id, "the document is unreadable", final=True)
    [row] = ad.listing(None, desk, case_id).rows
    assert row.words == "refused by the platform: the document is unreadable"
    assert ad.refused_words(desk, case_id) == ["csr.pdf: the document is unreadable"]
