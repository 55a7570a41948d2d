"""A queue file an earlier PortDesk left readable by others (0644 in a folder the user named) is
made private on open and said once; files that are not the queue's are never touched."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from portdesk.store.engine import DatabaseUnavailable
from portdesk.store.store import Store
from tests.helpers import case

ROOT = Path(__file__).resolve().parents[3]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _old_queue(tmp_path: Path) -> Path:
    db = tmp_path / "named" / "team.sqlite3"
    db.parent.mkdir()
    first = Store.open(f"sqlite:///{db}")
    first.cases.create(case(), "tester")
    first.close()
    db.chmod(0o644)  # as SQLite made it under the umask before PortDesk made queues 0600
    return db


def test_an_open_queue_file_is_made_private_and_said_once(tmp_path: Path) -> None:
    db = _old_queue(tmp_path)
    theirs = db.parent / "notes.txt"  # the user's own file beside it: never PortDesk's to change
    theirs.write_text("mine")
    theirs.chmod(0o644)
    store = Store.open(f"sqlite:///{db}")
    try:
        assert _mode(db) == 0o600
        assert len(store.notices) == 1
        assert str(db) in store.notices[0] and "-rw-r--r--" in store.notices[0]
        assert store.cases.get(1).account_name  # the queue itself is as it was
    finally:
        store.close()
    assert _mode(theirs) == 0o644
    again = Store.open(f"sqlite:///{db}")
    assert again.notices == []  # said once: the next open finds it private
    again.close()


def test_its_journal_files_are_made_private_too(tmp_path: Path) -> None:
    db = _old_queue(tmp_path)
    holder = sqlite3.connect(db)  # keeps the -wal and -shm in place while the Store opens
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("SELECT COUNT(*) FROM cases").fetchall()
    try:
        beside = [db.with_name(db.name + s) for s in ("-wal", "-shm")]
        for p in beside:
            if p.exists():
                p.chmod(0o644)
        store = Store.open(f"sqlite:///{db}")
        store.close()
        for p in beside:
            if p.exists():
                assert _mode(p) == 0o600, p
    finally:
        holder.close()


def test_a_database_that_is_not_a_queue_is_left_as_it_is(tmp_path: Path) -> None:
    other = tmp_path / "theirs.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    other.chmod(0o644)
    with pytest.raises(DatabaseUnavailable):
        Store.open(f"sqlite:///{other}")
    assert _mode(other) == 0o644


def test_the_command_line_says_it_once(tmp_path: Path) -> None:
    db = _old_queue(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "portdesk", "--db", f"sqlite:///{db}", "case", "comment",
            "PD-000001", "hello"]
    first = subprocess.run(argv, env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert first.stderr.count("portdesk: note: ") == 1 and "made private" in first.stderr
    second = subprocess.run(argv, env=env, capture_output=True, text=True)
    assert second.returncode == 0 and second.stderr == ""
    assert _mode(db) == 0o600
