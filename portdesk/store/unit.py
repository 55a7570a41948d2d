"""A unit of work: one session, one transaction, and every repository working in it.

`Store.unit()` opens one (or joins the one already open on this thread, see sessions.py). Each
repository a unit hands out reads and writes in the unit's session, the outbox included, so a use
case's local change, its audit entries and its outbox intents commit together once, or not at
all. Services take the transaction as a `Session` from here, never from SQLAlchemy: what runs SQL
lives in the store.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from portdesk.store.audit import AuditLog
    from portdesk.store.cases import CaseRepository
    from portdesk.store.documents import (
        CommentRepository,
        DocumentRepository,
        VerificationRepository,
    )
    from portdesk.store.imports import ImportRepository
    from portdesk.store.store import Store
    from portdesk.store.sync_repo import SyncRepository

__all__ = ["Session", "Unit"]


class Unit:
    """The repositories of one unit of work. While the unit is open, the store's own repositories
    work in it too (on this thread), so a service may pass the store to another service."""

    def __init__(self, store: Store, session: Session) -> None:
        self.store = store
        self.session = session

    @cached_property
    def cases(self) -> CaseRepository:
        return self.store.cases

    @cached_property
    def documents(self) -> DocumentRepository:
        return self.store.documents

    @cached_property
    def comments(self) -> CommentRepository:
        return self.store.comments

    @cached_property
    def verifications(self) -> VerificationRepository:
        return self.store.verifications

    @cached_property
    def imports(self) -> ImportRepository:
        return self.store.imports

    @cached_property
    def audit(self) -> AuditLog:
        return self.store.audit

    @cached_property
    def outbox(self) -> SyncRepository:
        return self.store.outbox
