"""A signature's time on the signing and verifying screens names its zone; a naive stored moment
is the store's UTC, never taken for local time (`astimezone()` on it did, and `%Z` printed no zone)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from portdesk.ui.loa.common import local_time

STORED = datetime(2026, 12, 5, 18, 35)  # naive: the store's UTC


def test_signature_time_names_its_zone_even_when_stored_naive(pacific: ZoneInfo) -> None:
    assert local_time(STORED) == "2026-12-05 10:35 PST"
    assert local_time(None) == "unknown time"
