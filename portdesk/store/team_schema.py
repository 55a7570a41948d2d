"""Tables of a team sharing one queue: the desks seen, the leases they hold, who has a case open.

Kept beside schema.py (same Base, same naming convention) so the team's tables read as one piece;
the migration `0006_team` creates them. A lease is a row, not a row lock: a lock ends with its
transaction, and a push must not hold a transaction (nor the queue's write lock) open across
HTTP calls. A lease row survives the transaction that took it and simply expires when its desk
stops renewing it (a desk killed mid-push), so the next desk can take the work over.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from portdesk.store.schema import Base


def aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; every time PortDesk writes is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


class DeskRow(Base):
    """One running PortDesk (a window or a `portdesk sync`), by the id it made at start."""

    __tablename__ = "desks"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    os_user: Mapped[str] = mapped_column(String(120))
    host: Mapped[str] = mapped_column(String(255), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    actor: Mapped[str] = mapped_column(String(120), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class LeaseRow(Base):
    """Who may act on a piece of shared work until when: `case:<id>` (push a case's outbox) or
    `feed:pull` (read the platform's event logs and move their cursors)."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    desk_id: Mapped[str] = mapped_column(String(40))
    acquired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class PresenceRow(Base):
    """A case open in a desk's editor, kept fresh by a heartbeat and removed on close."""

    __tablename__ = "presence"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    desk_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    actor: Mapped[str] = mapped_column(String(120))
    since: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    heartbeat: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class TeamKeyRow(Base):
    """The team's key, wrapped with the team passphrase (one row): how a desk joins without
    anyone copying a key file, and how a rotation reaches every desk."""

    __tablename__ = "team_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    generation: Mapped[int] = mapped_column(Integer)
    key_id: Mapped[str] = mapped_column(String(32))
    wrapped: Mapped[str] = mapped_column(Text)
    from_seq: Mapped[int] = mapped_column(Integer)  # first audit entry sealed with this key
    epochs: Mapped[str] = mapped_column(Text, default="")  # earlier keys' audit parts
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(255))
    rotated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    rotated_by: Mapped[str] = mapped_column(String(255), default="")
