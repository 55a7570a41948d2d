"""Sessions of one store: reads as usual, writes under the write lock and sealed into the audit log.

`sessions()` opens a reading session. `sessions.begin()` opens a write transaction: its connection
takes the queue's write lock before the first read (engine.writer), the audit entries it gathered
are sealed into the chain just before it commits, and the newest seal is anchored outside the
database once it has. Every repository writes through `begin()`, so the rule holds for the desk,
the CLI, the sync engine and the import alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from portdesk.store import audit
from portdesk.store.engine import writer


class StoreSessions(sessionmaker[Session]):
    def __init__(self, engine: Engine) -> None:
        super().__init__(engine, expire_on_commit=False)
        self._writer = writer(engine)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        with self(bind=self._writer) as session, session.begin():
            yield session

    def seal_with(self, sealer: audit.Sealer) -> None:
        """Seal every write transaction's audit entries with `sealer`'s key."""
        event.listen(self, "before_commit", lambda s: audit.seal_pending(s, sealer))
        event.listen(self, "after_commit", lambda s: audit.anchor_committed(s, sealer))
        event.listen(self, "after_rollback", audit.discard_pending)
