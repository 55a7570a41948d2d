"""`audit verify`: what kind of break, and where.

The chain is walked (store/audit_chain.py: altered, inserted, removed, reordered entries; its end
against the head row, the anchor outside the database and a checkpoint), then every case and
document is held against the log (store/audit_cases.py). The findings and the verdict are plain
records (store/audit_findings.py).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from portdesk.domain.words import counted, verb
from portdesk.store.anchors import Anchor, AnchorVerdict, judge
from portdesk.store.audit import Sealer, database_id
from portdesk.store.audit_cases import OLDER_DESK, case_findings, document_findings
from portdesk.store.audit_chain import ChainWalk, tail_findings
from portdesk.store.audit_findings import ChainReport, CheckpointClaim, Finding
from portdesk.store.schema import AuditHeadRow, AuditRow, CaseRow


def verify(sessions: sessionmaker[Session], sealer: Sealer,
           checkpoint: CheckpointClaim | None = None) -> ChainReport:
    findings: list[Finding] = []
    with sessions() as session:
        stored_id = database_id(session)
        head = session.get(AuditHeadRow, 1)
        case_count = int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)
        head_seq = head.last_seq if head is not None else 0
    own = Sealer(sealer.box, sealer.anchors, stored_id or "")
    head_sealed = head is not None and head.seal == own.head_seal(head.last_seq, head.last_hash)
    walk = ChainWalk(own)
    held = judge(sealer.anchors.read(stored_id), own.anchor_seal) if stored_id else \
        AnchorVerdict(None)
    anchor = held.anchor
    walk.watched = {a.seq for a in (anchor, checkpoint.anchor if checkpoint else None) if a}
    walk.watched.add(head_seq)
    _walk(sessions, walk)
    walk.finish(max(a.seq for a in (anchor, checkpoint.anchor if checkpoint else None,
                                     Anchor(head_seq if head_sealed else 0, "")) if a))
    findings += walk.findings
    entries = walk.genuine + walk.legacy
    if stored_id is None and (entries or case_count):
        findings.insert(0, Finding("identity", "the database's identity (sync_state "
                                   "database.id) was removed: no entry can be checked"))
    if not entries and case_count:
        findings.append(Finding("wiped", f"the audit log is empty but {counted(case_count, 'case')} "
                                f"{verb(case_count, 'exists', 'exist')}: it was wiped"))
    if held.problem:
        findings.append(Finding("anchor", held.problem))
    findings += tail_findings(walk, head, anchor, sealer, checkpoint, stored_id)
    cases = case_findings(sessions, walk)
    notes = tuple(f.message for f in cases if f.kind == OLDER_DESK)  # said, not a break
    findings += [f for f in cases if f.kind != OLDER_DESK]
    findings += document_findings(sessions, sealer)
    first = next((f.entry_id for f in findings if f.entry_id is not None), None)
    return ChainReport(not findings, entries, first, findings[0].message if findings else "",
                       tuple(findings), case_count, held.note if entries else "", notes)


def _walk(sessions: sessionmaker[Session], walk: ChainWalk, batch: int = 5000) -> None:
    last_id = 0
    while True:
        with sessions() as session:  # plain rows: the walk needs no ORM objects
            table = AuditRow.__table__
            rows = session.execute(select(table).where(table.c.id > last_id)
                                   .order_by(table.c.id).limit(batch)).all()
        if not rows:
            return
        for row in rows:
            walk.feed(row)
        last_id = rows[-1].id


