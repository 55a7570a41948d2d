"""Sync between the local store and the platform: push the outbox, then pull what changed there.

A round (`run_once`) pushes every pending intent (sync_push), then reads the event log from the
stored cursor (sync_pull) and writes what the platform says onto the cases (sync_apply,
sync_portouts), flagging draft fields changed on both sides (sync_conflicts). `reconcile()` walks
every order for the events that were missed. A failure every further request would hit too ends
the round at once with the reason in `report.aborted`; nothing is lost, the next round resumes.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from portdesk.domain.actors import PLATFORM_ACTOR
from portdesk.domain.moments import shown_stamp
from portdesk.domain.sync_trouble import PendingChanges
from portdesk.platform.errors import PlatformError, Unreachable
from portdesk.platform.port import PortingPlatform
from portdesk.services import sync_keys
from portdesk.services.sync_apply import OrderApplier
from portdesk.services.sync_conflicts import ConflictKeeper, resolve_conflict
from portdesk.services.sync_dates import PlatformDates, Today
from portdesk.services.sync_documents import DocumentReviews
from portdesk.services.sync_portouts import PortoutApplier
from portdesk.services.sync_pull import CURSOR_IDS, CURSOR_TIME, Puller
from portdesk.services.sync_push import Pusher
from portdesk.services.sync_report import (
    Notice,
    SyncReport,
    stop_of,
    stops_the_round,
    support_key_key,
    with_support_key,
)
from portdesk.services.sync_walk import WalkSchedule
from portdesk.store.desks import DeskIdentity, DeskRegistry
from portdesk.store.leases import (
    DEFAULT_LEASE,
    PULL,
    Clock,
    Keeper,
    LeaseBook,
    LeaseLost,
    database_clock,
)
from portdesk.store.store import Store

__all__ = ["CURSOR_IDS", "CURSOR_TIME", "PLATFORM_ACTOR", "Notice", "SyncEngine", "SyncReport",
           "resolve_conflict"]
LAST_SYNC, NOT_BEFORE, LAST_WALK = sync_keys.LAST_SYNC, sync_keys.NOT_BEFORE, sync_keys.LAST_WALK


class SyncEngine:
    """One desk's sync. Desks sharing a queue each run their own engine: `desk` names this one,
    `lease` is how long its claim on a case (or on the event logs) lasts without renewal, and
    `clock` tells the time leases are measured by (by default the database server's), `today`
    the workstation's own date, which every date from the platform is held against
    (services.sync_dates), and `walk` how often a round walks every order on its own
    (services.sync_walk; `sync_walk.NEVER` for tests that move the clock by days)."""

    def __init__(self, store: Store, client: PortingPlatform, actor: str = PLATFORM_ACTOR, *,
                 desk: DeskIdentity | None = None, lease: timedelta = DEFAULT_LEASE,
                 clock: Clock | None = None, today: Today | None = None,
                 walk: WalkSchedule | None = None) -> None:
        self.store = store
        self.client = client
        self.actor = actor
        self.desk = desk or DeskIdentity.here(actor)
        clock = clock or database_clock(store.engine)
        self.clock = clock
        self.walk = walk or WalkSchedule()
        self.leases = LeaseBook(store.sessions, self.desk.id, lease, clock, self.desk.host)
        self.desks = DeskRegistry(store.sessions, clock)
        self.desks.register(self.desk)
        self.repo = store.outbox
        keeper = ConflictKeeper(store, self.repo, actor, PlatformDates(self.repo, actor, today),
                                clock)
        self.applier = OrderApplier(store, self.repo, keeper, actor)
        self.portouts = PortoutApplier(self.applier, clock, zone=client.zone)
        self._answers_at_start = client.answers_read
        self.pusher = Pusher(store, client, self.repo, self.applier, self.portouts,
                             self.leases, self.answered, clock)
        self.puller = Puller(client, self.repo, self.applier, self.portouts, self.answered)
        self.reviews = DocumentReviews(store, client, self.repo, actor, clock)

    def answered(self) -> bool:
        """Whether the platform gave any JSON answer this round (see stops_the_round)."""
        return self.client.answers_read > self._answers_at_start

    def run_once(self, reconcile: bool = False) -> SyncReport:
        report = SyncReport()
        start = self.client.requests_sent
        self._answers_at_start = self.client.answers_read
        self.client.skipped.clear()
        self.desks.seen(self.desk)
        if self._waiting(report):
            return report
        self.push(report)
        if report.aborted is None:
            self._with_feed(report, reconcile)
        report.notices[:] = [with_support_key(n, self.repo.get_json(support_key_key(n.case_id)))
                             for n in report.notices]
        report.skipped[:0] = self.client.skipped
        self.client.skipped.clear()
        report.requests = self.client.requests_sent - start
        if report.aborted is None:
            self.repo.put(LAST_SYNC, self.clock().isoformat())
        elif report.retry_after is not None:
            until = self.clock() + timedelta(seconds=report.retry_after)
            self.repo.put(NOT_BEFORE, until.isoformat())
            report.aborted += (f"; the platform asks PortDesk to wait: nothing is sent before "
                               f"{shown_stamp(until, seconds=True)}")
        return report

    def _waiting(self, report: SyncReport) -> bool:
        """Whether a Retry-After given to this queue (to any of its desks) still runs: then the
        round sends nothing and says until when."""
        text = self.repo.get(NOT_BEFORE)
        if not text:
            return False
        until = datetime.fromisoformat(text)
        if self.clock() >= until:
            return False
        report.aborted = ("the platform asks PortDesk to wait (Retry-After): nothing was sent; "
                          f"the next round may send from {shown_stamp(until, seconds=True)}")
        return True

    def _with_feed(self, report: SyncReport, reconcile: bool) -> None:
        """Portability checks and the pull, by one desk of the team at a time: the one that
        holds the feed's lease. The others leave it to that desk this round."""
        if not self.leases.take(PULL):
            report.pull_elsewhere = True
            return
        keeper = Keeper.start(self.leases, PULL)
        self.client.guard = keeper.guard
        self.puller.fence = lambda session: self.leases.holds(session, PULL)
        try:
            walk = reconcile or self.walk.due(self.last_walk(), self.clock())
            self._portability(report)
            if report.aborted is None:
                self.pull(report)
            if report.aborted is None:
                self._reviews(report)
            if walk and not report.walked and report.aborted is None:
                self.reconcile(report)
            if report.walked and report.aborted is None:
                self.repo.put(LAST_WALK, self.clock().isoformat())
        except LeaseLost as exc:
            report.errors.append(str(exc))
        finally:
            self.client.guard = None
            self.puller.fence = lambda _session: True
            self.leases.release(PULL)

    def _portability(self, report: SyncReport) -> None:
        """Numbers entered on draft port-ins are checked for portability (a few cases a round)."""
        try:
            self.pusher.steps.check_new_numbers(report)
        except PlatformError as exc:
            if stops_the_round(exc, self.answered()):
                _abort(report, exc)
            else:
                report.errors.append(str(exc))

    def _reviews(self, report: SyncReport) -> None:
        """Uploads read back for the platform's review and virus scan (services.sync_documents)."""
        try:
            self.reviews.check(report)
        except PlatformError as exc:
            if stops_the_round(exc, self.answered()):
                _abort(report, exc)
            else:
                report.errors.append(str(exc))

    def push(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport()
        try:
            self.pusher.push(report)
        except PlatformError as exc:
            _abort(report, exc)
        return report

    def pull(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport()
        try:
            self.puller.pull(report)
        except PlatformError as exc:
            _abort(report, exc)
        return report

    def reconcile(self, report: SyncReport | None = None) -> SyncReport:
        """Walk every order and port-out: events get missed, this catches what they did not say."""
        report = report or SyncReport()
        try:
            self.puller.reconcile(report)
        except PlatformError as exc:
            _abort(report, exc)
        return report

    def pending_count(self) -> int:
        return self.repo.pending_count()

    def pending_changes(self) -> PendingChanges:
        return self.repo.pending_changes()

    def last_success(self) -> datetime | None:
        text = self.repo.get(LAST_SYNC)
        return datetime.fromisoformat(text) if text else None

    def last_walk(self) -> datetime | None:
        """When a desk of this queue last walked every order (None: never)."""
        text = self.repo.get(LAST_WALK)
        return datetime.fromisoformat(text) if text else None


def _abort(report: SyncReport, exc: PlatformError) -> None:
    report.aborted = str(exc)
    report.offline = isinstance(exc, Unreachable)
    report.stop = stop_of(exc)
    report.retry_after = exc.retry_after
