"""A comment added to a case whose change the platform refused waits behind the refusal (it sends
nothing again). The refusal banner said nothing of it, and the status bar counted it as "1 pending
change", as if the next sync would send it."""

from __future__ import annotations

from pathlib import Path

from portdesk.domain.sync_outcome import OutcomeKind, SyncOutcome
from portdesk.services import desk as desk_service
from portdesk.store.store import Store
from portdesk.ui.status_bar import DeskStatusBar
from tests.gui.desk.test_case_editor import open_panel
from tests.integration.platform.sync_helpers import submitted


def _refused_with_a_comment(store: Store) -> int:
    sent = submitted(store, ["312-555-0101"])
    assert sent.id is not None
    for item, _state, _err in store.outbox.items_for_case(sent.id):
        if item.intent == "confirm":
            store.outbox.mark_failed(item.id, "requirements not met: account number",
                                     final=True, outcome=SyncOutcome(OutcomeKind.REFUSED, 422))
        else:
            store.outbox.mark_done(item.id)
    desk_service.add_comment(store, sent.id, "Customer is finding the account number", "tester")
    return sent.id


def test_the_refusal_banner_says_a_comment_waits_behind_it(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    case_id = _refused_with_a_comment(store)
    panel = open_panel(qtbot, store, tasks, tmp_path, store.cases.get(case_id))
    banner = panel.not_sent
    assert banner.isVisible() and "refused the submit" in banner.title.text()
    assert "1 comment waits behind the refusal" in banner.text.text()


def test_the_status_bar_does_not_count_a_held_comment_as_pending(qtbot, store: Store) -> None:
    _refused_with_a_comment(store)
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.set_pending(desk_service.pending_changes(store))
    assert bar.pending.text() == "1 comment waits behind the refusal"
    other = submitted(store, ["312-555-0102"])  # create, update, upload?, confirm: all sendable
    sendable = len(store.outbox.items_for_case(other.id or 0))
    bar.set_pending(desk_service.pending_changes(store))
    assert bar.pending.text() == (f"1 case with changes not yet sent ({sendable} changes) · "
                                  "1 comment waits behind the refusal")
