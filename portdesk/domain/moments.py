"""A stored moment as a specialist reads it: always in one named zone.

Moments are stored in UTC (SQLite hands them back without a zone). Conflict messages showed them
in the workstation's zone without saying so, and one of them read the stored UTC time as if it
were local ("Ana at 09:53" for 14:53 New York time): here a moment without a zone is UTC, it is
shown in the zone given (None: this workstation's, daylight saving included), and the zone is
always named ("Dec 05 09:53 EST").
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo


def in_zone(at: datetime, zone: tzinfo | None = None) -> datetime:
    """The moment in `zone` (None: this workstation's); a moment without a zone is UTC."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return aware.astimezone(zone)


def shown_time(at: datetime, zone: tzinfo | None = None, with_day: bool = False) -> str:
    """'09:53 EST', or with the day 'Dec 05 09:53 EST'."""
    local = in_zone(at, zone)
    name = local.tzname() or local.strftime("%z")
    return local.strftime("%b %d %H:%M " if with_day else "%H:%M ") + name
