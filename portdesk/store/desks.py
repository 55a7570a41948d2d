"""The desks of a team and the cases they have open.

Every PortDesk process that works the queue (a window, a `portdesk sync`) registers itself once
with a fresh id, the desk's name, the OS user and the specialist, and touches `last_seen` as it
works: `portdesk team status` lists who is around, and leases name their holder by that id. An
editor showing a case writes a presence row and beats it while the case stays open; a colleague
opening the same case is told who has it and since when. A desk that dies leaves a row whose
heartbeat stops: it is ignored once older than the expiry, and swept by the next desk.
"""

from __future__ import annotations

import getpass
import os
import secrets
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from portdesk.store.leases import Clock, alive, system_clock
from portdesk.store.team_schema import DeskRow, PresenceRow, aware

PRESENCE_EXPIRY = timedelta(seconds=45)  # three missed heartbeats (every 15 s)
FORGET_AFTER = timedelta(days=30)  # desks not seen for this long leave the list
_HERE: dict[tuple[str, str, int], DeskIdentity] = {}


@dataclass(frozen=True, slots=True)
class DeskIdentity:
    id: str
    name: str
    os_user: str
    host: str
    pid: int
    actor: str

    @classmethod
    def here(cls, actor: str, name: str = "") -> DeskIdentity:
        """This process as a desk: one id per process, so the window's presence and its sync
        worker are one desk in `team status` (a `portdesk sync` elsewhere is another)."""
        key = (actor, name, os.getpid())
        if key not in _HERE:
            host = socket.gethostname()
            _HERE[key] = cls(f"{host[:24]}-{os.getpid()}-{secrets.token_hex(4)}", name or host,
                             _os_user(), host, os.getpid(), actor)
        return _HERE[key]

    @property
    def label(self) -> str:
        """How the audit log and the status name this desk: desk name and OS user."""
        return f"{self.name} ({self.os_user})"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no passwd entry in a container: still a desk
        return os.environ.get("USER") or "unknown"


@dataclass(frozen=True, slots=True)
class Desk:
    id: str
    name: str
    os_user: str
    host: str
    pid: int
    actor: str
    started_at: datetime
    last_seen: datetime


@dataclass(frozen=True, slots=True)
class Editing:
    """A colleague with a case open: who (the specialist), on which desk, since when."""

    case_id: int
    desk_id: str
    actor: str
    desk_name: str
    since: datetime


class DeskRegistry:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = system_clock) -> None:
        self._sessions = sessions
        self.clock = clock

    def register(self, desk: DeskIdentity) -> None:
        now = self.clock()
        with self._sessions.begin() as session:
            session.execute(delete(DeskRow).where(DeskRow.last_seen < now - FORGET_AFTER))
            row = session.get(DeskRow, desk.id)
            if row is None:
                session.add(DeskRow(id=desk.id, name=desk.name, os_user=desk.os_user,
                                    host=desk.host, pid=desk.pid, actor=desk.actor,
                                    started_at=now, last_seen=now))
            else:
                row.last_seen = now

    def seen(self, desk: DeskIdentity) -> None:
        """The desk is alive and working (registered again if its row was swept)."""
        with self._sessions.begin() as session:
            moved = session.execute(update(DeskRow).where(DeskRow.id == desk.id)
                                    .values(last_seen=self.clock()))
        if not moved.rowcount:  # type: ignore[attr-defined]
            self.register(desk)

    def desks(self, since: datetime | None = None) -> list[Desk]:
        with self._sessions() as session:
            query = select(DeskRow).order_by(DeskRow.last_seen.desc())
            if since is not None:
                query = query.where(DeskRow.last_seen >= since)
            return [Desk(r.id, r.name, r.os_user, r.host, r.pid, r.actor, aware(r.started_at),
                         aware(r.last_seen)) for r in session.scalars(query)]

    # presence
    def open_case(self, desk: DeskIdentity, case_id: int) -> None:
        """This desk shows `case_id` (and no other case: one editor per desk)."""
        now = self.clock()
        with self._sessions.begin() as session:
            session.execute(delete(PresenceRow).where(PresenceRow.desk_id == desk.id,
                                                      PresenceRow.case_id != case_id))
            row = session.get(PresenceRow, (case_id, desk.id))
            if row is None:
                session.add(PresenceRow(case_id=case_id, desk_id=desk.id, actor=desk.actor,
                                        since=now, heartbeat=now))
            else:
                row.heartbeat = now

    def beat(self, desk: DeskIdentity) -> None:
        """The heartbeat of whatever this desk has open, and of the desk itself."""
        now = self.clock()
        with self._sessions.begin() as session:
            session.execute(update(PresenceRow).where(PresenceRow.desk_id == desk.id)
                            .values(heartbeat=now))
            session.execute(update(DeskRow).where(DeskRow.id == desk.id).values(last_seen=now))
            session.execute(delete(PresenceRow).where(
                PresenceRow.heartbeat < now - 4 * PRESENCE_EXPIRY))

    def close_case(self, desk: DeskIdentity) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(PresenceRow).where(PresenceRow.desk_id == desk.id))

    def editing(self, case_id: int, desk_id: str,
                expiry: timedelta = PRESENCE_EXPIRY) -> list[Editing]:
        """Colleagues (other desks) with `case_id` open whose heartbeat is fresh, earliest first.

        A desk of this machine whose process is gone is nobody (a desk killed or crashed and
        started again named itself "is editing" for the 45 s its heartbeat stayed fresh)."""
        here = socket.gethostname()
        with self._sessions() as session:
            rows = session.execute(
                select(PresenceRow, DeskRow.name, DeskRow.host, DeskRow.pid)
                .outerjoin(DeskRow, DeskRow.id == PresenceRow.desk_id)
                .where(PresenceRow.case_id == case_id, PresenceRow.desk_id != desk_id,
                       PresenceRow.heartbeat >= self.clock() - expiry)
                .order_by(PresenceRow.since)).all()
            return [Editing(p.case_id, p.desk_id, p.actor, name or "", aware(p.since))
                    for p, name, host, pid in rows
                    if host != here or pid is None or alive(int(pid))]
