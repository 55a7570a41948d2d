"""What a step that needs a platform order says when the case has none, and status words named
for the case's kind (session 19 review: a refused create was told it "waits for the next sync",
a case cancelled before it was sent was called "a sample or hand-tracked case", and a port-out's
`cancel_pending` was named "cancel pending" in refusals while its chip says "Rejection in review").
"""

from __future__ import annotations

import pytest

from portdesk.domain.case import CaseKind
from portdesk.domain.errors import PortDeskError
from portdesk.domain.lifecycle import Status
from portdesk.services import cases, intents
from portdesk.store.store import Store
from tests.helpers import case


def _with_create(store: Store) -> int:
    made = store.cases.create(case(), "tester")
    assert made.id is not None
    with store.transaction() as session:
        store.outbox.enqueue(session, made.id, "create", f"create:{made.id}")
    return made.id


def test_a_pending_create_waits_for_the_next_sync(store: Store) -> None:
    case_id = _with_create(store)
    with pytest.raises(PortDeskError, match="waits for the next sync"):
        intents.require_order(store, store.cases.get(case_id), "codes go to its order")


def test_a_refused_create_says_it_was_refused_and_what_to_do(store: Store) -> None:
    case_id = _with_create(store)
    item = store.outbox.items_for_case(case_id)[0][0]
    store.outbox.mark_failed(item.id, "the BTN is not on the account", final=True)
    with pytest.raises(PortDeskError) as raised:
        intents.require_order(store, store.cases.get(case_id), "codes go to its order")
    said = str(raised.value)
    assert "refused" in said and "sync --retry" in said
    assert "waits for the next sync" not in said


@pytest.mark.parametrize("ended", [Status.CANCELLED, Status.EXPIRED])
def test_a_case_ended_before_it_was_sent_is_told_so(store: Store, ended: Status) -> None:
    made = store.cases.create(case(), "tester")
    assert made.id is not None
    store.cases.change_status(made.id, ended, "tester", "customer stayed")
    said = intents.no_order_words(store.cases.get(made.id), "codes go to its order")
    assert "never sent" in said
    assert "sample" not in said and "submit it first" not in said


def test_a_refusal_names_the_status_for_the_case_kind(store: Store) -> None:
    made = store.cases.create(case(kind="port_out"), "tester")
    assert made.id is not None and made.kind == CaseKind.PORT_OUT
    for step in (Status.SUBMITTED, Status.AT_CARRIER, Status.CANCEL_PENDING):
        store.cases.change_status(made.id, step, "tester", "hand-tracked")
    with pytest.raises(PortDeskError, match="rejection in review already"):
        cases.change_status_of(store, made.id, "cancel_pending", "again", "tester")
