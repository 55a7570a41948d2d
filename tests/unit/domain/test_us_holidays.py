"""The federal holidays PortDesk computes are the ones the `holidays` package lists for the US,
day for day, in every year a port case can have (domain.us_holidays)."""

from __future__ import annotations

from datetime import date

import holidays

from portdesk.domain.schedule import is_business_day
from portdesk.domain.us_holidays import us_federal_holidays


def test_every_year_from_1990_to_2100_matches_the_package_day_for_day() -> None:
    for year in range(1985, 2101):
        listed = frozenset(holidays.country_holidays("US", years=year).keys())
        assert us_federal_holidays(year) == listed, year


def test_the_observed_days_around_new_year_and_juneteenth() -> None:
    assert date(2027, 12, 31) in us_federal_holidays(2027)  # for 1 January 2028, a Saturday
    assert date(2021, 6, 18) in us_federal_holidays(2021)  # 19 June 2021 was a Saturday
    assert date(2020, 6, 19) not in us_federal_holidays(2020)  # before the act
    assert not is_business_day(date(2026, 11, 26))  # Thanksgiving
    assert is_business_day(date(2026, 11, 27))
