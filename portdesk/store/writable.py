"""Whether this process may write the queue, and if not, the one sentence that says why.

A queue file or data folder made read-only (a backup restored with its modes, a share mounted
read-only, a file copied from a colleague) used to open as if writable: the desk showed the
queue, the first save failed as an "unexpected error" and the presence beat failed in the log
every 15 s. Now the Store asks once when it opens (`os.access`: the mode bits, a read-only
mount, an immutable file; no lock taken, nothing written), and a Store that cannot write refuses
every write transaction before it starts, in one line that names the file or folder and what to
do. Reading is unaffected. A server database (PostgreSQL) answers for itself.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine

from portdesk.domain.errors import PortDeskError

TO_DO = "make it writable for your user, or open a writable copy with --db"


class QueueReadOnly(PortDeskError):
    """A write asked of a queue this process may only read."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"{reason}: nothing was saved ({TO_DO})")
        self.reason = reason


def sqlite_read_only(path: Path) -> str:
    """Why a SQLite queue at `path` cannot be written here ("" when it can). SQLite writes the
    file itself and, beside it, its journal files (-wal, -shm): a folder it cannot make them in
    is as read-only as the file, unless they are already there and writable."""
    folder = path.parent
    if not folder.is_dir():
        return ""  # not there at all: said by the opener ("folder ... does not exist")
    if path.exists() and not os.access(path, os.W_OK):
        return f"the queue file {path} is read-only"
    if not os.access(folder, os.W_OK | os.X_OK):
        beside = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
        if not (path.exists() and all(p.exists() and os.access(p, os.W_OK) for p in beside)):
            what = "PortDesk cannot make its queue there" if not path.exists() else \
                "SQLite cannot make the queue's journal files beside it"
            return f"the folder {folder} is read-only ({what})"
    return ""


def read_only_reason(engine: Engine) -> str:
    """Why the queue behind `engine` cannot be written by this process ("" when it can)."""
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return ""
    if engine.url.database == ":memory:" or engine.url.database.startswith("file:"):
        return ""
    return sqlite_read_only(Path(engine.url.database))


def tighten_own_files(engine: Engine) -> list[str]:
    """A SQLite queue's own files made private when an earlier PortDesk left them open
    (store/private_files); what was changed, one sentence each."""
    if read_only_reason(engine) or engine.dialect.name != "sqlite" or not engine.url.database \
            or engine.url.database == ":memory:" or engine.url.database.startswith("file:"):
        return []
    from portdesk.store.private_files import tighten_queue_files

    return tighten_queue_files(Path(engine.url.database))
