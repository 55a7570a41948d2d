"""Leases: one desk at a time on a piece of shared work, handed over when a desk dies.

A lease is taken with one atomic upsert (the row is new, expired, or already this desk's), so two
desks racing for it never both win, on SQLite or PostgreSQL, with or without the queue's write
lock. The holder renews it while it works (`Keeper.guard`, called before every platform request)
and deletes it when done; a desk killed mid-push simply stops renewing, and once the lease time
has passed the next desk takes the work over and resumes it from the first item not marked done
(every intent is safe to send again: see services/sync_push). A holder that ran on this machine
and whose process is gone is known dead without waiting (a desk restarted after a crash).

Safety rests on one inequality: a renewal is made whenever a quarter of the lease has passed, so
a request always starts with at least three quarters of the lease left; the lease must outlast
one request attempt (the client's timeouts) by that much. Times come from one injected clock;
desks on several machines use the database server's clock (`database_clock`), not their own.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, case, delete, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from portdesk.domain.errors import PortDeskError
from portdesk.store.schema import CaseRow, OutboxRow
from portdesk.store.sync_repo import HELD
from portdesk.store.team_schema import DeskRow, LeaseRow

Clock = Callable[[], datetime]
PULL = "feed:pull"  # the platform's event logs, their cursors and the pending port-outs
DEFAULT_LEASE = timedelta(seconds=120)
_CANDIDATES = 8


class LeaseLost(PortDeskError):
    """This desk's lease ran out and another desk may have taken the work: stop touching it."""


def case_lease(case_id: int) -> str:
    return f"case:{case_id}"


def system_clock() -> datetime:
    return datetime.now(UTC)


def database_clock(engine: Engine, local: Clock = system_clock) -> Clock:
    """The database server's clock, read once: every desk of a team then agrees on when a lease
    expires however far their own clocks drift apart. SQLite is one machine: its own clock."""
    if engine.dialect.name != "postgresql":
        return local
    with engine.connect() as conn:
        before = local()
        server: datetime = conn.execute(text("SELECT now()")).scalar_one()
        after = local()
    offset = server - (before + (after - before) / 2)
    return lambda: local() + offset


class LeaseBook:
    """The leases of one desk (`desk_id`), all of the same length."""

    def __init__(self, sessions: sessionmaker[Session], desk_id: str,
                 lease: timedelta = DEFAULT_LEASE, clock: Clock = system_clock,
                 host: str | None = None) -> None:
        self._sessions = sessions
        self.host = socket.gethostname() if host is None else host
        self.desk_id = desk_id
        self.lease = lease
        self.clock = clock

    def take(self, name: str, case_id: int | None = None, session: Session | None = None,
             dead: Sequence[str] | None = None) -> bool:
        """Take or renew the lease `name`: True when it is now this desk's."""
        if session is None:
            with self._sessions.begin() as own:
                return self.take(name, case_id, own)
        now = self.clock()
        dead = self.dead_here(session) if dead is None else dead
        values = {"name": name, "case_id": case_id, "desk_id": self.desk_id,
                  "acquired_at": now, "expires_at": now + self.lease}
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(LeaseRow).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=[LeaseRow.name],
            set_={"desk_id": self.desk_id, "case_id": case_id, "expires_at": now + self.lease,
                  "acquired_at": _acquired(self.desk_id, now)},
            where=(LeaseRow.desk_id == self.desk_id) | (LeaseRow.expires_at <= now)
            | LeaseRow.desk_id.in_(dead))
        # RETURNING, not rowcount: psycopg reports -1 for an upsert whose WHERE kept the row
        return session.execute(stmt.returning(LeaseRow.name)).first() is not None

    def dead_here(self, session: Session) -> list[str]:
        """Desks of this machine holding leases whose process is gone (a crash, a kill): their
        leases need not run out first, so a desk restarted after a crash resumes at once."""
        rows = session.execute(select(DeskRow.id, DeskRow.pid).distinct()
                               .join(LeaseRow, LeaseRow.desk_id == DeskRow.id)
                               .where(DeskRow.host == self.host, DeskRow.id != self.desk_id))
        return [desk for desk, pid in rows if not alive(int(pid))]

    def renew(self, name: str) -> bool:
        """Push the expiry on, if the lease is still this desk's (nobody took it over)."""
        now = self.clock()
        with self._sessions.begin() as session:
            moved = session.execute(update(LeaseRow).where(
                LeaseRow.name == name, LeaseRow.desk_id == self.desk_id)
                .values(expires_at=now + self.lease))
            return bool(moved.rowcount)  # type: ignore[attr-defined]

    def holds(self, session: Session, name: str) -> bool:
        """Whether the lease is this desk's and unexpired, read in the caller's transaction (a
        write fenced by it, such as moving a cursor, commits only while it holds)."""
        return session.scalar(select(LeaseRow.name).where(
            LeaseRow.name == name, LeaseRow.desk_id == self.desk_id,
            LeaseRow.expires_at > self.clock())) is not None

    def release(self, name: str) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(LeaseRow).where(LeaseRow.name == name,
                                                   LeaseRow.desk_id == self.desk_id))

    def release_all(self) -> None:
        """On a clean exit: nothing of this desk's should wait for its leases to run out."""
        with self._sessions.begin() as session:
            session.execute(delete(LeaseRow).where(LeaseRow.desk_id == self.desk_id))

    def claim_case(self, after: int) -> Claim | None:
        """A case with pending intents that no other desk holds, now leased to this desk; None
        when none is left. First a case whose holder's lease ran out (its work waits the least
        once free), else the case with the oldest pending intent past `after`.

        Cases are claimed whole, so all the intents of a case go out from one desk in the order
        they were made; a case held for a person (conflict, failed) is not claimed."""
        now = self.clock()
        with self._sessions.begin() as session:
            settled = ~select(OutboxRow.id).where(OutboxRow.case_id == LeaseRow.case_id,
                                                  OutboxRow.state == "pending").exists()
            session.execute(delete(LeaseRow).where(LeaseRow.case_id.is_not(None),
                                                   LeaseRow.expires_at <= now, settled))
            dead = self.dead_here(session)
            lapsed = (LeaseRow.desk_id != self.desk_id) & (
                (LeaseRow.expires_at <= now) | LeaseRow.desk_id.in_(dead))
            free = LeaseRow.name.is_(None) | (LeaseRow.desk_id == self.desk_id) | lapsed
            for where, having in ((lapsed, None), (free, after)):
                claim = self._claim_one(session, where, having, dead)
                if claim is not None:
                    return claim
        return None

    def _claim_one(self, session: Session, where: Any, after: int | None,
                   dead: Sequence[str]) -> Claim | None:
        first = func.min(OutboxRow.id)
        query = (select(OutboxRow.case_id, first, func.max(LeaseRow.desk_id))
                 .join(CaseRow, CaseRow.id == OutboxRow.case_id)
                 .outerjoin(LeaseRow, LeaseRow.case_id == OutboxRow.case_id)
                 .where(OutboxRow.state == "pending", CaseRow.sync_state.not_in(HELD), where)
                 .group_by(OutboxRow.case_id).order_by(first).limit(_CANDIDATES))
        if after is not None:
            query = query.having(first > after)
        for case_id, first_id, holder in session.execute(query).all():
            if self.take(case_lease(case_id), case_id, session, dead):
                return Claim(int(case_id), int(first_id),
                             holder if holder and holder != self.desk_id else None)
        return None


@dataclass(frozen=True, slots=True)
class Claim:
    case_id: int
    first_item: int  # the id of its oldest pending intent
    taken_from: str | None  # the desk whose lease had run out, when this is a takeover


def alive(pid: int) -> bool:
    """The process runs (on this machine); another user's counts as running."""
    if pid <= 0 or pid == os.getpid():
        return pid > 0
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive as far as we can tell
        return True
    return True


def _acquired(desk_id: str, now: datetime) -> Any:
    """A renewal keeps the time the lease was first taken; a takeover starts it again."""
    return case((LeaseRow.desk_id == desk_id, LeaseRow.acquired_at), else_=now)


@dataclass
class Keeper:
    """Holds one lease while its work runs: `guard()` before each platform request renews it
    once a quarter of the lease has passed, and raises LeaseLost if another desk has it."""

    book: LeaseBook
    name: str
    renewed_at: datetime

    @classmethod
    def start(cls, book: LeaseBook, name: str) -> Keeper:
        return cls(book, name, book.clock())

    def guard(self) -> None:
        now = self.book.clock()
        if now - self.renewed_at < self.book.lease / 4:
            return
        if not self.book.renew(self.name):
            raise LeaseLost(f"{self.name}: this desk's lease ran out and another desk took the "
                            "work over")
        self.renewed_at = now
