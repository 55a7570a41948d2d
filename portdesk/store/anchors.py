"""The audit chain's head, kept outside the database it vouches for.

Whoever can rewrite the database file can cut the newest entries off the log and leave a shorter
chain that is perfectly valid. So after every commit that added entries, the workstation records
the newest entry it wrote (its number and seal) in the OS keyring, one item per database; `audit
verify` then demands that entry still be in the chain with the same seal. Where no keyring works,
the anchors go to a 0600 file beside the data, like the secrets key (weaker, and said so).
Several workstations on one PostgreSQL queue each keep their own anchor: each guards the part of
the log it has seen. An anchor only moves forward; writing it never fails a committed change.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from portdesk.store.key_material import KEYRING_LOCK

log = logging.getLogger(__name__)
SERVICE = "PortDesk"


@dataclass(frozen=True, slots=True)
class Anchor:
    seq: int
    hash: str


class AnchorBook(Protocol):
    @property
    def where(self) -> str: ...

    def get(self, database_id: str) -> Anchor | None: ...

    def advance(self, database_id: str, anchor: Anchor) -> None: ...


def _parse(raw: str | None) -> Anchor | None:
    try:
        data = json.loads(raw or "")
        return Anchor(int(data["seq"]), str(data["hash"]))
    except (ValueError, KeyError, TypeError):
        return None


class KeyringAnchors:
    where = "the system keyring"

    def get(self, database_id: str) -> Anchor | None:
        with KEYRING_LOCK:
            return self._get(database_id)

    def _get(self, database_id: str) -> Anchor | None:
        import keyring

        try:
            return _parse(keyring.get_password(SERVICE, f"audit-anchor:{database_id}"))
        except Exception:  # noqa: BLE001 - a keyring that fails reads as "no anchor"
            log.warning("the audit anchor could not be read from the keyring")
            return None

    def advance(self, database_id: str, anchor: Anchor) -> None:
        import keyring

        with KEYRING_LOCK:
            current = self._get(database_id)
            if current is not None and current.seq >= anchor.seq:
                return
            try:
                keyring.set_password(SERVICE, f"audit-anchor:{database_id}",
                                     json.dumps({"seq": anchor.seq, "hash": anchor.hash}))
            except Exception:  # noqa: BLE001 - the change is committed; the anchor lags a bit
                log.warning("the audit anchor could not be written to the keyring")


class FileAnchors:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = f"the file {path} (no keyring available)"
        self._lock = threading.Lock()

    def _all(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, database_id: str) -> Anchor | None:
        return _parse(json.dumps(self._all().get(database_id)))

    def advance(self, database_id: str, anchor: Anchor) -> None:
        with self._lock:
            book = self._all()
            current = _parse(json.dumps(book.get(database_id)))
            if current is not None and current.seq >= anchor.seq:
                return
            book[database_id] = {"seq": anchor.seq, "hash": anchor.hash}
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                tmp = self.path.with_suffix(".tmp")
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(book, fh)
                os.replace(tmp, self.path)
            except OSError:
                log.warning("the audit anchor could not be written to %s", self.path)


def open_anchors(key_dir: Path, keyring_works: bool) -> AnchorBook:
    """Beside the secrets key: the keyring when it holds the key, else a file in the same place."""
    return KeyringAnchors() if keyring_works else FileAnchors(key_dir / "audit-anchors.json")


class LazyAnchors:
    """The anchor book chosen on first use: asking whether the keyring works loads the keyring
    (a noticeable part of a second), and a command that only reads never needs an anchor."""

    def __init__(self, key_dir: Path, keyring_works: Callable[[], bool]) -> None:
        self._key_dir = key_dir
        self._keyring_works = keyring_works
        self._book: AnchorBook | None = None

    def _open(self) -> AnchorBook:
        if self._book is None:
            self._book = open_anchors(self._key_dir, self._keyring_works())
        return self._book

    @property
    def where(self) -> str:
        return self._open().where

    def get(self, database_id: str) -> Anchor | None:
        return self._open().get(database_id)

    def advance(self, database_id: str, anchor: Anchor) -> None:
        self._open().advance(database_id, anchor)


class MemoryAnchors:
    """Anchors held in memory: for tools and tests that bring their own."""

    where = "memory"

    def __init__(self) -> None:
        self.book: dict[str, Anchor] = {}

    def get(self, database_id: str) -> Anchor | None:
        return self.book.get(database_id)

    def advance(self, database_id: str, anchor: Anchor) -> None:
        current = self.book.get(database_id)
        if current is None or current.seq < anchor.seq:
            self.book[database_id] = anchor
