"""Secrets at rest: the one key behind PINs, documents, the audit chain and its checkpoints.

The key lives in the OS keyring. Where no keyring works (a headless box), it lives in a key file with
0600 permissions beside the data, and PortDesk says so once in the log and `portdesk doctor`-style
messages: that is weaker than a keyring and the user should know.

Everything that needs a key gets it from the SecretBox, derived from that one key (HKDF, one label
per purpose). PINs are Fernet tokens (text columns); documents are sealed with AES-GCM (bytes, no
base64 overhead); comments and check notes with AES-GCM too (text columns, base64); audit
entries are sealed with HMAC-SHA256; checkpoints are signed with Ed25519.

A team's queue has a key of its own (store/team_key: wrapped with the team passphrase in the
database, kept per database in each desk's keyring by `portdesk team join`). The box is bound to
its database when the store opens: it then uses that database's key, and refuses to encrypt,
decrypt or seal with any other (a desk that never joined, or whose copy predates a rotation).
A queue without a team key records the public id of the key it was first sealed with
(store/key_record); a desk whose keyring comes back empty, or holds another key, is refused in one
line before its first write, seal or secret ("restore that key, or `portdesk team join`"; the desk
checks as it opens) and makes no key of its own: only a queue with nothing sealed yet may have its
key made here. Reading the queue needs no key, so it still works.
A rotation starts a new key from one audit entry number on; entries before it stay sealed with
the key of their time, kept (encrypted with the current key) in the team record, so the whole
chain still verifies.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import threading
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from portdesk.logs import remember_secret
from portdesk.store import keystore
from portdesk.store.key_epochs import (
    Epoch,
    SecretsUnavailable,
    TeamKeyInfo,
    decode_epochs,
    encode_epochs,
)
from portdesk.store.key_record import KeyRecord

log = logging.getLogger(__name__)
SERVICE = "PortDesk"
KEY_NAME = "secrets-key"
SEALED = b"PDS1"  # a sealed document starts with this, then a 12-byte nonce
SEALED_TEXT = "PDT1."  # a sealed note (comment, check reason): this, then base64 of nonce + text
__all__ = ["Epoch", "SecretBox", "SecretsUnavailable", "TeamKeyInfo", "encode_epochs",
           "key_id_of"]


KEYRING_LOCK = threading.Lock()  # one keyring call at a time in this process (anchors too)


def _keyring_get(create: bool) -> bytes | None:
    with KEYRING_LOCK:
        return _keyring_get_locked(create)


def _keyring_get_locked(create: bool) -> bytes | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            stored = keyring.get_password(SERVICE, KEY_NAME)
            if stored:
                return stored.encode()
            if not create:
                return None
            key = Fernet.generate_key()
            keyring.set_password(SERVICE, KEY_NAME, key.decode())
            return key
        except KeyringError:
            return None
    except Exception:  # noqa: BLE001 - any backend failure means "no keyring here"
        return None


def _keyfile_get(path: Path, create: bool) -> bytes | None:
    if path.exists():
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, 0o600)
        return path.read_bytes().strip()
    if not create:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key()
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    try:
        os.link(tmp, path)  # atomic, and never over a key another PortDesk just made
    except FileExistsError:
        key = path.read_bytes().strip()
    finally:
        tmp.unlink(missing_ok=True)
    return key


class SecretBox:
    """Encrypts and decrypts small secrets. `where` says where the key is kept, for the user.

    A box from open() fetches its key on first use: the keyring costs a noticeable part of a
    second to load, and read-only commands (`case list`, `case show`) never touch a secret.
    """

    def __init__(self, key: bytes | None, where: str, in_keyring: bool = False,
                 key_dir: Path | None = None) -> None:
        self._where = where
        self._in_keyring = in_keyring
        self._key_dir = key_dir
        self._keys: _Keys | None = _Keys(key) if key is not None else None
        self._explicit = key is not None
        self._database_id = ""
        self._team: TeamKeyInfo | None = None
        self._epochs: list[Epoch] | None = None
        self._record = KeyRecord()

    @classmethod
    def open(cls, key_dir: Path) -> SecretBox:
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

    def _load(self) -> _Keys:
        if self._keys is None:
            found = keystore.load(self._key_dir, self._database_id) \
                if self._team is not None and self._database_id else None
            if found is not None:
                key, self._where, self._in_keyring = found
            else:
                key = self._machine_key(create=self._team is not None
                                        or not self._record.binding)
            keys = _Keys(key)
            if self._team is None and not self._recognises(keys):
                self.refuse(self._record, keys)  # never kept: a stranger's key seals nothing
            self._keys = keys
        return self._keys

    def _machine_key(self, create: bool) -> bytes:
        """This machine's key; made only for a queue that has none yet (see key_record)."""
        assert self._key_dir is not None
        key = _keyring_get(create)
        if key is not None:
            self._where, self._in_keyring = "the system keyring", True
            return key
        path = self._key_dir / "secrets.key"
        found = _keyfile_get(path, create)
        if found is None:
            raise SecretsUnavailable(self._refusal(f"this desk has none (nothing in the system "
                                                   f"keyring or {path})"))
        log.warning("no system keyring available: the secrets key is kept in %s "
                    "(mode 0600)", path)
        self._where = f"the key file {path} (no keyring available)"
        return found

    def _recognises(self, keys: _Keys) -> bool:
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

    def refuse(self, record: KeyRecord, keys: _Keys | None = None) -> None:
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

    def _usable(self) -> _Keys:
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

    def fernet(self) -> Fernet:
        return self._usable().fernet

    def switch(self, key: bytes, team: TeamKeyInfo) -> None:
        """Use `key` from now on (a rotation, or a desk that just joined the team)."""
        self._keys, self._team, self._epochs = _Keys(key), team, None
        self._record = KeyRecord(team.key_id, True, None)

    def state(self) -> tuple[_Keys | None, TeamKeyInfo | None]:
        return self._keys, self._team

    def restore(self, state: tuple[_Keys | None, TeamKeyInfo | None]) -> None:
        """Undo a switch whose transaction did not commit."""
        self._keys, self._team = state
        self._epochs = None

    def sealing_key_material(self) -> tuple[bytes, str]:
        """The audit key and checkpoint public key in use, for the epoch a rotation closes."""
        keys = self._usable()
        return keys.audit_key, self.checkpoint_key()

    @property
    def where(self) -> str:
        self._load()
        return self._where

    @property
    def in_keyring(self) -> bool:
        self._load()
        return self._in_keyring

    def encrypt(self, value: str) -> str | None:
        if not value:
            return None
        remember_secret(value)
        return self._usable().fernet.encrypt(value.encode()).decode()

    def decrypt(self, token: str | None) -> str:
        if not token:
            return ""
        try:
            value = self._usable().fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            raise SecretsUnavailable(
                f"a stored PIN cannot be decrypted with the key in {self.where}; "
                "the key was changed or lost" + self._team_hint()
            ) from None
        remember_secret(value)
        return value

    # -- documents ------------------------------------------------------------------------------
    def seal(self, content: bytes) -> bytes:
        """A document as it is kept in the database: unreadable without the key, tamper-evident."""
        nonce = os.urandom(12)
        return SEALED + nonce + self._usable().documents.encrypt(nonce, content, SEALED)

    def unseal(self, sealed: bytes) -> bytes:
        if not sealed.startswith(SEALED):
            raise SecretsUnavailable("a stored document is not sealed as PortDesk seals them")
        nonce, body = sealed[4:16], sealed[16:]
        try:
            return self._usable().documents.decrypt(nonce, body, SEALED)
        except InvalidTag:
            raise SecretsUnavailable(
                f"a stored document cannot be opened with the key in {self.where}; "
                "the key was changed or lost, or the document was altered" + self._team_hint()
            ) from None

    # -- notes --------------------------------------------------------------------------------
    def seal_text(self, text: str, purpose: bytes) -> str:
        """A note as it is kept in a text column (a comment, a check's reason): unreadable
        without the key. `purpose` is bound in, so a comment's seal never opens as another
        kind of note. Unlike a PIN, the text is not remembered for the log scrubber."""
        nonce = os.urandom(12)
        body = self._usable().notes.encrypt(nonce, text.encode("utf-8"), purpose)
        return SEALED_TEXT + base64.urlsafe_b64encode(nonce + body).decode("ascii")

    def open_text(self, sealed: str, purpose: bytes) -> str:
        if not sealed.startswith(SEALED_TEXT):
            raise SecretsUnavailable("a stored note is not sealed as PortDesk seals them")
        try:
            raw = base64.urlsafe_b64decode(sealed[len(SEALED_TEXT):])
            return self._usable().notes.decrypt(raw[:12], raw[12:], purpose).decode("utf-8")
        except (InvalidTag, ValueError):
            raise SecretsUnavailable(
                f"a stored comment or note cannot be opened with the key in {self.where}; "
                "the key was changed or lost, or the note was altered" + self._team_hint()
            ) from None

    # -- audit ----------------------------------------------------------------------------------
    def audit_seal(self, message: bytes, seq: int | None = None) -> str:
        """The keyed hash of one audit entry: nobody without the key can recompute the chain.
        `seq` picks the key of the entry's time (a rotation keeps older entries verifiable)."""
        key = self._usable().audit_key
        team = self._team
        if seq is not None and team is not None and seq < team.from_seq:
            key = self._epoch_for(seq).audit_key
        return hmac.new(key, message, hashlib.sha256).hexdigest()

    def sign_checkpoint(self, message: bytes) -> str:
        return self._usable().signer.sign(message).hex()

    def checkpoint_key(self) -> str:
        """The public half, written into checkpoints so an auditor can tell which key signed."""
        raw = self._usable().signer.public_key().public_bytes(serialization.Encoding.Raw,
                                                        serialization.PublicFormat.Raw)
        return raw.hex()

    def checkpoint_keys(self) -> set[str]:
        """This database's checkpoint keys, the current one and those before rotations."""
        return {self.checkpoint_key(), *(e.checkpoint_public for e in self.epochs())}

    def epochs(self) -> list[Epoch]:
        """Earlier keys' audit parts, oldest first (empty before the first rotation)."""
        if self._epochs is None:
            team = self._team
            self._epochs = decode_epochs(self._usable().fernet, team.epochs) \
                if team is not None and team.epochs else []
        return self._epochs

    def _epoch_for(self, seq: int) -> Epoch:
        older = [e for e in self.epochs() if e.from_seq <= seq]
        if not older:
            raise SecretsUnavailable(f"no key is recorded for audit entry {seq}")
        return older[-1]


def checkpoint_signature_ok(public_key: str, message: bytes, signature: str) -> bool:
    """Check a checkpoint's signature with the public key it names (no secret needed)."""
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key))
        key.verify(bytes.fromhex(signature), message)
    except (ValueError, InvalidSignature):
        return False
    return True


class _Keys:
    """Every key PortDesk uses, derived from the one secrets key (one HKDF label per purpose)."""

    def __init__(self, key: bytes) -> None:
        self.raw = key
        self.fernet = Fernet(key)
        master = base64.urlsafe_b64decode(key)
        self.documents = AESGCM(_derive(master, b"portdesk documents v1"))
        self.notes = AESGCM(_derive(master, b"portdesk notes v1"))
        self.audit_key = _derive(master, b"portdesk audit chain v1")
        self.signer = Ed25519PrivateKey.from_private_bytes(
            _derive(master, b"portdesk audit checkpoint v1"))
        self.key_id = _derive(master, b"portdesk key id v1")[:8].hex()


def key_id_of(key: bytes) -> str:
    return _Keys(key).key_id


def _derive(master: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(master)
