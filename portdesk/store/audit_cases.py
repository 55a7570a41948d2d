"""Every case and document held against the audit log: a case's parts against the newest entry
about it (a row, a number or a status change edited outside PortDesk, a case added or deleted
behind its back), and each stored document against the hash recorded when it was attached."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from portdesk.domain.errors import PortDeskError
from portdesk.store.audit import Sealer
from portdesk.store.audit_chain import ChainWalk
from portdesk.store.audit_findings import Finding
from portdesk.store.audit_state import LATER, case_states, rows_without_later, split
from portdesk.store.schema import AuditRow, CaseRow, DocumentRow

PART_LABELS = {"row": "case row", "numbers": "numbers", "history": "status history",
               "comments": "comments", "documents": "documents",
               "verifications": "field verifications"}
# a LATER column's name in a finding or a note (the editor's label)
LATER_LABELS = {"port_texts": "Texts (SMS/MMS)"}
OLDER_DESK = "older_desk"  # a note, not a break: audit_verify keeps it out of the verdict


def case_findings(sessions: sessionmaker[Session], walk: ChainWalk) -> list[Finding]:
    out: list[Finding] = []
    seen: set[int] = set()
    older: list[int] = []
    for ids, refs, states in _all_case_states(sessions):
        for cid in ids:
            seen.add(cid)
            latest = walk.latest.get(cid)
            if latest is None:
                if walk.keyed:
                    out.append(Finding("case_added", f"case {refs[cid]} has no audit entry: it "
                                       "was added outside PortDesk", None, refs[cid]))
                continue
            if states[cid] == latest.state:
                continue  # every part as the entry vouches (the usual case: no split needed)
            now, then = split(states[cid]), split(latest.state)
            differ = [part for part in PART_LABELS if now.get(part) != then.get(part)]
            if differ == ["row"] and LATER:
                older.append(cid)  # maybe written by a PortDesk that knows no LATER column
                continue
            for part in differ:
                out.append(Finding(
                    f"case_{part}", f"case {refs[cid]}: {PART_LABELS[part]} changed outside "
                    f"PortDesk (after entry {latest.seq})", latest.entry_id, refs[cid]))
        out += _older_writers(sessions, walk, older, refs)
        older = []
    for cid, latest in walk.latest.items():
        if cid not in seen:
            out.append(Finding("case_deleted", f"case {latest.ref} (id {cid}) was deleted "
                               "outside PortDesk", latest.entry_id, latest.ref))
    return out


def _older_writers(sessions: sessionmaker[Session], walk: ChainWalk, ids: list[int],
                   refs: dict[int, str]) -> list[Finding]:
    """Cases whose row alone differs from their newest entry. An entry written by a PortDesk
    older than a LATER column (a desk not yet upgraded on a shared queue) vouches for the row
    without it: when that digest matches, the column is held against the value the log last
    recorded for it (an edit, the creation, the sync's read-back; the column's default when
    none), which no older PortDesk can change. Equal: a note ("written by an older PortDesk"),
    not a break. Otherwise, or when even that digest differs, the row was changed outside
    PortDesk, as before. Accepting every such digest would have let anyone with the database
    flip the column on any case an older desk wrote last."""
    if not ids:
        return []
    with sessions() as session:
        bare = rows_without_later(session, ids)
    out: list[Finding] = []
    for cid in ids:
        latest = walk.latest[cid]
        digest, later = bare.get(cid, ("", {}))
        if digest != split(latest.state).get("row") or not later:
            out.append(Finding("case_row", f"case {refs[cid]}: case row changed outside "
                               f"PortDesk (after entry {latest.seq})", latest.entry_id, refs[cid]))
            continue
        recorded = _recorded_later(sessions, cid, latest.entry_id)
        wrong = sorted(n for n, value in later.items() if recorded.get(n, LATER[n]) != value)
        names = ", ".join(LATER_LABELS.get(n, n) for n in sorted(later))
        if wrong:
            out.append(Finding(
                "case_row", f"case {refs[cid]}: {', '.join(LATER_LABELS.get(n, n) for n in wrong)}"
                f" changed outside PortDesk (after entry {latest.seq}, written by an older "
                "PortDesk; the log last recorded another value)", latest.entry_id, refs[cid]))
        else:
            out.append(Finding(
                OLDER_DESK, f"case {refs[cid]}: written by an older PortDesk (entry "
                f"{latest.seq}), which does not know {names}; {names} holds the value the log "
                "last recorded, and the rest of the case is as that entry vouches",
                latest.entry_id, refs[cid]))
    return out


def _recorded_later(sessions: sessionmaker[Session], case_id: int, upto: int) -> dict[str, Any]:
    """The last value the case's entries (up to entry id `upto`) recorded for each LATER
    column: {"old", "new"} in an edit or read-back, a plain value at creation."""
    recorded: dict[str, Any] = {}
    with sessions() as session:
        for (logged,) in session.execute(
                select(AuditRow.changes).where(AuditRow.case_id == case_id, AuditRow.id <= upto)
                .order_by(AuditRow.id)).all():
            changes: dict[str, Any] = logged if isinstance(logged, dict) else {}
            for name in LATER:
                value = changes.get(name)
                if isinstance(value, dict) and "new" in value:
                    recorded[name] = value["new"]
                elif isinstance(value, bool | int | str):
                    recorded[name] = value
    return recorded


def document_findings(sessions: sessionmaker[Session], sealer: Sealer) -> list[Finding]:
    """Each stored document still opens with the key and is the file whose hash was recorded."""
    out: list[Finding] = []
    with sessions() as session:
        docs = session.execute(select(DocumentRow.id, CaseRow.reference).join(
            CaseRow, CaseRow.id == DocumentRow.case_id).order_by(DocumentRow.id)).all()
    for doc_id, ref in docs:
        with sessions() as session:
            row = session.execute(select(DocumentRow.content, DocumentRow.sealed,
                                         DocumentRow.sha256, DocumentRow.filename)
                                  .where(DocumentRow.id == doc_id)).one()
        content = bytes(row.content)
        try:
            plain = sealer.box.unseal(content) if row.sealed else content
        except PortDeskError:
            plain = b""
        if not row.sealed:
            out.append(Finding("document", f"case {ref}: document {row.filename} is stored "
                               "unsealed (readable at rest)", None, ref))
        elif hashlib.sha256(plain).hexdigest() != row.sha256:
            out.append(Finding("document", f"case {ref}: document {row.filename} was replaced "
                               "or damaged (it is not the file that was attached)", None, ref))
    return out


def _all_case_states(sessions: sessionmaker[Session], batch: int = 2000
                     ) -> Iterable[tuple[list[int], dict[int, str], dict[int, str]]]:
    last = 0
    while True:
        with sessions() as session:
            refs = {r.id: r.reference for r in session.execute(
                select(CaseRow.id, CaseRow.reference).where(CaseRow.id > last)
                .order_by(CaseRow.id).limit(batch))}
            if not refs:
                return
            states = case_states(session, refs)
        ids = sorted(refs)
        yield ids, refs, states
        last = ids[-1]


