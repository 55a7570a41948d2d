"""A case submitted here whose submit still waits in the outbox reads "draft", yet its details are
final: the platform's guide has details given in draft and fixed after an exception, and no
supplement for a submitted order. Before, an edit in that window was saved and went out with the
submit (the outbox sends the case as it is when the round runs), past the readiness gate and the
signed LOA's binding, and a later PATCH of the submitted order was refused by the platform.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from portdesk.domain.sync_outcome import OutcomeKind, SyncOutcome
from portdesk.services import desk, intents, lookup
from portdesk.services.intents import SubmittedFieldsLocked
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import submitted

REFUSED = SyncOutcome(OutcomeKind.REFUSED, 422)  # as the platform answers a refusal


def _pending(store: Store, case_id: int) -> list[str]:
    return [i.intent for i, state, _ in store.outbox.items_for_case(case_id)
            if state == "pending"]


def test_an_edit_while_the_submit_waits_is_refused_with_what_to_do(store: Store) -> None:
    sent = submitted(store, ["312-555-0101"])
    assert sent.id is not None and intents.submit_waiting(store, sent)
    before = _pending(store, sent.id)
    with pytest.raises(SubmittedFieldsLocked) as told:
        desk.save_draft(store, replace(sent, account_number="99999999", pin="7777"), "tester")
    message = str(told.value)
    assert "account number" in message and "PIN" in message
    assert "cancel the case and submit it again" in message and "Nothing was saved" in message
    assert "7777" not in message  # the PIN typed never reaches a message
    kept = lookup.case(store, sent.id)
    assert kept.account_number == sent.account_number and kept.version == sent.version
    assert _pending(store, sent.id) == before  # no update queued behind the submit


def test_the_desks_own_fields_stay_open_while_the_submit_waits(store: Store) -> None:
    sent = submitted(store, ["312-555-0101"])
    saved = desk.save_draft(store, replace(sent, notes="customer calls back Tuesday"), "tester")
    assert saved.notes == "customer calls back Tuesday"


def test_once_sent_the_old_rule_applies_and_after_an_exception_edits_go_out(
        store: Store) -> None:
    sent = submitted(store, ["312-555-0101"])
    assert sent.id is not None
    for item, _state, _err in store.outbox.items_for_case(sent.id):
        store.outbox.mark_done(item.id, {"platform_order_id": "po-1"}
                               if item.intent == "create" else None)
    store.outbox.set_case_values(sent.id, status="exception")
    case = lookup.case(store, sent.id)
    assert not intents.submit_waiting(store, case)
    saved = desk.save_draft(store, replace(case, account_number="99999999"), "tester")
    assert saved.account_number == "99999999"
    assert "update" in _pending(store, sent.id)



def test_a_submit_stuck_behind_a_refusal_lets_the_fix_through_and_asks_to_submit_again(
        store: Store) -> None:
    """The platform refused the fields sent before the submit (a 422 on the PATCH): the submit
    can never go, so the case is open for the fix; the waiting submit is withdrawn (it would
    have gone with the fix, unchecked) and Submit goes through the gate again."""
    sent = submitted(store, ["312-555-0101"])
    assert sent.id is not None
    [update] = [i for i, _s, _e in store.outbox.items_for_case(sent.id) if i.intent == "update"]
    store.outbox.mark_failed(update.id, "the platform refused: postal code", final=True,
        outcome=REFUSED)
    stuck = lookup.case(store, sent.id)
    assert stuck.sync_state == "failed" and not intents.submit_waiting(store, stuck)
    fixed = desk.save_draft(store, replace(stuck, account_number="99999999"), "tester")
    assert fixed.account_number == "99999999"
    states = {(i.intent, s) for i, s, _e in store.outbox.items_for_case(sent.id)}
    assert ("confirm", "pending") not in states and ("confirm", "withdrawn") in states
    assert store.audit.for_case(sent.id)[-1].action == "case.submit_withdrawn"
    assert lookup.case(store, sent.id).sync_state == "pending"  # the fix goes out
    assert ("update", "pending") in states
    again = intents.submit(store, sent.id, "tester")
    assert intents.submit_waiting(store, again)
