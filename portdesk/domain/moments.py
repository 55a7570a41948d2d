"""Moments read back from the queue, made honest before anyone reads them.

SQLite hands back the moments PortDesk wrote in UTC without their zone (naive), PostgreSQL with
one (in the server's zone). Printed as they came, a history line showed the UTC wall clock as if
it were the specialist's (11:55 for a change made at 03:55 in California), `astimezone()` on a
naive value took it for local time (the same mistake, the other way), and JSON carried no offset
on one database and an offset on the other. Every moment shown goes through here: naive means
UTC (the store's convention), and it is shown in this workstation's zone unless a zone is given.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo


def aware(moment: datetime) -> datetime:
    """The same moment with its zone: a naive one is UTC, as the store wrote it."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def local(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """The moment on this workstation's clock (or `zone`'s)."""
    return aware(moment).astimezone(zone)


def utc(moment: datetime) -> datetime:
    return aware(moment).astimezone(UTC)


def shown_time(at: datetime, zone: tzinfo | None = None, with_day: bool = False) -> str:
    """'09:53 EST', or with the day 'Dec 05 09:53 EST': the zone is always named. Conflict
    messages ("who changed it meanwhile", "changed since you looked", "editing since") showed a
    time in the workstation's zone without saying which (and one read the stored UTC as local)."""
    moment = local(at, zone)
    return moment.strftime("%b %d %H:%M " if with_day else "%H:%M ") + (
        moment.tzname() or moment.strftime("%z"))


def shown_stamp(at: datetime, zone: tzinfo | None = None, seconds: bool = False) -> str:
    """'2026-12-05 09:53 EST' (or with seconds): a dated line of a history or an audit trail, on
    this workstation's clock with the zone named, as `shown_time` does for the conflict messages
    (the timeline, the audit trail and `case show` printed a bare wall clock)."""
    moment = local(at, zone)
    return moment.strftime("%Y-%m-%d %H:%M:%S " if seconds else "%Y-%m-%d %H:%M ") + (
        moment.tzname() or moment.strftime("%z"))
