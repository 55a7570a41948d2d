"""The OS keyring, as every part of PortDesk that keeps a secret there uses it.

A keyring may accept a write and forget it: keyring's null backend does, and so does a locked or
misconfigured vault that drops writes without an error. A secret kept only there is then lost
(a new queue sealed with a key nobody has; a signing key encrypted with a passphrase nobody
has). So a secret counts as kept only once it is read back; otherwise the caller falls back to
its file, and says so.

One keyring call at a time on this machine (`LOCK`: re-entrant in a process, a file lock in the
data dir across PortDesk processes). A keyring kept in a file (keyrings.alt, a headless desk's)
rewrites the whole file for each item: a second PortDesk reading it mid-write saw no items and
wrote its anchor back alone, and the secrets key item was gone (every later start refused the
queue); two first starts at once each found no key, each made one, and the second overwrote the
first, whose queue was already sealed with it. Under the lock the read, the making and the
keeping of a key are one step for the whole machine.

Top-level, beside config.py: the store, the LOA signing and the services all keep secrets here,
and none of them may import another.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)
WAIT_S = 10.0  # a PortDesk stuck in a keyring prompt must not stop the others for good


class MachineLock:
    """Re-entrant within a process (an RLock); exclusive across processes (flock on a file
    beside the data). Waits at most WAIT_S for another process, then goes on and says so; a
    write made then is not made (`missed`): see `keep`."""

    def __init__(self) -> None:
        self._local = threading.RLock()
        self._depth = 0
        self._fd: int | None = None
        self.missed = False  # another process still held it after WAIT_S: not ours now

    def __enter__(self) -> MachineLock:
        self._local.acquire()
        self._depth += 1
        if self._depth == 1:
            self._fd, self.missed = _machine_lock()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            os.close(self._fd)  # closing the file releases the lock
            self._fd = None
        self._local.release()


def _machine_lock() -> tuple[int | None, bool]:
    """(the locked file, or None; whether another process still held it after WAIT_S)."""
    try:
        import fcntl

        from portdesk.config import data_dir

        fd = os.open(data_dir() / ".keyring.lock", os.O_RDWR | os.O_CREAT, 0o600)
    except (ImportError, OSError):  # no flock (Windows) or no data dir to lock in
        return None, False
    deadline = time.monotonic() + WAIT_S
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd, False
        except OSError:
            if time.monotonic() > deadline:
                log.warning("another PortDesk has held the keyring for %.0f s; going on", WAIT_S)
                os.close(fd)
                return None, True
            time.sleep(0.02)


LOCK = MachineLock()


def read(service: str, name: str) -> str | None:
    """The stored secret; None when there is none or no keyring can be read."""
    with LOCK:
        try:
            import keyring

            return keyring.get_password(service, name) or None
        except Exception as exc:  # noqa: BLE001 - any backend failure means "no keyring here"
            log.info("keyring unreadable: %s", type(exc).__name__)
            return None


def keep(service: str, name: str, secret: str) -> bool:
    """Store `secret` and read it back: True only when the keyring really holds it now. Not
    written while another PortDesk still holds the keyring after WAIT_S: a keyring kept in a
    file is rewritten whole by each write, and two at once lost the other items (walked: twelve
    `case comment`s of one desk at load 15 each wrote its audit anchor, and the desk's team key
    item was gone: "this desk has not joined"); the caller falls back to its file instead."""
    with LOCK:
        if LOCK.missed:
            log.warning("the keyring is busy with another PortDesk: %s kept elsewhere", name)
            return False
        try:
            import keyring

            keyring.set_password(service, name, secret)
            if keyring.get_password(service, name) == secret:
                return True
            log.info("the keyring accepted a secret and forgot it (%s)",
                     type(keyring.get_keyring()).__name__)
            return False
        except Exception as exc:  # noqa: BLE001 - any backend failure: the caller falls back
            log.info("keyring refused the secret: %s", type(exc).__name__)
            return False


def per_folder(name: str, folder: Path) -> str:
    """The entry `name` of one data folder: two PortDesk folders on one computer (a second
    profile, a copy for training, a sandbox beside the live queue) each keep their own secret,
    so one folder's never replaces, locks or is sent on behalf of another's."""
    return f"{name}:{folder.resolve()}"


def remove(service: str, name: str) -> bool:
    """Take the entry out: True when the keyring holds nothing under that name now (also when
    none was kept or no keyring can be read); False when the keyring refused to remove it."""
    if read(service, name) is None:
        return True
    with LOCK:
        if LOCK.missed:  # never a whole-file rewrite beside another PortDesk's (see keep)
            log.warning("the keyring is busy with another PortDesk: %s not removed", name)
            return False
        try:
            import keyring

            keyring.delete_password(service, name)
            return True
        except Exception as exc:  # noqa: BLE001 - any backend failure: the caller says so
            log.info("keyring refused to remove a secret: %s", type(exc).__name__)
            return False


SYSTEM = "the system keyring"
NO_KEYRING = "no keyring available"
NOT_KEPT = "the keyring did not keep it"
_NO_KEYRING_BACKENDS = ("keyring.backends.fail", "keyring.backends.null")
FILE_NOTE = "readable only by you; this computer has no system keyring"


def where() -> str:
    """Where a secret kept here lies, in the words every message uses. A headless desk's keyring
    is keyrings.alt's file (plain base64, mode 0600): calling that "the system keyring" told a
    specialist the key was in a vault it was not in. Named by the backend's class (one that
    keeps a file has a `file_path`), never by reading a secret."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - no keyring at all: the system's is what was looked in
        log.info("keyring unavailable: %s", type(exc).__name__)
        return SYSTEM
    chained = getattr(type(backend), "backends", None)  # keyring's chainer: its first writes
    if isinstance(chained, list | tuple) and chained:
        backend = chained[0]
    path = _file_of(backend)
    return f"the keyring file {path}, {FILE_NOTE}" if path else SYSTEM


def not_kept() -> str:
    """Why a secret lies in its own file instead, in the words every message uses: this computer
    has no keyring at all (keyring's fail or null backend), or it has one that did not keep the
    secret (dropped the write, or was busy with another PortDesk). Named by the backend's class."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - no keyring could even be loaded
        return NO_KEYRING
    module = type(backend).__module__
    return NO_KEYRING if module in _NO_KEYRING_BACKENDS else NOT_KEPT


def _file_of(backend: object) -> str:
    """The file a file-kept backend writes ("" for a real OS keyring)."""
    try:
        path = getattr(backend, "file_path", None)
    except Exception:  # noqa: BLE001 - a property that cannot say: name the class's file kind
        path = None
    if isinstance(path, str | os.PathLike) and str(path):
        return str(path)
    return ""
