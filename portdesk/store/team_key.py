"""The team key in the database: wrapped with the team passphrase, rotated in one transaction.

`portdesk team init` wraps the key the first desk already uses (its PINs, documents and audit
seals stay as they are) with a passphrase: scrypt (n=2^15, r=8) derives a key-encryption key,
AES-GCM wraps the secrets key, bound to its key id. A joining desk unwraps it with the passphrase
and keeps it in its keyring; nobody copies a key file. A wrong passphrase fails the AES-GCM tag:
nothing is written.

A rotation, in one transaction under the queue's write lock: a new key; every PIN decrypted and
encrypted again, every sealed document opened and sealed again; each case whose PIN ciphertext
changed gets its audit entry (the entry covers the row as stored); the old key's audit key and
checkpoint key go into the record (encrypted with the new key) with the entry number from which
the new key seals, so older entries still verify. Before any audited write commits, the guard
compares the key this desk seals with against the record: a desk with a stale key (another desk
rotated) is refused in one line, its transaction rolled back, instead of sealing with a key
nobody else will verify with.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session, sessionmaker

from portdesk.domain.errors import PortDeskError
from portdesk.store import audit, key_record
from portdesk.store.documents import COMMENT, NOTE
from portdesk.store.schema import CaseRow, CommentRow, DocumentRow, VerificationRow
from portdesk.store.secrets import (
    Epoch,
    SecretBox,
    SecretsUnavailable,
    TeamKeyInfo,
    encode_epochs,
    key_id_of,
)
from portdesk.store.team_schema import TeamKeyRow, aware

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSPHRASE = 12
_BATCH = 1000
_AAD = b"portdesk team key v1|"


class WrongPassphrase(PortDeskError):
    pass


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PortDeskError(f"the team passphrase must be at least {MIN_PASSPHRASE} characters; "
                            "a few unrelated words make a good one")


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # the CLI's reads need none

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def wrap(key: bytes, passphrase: str) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(
        nonce, key, _AAD + key_id_of(key).encode())
    return json.dumps({"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                       "salt": _b64(salt), "nonce": _b64(nonce), "key": _b64(sealed)})


def unwrap(wrapped: str, passphrase: str, key_id: str) -> bytes:
    """The key, if `passphrase` is the team's; WrongPassphrase otherwise (nothing learnt)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        data = json.loads(wrapped)
        kek = _kek(passphrase, base64.b64decode(data["salt"]), int(data["n"]), int(data["r"]),
                   int(data["p"]))
        key = AESGCM(kek).decrypt(base64.b64decode(data["nonce"]),
                                  base64.b64decode(data["key"]), _AAD + key_id.encode())
    except InvalidTag:
        raise WrongPassphrase("wrong team passphrase; nothing was changed") from None
    except (ValueError, KeyError, TypeError):
        raise PortDeskError("the team key record in this database is damaged; the desk that "
                            "ran `portdesk team init` can run it again") from None
    return key


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def record(session: Session) -> TeamKeyRow | None:
    return session.get(TeamKeyRow, 1)


def info_of(row: TeamKeyRow | None) -> TeamKeyInfo | None:
    if row is None:
        return None
    rotated = ""
    if row.rotated_at is not None:
        rotated = f"by {row.rotated_by} on {aware(row.rotated_at):%Y-%m-%d %H:%M} UTC"
    return TeamKeyInfo(row.generation, row.key_id, row.from_seq, row.epochs or "", rotated)


def team_info(session: Session) -> TeamKeyInfo | None:
    return info_of(record(session))


def guard(sessions: sessionmaker[Session], box: SecretBox) -> None:
    """Before an audited write commits: the key it seals with must be the team's current one."""

    def check(session: Session) -> None:
        if not (session.info.get(audit.PENDING) or session.info.get(audit.TOUCHED)):
            return
        current = session.scalar(select(TeamKeyRow.generation).where(TeamKeyRow.id == 1))
        known = box.team
        if current is None or (known is not None and known.generation == current):
            return
        box.bind_team(team_info(session))  # rotated elsewhere: this desk's key must follow
        box.key_id_checked()  # raises the one-line "run portdesk team join" when it cannot

    event.listen(sessions, "before_commit", check)


def create(session: Session, box: SecretBox, passphrase: str, actor: str) -> TeamKeyRow:
    key = box.current_key()
    row = TeamKeyRow(id=1, generation=1, key_id=key_id_of(key), wrapped=wrap(key, passphrase),
                     from_seq=0, epochs="", created_at=datetime.now(UTC), created_by=actor,
                     rotated_at=None, rotated_by="")
    session.add(row)
    return row


@dataclass(frozen=True, slots=True)
class Rotated:
    generation: int
    pins: int
    documents: int


def rotate(session: Session, box: SecretBox, row: TeamKeyRow, new_key: bytes,
           passphrase: str, actor: str) -> Rotated:
    """Everything under the new key, in the caller's transaction; `box` switches to the new
    key before the commit seals this transaction's audit entries (restore it on failure)."""
    fresh = SecretBox(new_key, "the new team key")
    pins = _reencrypt_pins(session, box, fresh)
    documents = _reseal_documents(session, box, fresh)
    _reseal_notes(session, box, fresh)
    seq_end, _, _ = audit._chain_end(session)
    audit_key, public = box.sealing_key_material()
    epochs = [*box.epochs(), Epoch(row.generation, row.from_seq, audit_key, public)]
    row.generation += 1
    row.key_id = key_id_of(new_key)
    row.wrapped = wrap(new_key, passphrase)
    row.from_seq = seq_end + 1
    row.epochs = encode_epochs(fresh.fernet(), epochs)
    row.rotated_at, row.rotated_by = datetime.now(UTC), actor
    key_record.write(session, row.key_id)  # a desk holding the old key is refused on open
    session.flush()
    info = info_of(row)
    assert info is not None
    box.switch(new_key, info)
    return Rotated(row.generation, pins, documents)


def _reencrypt_pins(session: Session, old: SecretBox, new: SecretBox) -> int:
    rows = session.execute(select(CaseRow.id, CaseRow.pin_encrypted)
                           .where(CaseRow.pin_encrypted.is_not(None))).all()
    for start in range(0, len(rows), _BATCH):  # one round trip per batch, not per case
        batch = rows[start:start + _BATCH]
        session.execute(update(CaseRow), [{"id": case_id,
                                           "pin_encrypted": new.encrypt(old.decrypt(token))}
                                          for case_id, token in batch])
        for case_id, _token in batch:
            audit.touch(session, case_id, ("pin_encrypted",))
    return len(rows)


def _reseal_documents(session: Session, old: SecretBox, new: SecretBox) -> int:
    ids = session.scalars(select(DocumentRow.id).where(DocumentRow.sealed.is_(True))).all()
    for doc_id in ids:
        content = session.scalar(select(DocumentRow.content).where(DocumentRow.id == doc_id))
        assert content is not None
        session.execute(update(DocumentRow).where(DocumentRow.id == doc_id)
                        .values(content=new.seal(old.unseal(bytes(content))))
                        .execution_options(synchronize_session=False))
    return len(ids)


def _reseal_notes(session: Session, old: SecretBox, new: SecretBox) -> None:
    """Comments and check notes under the new key (their cases' audit state moves with them)."""
    for model, column, purpose in ((CommentRow, CommentRow.body, COMMENT),
                                   (VerificationRow, VerificationRow.note, NOTE)):
        rows = session.execute(select(model.id, model.case_id, column).where(
            model.sealed.is_(True), column != "")).all()
        for start in range(0, len(rows), _BATCH):
            batch = rows[start:start + _BATCH]
            session.execute(update(model), [
                {"id": row_id, column.key: new.seal_text(old.open_text(text, purpose), purpose)}
                for row_id, _case_id, text in batch])
            for _row_id, case_id, _text in batch:
                audit.touch(session, case_id, (model.__tablename__,))


__all__ = ["Rotated", "SecretsUnavailable", "WrongPassphrase", "check_passphrase", "create",
           "guard", "record", "rotate", "team_info", "unwrap", "wrap"]
