"""Which day a platform date-time means (domain.platform_dates.platform_day): an instant is the
day on the desk's porting clock, a bare midnight UTC is the date written as a date-time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from portdesk.domain.platform_dates import platform_day
from portdesk.platform.port import FocWindow
from portdesk.platform.sync.fields import order_values
from portdesk.platform.wire import parse_time
from portdesk.services.sync_platform_view import window_rows
from portdesk.services.sync_steps import choose_window

NEW_YORK = ZoneInfo("America/New_York")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def moment(text: str) -> datetime:
    parsed = parse_time(text, "a test time")
    assert parsed is not None
    return parsed


def test_an_foc_at_two_in_the_morning_utc_is_the_evening_before_in_the_us() -> None:
    assert platform_day(moment("2026-12-10T02:00:00Z"), NEW_YORK) == date(2026, 12, 9)
    assert platform_day(moment("2026-12-10T07:59:00Z"), LOS_ANGELES) == date(2026, 12, 9)
    assert platform_day(moment("2026-12-10T08:00:00Z"), LOS_ANGELES) == date(2026, 12, 10)
    assert platform_day(moment("2026-12-10T02:00:00Z"), UTC) == date(2026, 12, 10)


def test_daylight_saving_is_the_zone_s_own_on_that_day() -> None:
    # 03:30Z is 23:30 EDT on 1 July (UTC-4) but 22:30 EST on 1 December (UTC-5): both the day before
    assert platform_day(moment("2026-07-02T03:30:00Z"), NEW_YORK) == date(2026, 7, 1)
    assert platform_day(moment("2026-07-02T04:30:00Z"), NEW_YORK) == date(2026, 7, 2)
    assert platform_day(moment("2026-12-02T04:30:00Z"), NEW_YORK) == date(2026, 12, 1)


def test_a_date_written_as_midnight_utc_keeps_its_date_in_every_zone() -> None:
    # the description's port-out FOC ("2022-12-20T00:00:00Z"): moved into New York it would be
    # the 19th, a day early
    for zone in (NEW_YORK, LOS_ANGELES, ZoneInfo("Pacific/Honolulu"), UTC, None):
        assert platform_day(moment("2022-12-20T00:00:00Z"), zone) == date(2022, 12, 20)
        assert platform_day(moment("2024-09-04T00:00:00.000Z"), zone) == date(2024, 9, 4)
        assert platform_day(moment("2024-09-04"), zone) == date(2024, 9, 4)


def test_a_midnight_with_an_offset_is_an_instant() -> None:
    eastern = timezone(timedelta(hours=-5))
    assert platform_day(datetime(2026, 12, 10, 0, 0, tzinfo=eastern), LOS_ANGELES) == \
        date(2026, 12, 9)


def test_the_requested_date_on_an_order_is_read_on_the_same_clock() -> None:
    body = {"activation_settings": {"foc_datetime_requested": "2026-12-10T02:00:00Z"}}
    assert order_values(body, NEW_YORK)["requested_date"] == "2026-12-09"
    assert order_values(body, UTC)["requested_date"] == "2026-12-10"
    odd = {"activation_settings": {"foc_datetime_requested": "next tuesday"}}
    assert order_values(odd, NEW_YORK)["requested_date"] == "next tuesd"  # shown, not a crash


def test_an_allowed_window_is_chosen_by_its_day_on_the_desk_s_clock() -> None:
    # an evening window in New York (9 December 19:00-23:00) is 00:00-04:00Z on the 10th
    windows = [FocWindow(moment("2026-12-10T00:30:00Z"), moment("2026-12-10T04:00:00Z")),
               FocWindow(moment("2026-12-10T14:00:00Z"), moment("2026-12-10T22:00:00Z"))]
    assert choose_window(windows, date(2026, 12, 9), NEW_YORK) == windows[0].started_at
    assert choose_window(windows, date(2026, 12, 10), NEW_YORK) == windows[1].started_at
    assert choose_window(windows, date(2026, 12, 9), UTC) == windows[0].started_at  # the next



def _business_hour_windows(first: date, days: int) -> list[FocWindow]:
    """The sandbox's shape: 14:00-22:00Z on each weekday (a US carrier's working hours)."""
    out = []
    for n in range(days):
        day = first + timedelta(days=n)
        if day.weekday() < 5:
            start = datetime(day.year, day.month, day.day, 14, tzinfo=UTC)
            out.append(FocWindow(start, start + timedelta(hours=8)))
    return out


def test_the_time_asked_for_lies_in_a_window_and_on_the_specialist_s_day_in_every_zone() -> None:
    # A window of 14:00-22:00Z spans two calendar days east of UTC+2 (Tokyo: 23:00 Friday to
    # 07:00 Saturday). Asking for Saturday there must send a moment inside Friday's window that
    # is Saturday in Tokyo, not Friday's start moved a day on (Saturday 14:00Z: no window, and a
    # weekend to the carrier). From Baker Island (UTC-12) to Kiritimati (UTC+14), every day a
    # window touches gets a moment inside that window, on that day in the desk's zone.
    windows = _business_hour_windows(date(2026, 12, 7), 14)
    for name in ("Pacific/Kiritimati", "Pacific/Auckland", "Australia/Sydney", "Asia/Tokyo",
                 "Asia/Kolkata", "Europe/Berlin", "UTC", "America/New_York",
                 "Pacific/Honolulu", "Etc/GMT+12"):
        zone = ZoneInfo(name)
        days = {platform_day(w.started_at, zone) for w in windows} | \
            {platform_day(w.ended_at, zone) for w in windows}
        for wanted in sorted(days):
            chosen = choose_window(windows, wanted, zone)
            assert chosen is not None
            assert any(w.started_at <= chosen <= w.ended_at for w in windows), (name, wanted)
            assert platform_day(chosen, zone) == wanted, (name, wanted)


def test_the_windows_are_shown_on_the_clock_their_days_are_chosen_on() -> None:
    # the steps screen showed "Fri 14:00 UTC" to a Tokyo desk whose requested date falls on the
    # window's Saturday
    friday = FocWindow(moment("2026-03-27T14:00:00Z"), moment("2026-03-27T22:00:00Z"))
    assert window_rows([friday], ZoneInfo("Asia/Tokyo")) == [
        ("Fri 2026-03-27 23:00 JST", "Sat 2026-03-28 07:00 JST")]  # each row names its zone
    assert window_rows([friday], NEW_YORK) == [
        ("Fri 2026-03-27 10:00 EDT", "Fri 2026-03-27 18:00 EDT")]
