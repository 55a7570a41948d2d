"""Read-only views of the team's shared state for `portdesk team status`: leases held (with the
case and the desk behind them) and how deep the outbox is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from portdesk.domain.sync_trouble import not_yet_sent
from portdesk.store.schema import CaseRow, OutboxRow
from portdesk.store.sync_repo import HELD
from portdesk.store.team_schema import DeskRow, LeaseRow, aware


@dataclass(frozen=True, slots=True)
class HeldLease:
    name: str
    case_reference: str  # "" for a lease that is not on a case (the event feed)
    desk_id: str
    desk_name: str  # "" when the desk never registered (or was swept)
    os_user: str
    acquired_at: datetime
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class OutboxDepth:
    pending: int
    waiting_for_person: int  # pending items of cases held as conflict or failed
    failed: int
    oldest_pending: datetime | None
    sendable_cases: int = 0  # cases with changes the next sync round sends

    def not_yet_sent(self) -> str:
        """In the words of the desk's status bar and `portdesk sync`."""
        return not_yet_sent(self.sendable_cases, self.pending - self.waiting_for_person)


def held_leases(session: Session) -> list[HeldLease]:
    rows = session.execute(
        select(LeaseRow, CaseRow.reference, DeskRow.name, DeskRow.os_user)
        .outerjoin(CaseRow, CaseRow.id == LeaseRow.case_id)
        .outerjoin(DeskRow, DeskRow.id == LeaseRow.desk_id)
        .order_by(LeaseRow.case_id.is_not(None), LeaseRow.acquired_at)).all()
    return [HeldLease(lease.name, reference or "", lease.desk_id, name or "", user or "",
                      aware(lease.acquired_at), aware(lease.expires_at))
            for lease, reference, name, user in rows]


def outbox_depth(session: Session) -> OutboxDepth:
    pending, oldest = session.execute(
        select(func.count(), func.min(OutboxRow.created_at)).where(
            OutboxRow.state == "pending")).one()
    held = session.scalar(
        select(func.count()).select_from(OutboxRow).join(CaseRow, CaseRow.id == OutboxRow.case_id)
        .where(OutboxRow.state == "pending", CaseRow.sync_state.in_(HELD)))
    failed = session.scalar(select(func.count()).select_from(OutboxRow)
                            .where(OutboxRow.state == "failed"))
    cases = session.scalar(
        select(func.count(func.distinct(OutboxRow.case_id)))
        .join(CaseRow, CaseRow.id == OutboxRow.case_id)
        .where(OutboxRow.state == "pending", CaseRow.sync_state.not_in(HELD)))
    return OutboxDepth(int(pending or 0), int(held or 0), int(failed or 0),
                       aware(oldest) if oldest is not None else None, int(cases or 0))
