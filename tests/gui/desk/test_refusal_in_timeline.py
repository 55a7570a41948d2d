"""The desk's timeline shows a platform refusal with its time and zone (services.timeline)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from portdesk.domain.sync_outcome import OutcomeKind, SyncOutcome
from portdesk.services.timeline import timeline
from portdesk.store.store import Store
from portdesk.ui.timeline_view import TimelineModel, entry_text
from tests.integration.platform.sync_helpers import submitted

SAID = ("the platform refused POST /porting_orders/ab12/actions/confirm: "
        "requirement 'Latest Invoice' is missing")


def test_the_desk_shows_the_refusal_with_its_time_and_zone(store: Store) -> None:
    sent = submitted(store, ["312-555-0101"])
    assert sent.id is not None
    [confirm] = [i for i, state, _ in store.outbox.items_for_case(sent.id)
                 if i.intent == "confirm"]
    store.outbox.mark_failed(confirm.id, SAID, final=True,
                             outcome=SyncOutcome(OutcomeKind.REFUSED, 422))
    [refused] = [e for e in timeline(store, sent.id) if e.kind == "sync_refused"]
    text = entry_text(refused, ZoneInfo("America/Chicago"))
    assert text.startswith("The platform refused the submit  ·  platform  ·  ")
    assert ("CST" in text or "CDT" in text) and "Latest Invoice" in text
    model = TimelineModel(zone=ZoneInfo("America/Chicago"))
    model.set_entries(timeline(store, sent.id))
    from PySide6.QtCore import Qt
    assert model.data(model.index(0), Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
