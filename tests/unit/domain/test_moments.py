from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from portdesk.domain.moments import aware, local, utc

PACIFIC = timezone(timedelta(hours=-8))


def test_a_naive_moment_is_the_store_s_utc_and_shown_on_the_desk_s_clock() -> None:
    stored = datetime(2026, 12, 6, 11, 55)  # as SQLite hands it back
    assert aware(stored) == datetime(2026, 12, 6, 11, 55, tzinfo=UTC)
    assert local(stored, PACIFIC).strftime("%Y-%m-%d %H:%M") == "2026-12-06 03:55"


def test_an_aware_moment_keeps_its_instant() -> None:
    berlin = datetime(2026, 12, 6, 12, 55, tzinfo=timezone(timedelta(hours=1)))  # PostgreSQL's
    assert utc(berlin).strftime("%H:%M %Z") == "11:55 UTC"
    assert local(berlin, PACIFIC).strftime("%H:%M") == "03:55"


def test_a_dated_line_names_the_zone() -> None:
    from portdesk.domain.moments import shown_stamp

    zone = timezone(timedelta(hours=-8), "PST")
    stored = datetime(2026, 12, 6, 11, 55)
    assert shown_stamp(stored, zone) == "2026-12-06 03:55 PST"
    assert shown_stamp(stored, zone, seconds=True) == "2026-12-06 03:55:00 PST"
