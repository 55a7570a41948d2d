"""A platform refusal is a moment in the case's timeline, with the platform's reason and its time.

Before, the refusal lived only on the outbox item and the case's banner: the timeline the
specialist reads showed "Case submit withdrawn" after the fix, and nothing of the refusal that
caused it (what was refused, why, when).
"""

from __future__ import annotations

from portdesk.domain.sync_outcome import OutcomeKind, SyncOutcome
from portdesk.services.timeline import timeline
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import submitted

SAID = ("the platform refused POST /porting_orders/ab12/actions/confirm: "
        "requirement 'Latest Invoice' is missing")


def test_a_refused_submit_is_an_entry_with_the_platforms_reason(store: Store) -> None:
    sent = submitted(store, ["312-555-0101"])
    assert sent.id is not None
    [confirm] = [i for i, state, _ in store.outbox.items_for_case(sent.id)
                 if i.intent == "confirm"]
    before = len(timeline(store, sent.id))
    store.outbox.mark_failed(confirm.id, SAID, final=True,
                             outcome=SyncOutcome(OutcomeKind.REFUSED, 422))
    entries = timeline(store, sent.id)
    assert len(entries) == before + 1
    [refused] = [e for e in entries if e.kind == "sync_refused"]
    assert refused.title == "The platform refused the submit"
    assert refused.detail == "requirement 'Latest Invoice' is missing"  # its reason, once
    assert refused.actor == "platform"  # its moment: the store's UTC (the desk names a zone)
    assert entries[-1] == refused  # the newest moment


def test_a_failure_that_is_tried_again_is_no_refusal(store: Store) -> None:
    """A platform that did not answer is not a refusal: the round tries again, no entry."""
    sent = submitted(store, ["312-555-0101"])
    assert sent.id is not None
    [confirm] = [i for i, state, _ in store.outbox.items_for_case(sent.id)
                 if i.intent == "confirm"]
    store.outbox.mark_failed(confirm.id, "platform unreachable", final=False,
                             outcome=SyncOutcome(OutcomeKind.NOT_ANSWERED, 0))
    assert not [e for e in timeline(store, sent.id) if e.kind == "sync_refused"]

