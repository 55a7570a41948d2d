from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from portdesk.domain.lifecycle import Status
from portdesk.domain.schedule import (
    add_business_days,
    business_days_between,
    is_business_day,
    next_milestone,
)
from tests.helpers import case


def test_weekends_and_federal_holidays_are_not_business_days() -> None:
    assert not is_business_day(date(2026, 11, 26))  # Thanksgiving
    assert not is_business_day(date(2026, 11, 28))  # Saturday
    assert is_business_day(date(2026, 11, 27))
    assert add_business_days(date(2026, 11, 25), 1) == date(2026, 11, 27)
    assert add_business_days(date(2026, 11, 27), -1) == date(2026, 11, 25)
    assert business_days_between(date(2026, 12, 24), date(2026, 12, 28)) == 1


def test_milestones_follow_status_and_overdue_shows() -> None:
    submitted = datetime(2026, 11, 2, 15, tzinfo=UTC)
    c = replace(case(), status=Status.SUBMITTED, submitted_at=submitted)
    m = next_milestone(c, date(2026, 11, 3))
    assert m.name == "Carrier acknowledgment" and m.due == date(2026, 11, 5)
    assert m.overdue(date(2026, 11, 6)) and not m.overdue(date(2026, 11, 5))
    foc = replace(c, status=Status.FOC_CONFIRMED, foc_date=date(2026, 11, 20))
    assert next_milestone(foc, date(2026, 11, 3)).due == date(2026, 11, 20)
    assert next_milestone(replace(c, status=Status.CANCELLED), date(2026, 11, 3)).due is None
