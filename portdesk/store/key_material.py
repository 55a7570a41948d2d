"""The one secrets key: where this machine keeps it, and every key PortDesk derives from it.

The key lives in the OS keyring. Where no keyring works (a headless box), it lives in a key file
with 0600 permissions beside the data, made atomically so two PortDesks starting together never
make two keys; the box says so in the log (weaker than a keyring, and the user should know).
cryptography is imported when a key is first used: reading the queue needs none (~11 ms of
`portdesk case list`).
From that one key, HKDF derives one key per purpose (`Keys`): PINs (Fernet), documents and notes
(AES-GCM), the audit chain (HMAC), its checkpoints (Ed25519) and the key's public id.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from portdesk import os_keyring

SERVICE = "PortDesk"
KEY_NAME = "secrets-key"
KEYRING_LOCK = os_keyring.LOCK  # one keyring call at a time in this process (anchors too)


def keyring_get(create: bool) -> bytes | None:
    with KEYRING_LOCK:
        stored = os_keyring.read(SERVICE, KEY_NAME)
        if stored:
            return stored.encode()
        if not create:
            return None
        key = _new_key()
        # a backend that accepts and forgets (keyring's null backend, a locked vault that drops
        # writes) would leave every sealed value without its key: only a key read back is kept
        # there; otherwise the caller falls back to the key file
        return key if os_keyring.keep(SERVICE, KEY_NAME, key.decode()) else None


def _new_key() -> bytes:
    from cryptography.fernet import Fernet

    return Fernet.generate_key()


def keyfile_get(path: Path, create: bool) -> bytes | None:
    if path.exists():
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, 0o600)
        return path.read_bytes().strip()
    if not create:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    key = _new_key()
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


class Keys:
    """Every key PortDesk uses, derived from the one secrets key (one HKDF label per purpose)."""

    def __init__(self, key: bytes) -> None:
        from cryptography.fernet import Fernet
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

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
    return Keys(key).key_id


def _derive(master: bytes, label: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(master)
