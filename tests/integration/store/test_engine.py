from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from portdesk.store.engine import DatabaseUnavailable, integrity_ok
from portdesk.store.store import Store
from tests.helpers import case


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'q.sqlite3'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert integrity_ok(store.engine)
    store.close()


def test_not_a_database_file(tmp_path: Path) -> None:
    bogus = tmp_path / "queue.sqlite3"
    bogus.write_bytes(b"this is a spreadsheet, honest" * 100)
    with pytest.raises(DatabaseUnavailable, match="not a PortDesk database"):
        Store.open(f"sqlite:///{bogus}")


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    Store.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    with pytest.raises(DatabaseUnavailable, match="newer version of PortDesk"):
        Store.open(f"sqlite:///{path}")


def test_foreign_tables_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(DatabaseUnavailable, match="not PortDesk's"):
        Store.open(f"sqlite:///{path}")


def test_bad_url_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="not a database URL"):
        Store.open("definitely not a url")
    with pytest.raises(DatabaseUnavailable, match="folder"):
        Store.open(f"sqlite:///{tmp_path}")


def test_key_file_fallback_is_0600(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    keyring.core.set_keyring(keyring.core.load_keyring("keyring.backends.fail.Keyring"))
    try:
        store = Store.open(f"sqlite:///{tmp_path / 'q.sqlite3'}", key_dir=tmp_path / "keys")
        assert "no keyring" in store.box.where
        assert (tmp_path / "keys" / "secrets.key").stat().st_mode & 0o777 == 0o600
        token = store.box.encrypt("4821")
        assert token and "4821" not in token and store.box.decrypt(token) == "4821"
        store.close()
    finally:
        keyring.core.set_keyring(keyring.core.load_keyring(
            "keyrings.alt.file.PlaintextKeyring"))


def test_the_migrations_have_one_head() -> None:
    """Two branches' migrations merged without chaining would leave two heads: Alembic then
    refuses to upgrade, and every desk on the newer PortDesk fails to open its queue."""
    from alembic.script import ScriptDirectory

    from portdesk.store.engine import _alembic_config
    from portdesk.store.revisions import head_revisions as _head_revisions

    heads = ScriptDirectory.from_config(_alembic_config()).get_heads()
    assert len(heads) == 1, f"migration heads: {heads}"
    assert _head_revisions() == frozenset(heads)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_queue_file_and_its_wal_are_private(tmp_path: Path) -> None:
    """The queue holds names, addresses and account numbers in clear: 0600, not the umask's 0644."""
    old = os.umask(0o022)
    try:
        path = tmp_path / "team" / "q.sqlite3"
        path.parent.mkdir()
        store = Store.open(f"sqlite:///{path}")
        store.cases.create(case(), "ana")
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()
        assert {p.name: p.stat().st_mode & 0o777 for p in (path, wal)} == {
            path.name: 0o600, wal.name: 0o600}
        store.close()
    finally:
        os.umask(old)


def test_a_queue_in_a_folder_that_does_not_exist_is_refused_not_made(tmp_path: Path) -> None:
    """`--db sqlite:////typo/q.db case list` made /typo and a new, empty queue there and said
    "0 of 0 case(s)": the specialist believed the queue was empty."""
    path = tmp_path / "no such share" / "q.sqlite3"
    with pytest.raises(DatabaseUnavailable, match=r"folder .*no such share does not exist"):
        Store.open(f"sqlite:///{path}")
    assert not path.parent.exists()
