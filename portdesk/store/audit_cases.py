"""Every case and document held against the audit log: a case's parts against the newest entry
about it (a row, a number or a status change edited outside PortDesk, a case added or deleted
behind its back), and each stored document against the hash recorded when it was attached."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from portdesk.domain.errors import PortDeskError
from portdesk.store.audit import Sealer
from portdesk.store.audit_chain import ChainWalk
from portdesk.store.audit_findings import Finding
from portdesk.store.audit_state import case_states, split
from portdesk.store.schema import CaseRow, DocumentRow

PART_LABELS = {"row": "case row", "numbers": "numbers", "history": "status history",
               "comments": "comments", "documents": "documents",
               "verifications": "field verifications"}



def case_findings(sessions: sessionmaker[Session], walk: ChainWalk) -> list[Finding]:
    out: list[Finding] = []
    seen: set[int] = set()
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
            for part, label in PART_LABELS.items():
                if now.get(part) != then.get(part):
                    out.append(Finding(
                        f"case_{part}", f"case {refs[cid]}: {label} changed outside PortDesk "
                        f"(after entry {latest.seq})", latest.entry_id, refs[cid]))
    for cid, latest in walk.latest.items():
        if cid not in seen:
            out.append(Finding("case_deleted", f"case {latest.ref} (id {cid}) was deleted "
                               "outside PortDesk", latest.entry_id, latest.ref))
    return out


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


