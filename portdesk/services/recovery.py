"""The seal on the desk's recovery journal (unsaved edits, the PIN possibly among them).

The desk writes the journal; only this seal touches the store's secrets box on its behalf. The box
also seals the audit chain and signs checkpoints, so the desk never holds it: it gets a seal that
can do exactly what the journal needs, encrypt and decrypt its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from portdesk.store.secrets import SecretBox
    from portdesk.store.store import Store


class JournalSeal:
    """Encrypts and decrypts the journal's text with the store's key, and nothing else."""

    __slots__ = ("_box",)

    def __init__(self, store: Store) -> None:
        self._box: SecretBox = store.box

    def encrypt(self, value: str) -> str | None:
        return self._box.encrypt(value)

    def decrypt(self, token: str | None) -> str:
        return self._box.decrypt(token)

    def __repr__(self) -> str:  # never the key, even in a log line
        return "JournalSeal()"
