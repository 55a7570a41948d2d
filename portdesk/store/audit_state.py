"""What an audit entry vouches for: a digest of its case as it stands after the change.

A hash chain alone proves the entries were not edited; it says nothing about the case rows beside
them. So each entry about a case also carries digests of that case as committed, one per part: its
row (the columns a person or the platform changes, the PIN's ciphertext and the version included),
its numbers, its status history, its comments, its documents (name, size, SHA-256 of the plain
file) and its verifications. `audit verify` recomputes them: a part edited outside PortDesk no
longer matches the newest entry of its case, and the message names the part.

Left out on purpose: sync bookkeeping (sync_state, sync_error, conflict), which the sync engine
updates on its own, and columns derived from the covered ones (search text, milestones, counts,
updated_at). Digests are always read back from the database, so the writer and the verifier
compute them from the same values.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from portdesk.store.schema import (
    CaseRow,
    CommentRow,
    DocumentRow,
    NumberRow,
    StatusChangeRow,
    VerificationRow,
)

UNCOVERED = frozenset({"sync_state", "sync_error", "conflict", "search_text", "next_milestone",
                       "next_due", "number_count", "updated_at", "status_changed_at"})
COVERED = tuple(c.name for c in CaseRow.__table__.columns if c.name not in UNCOVERED)
CHUNK = 500
WIDTH = 24  # hex digits per part (96 bits)
# part -> (rows of the case that make it, in a stable order)
_PARTS: dict[str, tuple[Any, tuple[Any, ...], tuple[Any, ...]]] = {
    "numbers": (NumberRow.case_id, (NumberRow.position, NumberRow.e164, NumberRow.kind,
                                    NumberRow.country, NumberRow.status, NumberRow.rejection_code),
                (NumberRow.position, NumberRow.id)),
    "history": (StatusChangeRow.case_id, (StatusChangeRow.from_status, StatusChangeRow.to_status,
                                          StatusChangeRow.platform_status, StatusChangeRow.actor,
                                          StatusChangeRow.at, StatusChangeRow.reason),
                (StatusChangeRow.id,)),
    "comments": (CommentRow.case_id, (CommentRow.author, CommentRow.at, CommentRow.body,
                                      CommentRow.source), (CommentRow.id,)),
    "documents": (DocumentRow.case_id, (DocumentRow.kind, DocumentRow.filename,
                                        DocumentRow.sha256, DocumentRow.size,
                                        DocumentRow.signed_at), (DocumentRow.id,)),
    "verifications": (VerificationRow.case_id, (VerificationRow.field, VerificationRow.verdict,
                                                VerificationRow.method, VerificationRow.note,
                                                VerificationRow.actor, VerificationRow.at),
                      (VerificationRow.id,)),
}
PARTS = ("row", *_PARTS)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _digest(items: Any) -> str:
    text = json.dumps(items, sort_keys=True, ensure_ascii=False, default=str,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:WIDTH]


def split(state: str | None) -> dict[str, str]:
    """The digests of a stored state, by part name (empty for a malformed state)."""
    parts = (state or "").split(".")
    return dict(zip(PARTS, parts, strict=True)) if len(parts) == len(PARTS) else {}


def case_states(session: Session, case_ids: Iterable[int]) -> dict[int, str]:
    """The state of each existing case among `case_ids`, read as committed in this transaction."""
    ids = sorted(set(case_ids))
    out: dict[int, str] = {}
    for start in range(0, len(ids), CHUNK):
        out.update(_chunk_states(session, ids[start:start + CHUNK]))
    return out


def _chunk_states(session: Session, ids: Sequence[int]) -> dict[int, str]:
    columns = [CaseRow.__table__.c[name] for name in COVERED]
    rows = {r.id: [_plain(v) for v in r] for r in session.execute(
        select(*columns).where(CaseRow.id.in_(ids)))}
    digests = {cid: [_digest(row)] for cid, row in rows.items()}
    for owner, values, order in _PARTS.values():
        found: dict[int, list[list[Any]]] = {}
        for row in session.execute(
                select(owner, *values).where(owner.in_(ids)).order_by(owner, *order)):
            found.setdefault(row[0], []).append([_plain(v) for v in row[1:]])
        for cid, parts in digests.items():
            parts.append(_digest(found.get(cid, [])))
    return {cid: ".".join(parts) for cid, parts in digests.items()}
