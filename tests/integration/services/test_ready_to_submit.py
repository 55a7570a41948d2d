""""Ready to submit" lists the cases whose submit waits in the outbox to be sent, and no other:
not one whose submit a fix withdrew (the platform had refused what went before it; Submit goes
through the gate again), not one the platform refused, not a draft with only an edit queued.
Before, the queue was any draft with a change pending, so a withdrawn submit stayed listed as if
it were going. Both readers of the queue (the Store's and `case list`'s sqlite3 one) agree.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from portdesk.domain.sync_outcome import OutcomeKind, SyncOutcome
from portdesk.services import desk, intents, lookup
from portdesk.store.quick_queue import quick_page
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import new_case, submitted

REFUSED = SyncOutcome(OutcomeKind.REFUSED, 422)


def _ready(store: Store, url: str) -> tuple[set[str], set[str] | None, int]:
    query = next(q for q in desk.standard_queues() if q.key == "ready").query
    by_store = {r.reference for r in store.queue.page(query).rows}
    quick = quick_page(url, query)
    counts = desk.queue_counts(store, [q for q in desk.standard_queues() if q.key == "ready"])
    return by_store, ({r.reference for r in quick.rows} if quick else None), counts["ready"]


def test_ready_to_submit_is_a_submit_waiting_to_be_sent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    store = Store.open(url, key_dir=tmp_path)
    try:
        going = submitted(store, ["312-555-0101"])
        withdrawn = submitted(store, ["312-555-0102"])
        refused = submitted(store, ["312-555-0103"])
        edited = new_case(store, ["312-555-0104"])
        assert withdrawn.id and refused.id and edited.id
        for sent in (withdrawn, refused):
            [update] = [i for i, _s, _e in store.outbox.items_for_case(sent.id)
                        if i.intent == "update"]
            store.outbox.mark_failed(update.id, "postal code", final=True, outcome=REFUSED)
        fixed = lookup.case(store, withdrawn.id)  # the fix saved: the submit is withdrawn
        desk.save_draft(store, replace(fixed, account_number="7731-0042-55"), "tester")
        assert not intents.submit_waiting(store, lookup.case(store, withdrawn.id))
        assert lookup.case(store, withdrawn.id).sync_state == "pending"  # the fix goes
        with store.transaction() as session:  # a draft with only an edit queued
            store.outbox.enqueue(session, edited.id, "update", f"update:{edited.id}:x")
        by_store, by_quick, count = _ready(store, url)
        assert by_store == {going.reference}
        assert by_quick in (None, by_store)
        assert count == 1
    finally:
        store.close()
