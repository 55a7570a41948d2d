"""A platform order onto the canonical case model: status, exception, FOC date.

The platform owns carrier-side status; its raw value is always kept (`platform_status`), and a value
PortDesk does not know leaves the canonical status alone instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from portdesk.domain.lifecycle import Status, map_platform_status
from portdesk.platform.models import PlatformOrder


@dataclass(frozen=True, slots=True)
class OrderState:
    status: Status | None  # None: unknown platform value, keep the case's status
    platform_status: str
    exception_code: str | None
    exception_detail: str
    foc_date: date | None


def order_state(order: PlatformOrder) -> OrderState:
    codes = [d.code for d in order.details]
    detail = "; ".join(f"{d.code}: {d.description}" if d.description else d.code
                       for d in order.details)
    foc = order.foc_actual.date() if order.foc_actual else None
    return OrderState(status=map_platform_status(order.status), platform_status=order.status,
                      exception_code=codes[0] if codes else None, exception_detail=detail,
                      foc_date=foc)
