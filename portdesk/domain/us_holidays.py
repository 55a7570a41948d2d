"""The US federal holidays, computed: the days no port is executed and no business day counted.

The `holidays` package knows them too, but importing it loads the tables of every country it
has (about 170 modules, 50-70 ms on the shared machine): more than everything else `portdesk
case check` does after opening the Store. The federal calendar is eleven rules, written here as
the law has them since 1990, and a test compares them with the package for every year from
1990 to 2100 (tests/unit/domain/test_us_holidays.py). A year before 1990 is asked of the
package itself (its rules changed more often then; no port case goes back that far).
"""

from __future__ import annotations

from datetime import date, timedelta

RULES_SINCE = 1990
JUNETEENTH_SINCE = 2021  # Juneteenth National Independence Day Act, June 2021


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-based; -1 the last) `weekday` (Monday 0) of the month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date | None:
    """The weekday a fixed-date holiday on a weekend is observed on (Saturday: the Friday
    before, Sunday: the Monday after); None when it falls on a weekday."""
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return None


def us_federal_holidays(year: int) -> frozenset[date]:
    """Every federal holiday of `year` and every weekday observed for one, as the `holidays`
    package lists them for "US": a New Year's Day of the next year on a Saturday is observed on
    31 December of this one."""
    if year < RULES_SINCE:
        import holidays  # the old rules: the package's, whatever it costs

        return frozenset(holidays.country_holidays("US", years=year).keys())
    fixed = [date(year, 1, 1), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25)]
    if year >= JUNETEENTH_SINCE:
        fixed.append(date(year, 6, 19))
    days = set(fixed)
    days.update(o for o in map(_observed, fixed) if o is not None and o.year == year)
    if date(year + 1, 1, 1).weekday() == 5:
        days.add(date(year, 12, 31))
    days.update({
        _nth_weekday(year, 1, 0, 3),  # Martin Luther King Jr. Day
        _nth_weekday(year, 2, 0, 3),  # Washington's Birthday
        _nth_weekday(year, 5, 0, -1),  # Memorial Day
        _nth_weekday(year, 9, 0, 1),  # Labor Day
        _nth_weekday(year, 10, 0, 2),  # Columbus Day
        _nth_weekday(year, 11, 3, 4),  # Thanksgiving Day
    })
    return frozenset(days)
