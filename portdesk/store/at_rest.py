"""Whether a queue is known to hold nothing readable at rest that an older PortDesk left there.

An older PortDesk kept documents (before schema 0003) and comments and check notes (before 0008)
plain, and its audit log unkeyed (before 0004). A migration has no key, so the Store seals them
the first time it opens the upgraded queue (store/upgrade.py), then wipes the plain copies from
free pages and the WAL. That one-time work can be cut short (the process killed, the disk full,
a desk without the queue's key), so it leaves marks in `sync_state`, each written in the same
transaction as the work it stands for:

- WIPE_PENDING: something was sealed and its plain copies are not wiped yet;
- AUDIT_PENDING: the unkeyed log still waits for its sealed entry (migration 0004 sets it);
- CHECKED: the queue was found with nothing plain and nothing pending, at these revisions, since
  its last migration (store.engine.migrate removes it in the migration's transaction).

A queue is settled only with CHECKED at the current revisions and neither pending mark: then
opening it needs no scan of its documents and comments, and the command line's sqlite3 reader
(store/quick_queue.py) may list it without the Store; anything else goes through the Store, which
does the work. Standard library only: `case list` asks this before it imports SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Mapping

from portdesk.store.revisions import head_revisions

CHECKED = "at_rest.checked"
WIPE_PENDING = "at_rest.wipe_pending"
AUDIT_PENDING = "audit.upgrade_pending"
KEYS = (CHECKED, WIPE_PENDING, AUDIT_PENDING)
QUERY = f"SELECT key, value FROM sync_state WHERE key IN ({', '.join('?' for _ in KEYS)})"


def stamp() -> str:
    """The revisions the queue was checked at (a later migration may leave new plain data)."""
    return ",".join(sorted(head_revisions()))


def settled(marks: Mapping[str, str]) -> bool:
    return dict(marks) == {CHECKED: stamp()}
