"""When a desk walks every order on its own: the bound on what a late event can cost.

The platform's description promises no moment by which an event is listed, and `/porting_orders`
takes no `updated_at` or status filter, so an event listed later than the window the sync reads
again (sync_pull.LATE_EVENTS) is missed until every order is walked. The walk costs one request
per 250 orders (about 40 for 10,000), so a queue walks at most once per `every`: the moment of
the last walk is kept in the shared store (`sync.last_walk`), measured by the engine's clock (the
database's, for a team), so the desks sharing a queue walk once between them, not once each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

DAILY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class WalkSchedule:
    """How often the sync walks every order without being asked; `every=None`: never (only
    the first pull and `portdesk sync --reconcile` walk)."""

    every: timedelta | None = DAILY

    def due(self, last: datetime | None, now: datetime) -> bool:
        if self.every is None:
            return False
        return last is None or now - last >= self.every

    def next_after(self, last: datetime | None) -> datetime | None:
        if self.every is None or last is None:
            return None
        return last + self.every


NEVER = WalkSchedule(every=None)
