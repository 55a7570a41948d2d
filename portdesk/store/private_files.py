"""PortDesk's own queue file made private again when an earlier PortDesk left it open to others.

A queue holds customers' names, addresses and account numbers in clear. New queue files are made
0600 before SQLite opens them (engine._create_private), but one made by an earlier PortDesk in a
folder the user named kept the umask's 0644: readable by every account on the machine, with
its -wal and -shm beside it. On open, once the database is known to be a PortDesk queue (the
migration check refuses any other), each of those files that this OS user owns and that others
may read or write is brought to 0600, and that is said once (the next open finds it private).
A file of another owner, or any file that is not the queue's, is never touched. A team that
shares one queue does so through a PostgreSQL server, not by opening a file to everyone.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)
PRIVATE_FILE = 0o600


def queue_files(path: Path) -> tuple[Path, ...]:
    """The queue file and the journal files SQLite keeps beside it."""
    return (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def tighten_queue_files(path: Path) -> list[str]:
    """Make this user's queue files that others may open 0600; one sentence when any was."""
    if os.name != "posix":
        return []
    was: dict[Path, str] = {}
    for file in queue_files(path):
        try:
            st = file.lstat()
        except OSError:
            continue
        mode = stat.S_IMODE(st.st_mode)
        if not stat.S_ISREG(st.st_mode) or st.st_uid != os.getuid() or not mode & 0o077:
            continue  # a link, someone else's file, or already private: not PortDesk's to change
        try:
            file.chmod(PRIVATE_FILE)
        except OSError as exc:
            log.warning("could not make %s private (%s): it stays %s", file, exc, oct(mode))
            continue
        was[file] = stat.filemode(st.st_mode)
    if not was:
        return []
    first = was.get(path) or next(iter(was.values()))
    what = f"the queue file {path}" + (" and its journal files" if len(was) > 1 or path not in was
                                       else "")
    sentence = (f"{what} could be read by other accounts on this machine ({first}); made private "
                "to you (-rw-------): it holds customers' names, addresses and account numbers")
    log.warning(sentence)
    return [sentence]
