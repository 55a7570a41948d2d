"""What the desk says about a case's change that did not reach the platform, the queue's next
step for a submit still waiting to be sent, and the case actions of an empty desk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

from portdesk.domain.sync_outcome import OutcomeKind, SyncOutcome
from portdesk.store.store import Store
from portdesk.ui.main_window import CASE_ACTIONS
from portdesk.ui.queue_model import milestone_text
from tests.gui.desk.conftest import open_window
from tests.gui.desk.test_case_editor import open_panel
from tests.integration.platform.sync_helpers import new_case, submitted

REFUSED = SyncOutcome(OutcomeKind.REFUSED, 422)  # as the platform answers a refusal


def _refuse_update(store: Store, case_id: int, why: str) -> None:
    [update] = [i for i, _s, _e in store.outbox.items_for_case(case_id) if i.intent == "update"]
    store.outbox.mark_failed(update.id, why, final=True,
        outcome=REFUSED)


def test_a_refused_change_is_shown_with_why_and_sent_again_from_the_desk(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    sent = submitted(store, ["312-555-0101"], pin="4821")
    assert sent.id is not None
    _refuse_update(store, sent.id, "the platform refused PATCH /porting_orders/x: "
                   "pin_passcode 4821 does not match")
    panel = open_panel(qtbot, store, tasks, tmp_path, store.cases.get(sent.id))
    banner = panel.not_sent
    assert banner.isVisible() and banner.retry.isVisible() and not banner.sync.isVisible()
    assert "Not sent: the platform refused the case's details" in banner.title.text()
    assert "pin_passcode" in banner.text.text() and "4821" not in banner.text.text()
    banner.retry.click()
    qtbot.waitUntil(lambda: "Queued again (1)" in panel.save_state.text())
    assert not banner.isVisible()
    assert store.cases.get(sent.id).sync_state == "pending"


def test_a_change_not_answered_offers_a_sync_not_a_resend(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    sent = submitted(store, ["312-555-0101"])
    assert sent.id is not None
    [create] = [i for i, _s, _e in store.outbox.items_for_case(sent.id) if i.intent == "create"]
    store.outbox.mark_failed(create.id, "the platform at x failed to answer (HTTP 503)",
        outcome=SyncOutcome(OutcomeKind.SERVER_ERROR, 503))
    panel = open_panel(qtbot, store, tasks, tmp_path, store.cases.get(sent.id))
    assert panel.not_sent.isVisible() and panel.not_sent.sync.isVisible()
    assert not panel.not_sent.retry.isVisible()
    with qtbot.waitSignal(panel.sync_requested):
        panel.not_sent.sync.click()


def test_the_queue_says_a_submit_waits_to_be_sent(
        qtbot, store: Store, qsettings: QSettings) -> None:
    waiting = submitted(store, ["312-555-0101"])
    new_case(store, ["312-555-0102"])
    window = open_window(qtbot, store, qsettings)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2
                    and all(window.model.row_at(r) is not None for r in range(2)))
    rows = {window.model.row_at(r).reference: window.model.row_at(r) for r in range(2)}
    today = date(2026, 12, 6)
    assert milestone_text(rows[waiting.reference], today) == "Submit waiting to be sent"
    other = next(r for ref, r in rows.items() if ref != waiting.reference)
    assert "waiting" not in milestone_text(other, today)
    window.close()


def test_an_empty_desk_has_no_live_save_or_submit(
        qtbot, store: Store, qsettings: QSettings) -> None:
    window = open_window(qtbot, store, qsettings)
    assert window.case_panel.base is None
    for key in CASE_ACTIONS:
        action = window.actions_[key]
        assert not action.isEnabled(), key
        assert "open a case first" in action.toolTip(), key
    case = new_case(store, ["312-555-0101"])
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.case_panel.open_case(case.id or 0)
    qtbot.waitUntil(lambda: window.actions_["save"].isEnabled())
    assert window.actions_["mark_ready"].isEnabled()
    assert "open a case first" not in window.actions_["save"].toolTip()
    window.close()


def test_a_sync_round_with_a_refusal_says_so_at_once(
        qtbot, store: Store, qsettings: QSettings) -> None:
    """Not only on the case, if the specialist happens to open it."""
    from portdesk.services.sync_report import SyncReport
    from portdesk.ui.notifications import Notifier

    window = open_window(qtbot, store, qsettings)
    notifier = Notifier(window)
    notifier.sync._on_finished(SyncReport(failed=2, refused=[
        "PD-000001: requirements not met: end_user.admin.account_number",
        "PD-000002: the order is already submitted"]))
    said = window.status.currentMessage()
    assert said.startswith("Not sent, refused by the platform: PD-000001: requirements not met")
    assert "(and 1 more)" in said and "Open the case" in said
    window.close()


def test_saving_the_fix_of_a_refused_submit_updates_the_banner_at_once(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    """The fix withdraws the refused submit and queues itself: the banner no longer says "the
    platform refused the submit" with "Send again as it is" until the next sync round."""
    sent = submitted(store, ["312-555-0101"], account_number="")
    assert sent.id is not None
    for item, _s, _e in store.outbox.items_for_case(sent.id):
        if item.intent != "confirm":
            store.outbox.mark_done(item.id)
    [confirm] = [i for i, _s, _e in store.outbox.items_for_case(sent.id) if i.intent == "confirm"]
    store.outbox.mark_failed(confirm.id, "the platform refused POST .../actions/confirm: "
                             "requirements not met: end_user.admin.account_number", final=True,
                             outcome=REFUSED)
    panel = open_panel(qtbot, store, tasks, tmp_path, store.cases.get(sent.id))
    assert panel.not_sent.isVisible() and "refused the submit" in panel.not_sent.title.text()
    account = panel.editor.widgets["account_number"]
    account.setText("7731-0042")
    account.textEdited.emit("7731-0042")
    panel.save()
    qtbot.waitUntil(lambda: panel.base is not None and panel.base.account_number == "7731-0042")
    qtbot.waitUntil(lambda: "refused the submit" not in panel.not_sent.title.text()
                    or not panel.not_sent.isVisible())
    assert not (panel.not_sent.isVisible() and panel.not_sent.retry.isVisible())
