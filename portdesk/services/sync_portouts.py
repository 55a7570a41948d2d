"""Port-out requests from the platform as port_out cases a specialist answers.

Each request becomes one case (kind port_out, platform_order_id = the port-out's id) the first time
it is seen, from the event log or the full list; later changes (answered, auto-authorized after
48 h, ported) update it. A new request still waiting for an answer raises a notice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from portdesk.domain.case import Address, CaseKind, PortCase
from portdesk.domain.lifecycle import Status
from portdesk.platform.models import Portout
from portdesk.platform.sync.mapping import portout_state
from portdesk.services.sync_apply import OrderApplier, batched, case_number
from portdesk.services.sync_report import Notice, SyncReport


class PortoutApplier:
    def __init__(self, orders: OrderApplier) -> None:
        self.orders = orders
        self.store = orders.store
        self.repo = orders.repo

    def apply_portouts(self, portouts: Iterable[Portout], report: SyncReport) -> None:
        for chunk in batched(portouts):
            with self.store.transaction() as session:
                for portout in chunk:
                    self.apply(session, portout, report)

    def apply(self, session: Session, portout: Portout, report: SyncReport) -> PortCase:
        state = portout_state(portout)
        case = self.repo.case_by_order(session, portout.id)
        if case is not None:
            return self.orders.apply_state(session, case, state, report)
        created = self.store.cases.create(_case(portout, state.status), self.orders.actor,
                                          session)
        assert created.id is not None
        report.cases_updated += 1
        if portout.status == "pending":
            numbers = ", ".join(portout.numbers)
            report.notices.append(Notice(
                "portout_waiting", created.id, created.reference,
                f"{created.reference}: {portout.carrier_name or 'a carrier'} asks to port out "
                f"{numbers}; authorize or reject it"))
        return created


def _case(portout: Portout, status: Status | None) -> PortCase:
    raw: dict[str, Any] = portout.raw
    address = Address(line1=str(raw.get("service_address") or ""),
                      city=str(raw.get("city") or ""), state=str(raw.get("state") or ""),
                      postal_code=str(raw.get("zip") or ""))
    pon = raw.get("pon")
    notes = f"Port-out request from {portout.carrier_name or 'another carrier'}"
    notes += f" (PON {pon})." if pon else "."
    return PortCase(
        account_name=portout.end_user_name or "(name not given)",
        numbers=tuple(case_number(n) for n in portout.numbers), kind=CaseKind.PORT_OUT,
        status=status or Status.SUBMITTED, platform_status=portout.status,
        authorized_name=str(raw.get("authorized_name") or ""), service_address=address,
        foc_date=portout.foc_date.date() if portout.foc_date else None,
        platform_order_id=portout.id, platform_refs=(portout.id,), notes=notes,
        exception_detail=portout.reason or "", sync_state="synced")
