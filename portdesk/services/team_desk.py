"""A desk as one member of a team: who it is, which case it has open, which colleagues have the
same case open, and hearing the shared queue change (the desk's GUI calls these on workers)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from portdesk.config import Settings
from portdesk.domain.moments import shown_time
from portdesk.store.desks import DeskIdentity, DeskRegistry, Editing
from portdesk.store.leases import Clock, database_clock
from portdesk.store.listen import ANY, ChangeListener, listener_for
from portdesk.store.store import Store
from portdesk.store.watch import SQLiteWatcher

__all__ = ["ANY", "ChangeListener", "Colleague", "SQLiteWatcher", "TeamDesk", "editing_line"]


@dataclass(frozen=True, slots=True)
class Colleague:
    """A colleague with the open case in their editor, as the banner names them."""

    actor: str
    desk: str
    since: datetime


class TeamDesk:
    def __init__(self, store: Store, settings: Settings, actor: str,
                 clock: Clock | None = None) -> None:
        self.store = store
        self.identity = DeskIdentity.here(actor, settings.desk_name)
        self._clock = clock
        self.registry: DeskRegistry | None = None

    def join(self) -> None:
        """Register this desk (on a worker: it reads the database clock and writes)."""
        clock = self._clock or database_clock(self.store.engine)
        self.registry = DeskRegistry(self.store.sessions, clock)
        self.registry.register(self.identity)

    def _registry(self) -> DeskRegistry:
        if self.registry is None:
            self.join()
        assert self.registry is not None
        return self.registry

    def opened(self, case_id: int) -> list[Colleague]:
        """This desk shows `case_id`: say so, and who else has it open."""
        self._registry().open_case(self.identity, case_id)
        return self.colleagues(case_id)

    def colleagues(self, case_id: int) -> list[Colleague]:
        return [_colleague(e) for e in self._registry().editing(case_id, self.identity.id)]

    def beat(self) -> None:
        self._registry().beat(self.identity)

    def closed(self) -> None:
        self._registry().close_case(self.identity)

    def listener(self, on_change: Callable[[str], None],
                 on_state: Callable[[bool, str], None]) -> ChangeListener | SQLiteWatcher | None:
        return listener_for(self.store.engine, on_change, on_state)


def _colleague(editing: Editing) -> Colleague:
    return Colleague(editing.actor, editing.desk_name, editing.since)


def editing_line(colleagues: list[Colleague]) -> str:
    """'Maria Lopez is editing since 10:42' (local time), one clause per colleague."""
    parts = [f"{c.actor} is editing since {shown_time(c.since)}"
             + (f" (desk {c.desk})" if c.desk and c.desk != c.actor else "")
             for c in colleagues]
    return "; ".join(parts)
