"""One status-change path for the CLI and the desk: a change the platform must hear reaches the
outbox from both (issue 12, item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from portdesk.cli import main
from portdesk.domain.case import PortCase
from portdesk.domain.lifecycle import Status
from portdesk.services import intents
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from portdesk.ui import dialogs
from tests.gui.desk.conftest import open_window
from tests.helpers import case


def _submitted(store: Store, name: str) -> PortCase:
    """A port-in handed to the platform: its create waits in the outbox."""
    made = store.cases.create(case(account_name=name), "tester")
    assert made.id is not None
    store.documents.add(made.id, "loa_signed", "loa.pdf", b"%PDF-1.4 signed", "tester")
    return intents.submit(store, made.id, "tester")


def _intents(store: Store, case_id: int) -> list[str]:
    repo = SyncRepository(store.sessions, store.box)
    return [item.intent for item, _state, _err in repo.items_for_case(case_id)]


def test_cli_cancel_of_a_platform_case_asks_the_platform(store: Store, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    sent = _submitted(store, "Harbor Dental Group LLC")
    assert sent.id is not None
    code = main(["--db", store.url, "case", "status", sent.reference, "cancelled",
                 "--reason", "customer changed their mind"])
    assert code == 0, capsys.readouterr().err
    assert "cancel" in _intents(store, sent.id)
    assert store.cases.get(sent.id).status != Status.CANCELLED  # the platform confirms it


def test_cli_refuses_hand_set_platform_statuses(store: Store,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    sent = _submitted(store, "Harbor Dental Group LLC")
    code = main(["--db", store.url, "case", "status", sent.reference, "expired",
                 "--reason", "no answer"])
    assert code == 1
    assert "follows the platform" in capsys.readouterr().err


def test_desk_cancel_writes_the_same_outbox_item(qtbot, store: Store, qsettings: QSettings,
                                                 monkeypatch) -> None:
    sent = _submitted(store, "Lopez Bakery")
    assert sent.id is not None
    window = open_window(qtbot, store, qsettings)
    qtbot.waitUntil(lambda: window.queue_view.selected_ids() == [sent.id])
    monkeypatch.setattr(dialogs.StatusDialog, "ask_status",
                        classmethod(lambda cls, *a, **k: ("cancelled", "duplicate request")))
    window.actions_["status"].trigger()
    qtbot.waitUntil(lambda: "cancel" in _intents(store, sent.id))
    assert store.cases.get(sent.id).status != Status.CANCELLED
    window.close()
