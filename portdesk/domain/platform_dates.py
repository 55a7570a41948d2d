"""Dates the platform gives (an FOC, an allowed FOC window, a requested date) held against the
workstation's own clock.

A port completes days or weeks after it is asked for; an FOC more than a year away, or one set
more than a year ago on a case still moving, is not a carrier's answer but a clock gone wrong
somewhere (the sandbox at `--speed 2` runs years ahead after twenty minutes; a misconfigured
platform could do the same). Taking such a date silently would move a customer's port date to
2034 with only a notice, so it is not taken: the case keeps the date it had, and the specialist
is told what the platform said and why it was not believed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

# How far from the workstation's today a platform date may fall and still be believed.
PLAUSIBLE_AHEAD = timedelta(days=366)
PLAUSIBLE_BEHIND = timedelta(days=366)


def _span(days: int) -> str:
    if days >= 730:
        return f"about {round(days / 365.25)} years"
    if days >= 60:
        return f"about {round(days / 30.44)} months"
    return f"{days} days"


def questionable_date(day: date, today: date, history: bool = False) -> str | None:
    """Why `day` cannot be a believable platform date on a workstation whose date is `today`,
    or None when it can. `history`: the date of a port already finished (ported, cancelled),
    which may lie any time back."""
    if day - today > PLAUSIBLE_AHEAD:
        return (f"{day.isoformat()} is {_span((day - today).days)} after today "
                f"({today.isoformat()}) on this workstation")
    if not history and today - day > PLAUSIBLE_BEHIND:
        return (f"{day.isoformat()} is {_span((today - day).days)} before today "
                f"({today.isoformat()}) on this workstation")
    return None


def platform_day(moment: datetime, zone: tzinfo | None) -> date:
    """The calendar date the platform means by a date-time it gives for a day (an FOC, a
    requested FOC, an allowed window, a completion).

    The description types every such field as an ISO 8601 date-time "of the FOC date" and names
    no time zone. Two shapes occur, and they mean different days:
    - exactly midnight UTC ("2022-12-20T00:00:00Z", the port-out FOC in the description's
      foc_date_changed example; its port-out filter "matches all portouts with the same date"):
      a date written as a date-time. Its UTC date is the date; moved into a US zone it would
      fall on the evening before, a day early.
    - any other time ("2022-04-08T15:00:00Z", a requested FOC): an instant. DOMAIN.md: the FOC
      is the date *and time* the losing carrier commits to release the number, and that happens
      on the carrier's and the customer's local clock, which is also the specialist's working
      day. "2026-12-10T02:00:00Z" is the evening of the 9th in New York: the day the numbers
      move there, and the day to verify routing, is the 9th. The instant is read in `zone`, the
      desk's porting time zone (config `porting_time_zone`; None: this workstation's own zone,
      daylight saving included).

    A number's own zone (by its area code) would be finer for a desk serving every US zone; one
    zone per desk is what a specialist can check and set."""
    if moment.utcoffset() == timedelta(0) and moment.timetz().replace(tzinfo=None) == time(0):
        return moment.date()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment.astimezone(zone) if zone is not None else moment.astimezone()).date()
