"""Every way PortDesk starts on a queue an older PortDesk left plain ends with nothing readable at
rest, nothing sealed or audited twice and nothing lost: the command line's sqlite3 reader (`case
list`, store/quick_queue.py) too, a start cut short after the migration or after the sealing, and
two processes starting on the same old file at once.

"Cut short" is an exception raised where the process would die (the migration committed, the
sealing committed, the wipe not done); the two processes are real `portdesk` commands.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from portdesk.cli import main
from portdesk.store import at_rest, upgrade
from portdesk.store.engine import _alembic_config, migrate
from portdesk.store.store import Store
from tests.integration.store.test_at_rest import OLD_LOA, PIN, _legacy_database, found
from tests.patient_waits import PROCESS_CEILING_S, PROCESS_TEST_TIMEOUT

ROOT = Path(__file__).resolve().parents[3]
COMMENT = f"customer gave PIN {PIN} on the phone"


class CutShort(BaseException):
    """The process dying at this point (not an error PortDesk could catch and report)."""


def _plain_at_rest(db: Path) -> list[bytes]:
    return [n for p in (db, db.with_name(db.name + "-wal")) for n in found(p, PIN.encode())]


def _marks(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute(at_rest.QUERY, at_rest.KEYS).fetchall())


def _migrated_only(db: Path) -> str:
    """An old queue whose last start migrated it and died before sealing anything."""
    url = _legacy_database(db)
    engine = create_engine(url)
    migrate(engine)
    engine.dispose()
    return url


def _check_once(url: str) -> None:
    """Sealed once, audited once, readable with the key, intact."""
    store = Store.open(url)
    try:
        assert store.documents.content(1) == OLD_LOA
        actions = [e.action for e in store.audit.iter_all()]
        assert actions == ["case.created", "document.added", "audit.keyed", "case.baseline"]
        report = store.audit.verify()
        assert report.ok, report.problem
    finally:
        store.close()


def test_case_list_on_a_queue_migrated_but_not_sealed_seals_it_first(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "old.sqlite3"
    url = _migrated_only(db)
    assert _plain_at_rest(db) and _marks(db) == {at_rest.AUDIT_PENDING: "1"}
    assert main(["--db", url, "case", "list"]) == 0
    assert capsys.readouterr().out.count("PD-000001") == 1
    assert _plain_at_rest(db) == []
    assert _marks(db) == {at_rest.CHECKED: at_rest.stamp()}
    _check_once(url)


def test_a_start_cut_short_before_the_wipe_wipes_at_the_next_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.sqlite3"
    url = _legacy_database(db)
    wipe = upgrade.wipe_free_pages

    def dies(_engine: object) -> None:
        raise CutShort

    monkeypatch.setattr(upgrade, "wipe_free_pages", dies)
    with pytest.raises(CutShort):
        Store.open(url)
    assert _marks(db) == {at_rest.WIPE_PENDING: "1", at_rest.AUDIT_PENDING: "1"}
    wiped: list[object] = []
    monkeypatch.setattr(upgrade, "wipe_free_pages", lambda e: (wiped.append(e), wipe(e)))
    assert main(["--db", url, "case", "list"]) == 0  # not the sqlite3 reader: the Store
    assert len(wiped) == 1 and _plain_at_rest(db) == []
    assert _marks(db) == {at_rest.CHECKED: at_rest.stamp()}
    _check_once(url)
    assert len(wiped) == 1  # a settled queue is neither scanned nor wiped again


def test_a_busy_wipe_keeps_its_mark_and_the_queue_opens(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from portdesk.store.engine import QueueBusy

    db = tmp_path / "old.sqlite3"
    url = _legacy_database(db)
    wipe = upgrade.wipe_free_pages

    def busy(_engine: object) -> None:
        raise QueueBusy()

    monkeypatch.setattr(upgrade, "wipe_free_pages", busy)
    Store.open(url).close()
    assert at_rest.WIPE_PENDING in _marks(db) and at_rest.CHECKED not in _marks(db)
    monkeypatch.setattr(upgrade, "wipe_free_pages", wipe)
    _check_once(url)
    assert _marks(db) == {at_rest.CHECKED: at_rest.stamp()} and _plain_at_rest(db) == []


def test_comments_left_plain_are_sealed_once_by_a_start_through_case_list(tmp_path: Path) -> None:
    """A queue from before comments were sealed (0008), its last start cut short."""
    db = tmp_path / "old.sqlite3"
    url = _legacy_database(db)
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0007")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO comments (case_id, author, at, body, source) VALUES "
                          "(1, 'ana', '2026-03-02 09:31:00', :body, 'desk')"), {"body": COMMENT})
    migrate(engine)
    engine.dispose()
    assert main(["--db", url, "case", "list"]) == 0
    assert _plain_at_rest(db) == []
    store = Store.open(url)
    try:
        assert [c.body for c in store.comments.for_case(1)] == [COMMENT]
        report = store.audit.verify()
        assert report.ok, report.problem
        baseline = [e.action for e in store.audit.for_case(1)]
        assert baseline.count("case.baseline") == 1
    finally:
        store.close()


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)  # a cold PortDesk process
def test_two_commands_starting_on_one_old_file_seal_it_once(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    url = _legacy_database(db)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    starts = [subprocess.Popen([sys.executable, "-m", "portdesk", "--db", url, *argv], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for argv in (["case", "list"], ["case", "show", "PD-000001"])]
    for start in starts:
        out, err = start.communicate(timeout=PROCESS_CEILING_S)
        assert start.returncode == 0, err
        assert "PD-000001" in out
    assert _plain_at_rest(db) == []
    _check_once(url)


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)  # a cold PortDesk process
def test_two_first_starts_at_once_keep_one_key_for_both_queues(tmp_path: Path) -> None:
    """A new machine, two commands at once, each on a queue of its own: before, each made a key
    and the second overwrote the first in the keyring (the first queue's PINs and documents
    then opened nowhere), or a read in the middle of the other's write of the keyring file saw
    no key and wrote it away. Real processes, the run's file keyring (as a headless desk's)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    urls = [f"sqlite:///{tmp_path / name}" for name in ("a.sqlite3", "b.sqlite3")]
    starts = [subprocess.Popen([sys.executable, "-m", "portdesk", "--db", url, "demo", "load"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True) for url in urls]
    for start in starts:
        _out, err = start.communicate(timeout=PROCESS_CEILING_S)
        assert start.returncode == 0, err
    for url in urls:
        store = Store.open(url)
        try:
            report = store.audit.verify()
            assert report.ok and report.cases == 32, report.problem
            assert "anchor (entry" in report.anchor_note
        finally:
            store.close()
