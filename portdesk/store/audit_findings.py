"""What `audit verify` reports: each break found (its kind and place) and the verdict, and the
claim a signed checkpoint makes. Plain records without SQLAlchemy: the desk, the checkpoint file
and the command line hold them; store/audit_verify.py makes them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from portdesk.store.anchors import Anchor


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # altered, inserted, removed, reordered, truncated, head, wiped, identity, ...
    message: str
    entry_id: int | None = None
    case_reference: str = ""


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    problem: str = ""
    findings: tuple[Finding, ...] = ()
    cases: int = 0
    anchor_note: str = ""  # what the log's tail was held against outside the database
    notes: tuple[str, ...] = ()  # true and worth saying, no break (a case an older desk wrote)


@dataclass(frozen=True, slots=True)
class CheckpointClaim:
    """What a checkpoint file asserts (already checked for its signature by the caller)."""

    database_id: str
    anchor: Anchor
    made_at: str


def describe(report: ChainReport) -> dict[str, Any]:
    return {"ok": report.ok, "entries": report.entries, "cases": report.cases,
            "first_bad_id": report.first_bad_id, "problem": report.problem,
            "anchor": report.anchor_note, "notes": list(report.notes),
            "findings": [{"kind": f.kind, "message": f.message, "entry_id": f.entry_id,
                          "case": f.case_reference} for f in report.findings]}
