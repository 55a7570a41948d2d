"""Whether the case still asks for the date its signed LOA prints, and who moved it.

The requested date is deliberately not bound to the signature (domain/loa_binding): the platform
moves it into an allowed FOC window, a colleague moves it, and the letter stays "matching". Left
unsaid, a specialist printed a letter asking for one day beside an order for another. The date
the letter prints is kept with its binding when it is signed or filled ("printed"); a letter
filed before that is read from the audit log (the date the case held when it was signed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from portdesk.domain.actors import PLATFORM_ACTOR
from portdesk.domain.case import PortCase
from portdesk.domain.loa_binding import PRINTED_DATE, PrintedDate
from portdesk.store.audit import AuditEntry
from portdesk.store.documents import Document
from portdesk.store.store import Store

PRINTED_KEY = "printed"
# what the sync engine writes when the platform moved the date (its actor may be renamed)
PLATFORM_ACTIONS = ("case.foc_window", "case.platform_edit")
SIGNED = ("loa_signed", "loa_wet_signed")


def printed_meta(case: PortCase) -> dict[str, Any]:
    """What the letter prints and does not bind, kept beside its binding."""
    return {PRINTED_KEY: {PRINTED_DATE: case.requested_date.isoformat()
                          if case.requested_date else ""}}


@dataclass(frozen=True, slots=True)
class DateMoved:
    printed: PrintedDate  # what the signed letter prints, who moved the case's date
    now: date | None  # the case's requested date now
    signed_on: date | None
    at: datetime  # the last move after signing (the signing, when the log has none)
    actor: str = ""  # who the log says moved it, as it names every writer

    def sentence(self) -> str:
        return self.printed.note(self.now, self.signed_on)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value not in (None, "") else None
    except ValueError:
        return None


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _moves(entries: list[AuditEntry], since: datetime) -> list[AuditEntry]:
    return [e for e in entries if _aware(e.at) > since
            and isinstance((e.changes or {}).get(PRINTED_DATE), dict)]


def _asked(doc: Document, moves: list[AuditEntry], case: PortCase) -> date | None:
    printed = doc.meta.get(PRINTED_KEY)
    if isinstance(printed, dict) and PRINTED_DATE in printed:
        return _day(printed[PRINTED_DATE])
    if moves:  # filed before the printed date was kept: the date before the first move
        return _day(moves[0].changes[PRINTED_DATE].get("old"))
    return case.requested_date


def printed_date(store: Store, case: PortCase,
                 entries: list[AuditEntry] | None = None) -> tuple[PrintedDate, date, datetime, str] | None:
    """The signed LOA's printed date, who last moved the case's date since, the signing day and
    when it moved (the signing, when the log does not say); None without a signed letter."""
    if case.id is None:
        return None
    doc = store.documents.latest(case.id, *SIGNED)
    if doc is None:
        return None
    signed = _aware(doc.signed_at or doc.created_at)
    moves = _moves(entries if entries is not None else store.audit.for_case(case.id), signed)
    last = moves[-1] if moves else None
    by = "" if last is None else ("the platform" if last.actor == PLATFORM_ACTOR
                                  or last.action in PLATFORM_ACTIONS else last.actor)
    moved_to = _day(last.changes[PRINTED_DATE].get("new")) if last else None
    return PrintedDate(_asked(doc, moves, case), by, moved_to), signed.date(), \
        (last.at if last else signed), (last.actor if last else "")


def date_moved(store: Store, case: PortCase,
               entries: list[AuditEntry] | None = None) -> DateMoved | None:
    """The signed LOA's date against the case's, or None when they agree (or no letter)."""
    found = printed_date(store, case, entries)
    if found is None or found[0].asked == case.requested_date:
        return None
    printed, signed_on, at, actor = found
    return DateMoved(printed, case.requested_date, signed_on, at, actor)
