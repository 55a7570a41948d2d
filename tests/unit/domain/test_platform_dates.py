"""Platform dates held against the workstation's date: a year either way is believed."""

from __future__ import annotations

from datetime import date, timedelta

from portdesk.domain.platform_dates import questionable_date

TODAY = date(2026, 12, 5)


def test_dates_within_a_year_either_way_are_believed() -> None:
    for days in (0, 1, 30, 366, -1, -200, -366):
        assert questionable_date(TODAY + timedelta(days=days), TODAY) is None, days


def test_a_date_years_ahead_is_questioned_with_both_dates() -> None:
    why = questionable_date(date(2034, 3, 2), TODAY)
    assert why == "2034-03-02 is about 7 years after today (2026-12-05) on this workstation"
    assert questionable_date(TODAY + timedelta(days=367), TODAY) is not None


def test_a_date_long_past_is_questioned_unless_it_is_a_finished_port() -> None:
    long_ago = TODAY - timedelta(days=500)
    why = questionable_date(long_ago, TODAY)
    assert why is not None and "about 16 months before today" in why
    assert questionable_date(long_ago, TODAY, history=True) is None
    assert questionable_date(date(2040, 1, 1), TODAY, history=True) is not None
