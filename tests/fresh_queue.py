"""A new SQLite queue for a test, made by copying one migrated once per run.

Migrating a new queue file (Alembic, every revision) costs about 0.2 s of CPU, and some 500 tests
of the default run start from a new queue (`store`, `desk`): they start from a copy of one file
migrated once (`fresh_queue` in tests/conftest.py, kept read-only). The copy is what a new queue
is: made 0600, the newest schema, and its own database id drawn as migration 0004 draws it, so no
two queues of a run share one. Store.open then finds the schema current, as on any later open;
the migrations themselves are tested on files made by Store.open (tests/integration/store).
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path


def migrated_template(path: Path) -> Path:
    """A new queue at `path`, migrated as Store.open migrates one, then made read-only."""
    from portdesk.store.engine import make_engine, migrate

    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate(engine)
    finally:
        engine.dispose()
    assert not Path(f"{path}-wal").exists()  # the whole queue is in the one file copied
    path.chmod(0o400)
    return path


def fresh_queue_copy(template: Path, path: Path) -> str:
    """The URL of a new queue at `path`: a copy of `template` with its own database id."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(template.read_bytes())
    with closing(sqlite3.connect(path)) as conn, conn:
        done = conn.execute("UPDATE sync_state SET value = ? WHERE key = 'database.id'",
                            (secrets.token_hex(5),))
        assert done.rowcount == 1
    return f"sqlite:///{path}"


class DemoQueues:
    """The sample queue (services/demo.py) a GUI test starts from, loaded once per run and day.

    Loading it (32 cases walked through their statuses, each step sealed and audited) cost about
    0.7 s of CPU in each of some 200 desk tests (`demo_store`). It is loaded once per day the run
    sees (`load_demo` takes today's date: a run past midnight loads it again) into a read-only
    file; each test gets its own copy. A copy keeps the loaded queue's database id: its audit
    entries and seals are made with it. What the queue keeps outside the file is in the test
    process's keyring, which all tests of a run share (the file keyring's path is read once):
    the machine's secrets key and the queue's audit anchor. Each copy puts those two items back
    as the load left them, so a test sees what a freshly loaded queue shows whatever an earlier
    test did to the keyring (deleted the key, advanced this database id's anchor).
    """

    def __init__(self, folder: Path, fresh: Path) -> None:
        self._folder = folder
        self._fresh = fresh
        self._loaded: dict[date, tuple[Path, dict[str, str]]] = {}

    def _load(self, today: date) -> tuple[Path, dict[str, str]]:
        import keyring

        from portdesk.services.demo import load_demo
        from portdesk.store.anchors import SERVICE as ANCHORS
        from portdesk.store.anchors import KeyringAnchors
        from portdesk.store.key_material import KEY_NAME, SERVICE
        from portdesk.store.store import Store

        assert ANCHORS == SERVICE
        folder = self._folder / today.isoformat()
        folder.mkdir()
        path = folder / "demo.sqlite3"
        store = Store.open(fresh_queue_copy(self._fresh, path), key_dir=folder)
        try:
            load_demo(store, "tester", today)
            database_id = store.sealer.database_id
        finally:
            store.close()
        assert database_id and not Path(f"{path}-wal").exists()
        path.chmod(0o400)
        items = {name: keyring.get_password(SERVICE, name)
                 for name in (KEY_NAME, KeyringAnchors._name(database_id))}
        kept = {name: secret for name, secret in items.items() if secret}
        assert kept == items, f"the demo queue's key or anchor is not in the keyring: {items}"
        assert not [p for p in folder.iterdir() if p != path], "all it keeps is in the keyring"
        return path, kept

    def copy(self, path: Path) -> str:
        """The URL of a new copy of today's sample queue at `path`."""
        import keyring

        from portdesk.store.key_material import SERVICE

        today = date.today()
        if today not in self._loaded:
            self._loaded[today] = self._load(today)
        template, items = self._loaded[today]
        for name, secret in items.items():
            keyring.set_password(SERVICE, name, secret)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(template.read_bytes())
        return f"sqlite:///{path}"
