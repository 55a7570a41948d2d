"""The Store: one database, its repositories and the secrets box. Open it once per process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from portdesk.store import key_record, team_key
from portdesk.store.anchors import AnchorBook, open_anchors
from portdesk.store.audit import AuditLog, Sealer, database_id
from portdesk.store.cases import CaseRepository
from portdesk.store.documents import CommentRepository, DocumentRepository, VerificationRepository
from portdesk.store.engine import make_engine, migrate
from portdesk.store.imports import ImportRepository
from portdesk.store.queue import QueueRepository
from portdesk.store.secrets import SecretBox
from portdesk.store.sessions import StoreSessions
from portdesk.store.unreachable import say_when_unreachable


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
        self.sealer = Sealer(box, anchors or open_anchors(key_dir or data_dir(), box.in_keyring),
                             identity)
        self.sessions.seal_with(self.sealer)
        key_record.remember(self.sessions, box)  # the key id, at the first sealed write
        self.cases = CaseRepository(self.sessions, box)
        self.queue = QueueRepository(self.sessions)
        self.documents = DocumentRepository(self.sessions, box)
        self.comments = CommentRepository(self.sessions)
        self.verifications = VerificationRepository(self.sessions)
        self.imports = ImportRepository(self.sessions)
        self.audit = AuditLog(self.sessions, self.sealer)

    @classmethod
    def open(cls, url: str, key_dir: Path | None = None, *, box: SecretBox | None = None,
             anchors: AnchorBook | None = None, timeout: float | None = None) -> Store:
        """Open (and migrate) the database at `url`; seal what an older PortDesk left plain."""
        from portdesk.config import data_dir
        from portdesk.store.upgrade import upgrade_on_open

        engine = make_engine(url, timeout)
        try:
            migrate(engine)
            store = cls(engine, box or SecretBox.open(key_dir or data_dir()), anchors, key_dir)
            upgrade_on_open(store)
        except Exception:
            engine.dispose()
            raise
        return store

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: a local change, its audit entry and its outbox intent commit together.

        It holds the queue's write lock from its first statement to its commit (see engine)."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
