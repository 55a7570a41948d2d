"""An SQLite queue opened with the standard library alone, for the command line's reads.

Importing SQLAlchemy and its ORM costs more than the whole rest of a reading command (~200 ms of
CPU), and reading needs neither: no write, no key, no mapped rows. It is safe only for a local
SQLite file whose schema is already current (the Store migrates an older one first) and which
is settled at rest (nothing plain left to seal or wipe: store/at_rest.py). `settled_file` opens
such a file, and gives None for anything else: the caller then opens the Store as before, which
also says what is wrong with a damaged file. The readers are store/quick_queue.py (`case
list`) and store/quick_case.py (`case show`, `audit show`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from portdesk.store import at_rest
from portdesk.store.revisions import head_revisions


def sqlite_path(url: str) -> Path | None:
    """The file of a plain `sqlite:///...` URL; None for anything the Store must interpret."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or any(ch in url for ch in "?%"):
        return None
    path = url[len(prefix):]
    return Path(path) if path and path != ":memory:" else None


@contextmanager
def settled_file(url: str, timeout: float = 5.0) -> Iterator[sqlite3.Connection | None]:
    """The open file when the standard library may read it (see the module), else None."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        yield None
        return
    try:
        conn = sqlite3.connect(path, timeout=timeout)
    except sqlite3.Error:
        yield None
        return
    try:
        yield conn if _current_and_settled(conn) else None
    finally:
        conn.close()


def _current_and_settled(conn: sqlite3.Connection) -> bool:
    try:
        current = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
        if not current or current != head_revisions():
            return False  # the Store migrates it first
        # plain data to seal or wipe first: only the Store has the key
        return at_rest.settled(dict(conn.execute(at_rest.QUERY, at_rest.KEYS).fetchall()))
    except sqlite3.Error:
        return False  # not a database, or a damaged one: the Store says what is wrong
