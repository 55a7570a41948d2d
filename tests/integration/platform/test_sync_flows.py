"""Submit, split, reject and complete cases through the sync engine, over real loopback HTTP."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from portdesk.domain.case import NumberStatus
from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import LOA, numbers, platform_orders, submitted


def engine_for(server: SandboxServer, make_client: Callable[..., PlatformClient],
               desk: Store) -> SyncEngine:
    return SyncEngine(desk, make_client(server))


def test_submit_uploads_the_loa_confirms_and_brings_every_status_home(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_for(sandbox, make_client, desk)
    case = submitted(desk, numbers(0, 2))
    assert case.id is not None and case.sync_state == "pending"
    report = engine.run_once()
    assert report.ok and report.pushed == 4  # create, update, upload, confirm
    local = desk.cases.get(case.id)
    assert local.status == Status.SUBMITTED and local.platform_status == "in-process"
    assert {n.status for n in local.numbers} == {NumberStatus.SUBMITTED}
    assert local.sync_state == "synced"
    [order] = platform_orders(sandbox)
    assert order["customer_reference"].startswith(local.reference + "/")  # unique per database
    assert order["end_user"]["admin"]["account_number"] == local.account_number
    with sandbox.state.lock:
        doc = sandbox.state._conn.execute("SELECT body FROM documents").fetchone()
    assert order["documents"]["loa"] in doc[0]
    assert hashlib.sha256(LOA).hexdigest() in doc[0]

    sandbox.advance(days=14)  # acknowledged, then the FOC date
    report = engine.run_once()
    dated = desk.cases.get(case.id)
    assert dated.status == Status.FOC_CONFIRMED and dated.foc_date is not None
    assert {n.status for n in dated.numbers} == {NumberStatus.FOC_CONFIRMED}
    assert [n.kind for n in report.notices] == ["foc_set"]
    sandbox.advance(days=60)
    report = engine.run_once()
    final = desk.cases.get(case.id)
    assert final.status == Status.PORTED
    assert {n.status for n in final.numbers} == {NumberStatus.PORTED}
    assert [n.kind for n in report.notices] == ["ported"]
    again = engine.run_once()
    # nothing new: the port-in log, the port-out log, the pending, the authorized and the
    # ported-since port-outs
    assert again.requests == 5 and again.cases_updated == 0 and again.pushed == 0


def test_a_create_split_into_toll_free_and_local_becomes_linked_cases(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_for(sandbox, make_client, desk)
    parent = submitted(desk, [*numbers(0, 2), "800-555-0150"])
    assert parent.id is not None
    report = engine.run_once()
    assert report.ok and report.cases_linked == 1
    [child] = desk.cases.children(parent.id)
    local_parent = desk.cases.get(parent.id)
    assert [n.e164 for n in child.numbers] == ["+18005550150"]
    assert [n.e164 for n in local_parent.numbers] == ["+13125550100", "+13125550101"]
    assert child.platform_order_id and child.platform_order_id != local_parent.platform_order_id
    assert set(local_parent.platform_refs) == {local_parent.platform_order_id,
                                               child.platform_order_id}
    by_id = {o["id"]: o for o in platform_orders(sandbox)}
    assert len(by_id) == 2
    for linked in (local_parent, child):  # both orders got fields, the LOA and the confirm
        order = by_id[linked.platform_order_id]
        assert order["status"]["value"] == "in-process"
        assert order["documents"]["loa"] and order["end_user"]["admin"]["entity_name"]
        assert linked.status == Status.SUBMITTED
    engine.run_once(reconcile=True)
    assert len(desk.cases.children(parent.id)) == 1 and desk.cases.count() == 2


def test_numbers_the_carrier_rejects_split_into_a_linked_case_in_exception(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_for(sandbox, make_client, desk)
    parent = submitted(desk, ["312-555-0101", "312-555-0197"])
    assert parent.id is not None
    engine.run_once()
    sandbox.advance(days=5)  # the carrier's answer: one number is not on the account
    report = engine.run_once()
    assert report.ok and report.cases_linked == 1
    [child] = desk.cases.children(parent.id)
    assert child.status == Status.EXCEPTION and child.exception_code == "PHONE_NUMBER_MISMATCH"
    [number] = child.numbers
    assert number.e164 == "+13125550197" and number.status == NumberStatus.REJECTED
    assert number.rejection_code == "PHONE_NUMBER_MISMATCH"
    kept = desk.cases.get(parent.id)
    assert [n.e164 for n in kept.numbers] == ["+13125550101"]
    assert kept.status in (Status.AT_CARRIER, Status.FOC_CONFIRMED)
    assert [n.kind for n in report.notices if n.case_id == child.id] == ["exception"]


def test_an_exception_maps_codes_onto_every_number_and_a_resubmission_clears_them(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_for(sandbox, make_client, desk)
    case = submitted(desk, numbers(3, 2), account_number="7788-0000")
    assert case.id is not None
    engine.run_once()
    sandbox.advance(days=5)
    engine.run_once()
    rejected = desk.cases.get(case.id)
    assert rejected.status == Status.EXCEPTION
    assert rejected.exception_code == "ACCOUNT_NUMBER_MISMATCH"
    assert "CSR" in rejected.exception_detail
    assert {(n.status, n.rejection_code) for n in rejected.numbers} == {
        (NumberStatus.REJECTED, "ACCOUNT_NUMBER_MISMATCH")}

    fixed = intents.update_draft(desk, rejected.with_changes(account_number="7788-1234"),
                                 "tester")
    intents.submit(desk, case.id, "tester")
    report = engine.run_once()
    assert report.ok, report.errors
    again = desk.cases.get(case.id)
    assert again.status == Status.SUBMITTED and again.exception_code is None
    assert {(n.status, n.rejection_code) for n in again.numbers} == {
        (NumberStatus.SUBMITTED, None)}
    [order] = platform_orders(sandbox)
    assert order["end_user"]["admin"]["account_number"] == fixed.account_number


def test_a_bill_attached_after_submission_is_uploaded_and_linked_as_the_invoice(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_for(sandbox, make_client, desk)
    case = submitted(desk, numbers(5, 1), account_number="1111-0000")
    assert case.id is not None
    engine.run_once()
    sandbox.advance(days=5)  # exception: the order can be edited again
    engine.run_once()
    bill = intents.attach_document(desk, case.id, "bill", "bill.pdf", b"%PDF-1.4 bill", "tester")
    assert engine.run_once().pushed == 1
    [order] = platform_orders(sandbox)
    stored = next(d for d in desk.documents.for_case(case.id) if d.id == bill.id)
    assert stored.platform_document_id and order["documents"]["invoice"] == \
        stored.platform_document_id


def test_a_comment_reaches_the_order_once(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = engine_for(sandbox, make_client, desk)
    case = submitted(desk, numbers(6, 1))
    assert case.id is not None
    intents.comment(desk, case.id, "Customer asked for an early FOC", "tester")
    intents.comment(desk, case.id, "Customer asked for an early FOC", "tester")
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id is not None
    bodies = [c.body for c in engine.client.comments(order_id)]
    assert bodies == ["Customer asked for an early FOC"] * 2
