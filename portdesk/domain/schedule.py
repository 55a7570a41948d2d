"""US business days and the expected date of each stage of a port (DOMAIN.md's timeline table).

"Overdue" is a promise not kept: the stage a case is waiting for has passed its expected date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from portdesk.domain.case import CaseKind, PortCase, ServiceType
from portdesk.domain.lifecycle import Status
from portdesk.domain.routing import Routing
from portdesk.domain.us_holidays import us_federal_holidays


@lru_cache(maxsize=64)
def _us_holidays(year: int) -> frozenset[date]:
    # computed, not imported: the `holidays` package loads every country's tables (us_holidays)
    return us_federal_holidays(year)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _us_holidays(day.year)


def add_business_days(start: date, count: int) -> date:
    """The date `count` business days after `start` (before it when count is negative)."""
    step = 1 if count >= 0 else -1
    day, left = start, abs(count)
    while left:
        day += timedelta(days=step)
        if is_business_day(day):
            left -= 1
    return day


def next_business_day(day: date) -> date:
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def business_days_between(start: date, end: date) -> int:
    """Business days after `start` up to and including `end` (negative when end is before)."""
    if end < start:
        return -business_days_between(end, start)
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if is_business_day(day):
            count += 1
    return count


# Business days from submission to port execution, planning figures per DOMAIN.md.
EXECUTION_DAYS: dict[ServiceType, int] = {
    ServiceType.WIRELESS: 10,
    ServiceType.WIRELINE: 20,
    ServiceType.TOLL_FREE: 20,
    ServiceType.MIXED: 20,
}
ACK_DAYS = 3  # carrier acknowledgment: 1-3 business days
FOC_AFTER_ACK_DAYS = 7  # FOC assigned 3-7 business days after acknowledgment
INTERNATIONAL_DAYS = 40
TRANSFER_DAYS = 2
RESUBMIT_DAYS = 2  # an exception should be worked within two business days


@dataclass(frozen=True, slots=True)
class Milestone:
    name: str  # what the case is waiting for
    due: date | None

    def overdue(self, today: date) -> bool:
        return self.due is not None and today > self.due


def execution_days(case: PortCase) -> int:
    if case.kind == CaseKind.SUBACCOUNT_TRANSFER:
        return TRANSFER_DAYS
    if case.country not in ("US", "CA"):
        return INTERNATIONAL_DAYS
    return EXECUTION_DAYS[case.service_type]


def expected_port_date(case: PortCase, submitted: date) -> date:
    return add_business_days(submitted, execution_days(case))


def next_milestone(case: PortCase, today: date, status_since: date | None = None,
                   routing: Routing = Routing.UNCHECKED) -> Milestone:
    """The stage the case waits for next and when it is expected. `routing`: what the post-port
    checks add up to (they are not part of the case; the store reads them for a ported case)."""
    since = status_since or (case.submitted_at.date() if case.submitted_at else today)
    if case.kind == CaseKind.PORT_OUT:
        return portout_milestone(case, since)
    if case.kind == CaseKind.SUBACCOUNT_TRANSFER:
        return transfer_milestone(case, since, routing)
    submitted = case.submitted_at.date() if case.submitted_at else since
    status = case.status
    if status in (Status.DRAFT, Status.AWAITING_SIGNATURE):
        name = "Signature" if status == Status.AWAITING_SIGNATURE else "Submit"
        if case.requested_date is None:
            return Milestone(name, None)
        lead = min(execution_days(case), 7)
        return Milestone(name, add_business_days(case.requested_date, -lead))
    if status == Status.SUBMITTED:
        return Milestone("Carrier acknowledgment", add_business_days(submitted, ACK_DAYS))
    if status == Status.AT_CARRIER:
        return Milestone("FOC date", add_business_days(since, FOC_AFTER_ACK_DAYS))
    if status == Status.FOC_CONFIRMED:
        return Milestone("Port", case.foc_date or expected_port_date(case, submitted))
    if status == Status.EXCEPTION:
        return Milestone("Fix and resubmit", add_business_days(since, RESUBMIT_DAYS))
    if status == Status.CANCEL_PENDING:
        return Milestone("Cancel confirmation", add_business_days(since, 2))
    if status == Status.PORTED:  # (a completed port-out left us: portout_milestone)
        if routing == Routing.VERIFIED:
            return Milestone("", None)
        return Milestone("Fix routing" if routing == Routing.FAILED else "Verify routing", None)
    return Milestone("", None)


# A port-out is another carrier's request: nothing of it is submitted from here. The specialist
# checks it (PIN, account, name) and authorizes or rejects it; the platform may authorize it by
# itself 24 hours after it came (surely by 48), then the numbers leave on its FOC date. A
# rejection waits for the platform's review. (The demo's port-out read "Submit", a port-in's.)
PORTOUT_ANSWER = timedelta(days=1)  # 24 h: from then the platform may authorize it itself
_PORTOUT_STEP = {
    Status.DRAFT: "Check the request",  # entered here: nothing on the platform to answer
    Status.AWAITING_SIGNATURE: "Check the request",
    Status.SUBMITTED: "Answer the request",  # the platform's `pending`
    Status.AT_CARRIER: "Answer the request",
    Status.EXCEPTION: "Answer the request",
    Status.FOC_CONFIRMED: "Numbers leave",  # authorized: they go on the FOC date
    Status.CANCEL_PENDING: "Rejection review",  # the platform reviews the rejection
}


def portout_milestone(case: PortCase, since: date) -> Milestone:
    """A port-out's next step, from the port-out flow only (never a port-in's)."""
    name = _PORTOUT_STEP.get(case.status, "")
    if not name:
        return Milestone("", None)  # ported, rejected, cancelled: nothing waits here
    if case.status == Status.FOC_CONFIRMED:
        return Milestone(name, case.foc_date)
    if case.status == Status.CANCEL_PENDING:
        return Milestone(name, None)  # the platform gives no time for its review
    received = case.created_at.date() if case.created_at and case.status in (
        Status.DRAFT, Status.AWAITING_SIGNATURE) else since
    return Milestone(name, received + PORTOUT_ANSWER)


# A sub-account transfer moves numbers between two of the platform's own sub-accounts: no
# carrier, no LOA, no port order (Submit refuses it), done internally in 1-2 business days; the
# destination's call routing and SMS settings are reset and must be set up again. Its steps are
# its own flow's, never a port-in's (the demo's transfer draft read "Submit · Dec 24").
_TRANSFER_STEP = {
    Status.DRAFT: "Start the transfer",
    Status.AWAITING_SIGNATURE: "Start the transfer",
    Status.SUBMITTED: "Transfer done",
    Status.AT_CARRIER: "Transfer done",
    Status.FOC_CONFIRMED: "Transfer done",
    Status.EXCEPTION: "Fix the transfer",
    Status.CANCEL_PENDING: "Cancel confirmation",
}


def transfer_milestone(case: PortCase, since: date,
                       routing: Routing = Routing.UNCHECKED) -> Milestone:
    """A sub-account transfer's next step, from the transfer's own flow only."""
    if case.status == Status.PORTED:  # the destination's routing and SMS start over
        if routing == Routing.VERIFIED:
            return Milestone("", None)
        return Milestone("Fix routing" if routing == Routing.FAILED else "Reconfigure routing",
                         None)
    name = _TRANSFER_STEP.get(case.status, "")
    if case.status in (Status.DRAFT, Status.AWAITING_SIGNATURE):
        due = None if case.requested_date is None else \
            add_business_days(case.requested_date, -TRANSFER_DAYS)
        return Milestone(name, due)
    if case.status == Status.EXCEPTION:
        return Milestone(name, add_business_days(since, RESUBMIT_DAYS))
    if case.status == Status.CANCEL_PENDING:
        return Milestone(name, add_business_days(since, 2))
    if name:
        started = case.submitted_at.date() if case.submitted_at else since
        return Milestone(name, case.foc_date or add_business_days(started, TRANSFER_DAYS))
    return Milestone("", None)  # cancelled, expired: nothing waits


def earliest_requested_date(today: date, lead_days: int = 7) -> date:
    """The first date that leaves `lead_days` business days (kind_fields.requested_date_lead:
    a carrier's 7 on a port, the platform's own on a transfer)."""
    return add_business_days(today, lead_days)


def latest_requested_date(today: date) -> date:
    return add_business_days(today, 30)
