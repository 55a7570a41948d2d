"""The Store: one database, its repositories and the secrets box. Open it once per process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from portdesk.store import key_record, team_key
from portdesk.store.anchors import AnchorBook, LazyAnchors
from portdesk.store.audit import AuditLog, Sealer, database_id
from portdesk.store.engine import make_engine, migrate
from portdesk.store.secrets import SecretBox
from portdesk.store.sessions import StoreSessions
from portdesk.store.unit import Unit
from portdesk.store.unreachable import say_when_unreachable
from portdesk.store.writable import QueueReadOnly, read_only_reason, tighten_own_files

if TYPE_CHECKING:
    from portdesk.store.cases import CaseRepository
    from portdesk.store.documents import (
        CommentRepository,
        DocumentRepository,
        VerificationRepository,
    )
    from portdesk.store.filters import SavedFilterRepository
    from portdesk.store.imports import ImportRepository
    from portdesk.store.queue import QueueRepository
    from portdesk.store.sync_repo import SyncRepository


class Store:
    def __init__(self, engine: Engine, box: SecretBox, anchors: AnchorBook | None = None,
                 key_dir: Path | None = None) -> None:
        from portdesk.config import data_dir

        self.engine = engine
        say_when_unreachable(engine)
        self.sessions = StoreSessions(engine)
        self.box = box
        with self.sessions() as session:
            identity = database_id(session) or ""
            box.bind(identity, team_key.team_info(session), key_record.read(session))
        team_key.guard(self.sessions, box)  # before sealing: never seal with a stale team key
        self.sealer = Sealer(box, anchors or LazyAnchors(key_dir or data_dir(),
                                                         lambda: box.in_keyring), identity)
        self.sessions.seal_with(self.sealer)
        key_record.remember(self.sessions, box)  # the key id, at the first sealed write
        self.read_only = read_only_reason(engine)  # "" when this process may write the queue
        self.notices: list[str] = []  # said once to the person who opened it (files tightened)
        self.sessions.before_write = self._before_write
        self.audit = AuditLog(self.sessions, self.sealer)

    def _before_write(self) -> None:
        if self.read_only:  # refused before it starts, in one line saying what to do
            raise QueueReadOnly(self.read_only)
        self.box.check_key()  # a desk without the queue's key writes nothing

    # Repositories are made (and their modules imported) when first asked for: `case list` needs
    # the queue only, and the command line starts faster without the rest.
    @cached_property
    def cases(self) -> CaseRepository:
        from portdesk.store.cases import CaseRepository

        return CaseRepository(self.sessions, self.box)

    @cached_property
    def queue(self) -> QueueRepository:
        from portdesk.store.queue import QueueRepository

        return QueueRepository(self.sessions)

    @cached_property
    def documents(self) -> DocumentRepository:
        from portdesk.store.documents import DocumentRepository

        return DocumentRepository(self.sessions, self.box)

    @cached_property
    def comments(self) -> CommentRepository:
        from portdesk.store.documents import CommentRepository

        return CommentRepository(self.sessions, self.box)

    @cached_property
    def verifications(self) -> VerificationRepository:
        from portdesk.store.documents import VerificationRepository

        return VerificationRepository(self.sessions, self.box)

    @cached_property
    def imports(self) -> ImportRepository:
        from portdesk.store.imports import ImportRepository

        return ImportRepository(self.sessions)

    @cached_property
    def saved_filters(self) -> SavedFilterRepository:
        from portdesk.store.filters import SavedFilterRepository

        return SavedFilterRepository(self.sessions)

    @cached_property
    def outbox(self) -> SyncRepository:
        """What PortDesk still owes the platform, and the sync's own state."""
        from portdesk.store.sync_repo import SyncRepository

        return SyncRepository(self.sessions, self.box)

    @classmethod
    def open(cls, url: str, key_dir: Path | None = None, *, box: SecretBox | None = None,
             anchors: AnchorBook | None = None, timeout: float | None = None) -> Store:
        """Open (and migrate) the database at `url`; seal what an older PortDesk left plain."""
        from portdesk.config import data_dir
        from portdesk.store.upgrade import upgrade_on_open

        engine = make_engine(url, timeout)
        try:
            migrate(engine)  # from here it is a PortDesk queue: its own files may be tightened
            notices = tighten_own_files(engine)
            store = cls(engine, box or SecretBox.open(key_dir or data_dir()), anchors, key_dir)
            store.notices = notices
            upgrade_on_open(store)
        except Exception:
            engine.dispose()
            raise
        return store

    def check_key(self) -> None:
        """Refuse now, in one line, a desk without this queue's key (the desk calls it when it
        opens; any write would be refused anyway, before it writes)."""
        self.box.check_key()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def unit(self) -> Iterator[Unit]:
        """One unit of work: a local change, its audit entries and its outbox intents commit
        together, once, or not at all; inside one already open on this thread, a part of it.

        It holds the queue's write lock from its first statement to its commit (see engine)."""
        with self.sessions.begin() as session:
            yield Unit(self, session)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session to read in (the unit's, when one is open on this thread)."""
        with self.sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """The unit of work's session (see `unit`)."""
        with self.unit() as unit:
            yield unit.session

    def close(self) -> None:
        self.engine.dispose()
