"""Secrets at rest: PINs (and API keys) encrypted with Fernet.

The key lives in the OS keyring. Where no keyring works (a headless box), it lives in a key file with
0600 permissions beside the data, and PortDesk says so once in the log and `portdesk doctor`-style
messages: that is weaker than a keyring and the user should know.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from portdesk.domain.errors import PortDeskError

log = logging.getLogger(__name__)
SERVICE = "PortDesk"
KEY_NAME = "secrets-key"


class SecretsUnavailable(PortDeskError):
    pass


def _keyring_get_or_create() -> bytes | None:
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
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    return key


class SecretBox:
    """Encrypts and decrypts small secrets. `where` says where the key is kept, for the user."""

    def __init__(self, key: bytes, where: str) -> None:
        self._fernet = Fernet(key)
        self.where = where

    @classmethod
    def open(cls, key_dir: Path) -> SecretBox:
        key = _keyring_get_or_create()
        if key is not None:
            return cls(key, "the system keyring")
        path = key_dir / "secrets.key"
        log.warning("no system keyring available: the secrets key is kept in %s (mode 0600)", path)
        return cls(_keyfile_get_or_create(path), f"the key file {path} (no keyring available)")

    def encrypt(self, value: str) -> str | None:
        if not value:
            return None
        return self._fernet.encrypt(value.encode()).decode()

    def decrypt(self, token: str | None) -> str:
        if not token:
            return ""
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            raise SecretsUnavailable(
                f"a stored PIN cannot be decrypted with the key in {self.where}; "
                "the key was changed or lost"
            ) from None
