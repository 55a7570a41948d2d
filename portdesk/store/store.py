"""The Store: one database, its repositories and the secrets box. Open it once per process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from portdesk.store.audit import AuditLog
from portdesk.store.cases import CaseRepository
from portdesk.store.documents import CommentRepository, DocumentRepository, VerificationRepository
from portdesk.store.engine import make_engine, migrate
from portdesk.store.queue import QueueRepository
from portdesk.store.secrets import SecretBox
from portdesk.store.unreachable import say_when_unreachable


class Store:
    def __init__(self, engine: Engine, box: SecretBox) -> None:
        self.engine = engine
        say_when_unreachable(engine)
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.box = box
        self.cases = CaseRepository(self.sessions, box)
        self.queue = QueueRepository(self.sessions)
        self.documents = DocumentRepository(self.sessions)
        self.comments = CommentRepository(self.sessions)
        self.verifications = VerificationRepository(self.sessions)
        self.audit = AuditLog(self.sessions)

    @classmethod
    def open(cls, url: str, key_dir: Path | None = None) -> Store:
        """Open (and migrate) the database at `url`."""
        from portdesk.config import data_dir

        engine = make_engine(url)
        try:
            migrate(engine)
        except Exception:
            engine.dispose()
            raise
        return cls(engine, SecretBox.open(key_dir or data_dir()))

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: a local change, its audit entry and its outbox intent commit together."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
