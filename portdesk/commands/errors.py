"""How a failure reaches the person at the terminal: one line, an exit code, never a traceback.

A PortDeskError carries its own sentence. A few failures come from below PortDesk's own code and
are known (the disk, the database engine, the operating system); each gets a sentence here that
says what happened and what to do. Anything else is a bug: it is logged with its traceback and the
line says "unexpected error" with the log's path. Exceptions are recognised by their module and
name, so this file never imports SQLAlchemy (the command line must start without it).
"""

from __future__ import annotations

import argparse
import errno
import logging
import sys

from portdesk.domain.errors import PortDeskError

log = logging.getLogger("portdesk.cli")

_OS_REASONS = {
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EISDIR: "it is a folder",
    errno.EEXIST: "a file of that name is in the way",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.ENAMETOOLONG: "the file name is too long",
}
QUEUE_BUSY = "the queue is busy (another PortDesk is writing); try again in a moment"


def known_message(exc: BaseException) -> str | None:
    """The one-line sentence for a known failure, or None when it is a bug."""
    if isinstance(exc, PortDeskError):
        return str(exc)
    if isinstance(exc, OSError) and exc.errno in _OS_REASONS:
        where = exc.filename if exc.filename is not None else ""
        return f"{where}: {_OS_REASONS[exc.errno]}" if where else _OS_REASONS[exc.errno]
    return _database_message(exc)


def _database_message(exc: BaseException) -> str | None:
    """SQLAlchemy and sqlite3 errors that mean the database, not the code, is the problem."""
    module = type(exc).__module__ or ""
    if not (module.startswith("sqlalchemy") or module.startswith("sqlite3")):
        return None
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "database is locked" in text or "database table is locked" in text:
        return QUEUE_BUSY
    if "disk i/o error" in text or "database or disk is full" in text:
        return "the queue's database cannot be written (disk full or failing); free space " \
               "and try again"
    if "readonly database" in text or "unable to open database" in text:
        return "the queue's database cannot be opened for writing; check the file and " \
               "folder permissions (--db)"
    if "connection refused" in text or "could not connect" in text:
        return "the queue's database server cannot be reached; check --db and the network"
    return None


def report_failure(exc: BaseException, args: argparse.Namespace) -> int:
    """Print the one line and return the exit code: 1 for a known failure, 2 for a bug."""
    message = known_message(exc)
    if message is not None:
        print(f"portdesk: {message}", file=sys.stderr)
        return 1
    log.error("unexpected error in %s", getattr(args, "command", None),
              exc_info=(type(exc), exc, exc.__traceback__))
    from portdesk.logs import log_file

    print(f"portdesk: unexpected error ({type(exc).__name__}); details in {log_file()}",
          file=sys.stderr)
    return 2
