"""Simulated time for the sandbox, and the US business-day calendar its carriers keep.

Carrier timelines are counted in business days, which nobody wants to wait for in a demo. The clock
runs `speed` simulated days per real second (`--speed 1`: a day passes every second, a typical
15-business-day port completes in about 21 seconds because weekends and holidays pass too), or stands
still at speed 0 and moves only when told (`advance`), which is what tests use so they never sleep.
The calendar is the sandbox's own: it plays the carriers, a system apart from PortDesk.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

import holidays

DAY_SECONDS = 86_400.0


class SandboxClock:
    """Simulated now = start + real elapsed x speed days/second + manual advances."""

    def __init__(self, start: datetime | None = None, speed: float = 0.0,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        if speed < 0:
            raise ValueError("speed cannot be negative")
        self._start = (start or datetime.now(UTC)).astimezone(UTC)
        self._speed = speed
        self._monotonic = monotonic
        self._real_start = monotonic()
        self._offset = timedelta(0)
        self._last_stamp = self._start - timedelta(microseconds=1)
        self._lock = threading.Lock()

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> datetime:
        elapsed = (self._monotonic() - self._real_start) * self._speed * DAY_SECONDS
        return self._start + self._offset + timedelta(seconds=elapsed)

    def desk_seconds(self) -> float:
        """Seconds of the client's own time: real elapsed, unscaled, plus manual advances.

        `--speed` compresses the carriers' days, not a desk's work between two requests: a
        deadline the platform gives the client itself (link an upload within 30 minutes) runs
        on this, so a fast sandbox does not delete an upload before its link arrives."""
        return self._monotonic() - self._real_start + self._offset.total_seconds()

    def advance(self, delta: timedelta) -> datetime:
        if delta < timedelta(0):
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._offset += delta
        return self.now()

    def stamp(self) -> datetime:
        """A strictly increasing time for records: event cursors rely on a total order."""
        with self._lock:
            now = self.now()
            if now <= self._last_stamp:
                now = self._last_stamp + timedelta(microseconds=1)
            self._last_stamp = now
            return now

    def restore_stamp(self, last: datetime) -> None:
        """After a restart on a persisted state, stamps continue after the last one written."""
        with self._lock:
            if last > self._last_stamp:
                self._last_stamp = last
            if last > self.now():
                self._offset += last - self.now()


def iso(moment: datetime) -> str:
    """The wire format of every timestamp: UTC, microseconds, 'Z'."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@lru_cache(maxsize=32)
def _holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("US", years=year).keys())


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_business_days(start: datetime, count: int) -> datetime:
    """The same time of day `count` business days later; count 0 rolls forward to a business day."""
    moment = start
    while not is_business_day(moment.date()):
        moment += timedelta(days=1)
    left = count
    while left > 0:
        moment += timedelta(days=1)
        if is_business_day(moment.date()):
            left -= 1
    return moment
