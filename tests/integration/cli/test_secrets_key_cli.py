"""A desk whose secrets key is gone or is another key than the queue's: `portdesk` refuses every
write and every secret in one line that says what to do, writes nothing (database, keyring, key
file) and makes no key; reading the queue needs no key and still works. A fresh queue makes its
key and records the key's id (never the key)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import keyring
import pytest
from cryptography.fernet import Fernet

from portdesk.store.key_record import RECORD
from portdesk.store.secrets import KEY_NAME, SERVICE, key_id_of
from tests.integration.cli.test_case_cli import flat, run, write_csv

PASSPHRASE = "correct horse battery staple"


def _recorded(db: Path) -> str | None:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (RECORD,)).fetchone()
    return row[0] if row else None


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


def _machine_key() -> str | None:
    return keyring.get_password(SERVICE, KEY_NAME)


def _queue(tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "q.sqlite3"
    assert run(db, "case", "import", str(write_csv(tmp_path / "a.csv", [flat(0), flat(1)]))) == 0
    return db, write_csv(tmp_path / "b.csv", [flat(2)])


def test_a_fresh_queue_makes_its_key_and_records_only_its_id(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _machine_key() is None
    db, _ = _queue(tmp_path)
    key = _machine_key()
    assert key is not None
    assert _recorded(db) == key_id_of(key.encode())
    assert not any(key in line for line in _dump(db))


@pytest.mark.parametrize("desk_key", ["missing", "another"])
def test_a_desk_without_the_queues_key_is_refused_in_one_line_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        desk_key: str) -> None:
    monkeypatch.setenv("PORTDESK_TEAM_PASSPHRASE", PASSPHRASE)
    db, more = _queue(tmp_path)
    key, recorded = _machine_key(), _recorded(db)
    assert key is not None and recorded
    capsys.readouterr()
    keyring.delete_password(SERVICE, KEY_NAME)  # a new profile, a reinstalled workstation
    other = Fernet.generate_key().decode()
    if desk_key == "another":
        keyring.set_password(SERVICE, KEY_NAME, other)
    before = _dump(db)
    out = tmp_path / "out.json"
    assert run(db, "case", "list") == 0  # reading the queue touches no secret
    capsys.readouterr()
    for args in (["case", "import", str(more)], ["case", "export", str(out), "--include-secrets"],
                 ["team", "init"]):
        assert run(db, *args) == 1
        captured = capsys.readouterr()
        err = captured.err.strip()
        assert err.count("\n") == 0 and err.startswith("portdesk: "), err
        assert "Traceback" not in captured.err + captured.out
        assert f"sealed with secrets key {recorded}" in err
        assert "restore that key from a backup" in err and "`portdesk team join`" in err
        assert err.endswith("nothing was written")
        if desk_key == "another":
            assert f"this desk holds key {key_id_of(other.encode())}" in err
    assert _dump(db) == before and not out.exists()
    assert _machine_key() == (None if desk_key == "missing" else other)  # none made or replaced
    assert not list(Path(os.environ["PORTDESK_DATA_DIR"]).glob("secrets*.key"))
    keyring.set_password(SERVICE, KEY_NAME, key)  # the key restored from a backup
    assert run(db, "case", "import", str(more)) == 0
    assert run(db, "audit", "verify") == 0


def test_an_older_queue_is_recognised_by_its_sealed_audit_head(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, more = _queue(tmp_path)
    key = _machine_key()
    assert key is not None
    with sqlite3.connect(db) as conn:  # as a PortDesk before the record left it
        conn.execute("DELETE FROM sync_state WHERE key = ?", (RECORD,))
    keyring.set_password(SERVICE, KEY_NAME, Fernet.generate_key().decode())
    capsys.readouterr()
    before = _dump(db)
    assert run(db, "case", "import", str(more)) == 1
    err = capsys.readouterr().err.strip()
    assert _dump(db) == before
    assert err.count("\n") == 0 and "sealed with a secrets key and this desk holds key" in err
    assert _recorded(db) is None
    keyring.set_password(SERVICE, KEY_NAME, key)
    assert run(db, "case", "import", str(more)) == 0  # the right key: recorded at this write
    assert _recorded(db) == key_id_of(key.encode())


def test_a_team_rotation_moves_the_record_to_the_new_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = _queue(tmp_path)
    monkeypatch.setenv("PORTDESK_TEAM_PASSPHRASE", PASSPHRASE)
    assert run(db, "team", "init") == 0
    first = _recorded(db)
    monkeypatch.setenv("PORTDESK_TEAM_NEW_PASSPHRASE", "purple otter under a quiet bridge")
    assert run(db, "team", "rotate") == 0
    with sqlite3.connect(db) as conn:
        team_key_id = conn.execute("SELECT key_id FROM team_key").fetchone()[0]
    assert first != team_key_id == _recorded(db)


def test_a_keyring_that_accepts_and_forgets_leaves_the_key_in_the_key_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """keyring's null backend takes set_password and keeps nothing: the key made for a new queue
    must then go to the key file, or every later desk (the GUI, the next command) is refused a
    queue sealed with a key nobody has (the screenshots script met exactly that)."""
    from keyring.backends.null import Keyring as NullKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(NullKeyring())
    try:
        db, more = _queue(tmp_path)
        key_file = Path(os.environ["PORTDESK_DATA_DIR"]) / "secrets.key"
        assert key_file.exists()
        assert _recorded(db) == key_id_of(key_file.read_bytes().strip())
        capsys.readouterr()
        assert run(db, "case", "import", str(more)) == 0, capsys.readouterr().err
    finally:
        keyring.set_keyring(before)
