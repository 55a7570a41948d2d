"""Secrets at rest: the one key behind PINs, documents, the audit chain and its checkpoints.

Everything that needs a key gets it from the SecretBox, derived from that one key (HKDF, one label
per purpose; store/key_material). PINs are Fernet tokens (text columns); documents are sealed with
AES-GCM (bytes, no base64 overhead); comments and check notes with AES-GCM too (text columns,
base64); audit entries are sealed with HMAC-SHA256; checkpoints are signed with Ed25519.

Which key a box uses, where this machine keeps it, and refusing a desk that lacks the queue's key
are store/key_holder (the box's base) and store/key_material; this module is what is done with
the key. A rotation starts a new key from one audit entry number on; entries before it stay sealed
with the key of their time, kept (encrypted with the current key) in the team record, so the whole
chain still verifies.
"""

from __future__ import annotations

import base64
import hmac
import os
from typing import TYPE_CHECKING

from portdesk.logs import remember_secret
from portdesk.store.key_epochs import (
    Epoch,
    SecretsUnavailable,
    TeamKeyInfo,
    decode_epochs,
    encode_epochs,
)
from portdesk.store.key_holder import KeyHolder
from portdesk.store.key_material import KEY_NAME, KEYRING_LOCK, SERVICE, key_id_of

if TYPE_CHECKING:  # cryptography is imported where used: reading the queue needs none
    from cryptography.fernet import Fernet

SEALED = b"PDS1"  # a sealed document starts with this, then a 12-byte nonce
SEALED_TEXT = "PDT1."  # a sealed note (comment, check reason): this, then base64 of nonce + text
__all__ = ["KEYRING_LOCK", "KEY_NAME", "SERVICE", "Epoch", "SecretBox", "SecretsUnavailable",
           "TeamKeyInfo", "checkpoint_signature_ok", "encode_epochs", "key_id_of"]


class SecretBox(KeyHolder):
    """Encrypts and decrypts small secrets, seals documents, notes and the audit chain, signs
    checkpoints; `where` says where the key is kept, for the user."""

    def fernet(self) -> Fernet:
        return self._usable().fernet

    def sealing_key_material(self) -> tuple[bytes, str]:
        """The audit key and checkpoint public key in use, for the epoch a rotation closes."""
        keys = self._usable()
        return keys.audit_key, self.checkpoint_key()

    def encrypt(self, value: str) -> str | None:
        if not value:
            return None
        remember_secret(value)
        return self._usable().fernet.encrypt(value.encode()).decode()

    def decrypt(self, token: str | None) -> str:
        from cryptography.fernet import InvalidToken

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
        from cryptography.exceptions import InvalidTag

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
        from cryptography.exceptions import InvalidTag

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
        return hmac.digest(key, message, "sha256").hex()  # hmac.new's hexdigest, in one C call

    def sign_checkpoint(self, message: bytes) -> str:
        return self._usable().signer.sign(message).hex()

    def checkpoint_key(self) -> str:
        """The public half, written into checkpoints so an auditor can tell which key signed."""
        from cryptography.hazmat.primitives import serialization

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
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key))
        key.verify(bytes.fromhex(signature), message)
    except (ValueError, InvalidSignature):
        return False
    return True
