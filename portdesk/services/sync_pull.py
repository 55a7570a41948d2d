"""Pull: what changed on the platform, from both event logs and the lists of open port-outs.

Every round reads `/porting/events` (port-in orders) and `/portouts/events` (port-out requests),
each from its own cursor, and the lists of `pending` and `authorized` port-outs: a request whose
event never came is still found the same round, and so is one the platform authorized before
this queue ever saw it (it does so when nobody answers within 24-48 hours). The cursor of a
log is the newest event time seen in it plus the ids seen in the LATE_EVENTS before it; the log
is read from that much before the cursor (`created_at >= cursor - LATE_EVENTS`) and what was seen
is skipped, so an event the platform lists late is read once and none twice; nothing assumes the
log is sorted either way. An event listed before its payload was made (`payload_status:
created`, no payload) whose news is in the payload (a comment, a new FOC) is left unseen and read
again on a later round, within the same window. An event that cannot be read is skipped and reported (id and type), an unknown
type is reported and still refreshes what it names, and a record that cannot be fetched goes on a
refetch list tried again for a few rounds: the cursor always moves on, one record never stalls
the sync. The very first pull notes where each log ends, then walks every order and port-out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from portdesk.platform.errors import NotFound, PlatformError
from portdesk.platform.port import (
    EventKind,
    Feed,
    FeedEvent,
    Order,
    PortingPlatform,
    PortoutRequest,
)
from portdesk.services import sync_keys
from portdesk.services.sync_apply import OrderApplier
from portdesk.services.sync_portouts import PortoutApplier, PortoutNews
from portdesk.services.sync_report import SyncReport, stops_the_round
from portdesk.store.sync_repo import SyncRepository

T = TypeVar("T")
log = logging.getLogger("portdesk.sync")
CURSOR_TIME, CURSOR_IDS = sync_keys.CURSOR_TIME, sync_keys.CURSOR_IDS  # the port-in log's cursor
PORTOUT_CURSOR, CURSOR_FLOOR = sync_keys.PORTOUT_CURSOR, sync_keys.CURSOR_FLOOR
PORTED_CURSOR = sync_keys.PORTED_CURSOR
# Each round asks for the port-outs ported since the last round's start less this much: the
# cursor is a moment of the sync's clock and `ported_out_at` one of the platform's, so clocks an
# hour apart, or a port the platform stamps a little before it lists it, still overlap (a
# request read twice changes nothing) rather than leave a gap.
PORTED_OVERLAP = timedelta(hours=1)
REFETCH = "sync.refetch"
GIVE_UP_AFTER = 5  # rounds a record may fail to fetch before PortDesk stops asking
RECONCILE_AT = 200  # touched orders beyond which one walk of the list is cheaper than GETs
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SEEN_LIMIT = 500
# How far back each round reads a log again: events a platform lists late (written by another of
# its workers after a later one was read) are still read; those already read are skipped by id.
LATE_EVENTS = timedelta(minutes=10)
_WINDOW_LIMIT = 5000  # ids kept for that window; past it the oldest are read (and applied) again


@dataclass
class Cursor:
    time: datetime | None
    seen: set[str] = field(default_factory=set)
    # events before this moment are known without their ids (the first pull walked every record
    # after it; a cursor kept by an earlier PortDesk): never read again
    floor: datetime | None = None


class Puller:
    def __init__(self, client: PortingPlatform, repo: SyncRepository, applier: OrderApplier,
                 portouts: PortoutApplier, answered: Callable[[], bool] = lambda: True) -> None:
        self.client = client
        self.repo = repo
        self.applier = applier
        self.portouts = portouts
        self._answered = answered
        self._failed: dict[str, int] = {}
        # whether this desk may still move the cursors (it holds the feed's lease); one desk: yes
        self.fence: Callable[[Any], bool] = lambda _session: True

    def pull(self, report: SyncReport) -> None:
        began = self.portouts.clock()  # the next round asks for what ported since (overlapped)
        porting = self._load_cursor(Feed.PORT_INS)
        if porting is None:
            self.first_pull(report, began)
            return
        portout = self._load_cursor(Feed.PORT_OUTS) or self._log_end(Feed.PORT_OUTS)
        orders: list[str] = []
        news = PortoutNews()
        porting = self._read_log(Feed.PORT_INS, porting, report,
                                 lambda ev: self._route_porting(ev, orders, news, report))
        portout = self._read_log(Feed.PORT_OUTS, portout, report,
                                 lambda ev: self._route_portout(ev, news, report))
        retry = self.repo.get_json(REFETCH) or {}
        orders += [k[6:] for k in retry if k.startswith("order:") and k[6:] not in orders]
        news.refresh += [k[8:] for k in retry if k.startswith("portout:")
                         and k[8:] not in news.refresh]
        self._failed = {}
        if len(orders) > RECONCILE_AT:
            self.applier.apply_orders(self.client.all_orders(), report)
        else:
            self.applier.apply_orders(self._orders(orders, report), report)
        fetched = list(self._portouts(news.refresh, report))
        pending = [p for p in self.client.portout_requests(open_only=True)
                   if p.id not in {f.id for f in fetched}]
        # an open case whose request left the open lists with no event said so (canceled by
        # the gaining carrier, ported, rejected): read it, or it waits for ever
        listed = {p.id for p in [*fetched, *pending]}
        # one that came and ported between two rounds with no event (or whose events were
        # missed) is in neither open list: asked for by when it ported, not left to the walk
        pending += [p for p in self._ported() if p.id not in listed]
        listed = {p.id for p in [*fetched, *pending]}
        gone = [pid for pid in self.repo.open_portouts() if pid not in listed]
        fetched += list(self._portouts(gone, report))
        self.portouts.apply_portouts([*fetched, *pending], report, news.details)
        news.read = {p.id for p in [*fetched, *pending]}
        self.portouts.apply_news(news, report)
        self._save_cursors({Feed.PORT_INS: porting, Feed.PORT_OUTS: portout},
                           self._refetch_list(retry, report), report, ported=began)

    def first_pull(self, report: SyncReport, began: datetime | None = None) -> None:
        ends = {feed: self._log_end(feed) for feed in Feed}
        self.reconcile(report)
        self._save_cursors(ends, None, report, ported=began)

    def _ported(self) -> list[PortoutRequest]:
        """Port-outs ported since the last round began (less PORTED_OVERLAP). A queue that
        never asked starts from its last walk, which read every request before it (or, failing
        that, its last successful round); one that never synced has its first pull's walk."""
        saved = self.repo.get(PORTED_CURSOR) or self.repo.get(sync_keys.LAST_WALK) or \
            self.repo.get(sync_keys.LAST_SYNC)
        if not saved:
            return []
        return list(self.client.ported_portouts(_moment(saved) - PORTED_OVERLAP))

    def reconcile(self, report: SyncReport) -> None:
        """Walk every order and port-out: events get missed, this catches what they did not say.

        A page-numbered list that changes while it is walked shifts under the walk: an order
        deleted from a page already read moves the first order of the next page onto it, and
        that order is never listed. So every open order of this queue the walk did not list is
        then read on its own (one deleted is dropped)."""
        listed: set[str] = set()

        def noted(orders: Iterator[Order]) -> Iterator[Order]:
            for order in orders:
                listed.add(order.id)
                yield order

        self.applier.apply_orders(noted(self.client.all_orders()), report)
        missed = [o for o in self.repo.open_orders() if o not in listed]
        if missed:
            log.info("the walk did not list %d open order(s): read on their own", len(missed))
            self.applier.apply_orders(self._orders(missed, report), report)
        self.portouts.apply_portouts(self.client.portout_requests(), report)
        report.walked = True

    # the logs
    def _read_log(self, feed: Feed, cursor: Cursor, report: SyncReport,
                  route: Callable[[FeedEvent], None]) -> Cursor:
        """Every event not seen yet, routed; returns the cursor to save: the newest time seen
        and the ids seen within LATE_EVENTS of it. The log is read from LATE_EVENTS before the
        cursor: an event listed after a later one was read (written late) is still read, and
        one read before is skipped by its id."""
        since = cursor.time - LATE_EVENTS if cursor.time and cursor.time > EPOCH else cursor.time
        if since is not None and cursor.floor is not None and since < cursor.floor:
            since = cursor.floor
        newest, listed, timeless = cursor.time, dict.fromkeys(cursor.seen, cursor.time), set()
        for event in self.client.events_since(feed, since):
            if event.payload_pending and event.id not in cursor.seen:
                # listed before its payload was made: not seen yet, read again next round
                log.info("event %s (%s) has no payload yet", event.id, event.name)
                continue
            moment = event.created_at
            if moment is None:
                timeless.add(event.id)
            else:
                listed[event.id] = moment
                newest = moment if newest is None or moment > newest else newest
            if event.id in cursor.seen:
                continue
            report.events += 1
            route(event)
        window = sorted(((when, key) for key, when in listed.items() if when is not None
                         and newest is not None and when >= newest - LATE_EVENTS), reverse=True)
        seen = {key for _, key in window[:_WINDOW_LIMIT]} | set(list(timeless)[:_SEEN_LIMIT])
        return Cursor(newest, seen, cursor.floor)

    def _route_porting(self, event: FeedEvent, orders: list[str], news: PortoutNews,
                       report: SyncReport) -> None:
        if not event.known:
            _unknown(event, report)
        if event.kind == EventKind.ORDER_COMMENT:
            news.comments.append(event)
        for order_id in event.order_ids:
            if order_id not in orders:
                orders.append(order_id)

    def _route_portout(self, event: FeedEvent, news: PortoutNews, report: SyncReport) -> None:
        if not event.known:
            _unknown(event, report)
        if not event.portout_id:
            report.skip("event", event.id, event.name, "names no port-out")
            return
        if event.kind == EventKind.PORTOUT_COMMENT:
            news.comments.append(event)
        elif event.kind == EventKind.PORTOUT_FOC:
            news.focs.append(event)
        if event.kind == EventKind.PORTOUT_STATUS:
            news.details[event.portout_id] = event.details
        if event.kind != EventKind.PORTOUT_COMMENT and event.portout_id not in news.refresh:
            news.refresh.append(event.portout_id)

    def _log_end(self, feed: Feed) -> Cursor:
        """Where a log ends now, whichever way it is sorted."""
        newest, ids = self.client.log_end(feed)
        return Cursor(newest, ids, newest) if newest else Cursor(EPOCH)

    def _load_cursor(self, feed: Feed) -> Cursor | None:
        if feed == Feed.PORT_INS:
            text = self.repo.get(CURSOR_TIME)
            if not text:
                return None
            ids = set(filter(None, self.repo.get(CURSOR_IDS).split(",")))
            floor = self.repo.get(CURSOR_FLOOR)
            return Cursor(_moment(text), ids, _moment(floor or text))
        saved = self.repo.get_json(PORTOUT_CURSOR)
        if not isinstance(saved, dict) or not saved.get("time"):
            return None
        return Cursor(_moment(saved["time"]), set(saved.get("ids") or []),
                      _moment(saved.get("floor") or saved["time"]))

    def _save_cursors(self, cursors: dict[Feed, Cursor], refetch: dict[str, int] | None,
                      report: SyncReport, ported: datetime | None = None) -> None:
        """Both cursors (and the refetch list, and the moment the round began for the ported
        port-outs) in one transaction at the end of a round that read everything, and only
        while this desk still holds the feed (`fence`): a desk that lost it mid-round, or a
        round that failed, never moves them, so the next round asks from the old moment."""
        with self.repo.sessions.begin() as session:
            if not self.fence(session):
                report.errors.append("another desk took over reading the platform's events; "
                                     "this round's cursors were left to it")
                return
            for feed, cursor in cursors.items():
                moment = (cursor.time or EPOCH).isoformat()
                if feed == Feed.PORT_INS:
                    self.repo.put(CURSOR_TIME, moment, session)
                    self.repo.put(CURSOR_IDS, ",".join(sorted(cursor.seen)), session)
                    self.repo.put(CURSOR_FLOOR, (cursor.floor or EPOCH).isoformat(), session)
                else:
                    self.repo.put_json(PORTOUT_CURSOR, {
                        "time": moment, "ids": sorted(cursor.seen),
                        "floor": (cursor.floor or EPOCH).isoformat()}, session)
            if refetch is not None:
                self.repo.put_json(REFETCH, refetch, session)
            if ported is not None:
                self.repo.put(PORTED_CURSOR, ported.isoformat(), session)

    # records
    def _orders(self, order_ids: list[str], report: SyncReport) -> Iterator[Order]:
        return self._fetch(order_ids, self.client.order, "order", report)

    def _portouts(self, portout_ids: list[str], report: SyncReport) -> Iterator[PortoutRequest]:
        return self._fetch(portout_ids, self.client.portout_request, "port-out", report)

    def _fetch(self, ids: list[str], get: Callable[[str], T], what: str,
               report: SyncReport) -> Iterator[T]:
        """Each record by id; one gone is dropped, one that fails goes on the refetch list."""
        for record_id in ids:
            try:
                yield get(record_id)
            except NotFound:
                log.info("%s %s is gone from the platform", what, record_id)
            except PlatformError as exc:
                if stops_the_round(exc, self._answered()):
                    raise
                key = ("order:" if what == "order" else "portout:") + record_id
                self._failed[key] = 1
                report.skip(what, record_id, type(exc).__name__, str(exc))

    def _refetch_list(self, before: dict[str, Any], report: SyncReport) -> dict[str, int] | None:
        """The records to fetch again next round (None: nothing to store)."""
        keep = {}
        for key in self._failed:
            tries = int(before.get(key, 0)) + 1
            if tries >= GIVE_UP_AFTER:
                report.errors.append(f"gave up fetching {key.replace(':', ' ')} after {tries} "
                                     "rounds; run `portdesk sync --reconcile` once it is fixed")
                continue
            keep[key] = tries
        return keep if keep or before else None


def _unknown(event: FeedEvent, report: SyncReport) -> None:
    log.warning("event %s has a type PortDesk does not know: %s", event.id, event.name)
    report.unknown.append(f"event type {event.name} (event {event.id})")


def _moment(text: str) -> datetime:
    """A cursor as this module saved it (ISO 8601; a time without a zone is UTC)."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)
