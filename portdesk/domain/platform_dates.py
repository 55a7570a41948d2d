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

from datetime import date, timedelta

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
