"""The sync's guard on dates from the platform: believed only when the workstation's clock agrees.

Every path that would write a platform date onto a case (an order's FOC, a port-out's FOC, an
allowed FOC window the requested date would move into, a requested date changed on the platform)
asks `believable` first. A date absurdly far from the workstation's today (see
domain.platform_dates) is not taken: the case keeps its value, the case's timeline gets one
"questionable platform answer" entry with both dates and the reason, and the specialist one notice.
The same answer repeated by every later pull is recorded once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from portdesk.domain.case import PortCase
from portdesk.domain.platform_dates import questionable_date
from portdesk.services.sync_report import Notice, SyncReport
from portdesk.store import audit
from portdesk.store.sync_repo import SyncRepository
from portdesk.store.unit import Session

Today = Callable[[], date]
QUESTIONABLE = "sync.questionable_date"
# case id -> the FOC day an older PortDesk stored as the moment's UTC date (migration 0009)
UTC_DAYS = "sync.foc_utc_days"
READ_AGAIN = ("Read again on the desk's porting clock (an older PortDesk stored the FOC "
              "moment's UTC date)")
LABELS = {"foc_date": "FOC date", "requested_date": "requested date",
          "foc_window": "first allowed FOC date"}


def workstation_today() -> date:
    """This machine's date (tests set it: the suite must not depend on the day it runs)."""
    return date.today()


def _key(case_id: int, field: str) -> str:
    return f"questionable.{case_id}.{field}"


class PlatformDates:
    def __init__(self, repo: SyncRepository, actor: str, today: Today | None = None) -> None:
        self.repo = repo
        self.actor = actor
        # the workstation's own clock, not the platform's nor the database's
        self.today: Today = today or (lambda: workstation_today())

    def plausible(self, day: date, history: bool = False) -> bool:
        """The check alone, recording nothing (for a case not written yet)."""
        return questionable_date(day, self.today(), history) is None

    def believable(self, session: Session, case: PortCase, field: str, day: date,
                   report: SyncReport, *, history: bool = False) -> bool:
        """Whether `day`, given by the platform for `field` of `case`, may be taken.

        `field`: foc_date, requested_date, or foc_window (an allowed window the requested date
        would move into); `history`: the date of a finished port, which may lie any time back."""
        why = questionable_date(day, self.today(), history)
        if why is None:
            return True
        assert case.id is not None
        kept = case.requested_date if field != "foc_date" else case.foc_date
        key = _key(case.id, field)
        if self.repo.get_json(key, session) == day.isoformat():
            return False  # already told
        self.repo.put_json(key, day.isoformat(), session)
        label = LABELS.get(field, field)
        audit.append(session, actor=self.actor, action=QUESTIONABLE, changes={
            "field": field, "platform": day.isoformat(),
            "kept": kept.isoformat() if kept else None, "why": why},
            case_id=case.id, case_reference=case.reference)
        shown = kept.isoformat() if kept else "no date"
        report.notices.append(Notice(
            "questionable_date", case.id, case.reference,
            f"{case.reference}: the platform gave the {label} {day.isoformat()}, but {why}: "
            f"not taken, the case keeps {shown}; check the date with the platform "
            "(its clock may be wrong) and set it on the case yourself if it is right"))
        return False

    def read_again(self, session: Session, case: PortCase) -> bool:
        """Whether the case's FOC is one an older PortDesk stored as a UTC date, now read again
        from the platform (the mark is dropped: the FOC about to be written is the platform's
        day on the desk's clock)."""
        days = self.repo.get_json(UTC_DAYS, session)
        if not isinstance(days, dict) or str(case.id) not in days:
            return False
        days.pop(str(case.id))
        self.repo.put_json(UTC_DAYS, days, session)
        return True


def utc_day_cases(repo: SyncRepository) -> frozenset[int]:
    """The cases whose FOC is still the UTC date an older PortDesk stored (shown as such)."""
    days = repo.get_json(UTC_DAYS)
    return frozenset(int(k) for k in days) if isinstance(days, dict) else frozenset()
