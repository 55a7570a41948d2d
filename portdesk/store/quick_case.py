"""One case, its status history or its audit trail, read with sqlite3 alone: `portdesk case show`
and `audit show` answer without importing SQLAlchemy (store/quick_sqlite.py says when a file may
be read so; anything else is None and the caller opens the Store).

The case is made by the Store's own `case_from_record` from the same columns, so both readers
give the same case (a test compares them over a queue). What it never does is open the PIN:
that needs the secrets key, so a case holding one carries it masked (domain.case.mask_secret);
`case show --include-secrets` opens the Store.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from types import SimpleNamespace
from typing import TypeVar

from portdesk.domain.case import PortCase, mask_secret
from portdesk.domain.lifecycle import Status, StatusChange
from portdesk.store.audit_entry import AuditEntry
from portdesk.store.case_record import case_from_record, stored_reference
from portdesk.store.quick_sqlite import settled_file

# how the Store's column types are written in an SQLite file (schema.CaseRow)
_JSON = ("service_address", "billing_address", "remaining_numbers", "platform_refs",
         "sync_outcome")
_DATES = ("requested_date", "foc_date")
_TIMES = ("created_at", "updated_at", "submitted_at")
T = TypeVar("T")


def quick_case(url: str, reference: str) -> tuple[PortCase, list[StatusChange]] | None:
    """The case (PIN masked) and its status history, oldest first; None: ask the Store."""
    def read(conn: sqlite3.Connection, case: PortCase) -> list[StatusChange]:
        return [StatusChange(Status(r[0]) if r[0] else None, Status(r[1]), r[2], _time(r[3]),
                             r[4], r[5]) for r in conn.execute(
            "SELECT from_status, to_status, actor, at, reason, platform_status "
            "FROM status_changes WHERE case_id = ? ORDER BY id", (case.id,))]
    return _with_case(url, reference, read)


def quick_trail(url: str, reference: str) -> tuple[PortCase, list[AuditEntry]] | None:
    """The case (PIN masked) and its audit entries, oldest first; None: ask the Store."""
    def read(conn: sqlite3.Connection, case: PortCase) -> list[AuditEntry]:
        return [AuditEntry(r[0], _time(r[1]), r[2], r[3], r[4], r[5],
                           dict(json.loads(r[6]) or {}) if r[6] else {}) for r in conn.execute(
            "SELECT id, at, actor, case_id, case_reference, action, changes FROM audit_log "
            "WHERE case_id = ? ORDER BY id", (case.id,))]
    return _with_case(url, reference, read)


def _with_case(url: str, reference: str, read: Callable[[sqlite3.Connection, PortCase], T],
               ) -> tuple[PortCase, T] | None:
    with settled_file(url) as conn:
        if conn is None:
            return None
        try:
            case = _case(conn, stored_reference(reference))
            return (case, read(conn, case)) if case is not None else None
        except (sqlite3.Error, ValueError, TypeError, KeyError):
            return None  # damaged or strange: the Store says what is wrong


def _case(conn: sqlite3.Connection, reference: str) -> PortCase | None:
    """None also when there is no such case: the Store says so in its own words."""
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM cases WHERE reference = ?", (reference,)).fetchone()
    if row is None:
        return None
    values = dict(row)
    for name in _JSON:
        values[name] = json.loads(values[name]) if values[name] else None
    for name in _DATES:
        values[name] = date.fromisoformat(values[name]) if values[name] else None
    for name in _TIMES:
        values[name] = _time(values[name]) if values[name] else None
    values["numbers"] = [SimpleNamespace(**dict(n)) for n in conn.execute(
        "SELECT e164, kind, status, rejection_code, country FROM case_numbers "
        "WHERE case_id = ? ORDER BY position, id", (values["id"],))]
    conn.row_factory = None
    pin = mask_secret("sealed") if values["pin_encrypted"] else ""
    return case_from_record(SimpleNamespace(**values), pin)


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)
