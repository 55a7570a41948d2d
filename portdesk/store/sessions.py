"""Sessions of one store: reads as usual, writes under the write lock and sealed into the audit log,
and one unit of work per use case.

`sessions()` opens a reading session. `sessions.begin()` opens a write transaction: its connection
takes the queue's write lock before the first read (engine.writer), the audit entries it gathered
are sealed into the chain just before it commits, and the newest seal is anchored outside the
database once it has. Every repository writes through `begin()`, so the rule holds for the desk,
the CLI, the sync engine and the import alike.

While a write transaction is open on a thread, it is that thread's unit of work: every session a
repository asks for there (`sessions()` or `begin()`) is the unit's one session, so a use case that
files a document, records what it proved and queues its upload commits once, or not at all
(Store.unit). A part of a unit that fails fails the whole: the unit rolls back even if the
failure was caught in between (`UnitFailed`). Other threads never see the unit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from portdesk.store import audit
from portdesk.store.engine import writer

FAILED = "portdesk.unit_failed"  # session.info key: a part of the unit raised


class UnitFailed(RuntimeError):
    """A part of a unit of work raised and was caught inside it: nothing was written."""


class UnitSession(Session):
    """A session that a unit's repositories may each enter and leave: it closes when the last
    one leaves (the unit's own block), not when the first repository is done with it."""

    _entered = 0

    def __enter__(self) -> UnitSession:
        self._entered += 1
        return self

    def __exit__(self, *exc: Any) -> None:
        self._entered -= 1
        if self._entered <= 0:
            self.close()


class StoreSessions(sessionmaker[Session]):
    def __init__(self, engine: Engine) -> None:
        super().__init__(engine, expire_on_commit=False, class_=UnitSession)
        self._writer = writer(engine)
        self._local = threading.local()
        # called before each write transaction begins (Store: the desk's key must be the queue's)
        self.before_write: Callable[[], None] = lambda: None

    def current(self) -> Session | None:
        """The unit of work open on this thread, if any (a UnitSession)."""
        unit: Session | None = getattr(self._local, "unit", None)
        return unit

    def __call__(self, **kw: Any) -> Session:
        unit = self.current()
        return unit if unit is not None else super().__call__(**kw)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A write transaction: a new unit of work, or a part of the one open on this thread."""
        unit = self.current()
        if unit is not None:
            with unit:
                try:
                    yield unit
                except BaseException as exc:
                    unit.info[FAILED] = exc
                    raise
            return
        self.before_write()
        with super().__call__(bind=self._writer) as session, session.begin():
            self._local.unit = session
            try:
                yield session
                failed = session.info.pop(FAILED, None)
                if failed is not None:
                    raise UnitFailed("a part of this change failed, so none of it was saved: "
                                     f"{failed}") from failed
            finally:
                session.info.pop(FAILED, None)
                self._local.unit = None

    def seal_with(self, sealer: audit.Sealer) -> None:
        """Seal every write transaction's audit entries with `sealer`'s key."""
        event.listen(self, "before_commit", lambda s: audit.seal_pending(s, sealer))
        event.listen(self, "after_commit", lambda s: audit.anchor_committed(s, sealer))
        event.listen(self, "after_rollback", audit.discard_pending)
