"""Pull: what changed on the platform, from the event log, plus full walks when events are not enough.

The cursor is the time of the newest event read plus the ids already seen at that time (the log is
filtered by `created_at >= cursor`), so a round with nothing new is one request. Each touched order
or port-out is fetched and applied; with many touched orders one walk of the full list is cheaper.
The very first pull notes where the log ends, then walks every order and port-out (events from
long ago add nothing the current state does not say). A fetch that fails leaves the cursor where it
was, so those events are read again next round; applying them twice changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import TypeVar

from portdesk.platform.client import PlatformClient
from portdesk.platform.errors import NotFound, PlatformError
from portdesk.platform.models import PlatformOrder, Portout
from portdesk.platform.wire import parse_time
from portdesk.services.sync_apply import OrderApplier
from portdesk.services.sync_portouts import PortoutApplier
from portdesk.services.sync_report import SyncReport, stops_the_round
from portdesk.store.sync_repo import SyncRepository

T = TypeVar("T")
log = logging.getLogger("portdesk.sync")
CURSOR_TIME, CURSOR_IDS = "events.cursor_time", "events.cursor_ids"
RECONCILE_AT = 200  # touched orders beyond which one walk of the list is cheaper than GETs
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Puller:
    def __init__(self, client: PlatformClient, repo: SyncRepository, applier: OrderApplier,
                 portouts: PortoutApplier) -> None:
        self.client = client
        self.repo = repo
        self.applier = applier
        self.portouts = portouts
        self._fetch_failed = False

    def pull(self, report: SyncReport) -> None:
        since_text = self.repo.get(CURSOR_TIME)
        if not since_text:
            self.first_pull(report)
            return
        since = parse_time(since_text, "the sync cursor")
        seen = set(filter(None, self.repo.get(CURSOR_IDS).split(",")))
        orders: list[str] = []
        portouts: list[str] = []
        last = since
        for event in self.client.events(since):
            if event.id in seen:
                continue
            report.events += 1
            for order_id in (event.order_id, _split_target(event.payload)):
                if order_id and order_id not in orders:
                    orders.append(order_id)
            portout_id = event.payload.get("portout_id")
            if event.event_type.startswith("portout.") and isinstance(portout_id, str) \
                    and portout_id not in portouts:
                portouts.append(portout_id)
            if last is None or event.created_at > last:
                last, seen = event.created_at, set()
            seen.add(event.id)
        self._fetch_failed = False
        if len(orders) > RECONCILE_AT:
            self.applier.apply_orders(self.client.list_porting_orders(), report)
        else:
            self.applier.apply_orders(self._orders(orders, report), report)
        self.portouts.apply_portouts(self._portouts(portouts, report), report)
        if last is not None and not self._fetch_failed:
            self._save_cursor(last, seen)

    def first_pull(self, report: SyncReport) -> None:
        end, ids = self._log_end()
        self.reconcile(report)
        self._save_cursor(end, ids)

    def reconcile(self, report: SyncReport) -> None:
        """Walk every order and port-out: events get missed, this catches what they did not say."""
        self.applier.apply_orders(self.client.list_porting_orders(), report)
        self.portouts.apply_portouts(self.client.portouts(), report)

    def _log_end(self) -> tuple[datetime, set[str]]:
        """Where the event log ends now: the newest event's time and id (two requests)."""
        first = self.client.events_page(None, 1, size=1)
        total = first.meta.total_pages if first.meta else 1
        page = first if total <= 1 else self.client.events_page(None, total, size=1)
        if not page.items:
            return EPOCH, set()
        newest = page.items[-1]
        return newest.created_at, {newest.id}

    def _save_cursor(self, last: datetime, seen: set[str]) -> None:
        self.repo.put(CURSOR_TIME, last.isoformat())
        self.repo.put(CURSOR_IDS, ",".join(sorted(seen)))

    def _orders(self, order_ids: list[str], report: SyncReport) -> Iterator[PlatformOrder]:
        return self._fetch(order_ids, self.client.get_porting_order, "order", report)

    def _portouts(self, portout_ids: list[str], report: SyncReport) -> Iterator[Portout]:
        return self._fetch(portout_ids, self.client.get_portout, "port-out", report)

    def _fetch(self, ids: list[str], get: Callable[[str], T], what: str,
               report: SyncReport) -> Iterator[T]:
        """Each record by id; one gone from the platform is skipped, a failure noted."""
        for record_id in ids:
            try:
                yield get(record_id)
            except NotFound:
                log.info("%s %s is gone from the platform", what, record_id)
            except PlatformError as exc:
                self._skip(exc, report)

    def _skip(self, exc: PlatformError, report: SyncReport) -> None:
        if stops_the_round(exc):
            raise exc
        self._fetch_failed = True
        report.errors.append(str(exc))


def _split_target(payload: dict[str, object]) -> str | None:
    """`porting_order.split` names the new order under to.id."""
    target = payload.get("to")
    if isinstance(target, dict) and isinstance(target.get("id"), str):
        return str(target["id"])
    return None
