"""One entry of the audit log as its readers see it: the Store (store/audit.py) and the command
line's plain sqlite3 reader (store/quick_case.py) return the same record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    case_id: int | None
    case_reference: str
    action: str
    changes: dict[str, Any]
