"""What an audit entry vouches for: a digest of its case as it stands after the change.

A hash chain alone proves the entries were not edited; it says nothing about the case rows beside
them. So each entry about a case also carries digests of that case as committed, one per part: its
row (the columns a person or the platform changes, the PIN's ciphertext and the version included),
its numbers, its status history, its comments, its documents (name, size, SHA-256 of the plain
file) and its verifications. `audit verify` recomputes them: a part edited outside PortDesk no
longer matches the newest entry of its case, and the message names the part.

Left out on purpose: sync bookkeeping (sync_state, sync_error, sync_outcome, conflict), which the sync engine
updates on its own, and columns derived from the covered ones (search text, milestones, counts,
updated_at). Digests are read back from the database as committed (typed values, normalised), so
the writer and the verifier compute them from the same values; a bulk import computes the state of
the cases it inserts from the values it inserted.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
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

UNCOVERED = frozenset({"sync_state", "sync_error", "sync_outcome", "conflict", "search_text",
                       "next_milestone", "customer_wait",
                       "next_due", "number_count", "updated_at", "status_changed_at"})
# Columns a person changes that came after entries were already vouching for cases: covered
# only when they hold a value other than the one the migration gave every case, so a case's row
# digest written before the column existed still matches it (audit verify would otherwise call
# every older case edited outside PortDesk). Column -> the value the migration gave.
LATER: dict[str, Any] = {"port_texts": False}
COVERED = tuple(c.name for c in CaseRow.__table__.columns
                if c.name not in UNCOVERED and c.name not in LATER)
CHUNK = 1000
WIDTH = 24  # hex digits per part (96 bits)
# part -> (table, the columns that make the part, their order within the case)
_SPECS = {
    "numbers": (NumberRow, ("position", "e164", "kind", "country", "status", "rejection_code"),
                ("position", "id")),
    "history": (StatusChangeRow, ("from_status", "to_status", "platform_status", "actor", "at",
                                  "reason"), ("id",)),
    "comments": (CommentRow, ("author", "at", "body", "source"), ("id",)),
    "documents": (DocumentRow, ("kind", "filename", "sha256", "size", "signed_at"), ("id",)),
    "verifications": (VerificationRow, ("field", "verdict", "method", "note", "actor", "at"),
                      ("id",)),
}
_ROWS = CaseRow.__table__.c
_PARTS = {part: (model.__table__.c, values, order)
          for part, (model, values, order) in _SPECS.items()}
PARTS = ("row", *_PARTS)
_AS_IS = frozenset({str, int, float, bool, dict, list})


def _plain(value: Any) -> Any:
    if value is None or type(value) in _AS_IS:
        return value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


# json.dumps(items, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":")),
# with one encoder made once (dumps makes one per call)
_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str,
                            separators=(",", ":"))


def _digest(items: Any) -> str:
    return hashlib.sha256(_ENCODER.encode(items).encode("utf-8")).hexdigest()[:WIDTH]


def _plain_row(values: Iterable[Any]) -> list[Any]:
    """_plain of each value; the common types (text, numbers, None) without a call each."""
    return [v if v is None or type(v) in _AS_IS else _plain(v) for v in values]


_EMPTY = _digest([])


def _with_later(row: list[Any], later: Sequence[Any]) -> list[Any]:
    """The row's covered values, then [name, value] of each LATER column not at its default."""
    return row + [[name, _plain(value)] for (name, default), value in zip(
        LATER.items(), later, strict=True) if value is not None and value != default]


def rows_without_later(session: Session, case_ids: Sequence[int]
                       ) -> dict[int, tuple[str, dict[str, Any]]]:
    """Each case's row digest as a PortDesk that knows no LATER column computes it, and the
    LATER columns the case holds at other than their default (audit_cases: a case written by an
    older PortDesk during an upgrade)."""
    out: dict[int, tuple[str, dict[str, Any]]] = {}
    for r in session.execute(select(*(_ROWS[n] for n in (*COVERED, *LATER))).where(
            _ROWS.id.in_(list(case_ids)))).all():
        later = {name: _plain(value) for (name, default), value in zip(
            LATER.items(), r[len(COVERED):], strict=True)
            if value is not None and value != default}
        out[r[0]] = (_digest(_plain_row(r[:len(COVERED)])), later)
    return out


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
    wanted = set(ids)
    lo, hi = ids[0], ids[-1]
    dense = hi - lo < 2 * len(ids)  # an import's cases: a range is far cheaper than IN (...)

    def among(col: Any) -> Any:
        return col.between(lo, hi) if dense else col.in_(ids)

    rows = {r[0]: _with_later(_plain_row(r[:len(COVERED)]), r[len(COVERED):])
            for r in session.execute(select(*(_ROWS[n] for n in (*COVERED, *LATER))).where(
                among(_ROWS.id))).all() if r[0] in wanted}
    digests = {cid: [_digest(row)] for cid, row in rows.items()}
    for source, values, order in _PARTS.values():
        found: dict[int, list[list[Any]]] = {}
        stmt = select(source.case_id, *(source[v] for v in values)).where(
            among(source.case_id)).order_by(source.case_id, *(source[o] for o in order))
        for row in session.execute(stmt).all():  # fetchall: a call per row cost a tenth
            if row[0] in wanted:
                found.setdefault(row[0], []).append(_plain_row(row[1:]))
        for cid, parts in digests.items():
            mine = found.get(cid)
            parts.append(_digest(mine) if mine else _EMPTY)
    return {cid: ".".join(parts) for cid, parts in digests.items()}


def new_case_state(row: Mapping[str, Any], numbers: Sequence[Mapping[str, Any]],
                   history: Sequence[Mapping[str, Any]]) -> str:
    """The state of a case just inserted, from the values inserted (a bulk import need not read
    100,000 cases back); equal to what case_states reads (the import tests verify it)."""
    def part(items: Sequence[Mapping[str, Any]], name: str) -> str:
        values = _SPECS[name][1]
        return _digest([[_plain(i[v]) for v in values] for i in items]) if items else _EMPTY

    own = _with_later([_plain(row[n]) for n in COVERED], [row.get(n, d) for n, d in LATER.items()])
    return ".".join([_digest(own), part(numbers, "numbers"),
                     part(history, "history"), _EMPTY, _EMPTY, _EMPTY])
