"""What a queue query asks and what a queue page holds: plain data, for the desk, the CLI and the
store (store/queue.py runs the query: filter, search, sort and page without loading cases).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

OPEN_STATUSES = ("draft", "awaiting_signature", "submitted", "at_carrier", "exception",
                 "foc_confirmed", "cancel_pending")
# what a queue can be sorted by, and the cases table's column each sort reads (both readers,
# store/queue.py and store/quick_queue.py, take it from here)
SORT_COLUMNS = {"reference": "id", "account_name": "account_name",
                "losing_carrier": "losing_carrier", "kind": "kind", "number_count": "number_count",
                "status": "status", "foc_date": "foc_date", "next_due": "next_due",
                "assignee": "assignee", "updated_at": "updated_at", "created_at": "created_at",
                "customer_wait": "customer_wait"}


@dataclass(frozen=True, slots=True)
class QueueQuery:
    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    text: str = ""
    overdue: bool = False
    foc_from: date | None = None
    foc_to: date | None = None
    assignee: str | None = None
    sync_states: tuple[str, ...] = ()
    # only cases whose submit waits in the outbox to be sent (not one the platform refused, nor
    # one withdrawn by a fix): "Ready to submit" was any draft with a change pending, so a case
    # whose submit had been withdrawn stayed listed as if it were going
    submit_waiting: bool = False
    # only cases the platform says wait on the customer (CaseRow.customer_wait not empty)
    waiting_on_customer: bool = False
    sort: str = "updated_at"
    descending: bool = True
    offset: int = 0
    limit: int = 200
    today: date | None = None
    # cases whose FOC is still an older PortDesk's UTC date: the day on the desk's clock may be
    # a day either side, so an FOC range keeps them within a day of it (flagged "UTC" on the
    # row); filled by the service from the sync's list, never saved with a filter
    foc_utc_ids: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"statuses": list(self.statuses), "kinds": list(self.kinds), "text": self.text,
                "overdue": self.overdue,
                "foc_from": self.foc_from.isoformat() if self.foc_from else None,
                "foc_to": self.foc_to.isoformat() if self.foc_to else None,
                "assignee": self.assignee, "sort": self.sort, "descending": self.descending,
                **({"submit_waiting": True} if self.submit_waiting else {}),
                **({"waiting_on_customer": True} if self.waiting_on_customer else {})}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> QueueQuery:
        def d(v: Any) -> date | None:
            return date.fromisoformat(v) if v else None
        return cls(statuses=tuple(raw.get("statuses") or ()), kinds=tuple(raw.get("kinds") or ()),
                   text=str(raw.get("text") or ""), overdue=bool(raw.get("overdue")),
                   foc_from=d(raw.get("foc_from")), foc_to=d(raw.get("foc_to")),
                   assignee=raw.get("assignee"), submit_waiting=bool(raw.get("submit_waiting")),
                   waiting_on_customer=bool(raw.get("waiting_on_customer")),
                   sort=str(raw.get("sort") or "updated_at"),
                   descending=bool(raw.get("descending", True)))


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    reference: str
    account_name: str
    losing_carrier: str
    kind: str
    status: str
    platform_status: str | None
    number_count: int
    foc_date: date | None
    next_milestone: str
    next_due: date | None
    assignee: str
    updated_at: datetime
    sync_state: str
    exception_code: str | None
    version: int
    # what the case waits for from the customer, in words ("" when nothing): read from the
    # platform (domain/customer_wait), a column to sort and filter by
    customer_wait: str = ""
    # the FOC is the UTC date an older PortDesk stored, not yet read again on the desk's clock
    # (services.sync_dates.UTC_DAYS); never a database column
    foc_utc: bool = False
    # a submit waits in the outbox (the milestone says so, not "Submit"); never a column
    submit_waiting: bool = False

    def overdue(self, today: date) -> bool:
        return self.next_due is not None and today > self.next_due

    def waiting_on_sync(self) -> str:
        """What is next when it is not the stored milestone: a submit queued here waits for the
        sync (not "Submit"), a change the platform refused waits for a fix ("" otherwise)."""
        if self.sync_state == "failed":
            return "Refused by the platform"
        return "Submit waiting to be sent" if self.submit_waiting else ""


@dataclass(frozen=True, slots=True)
class QueuePage:
    rows: list[QueueRow]
    total: int
    query: QueueQuery = field(repr=False)
