"""Sync between the local store and the platform: push the outbox, pull the event log.

Push: outbox items in id order; a case whose item fails keeps its later items for the next run, so
each case's intents reach the platform in order. Every intent is safe to resend: the client dedupes
creates by the case reference and checks state before resending confirm, cancel and comments.
Pull: events from the stored cursor (a time plus the ids already seen at that time), then each
touched order is fetched and mapped onto its case. `reconcile()` walks every order for the events
that were missed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from portdesk.domain.case import PortCase
from portdesk.domain.errors import NotFound
from portdesk.platform.client import PlatformClient
from portdesk.platform.errors import PlatformError, RequestRejected
from portdesk.platform.models import PlatformOrder
from portdesk.platform.sync.mapping import order_state
from portdesk.platform.wire import order_fields, parse_time
from portdesk.store.store import Store
from portdesk.store.sync_repo import OutboxItem, SyncRepository

log = logging.getLogger("portdesk.sync")
CURSOR_TIME, CURSOR_IDS = "events.cursor_time", "events.cursor_ids"
PLATFORM_ACTOR = "platform"


@dataclass
class SyncReport:
    pushed: int = 0
    failed: int = 0
    events: int = 0
    cases_updated: int = 0
    errors: list[str] = field(default_factory=list)


class SyncEngine:
    def __init__(self, store: Store, client: PlatformClient, actor: str = PLATFORM_ACTOR) -> None:
        self.store = store
        self.client = client
        self.actor = actor
        self.repo = SyncRepository(store.sessions)

    def run_once(self) -> SyncReport:
        report = SyncReport()
        self.push(report)
        self.pull(report)
        return report

    # push
    def push(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport()
        blocked: set[int] = set()
        for item in self.repo.pending():
            if item.case_id in blocked:
                continue
            try:
                values = self._apply(item)
            except RequestRejected as exc:  # the platform will never accept it as is
                self.repo.mark_failed(item.id, str(exc), final=True)
                blocked.add(item.case_id)
                report.failed += 1
                report.errors.append(str(exc))
            except PlatformError as exc:  # try again next run, after this case's earlier items
                self.repo.mark_failed(item.id, str(exc))
                blocked.add(item.case_id)
                report.failed += 1
                report.errors.append(str(exc))
            else:
                self.repo.mark_done(item.id, values)
                report.pushed += 1
        return report

    def _apply(self, item: OutboxItem) -> dict[str, object]:
        case = self.store.cases.get(item.case_id)
        if item.intent == "create":
            orders = self.client.create_porting_order(case.number_e164s, case.reference)
            first = orders[0]
            return {"platform_order_id": first.id, "platform_refs": [o.id for o in orders],
                    "platform_status": first.status}
        order_id = self._order_id(case)
        if item.intent == "update":
            return {"platform_status": self.client.update_porting_order(
                order_id, order_fields(case)).status}
        if item.intent == "confirm":
            return {"platform_status": self.client.confirm_porting_order(order_id).status}
        if item.intent == "cancel":
            return {"platform_status": self.client.cancel_porting_order(order_id).status}
        if item.intent == "comment":
            self.client.add_comment(order_id, str(item.payload.get("body", "")))
            return {}
        raise RequestRejected(f"PortDesk does not know how to send '{item.intent}'", 0, [])

    def _order_id(self, case: PortCase) -> str:
        if case.platform_order_id:
            return case.platform_order_id
        found = self.client.find_orders(case.reference)
        if not found:
            raise RequestRejected(f"{case.reference} has no platform order yet", 0, [])
        return found[0].id

    # pull
    def pull(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport()
        since_text = self.repo.get(CURSOR_TIME)
        since = parse_time(since_text, "the sync cursor") if since_text else None
        seen = set(filter(None, self.repo.get(CURSOR_IDS).split(",")))
        touched: list[str] = []
        last: datetime | None = since
        for event in self.client.events(since):
            if event.id in seen:
                continue
            report.events += 1
            if event.order_id and event.order_id not in touched:
                touched.append(event.order_id)
            if last is None or event.created_at > last:
                last, seen = event.created_at, set()
            seen.add(event.id)
        report.cases_updated += self._apply_orders(self._fetch(touched))
        if last is not None:
            self.repo.put(CURSOR_TIME, last.isoformat())
            self.repo.put(CURSOR_IDS, ",".join(sorted(seen)))
        return report

    def reconcile(self, report: SyncReport | None = None) -> SyncReport:
        """Walk every order: events get missed, this catches what they did not say."""
        report = report or SyncReport()
        report.cases_updated += self._apply_orders(self.client.list_porting_orders())
        return report

    def _fetch(self, order_ids: Iterable[str]) -> Iterable[PlatformOrder]:
        for order_id in order_ids:
            try:
                yield self.client.get_porting_order(order_id)
            except PlatformError as exc:
                log.info("order %s not fetched: %s", order_id, exc)

    def _apply_orders(self, orders: Iterable[PlatformOrder]) -> int:
        updated = 0
        for order in orders:
            case = self.store.cases.find_by_platform_order(order.id)
            if case is None and order.customer_reference:
                try:
                    case = self.store.cases.get_by_reference(order.customer_reference)
                except NotFound:  # an order PortDesk did not make: not ours to track
                    case = None
                if case is not None and case.platform_order_id not in (None, order.id):
                    case = None  # a split child of this case's order: linked cases, not done yet
            if case is not None and self._apply_order(case, order):
                updated += 1
        return updated

    def _apply_order(self, case: PortCase, order: PlatformOrder) -> bool:
        state = order_state(order)
        assert case.id is not None
        changed = False
        if state.status is not None and state.status != case.status:
            self.store.cases.change_status(case.id, state.status, self.actor,
                                           f"platform: {order.status}",
                                           platform_status=order.status, enforce=False)
            changed = True
        values: dict[str, object] = {}
        if case.platform_status != state.platform_status:
            values["platform_status"] = state.platform_status
        if state.foc_date and state.foc_date != case.foc_date:
            values["foc_date"] = state.foc_date
        if state.exception_code != case.exception_code:
            values["exception_code"] = state.exception_code
            values["exception_detail"] = state.exception_detail
        if case.platform_order_id is None:
            values["platform_order_id"] = order.id
        if values:
            self.repo.set_case_values(case.id, **values)
            changed = True
        return changed
