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
