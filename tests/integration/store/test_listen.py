"""LISTEN/NOTIFY on PostgreSQL: a colleague's commit is heard at once; a server that goes away is
noticed, and when it returns the listener reconnects by itself and asks for a full reload."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from portdesk.services import intents
from portdesk.store.desks import DeskIdentity, DeskRegistry
from portdesk.store.listen import ANY, ChangeListener, listener_for
from portdesk.store.store import Store
from portdesk.store.watch import SQLiteWatcher
from tests.helpers import case
from tests.patient_waits import PROCESS_CEILING_S, PROCESS_TEST_TIMEOUT
from tests.pg import PgServer, find_bin, postgres_server

ROOT = Path(__file__).resolve().parents[3]


class Heard:
    def __init__(self) -> None:
        self.tables: list[str] = []
        self.states: list[tuple[bool, str]] = []
        self.changed = threading.Event()
        self.down = threading.Event()
        self.up = threading.Event()

    def change(self, table: str) -> None:
        self.tables.append(table)
        self.changed.set()

    def state(self, up: bool, reason: str) -> None:
        self.states.append((up, reason))
        (self.up if up else self.down).set()


def _listening(store: Store, heard: Heard) -> ChangeListener:
    listener = listener_for(store.engine, heard.change, heard.state)
    assert listener is not None
    listener.start()
    assert heard.up.wait(10), "the listener never connected"
    heard.up.clear()
    return listener


@pytest.mark.postgres
def test_a_colleagues_save_is_heard_at_once(pg_url: str) -> None:
    mine, theirs = Store.open(pg_url), Store.open(pg_url)
    heard = Heard()
    listener = _listening(mine, heard)
    try:
        theirs.cases.create(case(), "colleague")
        assert heard.changed.wait(2), "no notification within 2 s"
        assert "cases" in heard.tables
    finally:
        listener.stop()
        mine.close()
        theirs.close()


def test_an_sqlite_file_is_watched_and_a_database_in_memory_is_not(tmp_path: Path) -> None:
    """Another process writing the file (the CLI, a second desk) is heard: a case's change as
    "cases", a change queued for the platform as "outbox"."""
    url = f"sqlite:///{tmp_path / 'one.sqlite3'}"
    store, cli = Store.open(url, key_dir=tmp_path), Store.open(url, key_dir=tmp_path)
    told = threading.Event()
    assert isinstance(listener_for(store.engine, print, lambda up, why: None), SQLiteWatcher)
    watcher = SQLiteWatcher(str(tmp_path / "one.sqlite3"),
                            lambda table: told.set() if table == "cases" else None, 0.02)
    watcher.start()
    try:
        assert watcher.connected.wait(5)
        cli.cases.create(case(), "tester")
        assert told.wait(5)
    finally:
        watcher.stop()
        cli.close()
        store.close()
    memory = Store.open("sqlite://", key_dir=tmp_path)
    assert listener_for(memory.engine, print, lambda up, why: None) is None
    memory.close()


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    if not find_bin("initdb"):
        pytest.skip("PostgreSQL (initdb) is not installed")
    with postgres_server() as server:
        yield server


@pytest.mark.postgres
def test_the_server_going_away_is_noticed_and_survived(own_server: PgServer) -> None:
    store = Store.open(own_server.url)
    heard = Heard()
    listener = _listening(store, heard)
    try:
        own_server.stop()
        assert heard.down.wait(10), "the server stopped and nobody noticed"
        assert heard.states[-1][0] is False and heard.states[-1][1]
        heard.changed.clear()
        own_server.start()
        assert heard.up.wait(30), "the listener did not come back with the server"
        assert heard.changed.wait(5) and ANY in heard.tables
        heard.changed.clear()
        colleague = Store.open(own_server.url)
        colleague.cases.create(case(), "colleague")
        colleague.close()
        assert heard.changed.wait(2)
        store.cases.create(case(), "maria")  # the desk's pool reconnects (pre-ping) too
    finally:
        listener.stop()
        store.close()


@pytest.mark.postgres
def test_the_desks_own_saves_are_not_heard_a_colleagues_are(pg_url: str) -> None:
    """Before: every save of the desk came back as a notification and cost one more reload of
    its queue (and every presence beat one more presence query)."""
    desk, colleague = Store.open(pg_url), Store.open(pg_url)
    registry = DeskRegistry(colleague.sessions)
    heard = Heard()
    listener = _listening(desk, heard)
    try:
        made = desk.cases.create(case(), "maria")
        assert made.id is not None
        intents.comment(desk, made.id, "customer called back", "maria")
        maria, ana = DeskIdentity.here("maria", "front desk"), DeskIdentity.here("ana", "back")
        DeskRegistry(desk.sessions).register(maria)
        DeskRegistry(desk.sessions).open_case(maria, made.id)
        registry.register(ana)
        registry.open_case(ana, made.id)  # the sync point: heard after all of the desk's own
        assert heard.changed.wait(5), "the colleague's beat was not heard"
        assert heard.tables == ["presence"]  # the desk's case, comment and beat: not news

        heard.tables.clear()
        heard.changed.clear()
        intents.comment(colleague, made.id, "from the back office", "ana")
        assert heard.changed.wait(5)
        assert "comments" in heard.tables
    finally:
        listener.stop()
        desk.close()
        colleague.close()


@pytest.mark.postgres
@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)  # a cold PortDesk process
def test_a_comment_by_another_process_is_heard(pg_url: str, tmp_path: Path) -> None:
    desk = Store.open(pg_url)
    made = desk.cases.create(case(), "maria")
    heard = Heard()
    listener = _listening(desk, heard)
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        cli = subprocess.run([sys.executable, "-m", "portdesk", "--db", pg_url, "case",
                              "comment", made.reference, "from the command line"],
                             env=env, capture_output=True, text=True, timeout=PROCESS_CEILING_S)
        assert cli.returncode == 0, cli.stderr
        assert heard.changed.wait(5), "the command line's comment was not heard"
        assert "comments" in heard.tables
    finally:
        listener.stop()
        desk.close()

