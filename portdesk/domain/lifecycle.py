"""The canonical status model of a port case, as an explicit state machine.

Platforms spell statuses differently and add new ones over time: each platform adapter maps its own
spellings onto these (platform/sync/mapping.py), and a status it does not know is kept as the raw
platform value beside the canonical one, never dropped and never a crash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from portdesk.domain.errors import PortDeskError


class Status(StrEnum):
    DRAFT = "draft"
    AWAITING_SIGNATURE = "awaiting_signature"
    SUBMITTED = "submitted"
    AT_CARRIER = "at_carrier"
    EXCEPTION = "exception"
    FOC_CONFIRMED = "foc_confirmed"
    PORTED = "ported"
    CANCEL_PENDING = "cancel_pending"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: "Draft",
    Status.AWAITING_SIGNATURE: "Needs signature",
    Status.SUBMITTED: "Submitted",
    Status.AT_CARRIER: "At carrier",
    Status.EXCEPTION: "Exception",
    Status.FOC_CONFIRMED: "FOC confirmed",
    Status.PORTED: "Ported",
    Status.CANCEL_PENDING: "Cancel pending",
    Status.CANCELLED: "Cancelled",
    Status.EXPIRED: "Expired",
}

TERMINAL = frozenset({Status.PORTED, Status.CANCELLED, Status.EXPIRED})
# still being prepared or fixed here: its details (and the date it asks for) are to be sent
EDITABLE = frozenset({Status.DRAFT, Status.AWAITING_SIGNATURE, Status.EXCEPTION})
# ended without porting: the order lets its numbers go
RELEASED = frozenset({Status.CANCELLED, Status.EXPIRED})

_S = Status
ALLOWED: dict[Status, frozenset[Status]] = {
    _S.DRAFT: frozenset({_S.AWAITING_SIGNATURE, _S.SUBMITTED, _S.CANCELLED, _S.EXPIRED}),
    _S.AWAITING_SIGNATURE: frozenset({_S.DRAFT, _S.SUBMITTED, _S.CANCELLED, _S.EXPIRED}),
    _S.SUBMITTED: frozenset(
        {_S.AT_CARRIER, _S.EXCEPTION, _S.FOC_CONFIRMED, _S.CANCEL_PENDING, _S.CANCELLED}
    ),
    _S.AT_CARRIER: frozenset({_S.EXCEPTION, _S.FOC_CONFIRMED, _S.CANCEL_PENDING, _S.PORTED}),
    _S.EXCEPTION: frozenset(
        {_S.DRAFT, _S.SUBMITTED, _S.AT_CARRIER, _S.CANCEL_PENDING, _S.CANCELLED, _S.EXPIRED}
    ),
    _S.FOC_CONFIRMED: frozenset({_S.PORTED, _S.EXCEPTION, _S.AT_CARRIER, _S.CANCEL_PENDING}),
    _S.CANCEL_PENDING: frozenset({_S.CANCELLED, _S.AT_CARRIER, _S.FOC_CONFIRMED, _S.EXCEPTION}),
    _S.PORTED: frozenset(),
    _S.CANCELLED: frozenset(),
    _S.EXPIRED: frozenset({_S.DRAFT}),
}

class TransitionRefused(PortDeskError, ValueError):
    """A status change the lifecycle does not allow; the message says why and what is allowed."""


@dataclass(frozen=True, slots=True)
class StatusChange:
    from_status: Status | None
    to_status: Status
    actor: str
    at: datetime
    reason: str
    platform_status: str | None = None


def can_transition(current: Status, target: Status) -> bool:
    return target in ALLOWED[current]


def check_transition(current: Status, target: Status, reason: str) -> None:
    """Raise TransitionRefused with a sentence a specialist can act on."""
    if current == target:
        raise TransitionRefused(f"the case is already {STATUS_LABELS[current].lower()}")
    if not reason.strip():
        raise TransitionRefused("a reason is required for every status change")
    if target not in ALLOWED[current]:
        allowed = ", ".join(sorted(s.value for s in ALLOWED[current])) or "none (final status)"
        raise TransitionRefused(
            f"cannot go from {current.value} to {target.value}; allowed from {current.value}: {allowed}"
        )


def parse_status(text: str) -> Status:
    value = text.strip().lower().replace("-", "_").replace(" ", "_")
    if value == "canceled":
        value = "cancelled"
    try:
        return Status(value)
    except ValueError:
        names = ", ".join(s.value for s in Status)
        raise TransitionRefused(f"unknown status '{text}'; use one of: {names}") from None


# An order that ended without porting (cancelled, expired) keeps the FOC date it had, but the
# port will never happen on it: the desk never shows that date as one to come (the queue read
# "Dec 14" for a canceled port-out). `cancel_pending` keeps its date: a cancel can be refused
# close to the FOC, and then the port goes ahead on it.
NO_PORT = frozenset({Status.CANCELLED, Status.EXPIRED})


def foc_void(status: str) -> str:
    """The word that stands in for a stored FOC date that will not happen ("" while it may)."""
    try:
        known = Status(status)
    except ValueError:
        return ""  # an unknown status is shown as it is; its date is not judged
    return STATUS_LABELS[known].lower() if known in NO_PORT else ""
