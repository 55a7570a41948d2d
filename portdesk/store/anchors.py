"""The audit chain's head, kept outside the database it vouches for.

Whoever can rewrite the database file can cut the newest entries off the log and leave a shorter
chain that is perfectly valid, or put back an older copy of the log with its head. So after every
commit that added entries, the workstation records the newest entry it wrote (its number and seal)
outside the database, one item per database; `audit verify` then demands that entry still be in
the chain with the same seal. Each anchor carries a seal of its own (the audit key over the
database, the number and the entry's seal), so an anchor changed by hand is told from a log
changed by hand.

Where the secrets key lives in the OS keyring, so do the anchors, through the one keyring door
(`portdesk.os_keyring`): an anchor counts as kept only once read back. A keyring that accepts it
and forgets (a vault locked since, keyring's null backend) sends it to the 0600 file beside the
data instead, said in the log; a reading takes the furthest of the two. Where no keyring works
the anchors live in that file alone (weaker, and said so). Several workstations on one
PostgreSQL queue each keep their own anchor: each guards the part of the log it has seen. An
anchor only moves forward; writing it never fails a committed change.
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

from portdesk import os_keyring

log = logging.getLogger(__name__)
SERVICE = "PortDesk"
FILE_NAME = "audit-anchors.json"


@dataclass(frozen=True, slots=True)
class Anchor:
    seq: int
    hash: str
    seal: str = ""  # the anchor's own seal (Sealer.anchor_seal); "" from an older PortDesk


@dataclass(frozen=True, slots=True)
class AnchorReading:
    """What the book holds for one database, and where it looked. `damaged`: an item is there
    but is no anchor (changed outside PortDesk)."""

    anchor: Anchor | None
    where: str
    damaged: bool = False


class AnchorBook(Protocol):
    @property
    def where(self) -> str: ...

    def read(self, database_id: str) -> AnchorReading: ...

    def advance(self, database_id: str, anchor: Anchor) -> None: ...


def _parse(data: object) -> Anchor | None:
    try:
        assert isinstance(data, dict)
        seal = data.get("seal", "")
        return Anchor(int(data["seq"]), str(data["hash"]), seal if isinstance(seal, str) else "")
    except (AssertionError, ValueError, KeyError, TypeError):
        return None


def _load(raw: str | None) -> object:
    try:
        return json.loads(raw or "null")
    except ValueError:
        return "damaged"


def _dump(anchor: Anchor) -> dict[str, object]:
    return {"seq": anchor.seq, "hash": anchor.hash, "seal": anchor.seal}


def _further(a: AnchorReading, b: AnchorReading) -> AnchorReading:
    """Of two readings, the one that demands more of the log (damage is never hidden)."""
    if b.anchor is not None and (a.anchor is None or b.anchor.seq > a.anchor.seq):
        return AnchorReading(b.anchor, b.where, a.damaged or b.damaged)
    return AnchorReading(a.anchor, a.where, a.damaged or b.damaged)


class FileAnchors:
    """Anchors in a 0600 JSON file, replaced atomically."""

    def __init__(self, path: Path, why: str = "no keyring available") -> None:
        self.path = path
        self.where = f"the file {path} ({why})"
        self._lock = threading.Lock()

    def _all(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            return {"": "damaged"}  # the whole file is unreadable: every database's anchor is
        return data if isinstance(data, dict) else {"": "damaged"}

    def read(self, database_id: str) -> AnchorReading:
        book = self._all()
        raw = book.get(database_id, book.get(""))
        anchor = _parse(raw)
        return AnchorReading(anchor, self.where, raw is not None and anchor is None)

    def advance(self, database_id: str, anchor: Anchor) -> None:
        with self._lock:
            book = self._all()
            if book.pop("", None) is not None:
                log.warning("the audit anchor file %s was unreadable (changed outside "
                            "PortDesk?); it is written anew", self.path)
            current = _parse(book.get(database_id))
            if current is not None and current.seq >= anchor.seq:
                return
            book[database_id] = _dump(anchor)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(book, fh)
                os.replace(tmp, self.path)
            except OSError:
                log.warning("the audit anchor could not be written to %s", self.path)


class KeyringAnchors:
    """Anchors in the OS keyring, kept only once read back; else in the fallback file."""

    def __init__(self, fallback: FileAnchors) -> None:
        self.fallback = fallback

    @property
    def where(self) -> str:
        return os_keyring.where()  # a headless desk's keyring is a file: said so

    @staticmethod
    def _name(database_id: str) -> str:
        return f"audit-anchor:{database_id}"

    def _ring(self, database_id: str) -> AnchorReading:
        raw = os_keyring.read(SERVICE, self._name(database_id))
        anchor = _parse(_load(raw))
        return AnchorReading(anchor, self.where, raw is not None and anchor is None)

    def read(self, database_id: str) -> AnchorReading:
        with os_keyring.LOCK:
            return _further(self._ring(database_id), self.fallback.read(database_id))

    def advance(self, database_id: str, anchor: Anchor) -> None:
        with os_keyring.LOCK:
            reading = self.read(database_id)
            if reading.anchor is not None and reading.anchor.seq >= anchor.seq:
                return
            if reading.damaged:
                log.warning("the audit anchor in %s was unreadable (changed outside PortDesk?); "
                            "it is written anew", reading.where)
            if os_keyring.keep(SERVICE, self._name(database_id), json.dumps(_dump(anchor))):
                return
            log.warning("the keyring did not keep the audit anchor (entry %d); it is kept in %s "
                        "instead", anchor.seq, self.fallback.path)
            self.fallback.advance(database_id, anchor)


@dataclass(frozen=True, slots=True)
class AnchorVerdict:
    """What `audit verify` may rest on: the anchor to hold the log against (None when there is
    none to trust), the anchor's own problem, and a note on what the tail was checked against."""

    anchor: Anchor | None
    problem: str = ""
    note: str = ""


def judge(reading: AnchorReading, seal_of: Callable[[int, str], str]) -> AnchorVerdict:
    """An anchor whose seal does not match, or an item that is no anchor, was changed outside
    PortDesk: said, and not held against the log (its claims are the forger's)."""
    head_only = "the log's tail was checked against its sealed head only"
    anchor = reading.anchor
    if anchor is not None and anchor.seal and anchor.seal != seal_of(anchor.seq, anchor.hash):
        return AnchorVerdict(None, f"this workstation's anchor in {reading.where} was changed "
                             f"outside PortDesk (it names entry {anchor.seq} and its seal does "
                             f"not match); {head_only}")
    damaged = f"this workstation's anchor in {reading.where} is unreadable: it was changed " \
        "outside PortDesk"
    if anchor is None:
        return AnchorVerdict(None, f"{damaged}; {head_only}" if reading.damaged else "",
                             f"no anchor for this queue on this workstation (looked in "
                             f"{reading.where}); {head_only}")
    return AnchorVerdict(anchor, damaged if reading.damaged else "",
                         f"checked against this workstation's anchor (entry {anchor.seq}, in "
                         f"{reading.where})")


def open_anchors(key_dir: Path, keyring_works: bool) -> AnchorBook:
    """Beside the secrets key: the keyring when it holds the key, else a file in the same place."""
    if keyring_works:
        return KeyringAnchors(FileAnchors(key_dir / FILE_NAME, os_keyring.not_kept()))
    return FileAnchors(key_dir / FILE_NAME)


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

    def read(self, database_id: str) -> AnchorReading:
        return self._open().read(database_id)

    def advance(self, database_id: str, anchor: Anchor) -> None:
        self._open().advance(database_id, anchor)


class MemoryAnchors:
    """Anchors held in memory: for tools and tests that bring their own."""

    where = "memory"

    def __init__(self) -> None:
        self.book: dict[str, Anchor] = {}

    def read(self, database_id: str) -> AnchorReading:
        return AnchorReading(self.book.get(database_id), self.where)

    def advance(self, database_id: str, anchor: Anchor) -> None:
        current = self.book.get(database_id)
        if current is None or current.seq < anchor.seq:
            self.book[database_id] = anchor
