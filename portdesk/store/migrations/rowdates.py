"""Reading a date column inside a migration, whatever the dialect returned for it.

SQLite hands back text ("2026-12-06" or "2026-12-06 04:40:00"), PostgreSQL a date or a datetime; a
data migration that works steps out again (0010 port-outs, 0011 transfers) needs the day alone.
"""

from __future__ import annotations

from datetime import date, datetime


def stored_day(value: object) -> date | None:
    """The day of a stored date or timestamp, or None when the column is empty."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10])
    return None
