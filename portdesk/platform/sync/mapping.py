"""Platform records onto the canonical case model: status, per-number status, exception, FOC date.

The platform owns carrier-side status; its raw value is always kept (`platform_status`), and a value
PortDesk does not know leaves the canonical status alone instead of guessing. The same goes for a
number: an unknown per-number status leaves that number as it was.
"""

from __future__ import annotations

from datetime import UTC, tzinfo

from portdesk.domain.case import NumberStatus
from portdesk.domain.lifecycle import Status
from portdesk.domain.platform_dates import platform_day
from portdesk.domain.platform_status_words import ORDER_STATUS_MAP as PLATFORM_STATUS_MAP
from portdesk.platform.models import PlatformNumber, PlatformOrder, Portout
from portdesk.platform.port import PORTOUT_STATUS, NumberState, OrderState

__all__ = ["NUMBER_STATUS_KEPT", "PLATFORM_STATUS_MAP", "PORTOUT_STATUS", "NumberState", "OrderState",
           "map_platform_status", "number_state", "order_state", "portout_state"]




def map_platform_status(raw: str | None) -> Status | None:
    """The canonical status for a platform's value, or None when unknown (the caller keeps the
    raw)."""
    if raw is None:
        return None
    return PLATFORM_STATUS_MAP.get(raw.strip().lower())


# A porting order's per-number status (porting_order_status) onto the number's own status.
_NUMBER_STATUS: dict[str, NumberStatus] = {
    "draft": NumberStatus.PENDING,
    "in-process": NumberStatus.SUBMITTED,
    "submitted": NumberStatus.SUBMITTED,
    "foc-date-confirmed": NumberStatus.FOC_CONFIRMED,
    "ported": NumberStatus.PORTED,
    "activation-in-progress": NumberStatus.FOC_CONFIRMED,
    "exception": NumberStatus.REJECTED,
    "cancelled": NumberStatus.CANCELLED,
    "canceled": NumberStatus.CANCELLED,
}
# Per-number statuses that leave the number as it was, by name: a cancel asked and not yet
# confirmed (DOMAIN.md's `cancel_pending`) has cancelled nothing, and the order may still port;
# the order's own status says the cancel is pending, the number turns cancelled with the order.
NUMBER_STATUS_KEPT = frozenset({"cancel-pending"})
# PORTOUT_STATUS (port-out request statuses) lives in platform/port.py: the desk words it too


def number_state(number: PlatformNumber, codes: list[str]) -> NumberState | None:
    """A number's state; a rejected number carries the order's first exception code."""
    if number.activation_status.lower() == "active":
        return NumberState(NumberStatus.PORTED, None)
    status = _NUMBER_STATUS.get(number.order_status.strip().lower())
    if status is None:
        return None
    code = (codes[0] if codes else "OTHER") if status == NumberStatus.REJECTED else None
    return NumberState(status, code)


def order_state(order: PlatformOrder, zone: tzinfo | None = UTC) -> OrderState:
    codes = [d.code for d in order.details]
    detail = "; ".join(f"{d.code}: {d.description}" if d.description else d.code
                       for d in order.details)
    foc = platform_day(order.foc_actual, zone) if order.foc_actual else None
    numbers = {}
    for number in order.numbers:
        state = number_state(number, codes)
        if state is not None:
            numbers[number.e164] = state
    return OrderState(status=map_platform_status(order.status), platform_status=order.status,
                      exception_code=codes[0] if codes else None, exception_detail=detail,
                      foc_date=foc, numbers=numbers)


_PORTOUT_NUMBER = {Status.FOC_CONFIRMED: NumberStatus.FOC_CONFIRMED,
                   Status.PORTED: NumberStatus.PORTED, Status.CANCELLED: NumberStatus.CANCELLED}


def portout_state(portout: Portout, zone: tzinfo | None = UTC) -> OrderState:
    status = PORTOUT_STATUS.get(portout.status.strip().lower())
    # a request has one status for all its numbers (no per-number one): once authorized,
    # ported, or ended without a port (canceled, rejected), each number takes it; a canceled
    # port-out's numbers read "pending" for ever, as if they might still leave
    follows = _PORTOUT_NUMBER.get(status) if status is not None else None
    numbers = ({n: NumberState(follows, None) for n in portout.numbers} if follows else {})
    detail = portout.reason or ""
    return OrderState(status=status, platform_status=portout.status, exception_code=None,
                      exception_detail=detail if status == Status.CANCELLED else "",
                      foc_date=platform_day(portout.foc_date, zone) if portout.foc_date else None,
                      numbers=numbers)
