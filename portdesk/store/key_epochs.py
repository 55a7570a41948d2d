"""A team key's history: the keys of earlier generations, kept so older audit entries verify.

A rotation gives the queue a new key from one audit entry number on (`from_seq`); the entries
before it stay sealed with the key of their time. The record keeps, per earlier generation, only
what verifying needs (its audit key and its checkpoint public key), encrypted with the current
key, so a desk holding the current key can check the whole chain.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from portdesk.domain.errors import PortDeskError

if TYPE_CHECKING:  # imported where used: reading the queue needs no cryptography
    from cryptography.fernet import Fernet


class SecretsUnavailable(PortDeskError):
    pass


@dataclass(frozen=True, slots=True)
class TeamKeyInfo:
    """What the database says of its team key (store/team_key reads it)."""

    generation: int
    key_id: str
    from_seq: int  # the first audit entry sealed with this key; older ones: `epochs`
    epochs: str  # earlier keys' audit parts, a Fernet token under this key ("" before a rotation)
    rotated: str = ""  # who rotated it and when, for the message a stale desk shows


@dataclass(frozen=True, slots=True)
class Epoch:
    generation: int
    from_seq: int
    audit_key: bytes
    checkpoint_public: str


def encode_epochs(fernet: Fernet, epochs: list[Epoch]) -> str:
    body = json.dumps([{"generation": e.generation, "from_seq": e.from_seq,
                        "audit_key": base64.b64encode(e.audit_key).decode(),
                        "checkpoint_public": e.checkpoint_public} for e in epochs])
    return fernet.encrypt(body.encode()).decode()


def decode_epochs(fernet: Fernet, token: str) -> list[Epoch]:
    from cryptography.fernet import InvalidToken

    try:
        raw = json.loads(fernet.decrypt(token.encode()))
    except (InvalidToken, ValueError):
        raise SecretsUnavailable("the team record's earlier keys cannot be read with the "
                                 "current key; the record was altered") from None
    return sorted((Epoch(int(e["generation"]), int(e["from_seq"]),
                         base64.b64decode(e["audit_key"]), str(e["checkpoint_public"]))
                   for e in raw), key=lambda e: e.from_seq)
