"""A change made outside the desk on its SQLite queue (the CLI, a second desk on the same file)
moves the queue, the sidebar's counts and the status bar's pending changes without a refresh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from portdesk.config import Settings
from portdesk.store.store import Store
from portdesk.store.watch import SQLiteWatcher
from portdesk.ui.main_window import MainWindow
from portdesk.ui.team_live import TeamHookup
from tests.helpers import case
from tests.integration.platform.sync_helpers import submitted


@pytest.fixture
def two_processes(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """The desk's store and another writer's (the CLI) on one file, each with its own engine."""
    url = f"sqlite:///{tmp_path / 'queue.sqlite3'}"
    desk_store = Store.open(url, key_dir=tmp_path)
    cli_store = Store.open(url, key_dir=tmp_path)
    yield desk_store, cli_store
    cli_store.close()
    desk_store.close()


def test_the_cli_submitting_a_case_moves_the_queue_counts_and_pending(
        qtbot, tmp_path: Path, two_processes: tuple[Store, Store]) -> None:
    desk_store, cli_store = two_processes
    desk_store.cases.create(case(), "tester")
    window = MainWindow(Settings(), "Maria Lopez",
                        qsettings=QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    window.team = TeamHookup(window)
    qtbot.addWidget(window)
    window.show()
    window.attach_store(desk_store)
    qtbot.waitUntil(lambda: isinstance(window.team.listener, SQLiteWatcher)
                    and window.team.listener.connected.is_set(), timeout=10_000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1
                    and window.sidebar.model_.count_of("all") == 1)
    assert window.status.pending.text() == "Nothing to send"

    submitted(cli_store, ["312-555-0101", "312-555-0102"])  # create, update, upload, confirm

    qtbot.waitUntil(lambda: window.status.pending.text()
                    == "1 case with changes not yet sent (4 changes)", timeout=8000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    qtbot.waitUntil(lambda: window.sidebar.model_.count_of("all") == 2, timeout=12_000)
    window.close()
    assert not window.team.listener  # stopped with the window
