"""The walk along the audit chain, and its end held against the head, the anchor and a checkpoint.

Entries are walked in the order they were stored. An entry whose seal checks out is genuine (only
the key makes one); the genuine entries must count 1, 2, 3... and each name its predecessor's
seal. Entries failing their seal are matched against the gaps among the genuine ones: filling a gap
they are altered entries, beyond the gaps they are inserted ones; a gap nothing fills is removed
entries; a genuine entry turning up late is reordered. The tail is checked against the head row in
the database, the anchor outside it and, when given, a signed checkpoint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from portdesk.store.anchors import Anchor
from portdesk.store.audit import GENESIS, Sealer, legacy_digest
from portdesk.store.audit_findings import CheckpointClaim, Finding
from portdesk.store.schema import AuditHeadRow

# an audit_log row as the walk reads it: a plain row with the table's column names (reading the
# ORM's EntryRow objects cost a third of a 100,000-entry walk)
EntryRow = Any


@dataclass
class _Latest:
    seq: int
    entry_id: int
    ref: str
    state: str


def _span(seqs: list[int]) -> str:
    return str(seqs[0]) if len(seqs) == 1 else f"{seqs[0]}-{seqs[-1]}"


@dataclass
class ChainWalk:
    sealer: Sealer
    findings: list[Finding] = field(default_factory=list)
    prev_seq: int = 0
    prev_hash: str = GENESIS
    genuine: int = 0
    legacy: int = 0
    legacy_head: str = GENESIS
    keyed: bool = False
    bad: list[EntryRow] = field(default_factory=list)
    missing: dict[int, int | None] = field(default_factory=dict)  # seq -> id of the entry after
    latest: dict[int, _Latest] = field(default_factory=dict)
    seals: dict[int, str] = field(default_factory=dict)  # seq -> seal, for the seqs watched
    watched: set[int] = field(default_factory=set)
    end_seen: int = 0  # the highest entry number stored, sealed or not

    def feed(self, row: EntryRow) -> None:
        seq = int(row.seq or 0)
        if seq > self.end_seen:
            self.end_seen = seq
        if row.scheme == 1:
            self._legacy(row)
            return
        self.keyed = True
        seal = self.sealer.seal(seq, row.prev_hash, row.at, row.actor, row.case_id,
                                row.case_reference, row.action, row.changes or {}, row.state)
        if row.seq is None or seal != row.hash:
            self.bad.append(row)
            return
        if seq <= self.prev_seq:
            self._late(row, seq)
            return
        self._settle(seq, row.id)
        if not self.genuine and self.legacy:
            self._sealed_legacy(row)
        if seq == self.prev_seq + 1 and row.prev_hash != self.prev_hash:
            self.findings.append(Finding(
                "inserted", f"entry {seq} (id {row.id}) does not follow entry {self.prev_seq}: "
                "it was copied in from another copy of the log", row.id, row.case_reference))
        self.prev_seq, self.prev_hash = seq, row.hash
        self.genuine += 1
        if seq in self.watched:
            self.seals[seq] = row.hash
        if row.case_id is not None and row.state:
            self.latest[row.case_id] = _Latest(seq, row.id, row.case_reference, row.state)

    def _legacy(self, row: EntryRow) -> None:
        if self.keyed:
            self.findings.append(Finding(
                "inserted", f"entry id {row.id} was inserted: an unsealed entry after the log was "
                "sealed with the key", row.id, row.case_reference))
            return
        expected = legacy_digest(self.legacy_head, row.at, row.actor, row.case_id,
                                 row.case_reference, row.action, dict(row.changes or {}))
        if row.prev_hash != self.legacy_head:
            self.findings.append(Finding(
                "removed", f"entry {row.id} (before the key) does not follow the entry before "
                "it: an entry was removed or inserted", row.id, row.case_reference))
        elif expected != row.hash:
            self.findings.append(Finding(
                "altered", f"entry {row.id} (before the key) was altered after it was written",
                row.id, row.case_reference))
        self.legacy += 1
        self.legacy_head = row.hash
        self.prev_seq, self.prev_hash = int(row.seq or row.id), row.hash

    def _sealed_legacy(self, row: EntryRow) -> None:
        """The first sealed entry records the entries from before the key: they must not move."""
        changes = dict(row.changes or {})
        if row.action != "audit.keyed" or changes.get("legacy_head") != self.legacy_head or \
                changes.get("legacy_entries") != self.legacy:
            self.findings.append(Finding(
                "altered", "entries from before the key were changed after the log was sealed "
                f"(entry {row.seq} records {changes.get('legacy_entries')} of them)", row.id))
        elif changes.get("legacy_problem"):
            self.findings.append(Finding(
                "legacy", f"the log was already broken when it was sealed: "
                f"{changes['legacy_problem']}", row.id))

    def _late(self, row: EntryRow, seq: int) -> None:
        if seq in self.missing:
            del self.missing[seq]
            self.findings.append(Finding(
                "reordered", f"entry {seq} (id {row.id}) is out of order: entries were moved",
                row.id, row.case_reference))
        else:
            self.findings.append(Finding(
                "inserted", f"entry {seq} appears again at id {row.id}: a copy was inserted",
                row.id, row.case_reference))

    def _settle(self, seq: int, next_id: int | None, at_end: bool = False) -> None:
        """Pending unsealed entries against the gap before the genuine entry `seq`."""
        gap = set(range(self.prev_seq + 1, seq))
        altered: list[EntryRow] = []
        inserted: list[EntryRow] = []
        for r in self.bad:  # one unsealed entry per missing number fills it; any more were added
            if r.seq in gap:
                gap.discard(int(r.seq or 0))
                altered.append(r)
            else:
                inserted.append(r)
        self.bad = []
        if altered:
            seqs = sorted(int(r.seq or 0) for r in altered)
            recomputed = " (the chain after it was recomputed without the key)" \
                if len(seqs) > 1 else ""
            self.findings.append(Finding(
                "altered", f"altered entr{'y' if len(seqs) == 1 else 'ies'} {_span(seqs)} "
                f"(id {altered[0].id}, {altered[0].action}): the seal does not match{recomputed}",
                altered[0].id, altered[0].case_reference))
        for r in inserted:
            self.findings.append(Finding(
                "inserted", f"inserted entry at id {r.id} ({r.action}, claims to be entry "
                f"{r.seq}): it was not written by PortDesk", r.id, r.case_reference))
        if not at_end:  # a gap at the end is a truncated tail: the head and anchors tell
            for s in sorted(gap):
                self.missing[s] = next_id

    def finish(self, known_end: int) -> None:
        """`known_end`: the newest entry the head or an anchor knows of."""
        self._settle(known_end + 1, None, at_end=True)
        if self.missing:
            seqs = sorted(self.missing)
            after = self.missing[seqs[0]]
            self.findings.append(Finding(
                "removed", f"entr{'y' if len(seqs) == 1 else 'ies'} {_span(seqs)} "
                f"{'was' if len(seqs) == 1 else 'were'} removed"
                + (f" (before id {after})" if after else ""), after))


def tail_findings(walk: ChainWalk, head: AuditHeadRow | None, anchor: Anchor | None, sealer: Sealer,
          checkpoint: CheckpointClaim | None, stored_id: str | None) -> list[Finding]:
    out: list[Finding] = []
    last = max(walk.prev_seq, walk.end_seen)
    if head is None:
        if walk.genuine or walk.legacy:
            out.append(Finding("head", "the chain head is missing (deleted outside PortDesk)"))
    elif walk.keyed and head.seal != Sealer(sealer.box, sealer.anchors, stored_id or "") \
            .head_seal(head.last_seq, head.last_hash):
        out.append(Finding("head", "the chain head was replaced: its seal does not match"))
    elif head.last_seq > last:
        out.append(Finding("truncated", f"truncated tail: entries {last + 1}-{head.last_seq} "
                           f"were removed (the chain head records entry {head.last_seq})"))
    elif head.last_seq and walk.seals.get(head.last_seq, head.last_hash) != head.last_hash:
        out.append(Finding("head", f"the chain head does not match entry {head.last_seq}"))
    for what, mark in (("this workstation wrote", anchor),
                       ("the checkpoint of " + (checkpoint.made_at if checkpoint else "") +
                        " vouches for", checkpoint.anchor if checkpoint else None)):
        if mark is None:
            continue
        if mark.seq > last:
            out.append(Finding("truncated", f"truncated tail: {what} entry {mark.seq}, the log "
                               f"now ends at entry {last}"))
        elif mark.seq in walk.seals and walk.seals[mark.seq] != mark.hash:
            out.append(Finding("rewritten", f"entry {mark.seq} is not the one {what}: the log "
                               "was rewritten"))
    if checkpoint is not None and checkpoint.database_id != (stored_id or ""):
        out.append(Finding("checkpoint", "the checkpoint was made for another database"))
    return out


