"""Append-only audit log: a keyed chain whose entries vouch for the state of their case.

Writers call `append` (or `touch`, for a change that has no entry of its own) inside their
transaction; nothing is written then. When the transaction commits, `seal_pending` writes the
entries in one go, each with its number in the chain (seq), the previous entry's seal, the digest
of its case as committed (audit_state) and a seal: HMAC-SHA256 with a key from the secrets box
over all of that and the database's identity. Without the key nobody can recompute the chain;
the commit holds the write lock (engine), so the chain never forks. A case changed by a writer that
wrote no entry for it still gets one ("case.updated"), so the newest entry of every case covers
what the case holds. After the commit the newest seal is anchored outside the database (anchors).
Entries written before the key existed (scheme 1) keep their unkeyed hashes; `upgrade` seals them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from portdesk.store.anchors import Anchor, AnchorBook
from portdesk.store.audit_entry import AuditEntry as AuditEntry  # its readers' name
from portdesk.store.audit_state import case_states
from portdesk.store.schema import AuditHeadRow, AuditRow, CaseRow, SyncStateRow
from portdesk.store.secrets import SecretBox

if TYPE_CHECKING:
    from portdesk.store.audit_findings import ChainReport, CheckpointClaim

GENESIS = "0" * 64
SECRET_FIELDS = frozenset({"pin", "pin_encrypted", "api_key"})
MASK = "****"
PENDING, TOUCHED, SEALED = "audit.pending", "audit.touched", "audit.sealed"
SYSTEM_ACTOR = "portdesk"
DATABASE_ID = "database.id"  # made by migration 0004; the sync sends it too (sync_refs)


@dataclass(slots=True)
class _Pending:
    at: datetime
    actor: str
    case_id: int | None
    ref: str
    action: str
    changes: dict[str, Any]
    state: str | None = None  # known already (a case inserted in bulk); else read at commit


@dataclass
class Sealer:
    """What sealing needs: the key (in the box), the database's identity, where anchors go."""

    box: SecretBox
    anchors: AnchorBook
    database_id: str = ""

    def seal(self, seq: int, prev: str, at: datetime, actor: str, case_id: int | None, ref: str,
             action: str, changes: dict[str, Any], state: str | None) -> str:
        return self.box.audit_seal(entry_body(self.database_id, seq, prev, at, actor, case_id,
                                              ref, action, changes, state), seq)

    def head_seal(self, seq: int, last_hash: str) -> str:
        return self.box.audit_seal(f"head|{self.database_id}|{seq}|{last_hash}".encode(), seq)

    def anchor_seal(self, seq: int, last_hash: str) -> str:
        """The anchor's own seal: an anchor changed outside PortDesk is told from a changed log."""
        return self.box.audit_seal(f"anchor|{self.database_id}|{seq}|{last_hash}".encode(), seq)


def mask_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Old and new values of secret fields never enter the log; only that they changed."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key in SECRET_FIELDS:
            out[key] = {"old": MASK, "new": MASK} if isinstance(value, dict) else MASK
        else:
            out[key] = value
    return out


def iso(at: datetime) -> str:
    if at.tzinfo is None and at.year >= 1000:  # as stored (UTC, naive): the same text, faster
        return at.isoformat(timespec="microseconds")
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


# json.dumps(body, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":")),
# with one encoder made once: dumps builds a new one per call (a tenth of `audit verify`)
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str,
                              separators=(",", ":"))


def _canonical(body: dict[str, Any]) -> bytes:
    return _CANONICAL.encode(body).encode("utf-8")


def entry_body(database_id: str, seq: int, prev: str, at: datetime, actor: str,
               case_id: int | None, ref: str, action: str, changes: dict[str, Any],
               state: str | None) -> bytes:
    return _canonical({"db": database_id, "seq": seq, "prev": prev, "at": iso(at),
                       "actor": actor, "case_id": case_id, "ref": ref, "action": action,
                       "changes": changes, "state": state})


def legacy_digest(prev_hash: str, at: datetime, actor: str, case_id: int | None, ref: str,
                  action: str, changes: dict[str, Any]) -> str:
    """The unkeyed hash entries had before the key (scheme 1); kept to check those entries."""
    body = _canonical({"prev": prev_hash, "at": iso(at), "actor": actor, "case_id": case_id,
                       "ref": ref, "action": action, "changes": changes})
    return hashlib.sha256(body).hexdigest()


# -- writing: inside the caller's transaction ------------------------------------------------
def append(session: Session, *, actor: str, action: str, changes: dict[str, Any] | None = None,
           case_id: int | None = None, case_reference: str = "", state: str | None = None
           ) -> None:
    """Add one entry to the caller's transaction (written, sealed, when it commits).

    `state`: the case's state when the caller knows it (a case it just inserted); otherwise the
    case is read when the transaction commits."""
    clean = json.loads(json.dumps(mask_changes(changes or {}), default=str))
    session.info.setdefault(PENDING, []).append(
        _Pending(datetime.now(UTC), actor, case_id, case_reference, action, clean, state))
    if case_id is not None and state is None:
        touch(session, case_id)


def append_many(session: Session, *, actor: str,
                entries: list[tuple[int | None, str, str, dict[str, Any]]]) -> None:
    """Append (case_id, reference, action, changes) entries in one go: bulk import, sync."""
    for case_id, ref, action, changes in entries:
        append(session, actor=actor, action=action, changes=changes, case_id=case_id,
               case_reference=ref)


def touch(session: Session, case_id: int, fields: tuple[str, ...] = ()) -> None:
    """This transaction changed the case: its newest entry must cover the state it commits."""
    session.info.setdefault(TOUCHED, {}).setdefault(case_id, set()).update(fields)


def discard_pending(session: Session) -> None:
    for key in (PENDING, TOUCHED, SEALED):
        session.info.pop(key, None)


def seal_pending(session: Session, sealer: Sealer) -> None:
    """Write this transaction's entries, sealed, at the end of the chain (before it commits)."""
    pending: list[_Pending] = session.info.pop(PENDING, [])
    touched: dict[int, set[str]] = session.info.pop(TOUCHED, {})
    if not pending and not touched:
        return
    session.flush()
    states = case_states(session, touched)
    pending += _unrecorded_changes(session, pending, touched, states)
    if not pending:
        return
    seq, prev, last_id = _chain_end(session)
    rows: list[dict[str, Any]] = []
    for p in pending:
        seq += 1
        state = states.get(p.case_id) if p.case_id in touched else p.state
        digest = sealer.seal(seq, prev, p.at, p.actor, p.case_id, p.ref, p.action, p.changes,
                             state)
        rows.append({"at": p.at, "actor": p.actor, "case_id": p.case_id,
                     "case_reference": p.ref, "action": p.action, "changes": p.changes,
                     "prev_hash": prev, "hash": digest, "seq": seq, "state": state,
                     "scheme": 2})
        prev = digest
    # the new rows' ids come back with the insert: the head's last_id (the table's highest id)
    # is the higher of those and the highest before, with no query for max(id) after
    table = AuditRow.__table__
    inserted = session.connection().execute(
        insert(table).returning(table.c.id), rows)  # type: ignore[arg-type]
    last_id = max(last_id, *(int(r[0]) for r in inserted))
    _move_head(session, sealer, seq, prev, last_id)
    session.info[SEALED] = Anchor(seq, prev)


def _unrecorded_changes(session: Session, pending: list[_Pending], touched: dict[int, set[str]],
                        states: dict[int, str]) -> list[_Pending]:
    """An entry for each case changed without one, unless its newest entry already covers it."""
    mentioned = {p.case_id for p in pending}
    quiet = [cid for cid in touched if cid not in mentioned and cid in states]
    if not quiet:
        return []
    latest = latest_states(session, quiet)
    refs = {r.id: r.reference for r in session.execute(
        select(CaseRow.id, CaseRow.reference).where(CaseRow.id.in_(quiet)))}
    now = datetime.now(UTC)
    return [_Pending(now, SYSTEM_ACTOR, cid, refs.get(cid, ""), "case.updated",
                     {"fields": sorted(touched[cid])})
            for cid in quiet if latest.get(cid) != states[cid]]


def latest_states(session: Session, case_ids: list[int]) -> dict[int, str | None]:
    newest = (select(func.max(AuditRow.id)).where(AuditRow.case_id.in_(case_ids),
                                                  AuditRow.state.is_not(None))
              .group_by(AuditRow.case_id))
    return {int(cid or 0): state for cid, state in session.execute(
        select(AuditRow.case_id, AuditRow.state).where(AuditRow.id.in_(newest)))}


def _chain_end(session: Session) -> tuple[int, str, int]:
    """The chain's last (seq, hash) and the table's highest id (that row's id)."""
    last = session.execute(select(AuditRow.seq, AuditRow.id, AuditRow.hash)
                           .order_by(AuditRow.id.desc()).limit(1)).first()
    if last is None:
        return 0, GENESIS, 0
    return int(last.seq if last.seq is not None else last.id), str(last.hash), int(last.id)


def _move_head(session: Session, sealer: Sealer, seq: int, last_hash: str, last_id: int) -> None:
    values = {"last_id": last_id, "last_hash": last_hash, "last_seq": seq,
              "seal": sealer.head_seal(seq, last_hash)}
    moved = session.execute(update(AuditHeadRow).where(AuditHeadRow.id == 1).values(**values)
                            .execution_options(synchronize_session=False))
    if not moved.rowcount:  # type: ignore[attr-defined]
        session.execute(insert(AuditHeadRow).values(id=1, **values))


def anchor_committed(session: Session, sealer: Sealer) -> None:
    """After the commit: the newest seal goes to the anchor book (never fails the change)."""
    anchor = session.info.pop(SEALED, None)
    if anchor is not None and sealer.database_id:
        sealer.anchors.advance(sealer.database_id, Anchor(
            anchor.seq, anchor.hash, sealer.anchor_seal(anchor.seq, anchor.hash)))


def database_id(session: Session) -> str | None:
    row = session.get(SyncStateRow, DATABASE_ID)
    return row.value if row is not None and row.value else None


# -- reading ------------------------------------------------------------------------------------
class AuditLog:
    def __init__(self, sessions: sessionmaker[Session], sealer: Sealer) -> None:
        self._sessions = sessions
        self.sealer = sealer

    def append(self, *, actor: str, action: str, changes: dict[str, Any] | None = None,
               case_id: int | None = None, case_reference: str = "") -> None:
        with self._sessions.begin() as session:
            append(session, actor=actor, action=action, changes=changes, case_id=case_id,
                   case_reference=case_reference)

    def for_case(self, case_id: int) -> list[AuditEntry]:
        with self._sessions() as session:
            rows = session.scalars(
                select(AuditRow).where(AuditRow.case_id == case_id).order_by(AuditRow.id)
            )
            return [_entry(r) for r in rows]

    def iter_all(self, batch: int = 2000) -> Iterator[AuditEntry]:
        last = 0
        while True:
            with self._sessions() as session:
                rows = list(session.scalars(
                    select(AuditRow).where(AuditRow.id > last).order_by(AuditRow.id).limit(batch)
                ))
            if not rows:
                return
            for row in rows:
                yield _entry(row)
            last = rows[-1].id

    def verify(self, checkpoint: CheckpointClaim | None = None) -> ChainReport:
        """Walk the chain, the head, the anchors and every case; see audit_verify."""
        from portdesk.store.audit_verify import verify

        return verify(self._sessions, self.sealer, checkpoint)

    def chain_end(self) -> Anchor:
        """The newest entry's number and seal (what a checkpoint vouches for)."""
        with self._sessions() as session:
            seq, seal, _ = _chain_end(session)
        return Anchor(seq, seal)


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(row.id, row.at, row.actor, row.case_id, row.case_reference, row.action,
                      dict(row.changes or {}))
