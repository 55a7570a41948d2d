"""When and how long to wait before trying a request again.

httpx retries only failed connections; the platform also answers 408, 429 and 5xx, and a dropped
connection may come after the request was applied. Those are retried here with exponential backoff
and jitter, honouring Retry-After, but only blindly for requests that are safe to repeat.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

# Answers that mean "not done, try later"; 408 and 429 mean the request was not applied.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
NOT_APPLIED_STATUSES = frozenset({408, 429})
# Failures that happen before the request reaches the platform.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout,
                                                httpx.PoolTimeout)
TRANSPORT_ERRORS: tuple[type[Exception], ...] = (httpx.TransportError,)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """`max_timeouts`: attempts that waited a whole timeout for nothing before a request is given
    up on (a platform that takes the connection and never answers: each such attempt costs the
    full read timeout); `max_total`: seconds one request may spend on its attempts and waits
    together, on the client's monotonic clock, before no further attempt is started. Together
    they bound a silent platform to two timeouts and one backoff (transport.DEFAULT_TIMEOUT)."""

    max_attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 120.0  # a longer wait is reported, not slept through
    max_timeouts: int = 2
    max_total: float = 35.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with equal jitter: half fixed, half random (attempt counts from 1)."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return float(ceiling / 2 + rng.uniform(0, ceiling / 2))


def retry_after_seconds(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Retry-After as seconds (a number or an HTTP date), None when absent or unreadable.

    An HTTP date is counted from the answer's own `Date` (the server's clock, so a workstation
    clock that is off does not stretch or cut the wait), else from `now` (the caller's clock)."""
    raw = response.headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    sent = _http_date(response.headers.get("date"))
    return max(0.0, (when - (sent or now or datetime.now(UTC))).total_seconds())


def _http_date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        when = parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
