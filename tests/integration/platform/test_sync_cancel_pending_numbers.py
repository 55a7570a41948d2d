"""A number whose order waits for its cancel is not cancelled yet (trust 14).

The description lists `cancel-pending` among an order's and a number's `porting_order_status`
values, and DOMAIN.md's canonical model says what it is: "cancel asked, not yet confirmed". The
client mapped a number in `cancel-pending` to the number status `cancelled`: between the cancel
request and the platform's answer the desk showed every number cancelled (for a specialist, "the
numbers stay with the old carrier, nothing will happen on the FOC day") while the order could
still port. Now such a number keeps the state it had; the order says cancel pending, and the
numbers turn cancelled when the platform says the order is.
"""

from __future__ import annotations

from collections.abc import Callable

from portdesk.domain.case import NumberStatus
from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, submitted


def test_numbers_are_not_cancelled_while_the_cancel_waits(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(0, 2))
    assert case.id is not None
    engine.run_once()
    before = desk.cases.get(case.id)
    assert before.status not in (Status.CANCEL_PENDING, Status.CANCELLED)
    held = {n.e164: n.status for n in before.numbers}
    assert NumberStatus.CANCELLED not in held.values()

    intents.cancel(desk, case.id, "customer stays", "tester")
    engine.run_once()
    asked = desk.cases.get(case.id)
    assert asked.platform_status == "cancel-pending"
    assert asked.status == Status.CANCEL_PENDING
    assert {n.e164: n.status for n in asked.numbers} == held  # as they were, not cancelled

    sandbox.advance(days=3)  # the sandbox confirms a cancel one business day later
    engine.run_once()
    done = desk.cases.get(case.id)
    assert done.status == Status.CANCELLED
    assert {n.status for n in done.numbers} == {NumberStatus.CANCELLED}
