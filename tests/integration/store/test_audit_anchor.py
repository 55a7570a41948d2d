"""The audit anchor goes through the one keyring door: kept only once read back, else in the 0600
file beside the data; and an anchor changed, garbled or missing is said, never passed over.

The anchor is what catches a log put back from an older copy of the database with its (then
valid) sealed head: nothing inside the database tells that copy from the real one. Real SQLite
files, the real plaintext keyring of the test run (in tmp HOME), and the keyring's null backend
and a vault that drops writes for the keyring that forgets.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from portdesk import os_keyring
from portdesk.cli import main
from portdesk.store.anchors import FILE_NAME, SERVICE
from portdesk.store.store import Store
from tests.helpers import FORGETFUL_KEYRINGS, case


@pytest.fixture
def working() -> KeyringBackend:
    return keyring.get_keyring()  # the test run's plaintext keyring, in tmp HOME


@pytest.fixture(params=FORGETFUL_KEYRINGS)
def forgetful(request: pytest.FixtureRequest, working: KeyringBackend
              ) -> Iterator[KeyringBackend]:
    yield request.param()
    keyring.set_keyring(working)


def _copy(src: Path, dst: Path) -> None:
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)


def _file_anchors() -> dict[str, dict[str, object]]:
    path = Path(os.environ["PORTDESK_DATA_DIR"]) / FILE_NAME
    assert path.stat().st_mode & 0o077 == 0
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _queue(tmp_path: Path) -> tuple[Path, Store]:
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}")
    store.cases.create(case(), "ana")
    return db, store


def _item(store: Store) -> str:
    return f"audit-anchor:{store.sealer.database_id}"


def test_an_anchor_the_keyring_forgets_is_kept_in_the_file_and_still_catches_an_old_copy(
        tmp_path: Path, working: KeyringBackend, forgetful: KeyringBackend) -> None:
    db, store = _queue(tmp_path)
    assert store.sealer.anchors.where == os_keyring.where()  # the run's keyring file, by path
    assert store.sealer.anchors.where.startswith("the keyring file ")
    older = tmp_path / "older.sqlite3"
    _copy(db, older)  # what a forger keeps: the log and its sealed head as they were then
    store.check_key()  # the key was read from the working keyring before the vault locked
    keyring.set_keyring(forgetful)
    store.cases.create(case(account_name="Later Customer LLC", numbers=["+12125550177"]), "ana")
    end = store.audit.chain_end().seq
    store.close()
    keyring.set_keyring(working)
    assert [a["seq"] for a in _file_anchors().values()] == [end]
    _copy(older, db)  # the older copy put back: valid chain, valid sealed head
    reopened = Store.open(f"sqlite:///{db}")
    report = reopened.audit.verify()
    reopened.close()
    assert not report.ok
    assert [f.kind for f in report.findings] == ["truncated"], report.findings
    assert f"this workstation wrote entry {end}" in report.problem


def test_an_anchor_the_keyring_keeps_stays_there(tmp_path: Path) -> None:
    _db, store = _queue(tmp_path)
    end = store.audit.chain_end()
    kept = json.loads(os_keyring.read(SERVICE, _item(store)) or "{}")
    assert (kept["seq"], kept["hash"]) == (end.seq, end.hash) and kept["seal"]
    assert not (Path(os.environ["PORTDESK_DATA_DIR"]) / FILE_NAME).exists()
    report = store.audit.verify()
    store.close()
    assert report.ok, report.problem
    assert report.anchor_note == (f"checked against this workstation's anchor (entry {end.seq}, "
                                  f"in {os_keyring.where()})")
    assert "keyring_pass.cfg, readable only by you" in report.anchor_note


def test_an_anchor_changed_by_hand_is_said_and_not_held_against_the_log(tmp_path: Path) -> None:
    _db, store = _queue(tmp_path)
    kept = json.loads(os_keyring.read(SERVICE, _item(store)) or "{}")
    kept["seq"] += 40  # a forger's anchor would cry "truncated" at an intact log
    assert os_keyring.keep(SERVICE, _item(store), json.dumps(kept))
    report = store.audit.verify()
    assert [f.kind for f in report.findings] == ["anchor"], report.findings
    assert "was changed outside PortDesk" in report.problem
    assert f"entry {kept['seq']}" in report.problem and "seal does not match" in report.problem
    assert os_keyring.keep(SERVICE, _item(store), "{not an anchor")
    report = store.audit.verify()
    store.close()
    assert [f.kind for f in report.findings] == ["anchor"], report.findings
    assert "is unreadable: it was changed outside PortDesk" in report.problem


def test_a_garbled_anchor_is_written_anew_by_the_next_change(tmp_path: Path) -> None:
    _db, store = _queue(tmp_path)
    assert os_keyring.keep(SERVICE, _item(store), "garbage")
    store.cases.create(case(account_name="Next LLC", numbers=["+12125550178"]), "ana")
    report = store.audit.verify()
    store.close()
    assert report.ok, report.problem


def test_a_missing_anchor_is_said_by_the_command(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db, store = _queue(tmp_path)
    item = _item(store)
    store.close()
    url = f"sqlite:///{db}"
    assert main(["--db", url, "audit", "verify"]) == 0
    assert "checked against this workstation's anchor" in capsys.readouterr().out
    keyring.delete_password(SERVICE, item)
    assert main(["--db", url, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert ("no anchor for this queue on this workstation (looked in the keyring file "
            f"{keyring.get_keyring().file_path}, ") in out
    assert "checked against its sealed head only" in out
    assert main(["--db", url, "audit", "verify", "--json"]) == 0
    assert "no anchor" in json.loads(capsys.readouterr().out)["anchor"]
