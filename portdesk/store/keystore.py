"""Where a desk keeps the key of a team's queue: the OS keyring, one item per database, or where
no keyring works a 0600 file beside the data (weaker, and PortDesk says so).

The machine's own key (secrets.py) stays for the desk's local queues; a team's key is stored
under the database's id by `portdesk team join` (or `init`, `rotate`), so a desk can work a local
SQLite queue and its team's PostgreSQL queue, each with its own key.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from portdesk import os_keyring

log = logging.getLogger(__name__)
SERVICE = "PortDesk"


def item_name(database_id: str) -> str:
    return f"secrets-key:{database_id}"


def _file(key_dir: Path, database_id: str) -> Path:
    return key_dir / f"secrets-{database_id}.key"


def load(key_dir: Path | None, database_id: str) -> tuple[bytes, str, bool] | None:
    """(key, where it is kept, in the keyring) for this database, or None when this desk has
    none (it never joined the team)."""
    stored = os_keyring.read(SERVICE, item_name(database_id))  # unreadable: look for the file
    if stored:
        return stored.encode(), os_keyring.where(), True
    if key_dir is not None and _file(key_dir, database_id).exists():
        path = _file(key_dir, database_id)
        return path.read_bytes().strip(), f"the key file {path} ({os_keyring.not_kept()})", False
    return None


def save(key_dir: Path, database_id: str, key: bytes) -> str:
    """Keep this database's key; returns where (keyring, else a 0600 file, said so)."""
    if os_keyring.keep(SERVICE, item_name(database_id), key.decode()):  # read back, or a file
        _file(key_dir, database_id).unlink(missing_ok=True)
        return os_keyring.where()
    path = _file(key_dir, database_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    os.replace(tmp, path)
    log.warning("the keyring did not keep the team key: it is kept in %s (mode 0600)", path)
    return f"the key file {path} ({os_keyring.not_kept()})"
