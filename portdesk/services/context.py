"""What a command or a window needs to act: settings, who is acting, and the store, opened lazily.

Commands that never touch the database (bill extract, loa sign, sandbox) never open it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from portdesk.config import Settings, load_settings

if TYPE_CHECKING:
    from portdesk.store.store import Store


@dataclass
class Context:
    settings: Settings
    db_url: str
    _store: Store | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, db_url: str | None) -> Context:
        settings = load_settings()
        return cls(settings=settings, db_url=db_url or settings.resolved_db_url())

    @property
    def actor(self) -> str:
        return self.settings.actor

    @property
    def store(self) -> Store:
        if self._store is None:
            from portdesk.store.store import Store

            self._store = Store.open(self.db_url)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
