"""On the desk, a case whose submit waits to be sent says so and takes no edits of its platform
details; edits recovered from the journal are shown and said to be kept, never sent or dropped.
"""

from __future__ import annotations

from pathlib import Path

from portdesk.services.recovery import JournalSeal
from portdesk.store.store import Store
from portdesk.ui.journal import Journal
from tests.gui.desk.test_case_editor import open_panel
from tests.integration.platform.sync_helpers import submitted


def test_a_waiting_submit_locks_the_platform_fields_and_says_so(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    sent = submitted(store, ["312-555-0101"])
    panel = open_panel(qtbot, store, tasks, tmp_path, sent)
    assert not panel.editable
    assert "submit waiting to be sent" in panel.header.text()
    assert "Details are final" in panel.save_state.text()
    assert "cancel and submit again" in panel.save_state.text()
    for name in ("account_number", "pin", "requested_date", "service_address.line1"):
        assert not panel.editor.widgets[name].isEnabled(), name
    notes = panel.editor.widgets["notes"]
    assert notes.isEnabled()  # the desk's own note is not the platform's


def test_journaled_edits_of_a_case_submitted_meanwhile_are_kept_and_said(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    """Typed, then the case was submitted from another desk or the CLI before the save: the
    typing comes back on screen, is said to be kept and not saved, and is not sent."""
    sent = submitted(store, ["312-555-0101"])
    assert sent.id is not None
    Journal(tmp_path / "recovery", JournalSeal(store)).write(
        sent.id, sent.version, {"account_number": "99999999"})
    panel = open_panel(qtbot, store, tasks, tmp_path, sent)
    assert panel.editor.widgets["account_number"].text() == "99999999"
    qtbot.waitUntil(lambda: "1 edit kept here, not saved" in panel.save_state.text())
    assert store.cases.get(sent.id).account_number == sent.account_number
    panel.flush()  # leaving it: restored edits are not saved by leaving (they wait)
    assert panel.restored.isVisible()
    panel.restored.save.click()  # Save chosen: tried, refused by the service, still kept
    qtbot.waitUntil(lambda: "Not saved:" in panel.save_state.text())
    assert "waiting to be sent" in panel.save_state.text()
    assert panel.editor.widgets["account_number"].text() == "99999999"
    assert store.cases.get(sent.id).account_number == sent.account_number
    assert Journal(tmp_path / "recovery", JournalSeal(store)).read(sent.id) is not None
