"""Which secrets key a queue is sealed with: the key's public id, recorded in the database.

Why: a desk makes its secrets key on first use. A desk whose keyring came back empty (a new user
profile, a reinstalled workstation, a second machine pointed at the same queue, a keyring that
failed to unlock) would otherwise make a new key without a word and seal new PINs, documents and
audit entries with it: every PIN and document sealed before is then unreadable there, and the
audit chain looks forged to everyone else. With the record, the desk refuses in one line before
it writes anything, and says what to do.

The record is the key id (`SecretBox.key_id`: 8 bytes derived from the key by HKDF under a label
of its own; it reveals nothing of the key), written in the transaction that first seals an audit
entry (every write that stores a PIN or a document seals one), and moved by a team key rotation.
A database sealed before the record existed is recognised by its sealed audit head instead (a
keyed hash only the right key reproduces); the record is then written at its next sealed write.
A fresh database (nothing sealed, no record) lets the desk make its key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import event, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from portdesk.store.schema import AuditHeadRow, CaseRow, DocumentRow, SyncStateRow

RECORD = "secrets.key_id"
_DUE = "secrets.key_id.due"


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """What the database says of the key it is sealed with (read when the store opens)."""

    key_id: str = ""  # "" before the first seal, or a database sealed before the record existed
    sealed: bool = False  # it holds a sealed audit head, an encrypted PIN or a sealed document
    head: tuple[int, str, str] | None = None  # the audit head (seq, last hash, seal) to check

    @property
    def binding(self) -> bool:
        """Whether this database already has a key that a desk must have (not make)."""
        return bool(self.key_id) or self.sealed


def read(session: Session) -> KeyRecord:
    recorded = session.get(SyncStateRow, RECORD)
    head_row = session.get(AuditHeadRow, 1)
    head = (head_row.last_seq, head_row.last_hash, head_row.seal) \
        if head_row is not None and head_row.seal else None
    key_id = recorded.value if recorded is not None else ""
    if key_id or head is not None:
        return KeyRecord(key_id, True, head)
    # An older database: anything encrypted at all? (empty on a fresh one, so both are quick)
    sealed = session.scalar(select(CaseRow.id).where(CaseRow.pin_encrypted.is_not(None))
                            .limit(1)) is not None or session.scalar(
        select(DocumentRow.id).where(DocumentRow.sealed.is_(True)).limit(1)) is not None
    return KeyRecord("", sealed, None)


def write(session: Session, key_id: str) -> None:
    """Record (or, after a rotation, move) the key id, in the caller's transaction."""
    moved = session.execute(update(SyncStateRow).where(SyncStateRow.key == RECORD)
                            .values(value=key_id).execution_options(synchronize_session=False))
    if not moved.rowcount:  # type: ignore[attr-defined]
        session.execute(insert(SyncStateRow).values(key=RECORD, value=key_id))


def remember(sessions: sessionmaker[Session], box: _Box) -> None:
    """Record the key id in the first transaction that seals an audit entry (once per store)."""
    from portdesk.store.audit import SEALED

    def before(session: Session) -> None:
        due = box.fingerprint_due()
        if due is None or SEALED not in session.info:
            return
        found = session.scalar(select(SyncStateRow.value).where(SyncStateRow.key == RECORD))
        if found is None:
            write(session, due)
        elif found != due:  # another desk sealed this new queue first, with another key
            box.refuse(KeyRecord(found, True))
        session.info[_DUE] = due

    def after(session: Session) -> None:
        due = session.info.pop(_DUE, None)
        if due is not None:
            box.fingerprint_recorded(due)

    event.listen(sessions, "before_commit", before)
    event.listen(sessions, "after_commit", after)
    event.listen(sessions, "after_rollback", lambda s: s.info.pop(_DUE, None))


class _Box(Protocol):
    """The part of SecretBox the record needs."""

    def fingerprint_due(self) -> str | None: ...

    def fingerprint_recorded(self, key_id: str) -> None: ...

    def refuse(self, record: KeyRecord) -> None: ...
