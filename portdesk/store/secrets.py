"""Secrets at rest: the one key behind PINs, documents, the audit chain and its checkpoints.

The key lives in the OS keyring. Where no keyring works (a headless box), it lives in a key file with
0600 permissions beside the data, and PortDesk says so once in the log and `portdesk doctor`-style
messages: that is weaker than a keyring and the user should know.

Everything that needs a key gets it from the SecretBox, derived from that one key (HKDF, one label
per purpose), so turning the key into a team key wrapped with a passphrase changes this file only.
PINs are Fernet tokens (text columns); documents are sealed with AES-GCM (bytes, no base64
overhead); audit entries are sealed with HMAC-SHA256; checkpoints are signed with Ed25519.
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

from portdesk.domain.errors import PortDeskError
from portdesk.logs import remember_secret

log = logging.getLogger(__name__)
SERVICE = "PortDesk"
KEY_NAME = "secrets-key"
SEALED = b"PDS1"  # a sealed document starts with this, then a 12-byte nonce


class SecretsUnavailable(PortDeskError):
    pass


KEYRING_LOCK = threading.Lock()  # one keyring call at a time in this process (anchors too)


def _keyring_get_or_create() -> bytes | None:
    with KEYRING_LOCK:
        return _keyring_get_or_create_locked()


def _keyring_get_or_create_locked() -> bytes | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            stored = keyring.get_password(SERVICE, KEY_NAME)
            if stored:
                return stored.encode()
            key = Fernet.generate_key()
            keyring.set_password(SERVICE, KEY_NAME, key.decode())
            return key
        except KeyringError:
            return None
    except Exception:  # noqa: BLE001 - any backend failure means "no keyring here"
        return None


def _keyfile_get_or_create(path: Path) -> bytes:
    if path.exists():
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, 0o600)
        return path.read_bytes().strip()
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

    @classmethod
    def open(cls, key_dir: Path) -> SecretBox:
        return cls(None, "", key_dir=key_dir)

    def _load(self) -> _Keys:
        if self._keys is None:
            assert self._key_dir is not None
            key = _keyring_get_or_create()
            if key is not None:
                self._where, self._in_keyring = "the system keyring", True
            else:
                path = self._key_dir / "secrets.key"
                log.warning("no system keyring available: the secrets key is kept in %s "
                            "(mode 0600)", path)
                key = _keyfile_get_or_create(path)
                self._where = f"the key file {path} (no keyring available)"
            self._keys = _Keys(key)
        return self._keys

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
        return self._load().fernet.encrypt(value.encode()).decode()

    def decrypt(self, token: str | None) -> str:
        if not token:
            return ""
        try:
            value = self._load().fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            raise SecretsUnavailable(
                f"a stored PIN cannot be decrypted with the key in {self.where}; "
                "the key was changed or lost"
            ) from None
        remember_secret(value)
        return value

    # -- documents ------------------------------------------------------------------------------
    def seal(self, content: bytes) -> bytes:
        """A document as it is kept in the database: unreadable without the key, tamper-evident."""
        nonce = os.urandom(12)
        return SEALED + nonce + self._load().documents.encrypt(nonce, content, SEALED)

    def unseal(self, sealed: bytes) -> bytes:
        if not sealed.startswith(SEALED):
            raise SecretsUnavailable("a stored document is not sealed as PortDesk seals them")
        nonce, body = sealed[4:16], sealed[16:]
        try:
            return self._load().documents.decrypt(nonce, body, SEALED)
        except InvalidTag:
            raise SecretsUnavailable(
                f"a stored document cannot be opened with the key in {self.where}; "
                "the key was changed or lost, or the document was altered"
            ) from None

    # -- audit ----------------------------------------------------------------------------------
    def audit_seal(self, message: bytes) -> str:
        """The keyed hash of one audit entry: nobody without the key can recompute the chain."""
        return hmac.new(self._load().audit_key, message, hashlib.sha256).hexdigest()

    def sign_checkpoint(self, message: bytes) -> str:
        return self._load().signer.sign(message).hex()

    def checkpoint_key(self) -> str:
        """The public half, written into checkpoints so an auditor can tell which key signed."""
        raw = self._load().signer.public_key().public_bytes(serialization.Encoding.Raw,
                                                     serialization.PublicFormat.Raw)
        return raw.hex()


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
        self.fernet = Fernet(key)
        master = base64.urlsafe_b64decode(key)
        self.documents = AESGCM(_derive(master, b"portdesk documents v1"))
        self.audit_key = _derive(master, b"portdesk audit chain v1")
        self.signer = Ed25519PrivateKey.from_private_bytes(
            _derive(master, b"portdesk audit checkpoint v1"))


def _derive(master: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(master)
