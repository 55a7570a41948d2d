"""The audit log as a person asks about it: is it intact (also against a checkpoint kept outside
PortDesk), a signed checkpoint to keep, and one case's trail. The CLI's `portdesk audit ...` and
the desk's audit screens call these; they hand back the store's plain records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from portdesk.domain.case import PortCase
from portdesk.store import checkpoint
from portdesk.store.audit import AuditEntry
from portdesk.store.audit_findings import ChainReport, describe
from portdesk.store.store import Store

__all__ = ["AuditEntry", "ChainReport", "make_checkpoint", "report_json", "trail", "trail_of",
           "verify"]


def verify(store: Store, checkpoint_file: Path | None = None) -> ChainReport:
    """The chain, its head, the anchor outside the database, every case and document; and, when
    given, the checkpoint file (its signature and signer are checked first)."""
    claim = checkpoint.read(checkpoint_file, store.box) if checkpoint_file else None
    return store.audit.verify(claim)


def report_json(report: ChainReport) -> dict[str, Any]:
    return describe(report)


def make_checkpoint(store: Store, path: Path) -> dict[str, Any]:
    """A signed checkpoint of the intact log, written to `path` (a broken log is refused)."""
    body = checkpoint.make(store.box, store.sealer.database_id, store.audit.verify(),
                           store.audit.chain_end())
    checkpoint.write(path, body)
    return body


def trail(store: Store, reference: str) -> tuple[PortCase, list[AuditEntry]]:
    case = store.cases.get_by_reference(reference)
    assert case.id is not None
    return case, store.audit.for_case(case.id)


def trail_of(store: Store, case_id: int) -> tuple[PortCase, list[AuditEntry]]:
    return store.cases.get(case_id), store.audit.for_case(case_id)
