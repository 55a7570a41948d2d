"""The OS keyring, as every part of PortDesk that keeps a secret there uses it.

A keyring may accept a write and forget it: keyring's null backend does, and so does a locked or
misconfigured vault that drops writes without an error. A secret kept only there is then lost
(a new queue sealed with a key nobody has; a signing key encrypted with a passphrase nobody
has). So a secret counts as kept only once it is read back; otherwise the caller falls back to
its file, and says so. One keyring call at a time in this process (`LOCK`, re-entrant).

Top-level, beside config.py: the store, the LOA signing and the services all keep secrets here,
and none of them may import another.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)
LOCK = threading.RLock()


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
    """Store `secret` and read it back: True only when the keyring really holds it now."""
    with LOCK:
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
