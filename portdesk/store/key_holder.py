"""The key behind a queue's secrets: which one this desk uses, and refusing it when it is not the
queue's.

A team's queue has a key of its own (store/team_key: wrapped with the team passphrase in the
database, kept per database in each desk's keyring by `portdesk team join`). The box is bound to
its database when the store opens: it then uses that database's key, and refuses to encrypt,
decrypt or seal with any other (a desk that never joined, or whose copy predates a rotation).
A queue without a team key records the public id of the key it was first sealed with
(store/key_record); a desk whose keyring comes back empty, or holds another key, is refused in one
line before its first write, seal or secret ("restore that key, or `portdesk team join`"; the desk
checks as it opens) and makes no key of its own: only a queue with nothing sealed yet may have its
key made here. Reading the queue needs no key, so it still works.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from pathlib import Path
from typing import Self

from portdesk import os_keyring
from portdesk.store import keystore
from portdesk.store.key_epochs import Epoch, SecretsUnavailable, TeamKeyInfo
from portdesk.store.key_material import Keys, keyfile_get, keyring_get
from portdesk.store.key_record import KeyRecord

log = logging.getLogger(__name__)


class KeyHolder:
    """Which key a box uses for its database, and the refusals when this desk lacks it.

    A box from open() fetches its key on first use: the keyring costs a noticeable part of a
    second to load, and read-only commands (`case list`, `case show`) never touch a secret.
    """

    def __init__(self, key: bytes | None, where: str, in_keyring: bool = False,
                 key_dir: Path | None = None) -> None:
        self._where = where
        self._in_keyring = in_keyring
        self._key_dir = key_dir
        self._keys: Keys | None = Keys(key) if key is not None else None
        self._explicit = key is not None
        self._database_id = ""
        self._team: TeamKeyInfo | None = None
        self._epochs: list[Epoch] | None = None
        self._record = KeyRecord()

    @classmethod
    def open(cls, key_dir: Path) -> Self:
        return cls(None, "", key_dir=key_dir)

    def bind(self, database_id: str, team: TeamKeyInfo | None,
             record: KeyRecord | None = None) -> None:
        """The database this box serves, its team key when it has one, and the key it is sealed
        with (Store does this). A desk without that key is refused when it first needs a key:
        before a write (`check_key`), a seal, or reading a secret; it never makes one."""
        self._database_id, self._team, self._epochs = database_id, team, None
        self._record = record or KeyRecord()
        if team is not None and not self._explicit:
            self._keys = None  # the database's own key, not the machine's
        if team is None and self._keys is not None and not self._recognises(self._keys):
            if self._explicit:
                self.refuse(self._record)
            self._keys = None  # loaded for another queue: load (and check) it again

    def check_key(self) -> None:
        """Before a write: this desk's key must be the queue's (a team's: the current one). Loads
        the key only for a queue already sealed (a queue opened to be read never loads it)."""
        if self._team is not None:
            self._usable()
        elif self._record.binding:
            self._load()

    def _load(self) -> Keys:
        if self._keys is None:
            found = keystore.load(self._key_dir, self._database_id) \
                if self._team is not None and self._database_id else None
            if found is not None:
                key, self._where, self._in_keyring = found
            else:
                key = self._machine_key(create=self._team is not None
                                        or not self._record.binding)
            keys = Keys(key)
            if self._team is None and not self._recognises(keys):
                self.refuse(self._record, keys)  # never kept: a stranger's key seals nothing
            self._keys = keys
        return self._keys

    def _machine_key(self, create: bool) -> bytes:
        """This machine's key; made only for a queue that has none yet (see key_record)."""
        assert self._key_dir is not None
        key = keyring_get(create)
        if key is not None:
            self._where, self._in_keyring = os_keyring.where(), True
            return key
        path = self._key_dir / "secrets.key"
        found = keyfile_get(path, create)
        if found is None:
            raise SecretsUnavailable(self._refusal(f"this desk has none (nothing in "
                                                   f"{os_keyring.where()} or {path})"))
        log.warning("the keyring did not keep the secrets key: it is kept in %s "
                    "(mode 0600)", path)
        self._where = f"the key file {path} ({os_keyring.not_kept()})"
        return found

    def _recognises(self, keys: Keys) -> bool:
        """Whether `keys` are the ones this database was sealed with (by its record, else by
        its sealed audit head; a database with only older PINs or documents cannot say)."""
        record = self._record
        if record.key_id:
            return keys.key_id == record.key_id
        if record.head is not None:
            seq, last_hash, seal = record.head
            body = f"head|{self._database_id}|{seq}|{last_hash}".encode()
            return hmac.compare_digest(
                hmac.new(keys.audit_key, body, hashlib.sha256).hexdigest(), seal)
        return True

    def refuse(self, record: KeyRecord, keys: Keys | None = None) -> None:
        """Raise the one line for a desk whose key is not the one `record` names."""
        keys = keys or self._keys
        mine = f"this desk holds key {keys.key_id} (in {self._where})" if keys is not None \
            else "this desk holds another key"
        raise SecretsUnavailable(self._refusal(mine, record.key_id))

    def _refusal(self, what: str, key_id: str = "") -> str:
        key_id = key_id or self._record.key_id
        named = f"secrets key {key_id}" if key_id else "a secrets key"
        return (f"this queue's PINs, documents and audit log are sealed with {named} and "
                f"{what}: restore that key from a backup, or run `portdesk team init` on a desk "
                "that has it and then `portdesk team join` here; nothing was written")

    def fingerprint_due(self) -> str | None:
        """The key id to record, when this database has none yet and a key is in use."""
        if self._record.key_id or self._keys is None:
            return None
        return self._keys.key_id

    def fingerprint_recorded(self, key_id: str) -> None:
        self._record = KeyRecord(key_id, True, self._record.head)

    def _usable(self) -> Keys:
        """The keys, if they are this database's: never seal or encrypt with a stranger's."""
        keys = self._load()
        team = self._team
        if team is not None and keys.key_id != team.key_id:
            if not self._explicit:  # another PortDesk on this machine may have rotated it
                self._keys = None
                keys = self._load()
            if keys.key_id != team.key_id:
                raise SecretsUnavailable(self._join_message())
        return keys

    def _join_message(self) -> str:
        team = self._team
        assert team is not None
        if keystore.load(self._key_dir, self._database_id) is None and not self._explicit:
            return ("this queue is shared by a team and this desk has not joined it: run "
                    "`portdesk team join` once (it asks for the team passphrase)")
        rotated = f" ({team.rotated})" if team.rotated else ""
        return ("the team key was rotated since this desk joined" + rotated +
                ": run `portdesk team join` with the team's new passphrase")

    def _team_hint(self) -> str:
        return (" (if the team key was rotated, run `portdesk team join`)"
                if self._team is not None else "")

    @property
    def key_id(self) -> str:
        """A public name of the key in use (for telling keys apart; reveals nothing of it)."""
        return self._load().key_id

    @property
    def team(self) -> TeamKeyInfo | None:
        return self._team

    def bind_team(self, team: TeamKeyInfo | None) -> None:
        """The team record changed under this box (another desk made or rotated the key)."""
        self._team, self._epochs = team, None

    def key_id_checked(self) -> str:
        """The key id, once the key is known to be this database's (else the join message)."""
        return self._usable().key_id

    def keep(self, key: bytes) -> str:
        """Keep `key` as this database's key on this desk (keyring, else a 0600 file)."""
        from portdesk.config import data_dir

        return keystore.save(self._key_dir or data_dir(), self._database_id, key)

    def current_key(self) -> bytes:
        """The raw key, for wrapping it with the team passphrase (never shown or logged)."""
        return self._usable().raw

    def switch(self, key: bytes, team: TeamKeyInfo) -> None:
        """Use `key` from now on (a rotation, or a desk that just joined the team)."""
        self._keys, self._team, self._epochs = Keys(key), team, None
        self._record = KeyRecord(team.key_id, True, None)

    def state(self) -> tuple[Keys | None, TeamKeyInfo | None]:
        return self._keys, self._team

    def restore(self, state: tuple[Keys | None, TeamKeyInfo | None]) -> None:
        """Undo a switch whose transaction did not commit."""
        self._keys, self._team = state
        self._epochs = None

    @property
    def where(self) -> str:
        self._load()
        return self._where

    @property
    def in_keyring(self) -> bool:
        self._load()
        return self._in_keyring
