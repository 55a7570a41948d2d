"""The SQLite watcher tells the desk what other processes wrote, not what the desk wrote itself:
each save used to cost one more reload of the queue a second later."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from portdesk.services import intents
from portdesk.store.store import Store
from portdesk.store.watch import SQLiteWatcher
from tests.helpers import case
from tests.patient_waits import PROCESS_CEILING_S, PROCESS_TEST_TIMEOUT

ROOT = Path(__file__).resolve().parents[3]


def watching(path: Path, store: Store) -> tuple[SQLiteWatcher, list[str]]:
    """A watcher on the file for the desk whose store is `store`, polled by hand."""
    told: list[str] = []
    watcher = SQLiteWatcher(str(path), told.append, own=store.engine)
    assert watcher.open()
    return watcher, told


def test_the_desks_own_saves_are_not_told_another_connections_are(tmp_path: Path) -> None:
    path = tmp_path / "queue.sqlite3"
    desk, other = Store.open(f"sqlite:///{path}"), Store.open(f"sqlite:///{path}")
    watcher, told = watching(path, desk)
    try:
        made = desk.cases.create(case(), "maria")
        assert made.id is not None
        intents.comment(desk, made.id, "customer called back", "maria")
        watcher.poll()
        assert told == []  # two commits of its own, nothing to reload for

        other.cases.create(case(account_name="Cedar Dental"), "colleague")
        watcher.poll()
        assert told == ["cases"]

        told.clear()  # interleaved: the desk, another writer, the desk again in one look
        intents.comment(desk, made.id, "second call", "maria")
        other.cases.create(case(account_name="Birch Law"), "colleague")
        intents.comment(desk, made.id, "third call", "maria")
        watcher.poll()
        assert told == ["cases"]

        told.clear()
        intents.comment(desk, made.id, "fourth call", "maria")
        watcher.poll()
        assert told == []
    finally:
        watcher.stop()
        watcher.close()
        other.close()
        desk.close()


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)  # a cold PortDesk process
def test_a_write_by_another_process_between_two_saves_is_still_told(tmp_path: Path) -> None:
    path = tmp_path / "queue.sqlite3"
    desk = Store.open(f"sqlite:///{path}")
    made = desk.cases.create(case(), "maria")
    assert made.id is not None
    watcher, told = watching(path, desk)
    try:
        intents.comment(desk, made.id, "before the CLI", "maria")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        cli = subprocess.run([sys.executable, "-m", "portdesk", "--db", f"sqlite:///{path}",
                              "case", "comment", made.reference, "from the command line"],
                             env=env, capture_output=True, text=True, timeout=PROCESS_CEILING_S)
        assert cli.returncode == 0, cli.stderr
        intents.comment(desk, made.id, "after the CLI", "maria")
        watcher.poll()
        assert told == ["cases"]
        told.clear()
        watcher.poll()  # nothing new since
        assert told == []
    finally:
        watcher.stop()
        watcher.close()
        desk.close()


def test_without_the_desks_engine_every_write_is_told(tmp_path: Path) -> None:
    """The watcher as it was (no engine given): the desk's own save is heard too."""
    path = tmp_path / "queue.sqlite3"
    desk = Store.open(f"sqlite:///{path}")
    told: list[str] = []
    watcher = SQLiteWatcher(str(path), told.append)
    assert watcher.open()
    try:
        desk.cases.create(case(), "maria")
        watcher.poll()
        assert told == ["cases"]
    finally:
        watcher.close()
        desk.close()
