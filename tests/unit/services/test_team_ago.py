"""`portdesk team status` names UTC for a moment older than a day: the moment must be in UTC.

PostgreSQL hands `timestamptz` back in the server's zone (its TimeZone setting), so an outbox item
made at 15:00 UTC came back as 16:00+01:00 and was printed '16:00 UTC'."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from portdesk.services.team import ago


def test_an_old_moment_from_another_zone_is_said_in_utc() -> None:
    now = datetime(2026, 12, 6, 14, 0, tzinfo=UTC)
    berlin = datetime(2026, 12, 4, 16, 0, tzinfo=timezone(timedelta(hours=1)))
    assert ago(berlin, now) == "2026-12-04 15:00 UTC"
    assert ago(datetime(2026, 12, 4, 15, 0, tzinfo=UTC), now) == "2026-12-04 15:00 UTC"


def test_recent_moments_are_said_as_a_span_whatever_their_zone() -> None:
    now = datetime(2026, 12, 6, 14, 0, tzinfo=UTC)
    assert ago(datetime(2026, 12, 6, 14, 58, tzinfo=timezone(timedelta(hours=1))), now) == \
        "2 min ago"
    assert ago(now - timedelta(minutes=4), now) == "4 min ago"
    assert ago(None, now) == "never"
