"""A queue file or data folder that is read-only opens for reading, says why it cannot be
written, and refuses every write before it starts, in one line naming the file or folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from portdesk.store.engine import DatabaseUnavailable
from portdesk.store.store import Store
from portdesk.store.writable import QueueReadOnly
from tests.helpers import case
from tests.readonly import read_only

ROOT = Path(__file__).resolve().parents[3]


def _queue(tmp_path: Path) -> tuple[Path, int]:
    db = tmp_path / "data" / "q.sqlite3"
    db.parent.mkdir()
    with_store = Store.open(f"sqlite:///{db}")
    made = with_store.cases.create(case(), "tester")
    with_store.close()
    assert made.id is not None
    return db, made.id


def test_a_read_only_queue_reads_and_refuses_writes_in_one_line(tmp_path: Path) -> None:
    db, case_id = _queue(tmp_path)
    target = db
    with read_only(target):
        store = Store.open(f"sqlite:///{db}")
        try:
            assert str(target) in store.read_only
            assert store.cases.get(case_id).account_name  # reading works
            with pytest.raises(QueueReadOnly) as refused:
                store.cases.update(store.cases.get(case_id).with_changes(notes="x"), "tester")
            said = str(refused.value)
            assert "read-only" in said and str(target) in said and "nothing was saved" in said
        finally:
            store.close()
    assert Store.open(f"sqlite:///{db}").read_only == ""  # writable again: nothing said


def test_a_queue_in_a_read_only_folder_is_refused_at_open_naming_the_folder(
        tmp_path: Path) -> None:
    """SQLite cannot open a WAL queue whose folder it cannot make its journal files in: the open
    is refused in one line naming the folder and what to do, not "unable to open database"."""
    db, _ = _queue(tmp_path)
    with read_only(db.parent), pytest.raises(DatabaseUnavailable) as refused:
        Store.open(f"sqlite:///{db}")
    assert str(refused.value) == (
        f"cannot open the queue: the folder {db.parent} is read-only (SQLite cannot make the "
        "queue's journal files beside it); make it writable for your user, or open a writable "
        "copy with --db")


def test_the_command_line_refuses_a_write_in_one_line_naming_the_file(tmp_path: Path) -> None:
    db, _ = _queue(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with read_only(db):
        done = subprocess.run([sys.executable, "-m", "portdesk", "--db", f"sqlite:///{db}",
                               "case", "comment", "PD-000001", "hello"],
                              env=env, capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip() == (f"portdesk: the queue file {db} is read-only: nothing was "
                                   "saved (make it writable for your user, or open a writable "
                                   "copy with --db)")
    assert "Traceback" not in done.stderr


def test_a_read_only_folder_without_a_queue_is_refused_naming_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with read_only(folder):
        done = subprocess.run([sys.executable, "-m", "portdesk", "--db",
                               f"sqlite:///{folder}/q.sqlite3", "case", "list"],
                              env=env, capture_output=True, text=True)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"the folder {folder} is read-only (PortDesk cannot make its queue there)" in \
        done.stderr
