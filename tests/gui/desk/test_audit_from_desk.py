"""The audit trail of a case and `audit verify` are reachable from the desk."""

from __future__ import annotations

from sqlalchemy import text

from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store
from portdesk.ui.audit_dialog import AuditDialog
from tests.integration.store.forgeries import drop_guards


def test_the_case_menu_shows_its_audit_trail(qtbot, window, demo_store: Store,
                                             monkeypatch) -> None:
    opened: list[int | None] = []
    monkeypatch.setattr(AuditDialog, "ask",
                        classmethod(lambda cls, store, case_id, *a, **k: opened.append(case_id)))
    window.actions_["audit_trail"].trigger()
    window.actions_["audit_verify"].trigger()
    assert opened == [window.case_panel.case_id, None]
    assert window.actions_["audit_trail"].shortcut().toString() == "Ctrl+Shift+H"


def test_the_trail_lists_every_entry_and_the_chain_is_checked(qtbot, demo_store: Store) -> None:
    case_id = demo_store.queue.ids(QueueQuery())[0]
    dialog = AuditDialog(demo_store, case_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    assert dialog.model.rowCount() == len(demo_store.audit.for_case(case_id))
    with qtbot.waitSignal(dialog.verified, timeout=20_000):
        dialog.verify()
    assert dialog.report is not None and dialog.report.ok
    assert "chain verified" in dialog.status.text() and dialog.status.kind == "ok"
    with demo_store.engine.begin() as conn:  # someone edits an entry behind PortDesk's back
        drop_guards(conn)
        conn.execute(text("UPDATE audit_log SET actor = 'mallory' WHERE id = 3"))
    with qtbot.waitSignal(dialog.verified, timeout=20_000):
        dialog.verify()
    assert not dialog.report.ok and "TAMPERED" in dialog.status.text()
    assert dialog.status.kind == "error"


def test_the_trail_counts_its_entries_in_words(qtbot, store: Store) -> None:
    """A case just made has one entry: '1 entry' (walked at 1024x700: '1 entries')."""
    from tests.integration.platform.sync_helpers import new_case

    made = new_case(store, ["312-555-0101"])
    dialog = AuditDialog(store, made.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    assert dialog.header.text().endswith("· 1 entry"), dialog.header.text()
