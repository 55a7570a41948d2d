"""A case waiting on the customer says so in the queue (trust 16), from what the platform said.

Before, a port-in whose verification codes were sent and not verified, or whose numbers'
requirements were pending, read in the queue like any other submitted case: nothing to sort or
filter by, and the next action ("the customer reads the codes out") was in no column. Now the
platform's answers (the codes read from the desk, the order's per-number requirements read by
the sync) fill the case's `customer_wait`, a queue column and filter with the action in words;
an order that asks codes none of which were sent waits on the specialist and says nothing there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

from portdesk.domain.queue import QueueQuery
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import desk as desk_queues
from portdesk.services import intents
from portdesk.services import verification_codes as vc
from portdesk.services.sync import SyncEngine
from portdesk.store.quick_queue import quick_page
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import LOA, new_case, submitted

FIRST, SECOND = "+13125550150", "+13125550195"  # 0195: the sandbox asks the codes step
GB = ["+442079460101", "+442079460102"]
WAITING = QueueQuery(waiting_on_customer=True, sort="customer_wait", descending=False)


def _phones(server: SandboxServer, order_id: str) -> dict[str, str]:
    root = server.base_url.removesuffix("/v2")
    answer = httpx.get(f"{root}/_sandbox/porting_orders/{order_id}/verification_codes",
                       headers={"Authorization": f"Bearer {API_KEY}"})
    return {r["phone_number"]: r["code"] for r in answer.json()["data"]}


def _waiting(desk: Store) -> dict[str, str]:
    return {r.reference: r.customer_wait for r in desk.queue.page(WAITING).rows}


def test_codes_sent_and_not_verified_wait_on_the_customer_until_verified(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        tmp_path: Path) -> None:
    client = make_client(sandbox)
    engine = SyncEngine(desk, client)
    case = submitted(desk, ["312-555-0150", "312-555-0195"])
    other = submitted(desk, ["312-555-0160"])
    assert case.id is not None and other.id is not None
    engine.run_once()
    assert _waiting(desk) == {}  # codes asked, none sent: the specialist's turn, not said
    vc.send_codes(client, desk, case.id, {FIRST: "sms", SECOND: "call"}, "tester")
    said = "Customer: read out the verification code sent to 2 numbers; type it in " \
           "Platform steps > Verification codes"
    assert _waiting(desk) == {case.reference: said}
    engine.run_once()  # the order still asks the step: the sync keeps what the codes said
    assert _waiting(desk) == {case.reference: said}
    quick = quick_page(f"sqlite:///{tmp_path / 'desk.sqlite3'}", WAITING)
    assert quick is not None and [r.customer_wait for r in quick.rows] == [said]
    queue = next(q for q in desk_queues.standard_queues() if q.key == "customer")
    assert desk_queues.queue_counts(desk, [queue]) == {"customer": 1}

    order_id = desk.cases.get(case.id).platform_order_id or ""
    phones = _phones(sandbox, order_id)
    vc.verify_codes(client, desk, case.id, {FIRST: phones[FIRST]}, "tester")
    assert _waiting(desk)[case.reference].startswith(
        "Customer: read out the verification code sent to 1 number;")
    vc.verify_codes(client, desk, case.id, {SECOND: phones[SECOND]}, "tester")
    assert _waiting(desk) == {}


def test_requirements_pending_wait_on_the_customer_as_the_platform_says(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    client = make_client(sandbox)
    case = new_case(desk, GB, btn=GB[0])  # no bill, no e-mail: information needed
    assert case.id is not None
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.submit(desk, case.id, "tester")
    engine = SyncEngine(desk, client)
    engine.run_once()
    words = _waiting(desk)[case.reference]
    assert words == ("Customer: give the document or detail the platform asks for 2 numbers "
                     "(requirements pending); then Platform steps > Requirements")
    # bookkeeping, not an edit: no audit entry of its own, and writing it moves no version (a
    # desk holding the case open saves without a conflict for it)
    assert not any("customer_wait" in str(e.changes) for e in desk.audit.for_case(case.id))
    opened = desk.cases.get(case.id)
    with desk.transaction() as session:
        desk.outbox.set_customer_wait(session, case.id, "Customer: something else")
    assert desk.cases.get(case.id).version == opened.version
    saved = desk.cases.update(opened.__class__(**{**_fields(opened), "notes": "typed"}),
                              "tester")
    assert saved.notes == "typed"
    assert saved.version == opened.version + 1


def _fields(case: object) -> dict[str, object]:
    from dataclasses import fields

    return {f.name: getattr(case, f.name) for f in fields(case)}  # type: ignore[arg-type]
