"""Secrets at rest: PINs (and API keys) encrypted with Fernet.

The key lives in the OS keyring. Where no keyring works (a headless box), it lives in a key file with
0600 permissions beside the data, and PortDesk says so once in the log and `portdesk doctor`-style
messages: that is weaker than a keyring and the user should know.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from portdesk.domain.errors import PortDeskError

if TYPE_CHECKING:
    from cryptography.fernet import Fernet

log = logging.getLogger(__name__)
SERVICE = "PortDesk"
KEY_NAME = "secrets-key"


class SecretsUnavailable(PortDeskError):
    pass


def _fernet(key: bytes) -> Fernet:
    from cryptography.fernet import Fernet

    return Fernet(key)


def _new_key() -> bytes:
    from cryptography.fernet import Fernet

    return Fernet.generate_key()


def _keyring_get_or_create() -> bytes | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            stored = keyring.get_password(SERVICE, KEY_NAME)
            if stored:
                return stored.encode()
            key = _new_key()
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
    key = _new_key()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    return key


class SecretBox:
    """Encrypts and decrypts small secrets. `where` says where the key is kept, for the user.

    A box from open() fetches its key on first use: the keyring costs a noticeable part of a
    second to load, and most commands (`case list`, `audit verify`) never touch a secret.
    """

    def __init__(self, key: bytes | None, where: str, key_dir: Path | None = None) -> None:
        self._fernet = _fernet(key) if key is not None else None
        self._where = where
        self._key_dir = key_dir

    @classmethod
    def open(cls, key_dir: Path) -> SecretBox:
        return cls(None, "", key_dir)

    def _box(self) -> Fernet:
        if self._fernet is None:
            assert self._key_dir is not None
            key = _keyring_get_or_create()
            if key is not None:
                self._where = "the system keyring"
            else:
                path = self._key_dir / "secrets.key"
                log.warning("no system keyring available: the secrets key is kept in %s "
                            "(mode 0600)", path)
                key = _keyfile_get_or_create(path)
                self._where = f"the key file {path} (no keyring available)"
            self._fernet = _fernet(key)
        return self._fernet

    @property
    def where(self) -> str:
        self._box()
        return self._where

    def encrypt(self, value: str) -> str | None:
        if not value:
            return None
        return self._box().encrypt(value.encode()).decode()

    def decrypt(self, token: str | None) -> str:
        if not token:
            return ""
        from cryptography.fernet import InvalidToken

        try:
            return self._box().decrypt(token.encode()).decode()
        except InvalidToken:
            raise SecretsUnavailable(
                f"a stored PIN cannot be decrypted with the key in {self._where}; "
                "the key was changed or lost"
            ) from None
