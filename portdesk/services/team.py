"""The team's view of its shared queue: which desks are around, who holds which work, how much
is still owed to the platform and how far the event logs have been read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from portdesk.domain.moments import utc
from portdesk.services.sync_keys import (
    CURSOR_TIME,
    LAST_SYNC,
    LAST_WALK,
    NOT_BEFORE,
    PORTOUT_CURSOR,
)
from portdesk.store.desks import Desk, DeskRegistry
from portdesk.store.leases import Clock, database_clock
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from portdesk.store.team_view import HeldLease, OutboxDepth, held_leases, outbox_depth

SEEN_WINDOW = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class TeamStatus:
    now: datetime
    desks: list[Desk]
    leases: list[HeldLease]
    outbox: OutboxDepth
    portin_cursor: datetime | None
    portout_cursor: datetime | None
    last_sync: datetime | None
    not_before: datetime | None = None  # a Retry-After still running: no desk sends before it
    last_walk: datetime | None = None  # a desk last walked every order (services.sync_walk)


def team_status(store: Store, clock: Clock | None = None,
                window: timedelta = SEEN_WINDOW) -> TeamStatus:
    now = (clock or database_clock(store.engine))()
    repo = SyncRepository(store.sessions, store.box)
    with store.sessions() as session:
        leases, depth = held_leases(session), outbox_depth(session)
    portout = repo.get_json(PORTOUT_CURSOR)
    return TeamStatus(
        now=now, desks=DeskRegistry(store.sessions).desks(since=now - window), leases=leases,
        outbox=depth, portin_cursor=_time(repo.get(CURSOR_TIME)),
        portout_cursor=_time(portout.get("time") if isinstance(portout, dict) else None),
        last_sync=_time(repo.get(LAST_SYNC)),
        not_before=waiting if (waiting := _time(repo.get(NOT_BEFORE))) and waiting > now
        else None,
        last_walk=_time(repo.get(LAST_WALK)))


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def ago(moment: datetime | None, now: datetime) -> str:
    """'12 s ago', '4 min ago', '3 h ago', or the date for older moments."""
    if moment is None:
        return "never"
    seconds = int((now - moment).total_seconds())
    if seconds < 0:
        return f"in {_span(-seconds)}"
    if seconds >= 86_400:  # PostgreSQL answers in the server's zone: said in UTC, as named
        return f"{utc(moment):%Y-%m-%d %H:%M} UTC"
    return f"{_span(seconds)} ago"


def _span(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h"
