"""The sync runs on any provider that implements the port: a small one kept in memory here, with
its own status words and no JSON, drives a submit, an FOC date, a cancel and a port-out answer
through the real sync engine on a real SQLite store.

If a sync service reached past the port (an order's JSON, a status spelling of the HTTP platform,
an event payload), this provider would not have it and these tests would fail.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

from portdesk.domain.draft_fields import DRAFT_FIELDS, case_values
from portdesk.domain.lifecycle import Status
from portdesk.platform.errors import NotFound
from portdesk.platform.port import (
    ActivationJob,
    Comment,
    Document,
    EventKind,
    ExceptionType,
    Feed,
    FeedEvent,
    FocWindow,
    Order,
    OrderState,
    PortabilityResult,
    PortoutRequest,
    RejectionCode,
    Requirement,
    Skipped,
)
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.services.timeline import timeline
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, submitted

# This provider's own words for where an order is; the sync never sees them compared.
WORDS = {Status.DRAFT: "open", Status.SUBMITTED: "lodged", Status.FOC_CONFIRMED: "dated",
         Status.CANCEL_PENDING: "withdrawing", Status.CANCELLED: "withdrawn"}


def state(status: Status, foc: date | None = None) -> OrderState:
    return OrderState(status, WORDS.get(status, status.value), None, "", foc, {})


class MemoryPlatform:
    def __init__(self) -> None:
        self.requests_sent = 0
        self.zone = UTC
        self.skipped: list[Skipped] = []
        self.orders: dict[str, Order] = {}
        self.calls: list[str] = []
        self.events: list[FeedEvent] = []
        self.portouts: dict[str, PortoutRequest] = {}
        self._ids = itertools.count(1)

    @property
    def answers_read(self) -> int:
        return self.requests_sent

    def _call(self, name: str) -> None:
        self.requests_sent += 1
        self.calls.append(name)

    def close(self) -> None:
        pass

    def _get(self, order_id: str) -> Order:
        if order_id not in self.orders:
            raise NotFound(f"no order {order_id}")
        return self.orders[order_id]

    def _set(self, order: Order, status: Status, foc: date | None = None) -> Order:
        self.orders[order.id] = replace(order, state=state(status, foc),
                                        editable=status == Status.DRAFT)
        return self.orders[order.id]

    def orders_for(self, reference: str) -> list[Order]:
        self._call("orders_for")
        return [o for o in self.orders.values() if o.reference == reference]

    def create_order(self, numbers: list[str], reference: str,
                     account_number: str = "") -> list[Order]:
        self._call("create")
        order = Order(f"m-{next(self._ids)}", reference, frozenset(numbers),
                      state(Status.DRAFT), draft=dict.fromkeys(DRAFT_FIELDS, ""), editable=True)
        self.orders[order.id] = order
        return [order]

    def order(self, order_id: str) -> Order:
        self._call("order")
        return self._get(order_id)

    def all_orders(self) -> Iterator[Order]:
        self._call("all_orders")
        return iter(list(self.orders.values()))

    def update_order(self, order_id: str, case: object, foc_at: datetime | None,
                     texts: bool = True) -> Order:
        self._call("update")
        order = self._get(order_id)
        self.orders[order_id] = replace(order, draft=case_values(case))  # type: ignore[arg-type]
        return self.orders[order_id]

    def confirm_order(self, order_id: str) -> Order:
        self._call("confirm")
        return self._set(self._get(order_id), Status.SUBMITTED)

    def cancel_order(self, order_id: str) -> Order:
        self._call("cancel")
        return self._set(self._get(order_id), Status.CANCEL_PENDING)

    def comments(self, order_id: str) -> list[Comment]:
        return []

    def add_comment(self, order_id: str, text: str, already: int = 0) -> Comment:
        self._call("comment")
        return Comment("c-1", text, "user", None)

    def portout_comments(self, portout_id: str) -> list[Comment]:
        return []

    def add_portout_comment(self, portout_id: str, text: str, already: int = 0) -> Comment:
        self._call("portout comment")
        return Comment("c-2", text, "user", None)

    def upload_document(self, filename: str, content: bytes, content_type: str = "",
                        customer_reference: str | None = None) -> Document:
        self._call("upload")
        return Document(f"d-{next(self._ids)}", filename, "")

    def documents_by_reference(self, customer_reference: str) -> list[Document]:
        return []

    def document(self, document_id: str) -> Document:
        return Document(document_id, "", "")  # a platform that keeps no review of uploads

    def delete_document(self, document_id: str) -> None:
        pass

    def attach_documents(self, order_id: str, loa: str | None = None,
                         invoice: str | None = None) -> Order:
        self._call("attach")
        return self._get(order_id)

    def portability_check(self, numbers: list[str]) -> list[PortabilityResult]:
        return [PortabilityResult(n, True, "") for n in numbers]

    def requirements(self, order_id: str) -> list[Requirement]:
        return []

    def fulfil_requirements(self, order_id: str, values: dict[str, str]) -> object:
        return None

    def allowed_foc_windows(self, order_id: str) -> list[FocWindow]:
        return []

    def exception_types(self) -> list[ExceptionType]:
        return []

    def keep_number_behind(self, order_id: str, number: str, action: str) -> None:
        pass

    def activate(self, order_id: str) -> ActivationJob:
        raise NotFound("no activation here")

    def activation_jobs(self, order_id: str) -> list[ActivationJob]:
        return []

    def portout_requests(self, open_only: bool = False) -> Iterator[PortoutRequest]:
        return iter([p for p in self.portouts.values() if not open_only or p.awaiting_answer
                     or p.state.status == Status.FOC_CONFIRMED])

    def portout_request(self, portout_id: str) -> PortoutRequest:
        return self.portouts[portout_id]

    def ported_portouts(self, since: datetime) -> Iterator[PortoutRequest]:
        return iter([p for p in self.portouts.values() if p.state.status == Status.PORTED])

    def answer_portout_request(self, portout_id: str, authorize: bool, reason: str = "",
                               rejection_code: int | None = None,
                               host_messaging: bool = False) -> PortoutRequest:
        self._call("answer")
        status = Status.FOC_CONFIRMED if authorize else Status.CANCEL_PENDING
        answered = replace(self.portouts[portout_id], state=state(status), awaiting_answer=False)
        self.portouts[portout_id] = answered
        return answered

    def rejection_codes(self, portout_id: str) -> list[RejectionCode]:
        return []

    def events_since(self, feed: Feed, since: datetime | None) -> Iterator[FeedEvent]:
        return iter([e for e in self.events if (e.kind == EventKind.ORDER) == (feed == Feed.PORT_INS)
                     and (since is None or (e.created_at and e.created_at >= since))])

    def log_end(self, feed: Feed) -> tuple[datetime | None, set[str]]:
        return None, set()


def test_a_submit_reaches_a_second_provider_and_its_answers_come_home(desk: Store) -> None:
    platform = MemoryPlatform()
    engine = SyncEngine(desk, platform)
    case = submitted(desk, numbers(0, 2))
    assert case.id is not None
    report = engine.run_once()
    assert report.ok and report.pushed == 4, report.errors
    # create, update (read first), upload the LOA, confirm (read first: still editable?)
    assert platform.calls[:7] == ["create", "order", "update", "upload", "attach", "order", "confirm"]
    local = desk.cases.get(case.id)
    [order] = platform.orders.values()
    assert local.platform_order_id == order.id and local.sync_state == "synced"
    assert local.status == Status.SUBMITTED and local.platform_status == "lodged"
    assert order.draft["account_number"] == local.account_number

    # the provider dates it and says so in its log: the sync reads the order again
    platform._set(order, Status.FOC_CONFIRMED, date(2026, 4, 1))
    platform.events.append(FeedEvent("e-1", "dated", EventKind.ORDER, True,
                                     datetime(2026, 3, 3, tzinfo=UTC), order_ids=(order.id,)))
    report = engine.run_once()
    dated = desk.cases.get(case.id)
    assert dated.status == Status.FOC_CONFIRMED and dated.foc_date == date(2026, 4, 1)
    assert [n.kind for n in report.notices] == ["foc_set"]
    # the carrier moves the FOC: the case's trail says from what to what, like an edit
    platform._set(order, Status.FOC_CONFIRMED, date(2026, 4, 8))
    platform.events.append(FeedEvent("e-2", "dated", EventKind.ORDER, True,
                                     datetime(2026, 3, 4, tzinfo=UTC), order_ids=(order.id,)))
    engine.run_once()
    moved = [e.changes["foc_date"] for e in desk.audit.for_case(case.id)
             if e.action == "case.platform_edit" and "foc_date" in e.changes]
    assert moved == [{"old": None, "new": "2026-04-01"}, {"old": "2026-04-01", "new": "2026-04-08"}]
    told = [t.title for t in timeline(desk, case.id)]
    assert "FOC moved: Wed Apr 01, 2026 → Wed Apr 08, 2026" in told

    intents.cancel(desk, case.id, "customer changed their mind", "tester")
    assert engine.run_once().ok
    assert "cancel" in platform.calls
    assert desk.cases.get(case.id).status == Status.CANCEL_PENDING


def test_a_port_out_request_from_a_second_provider_is_answered_once(desk: Store) -> None:
    platform = MemoryPlatform()
    platform.portouts["p-1"] = PortoutRequest(
        "p-1", state(Status.SUBMITTED), ("+13125550150",), "Gaining Co", "Harbor Dental",
        awaiting_answer=True, details={"city": "Oxnard", "pon": "PON-7"})
    engine = SyncEngine(desk, platform)
    report = engine.run_once()
    [notice] = [n for n in report.notices if n.kind == "portout_waiting"]
    case = desk.cases.get(notice.case_id)
    assert case.status == Status.SUBMITTED and case.service_address.city == "Oxnard"
    assert "PON-7" in case.notes
    assert case.id is not None
    intents.decide_portout(desk, case.id, True, "", "tester")
    assert engine.run_once().ok
    assert platform.calls.count("answer") == 1
    assert desk.cases.get(case.id).status == Status.FOC_CONFIRMED
    assert engine.run_once().ok and platform.calls.count("answer") == 1
