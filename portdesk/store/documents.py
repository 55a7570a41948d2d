"""Documents kept with a case (LOAs, signed LOAs, bills), comments on it and its checks.

A signed LOA prints the PIN and a bill holds the account, so documents are sealed (AES-GCM with a
key from the secrets box) before they reach the database or its WAL; the SHA-256 the audit log
records is the plain document's, so the hash a carrier or an auditor computes still matches.
Comments (a specialist may paste a PIN or an account into one) and the notes of checks (a bill
check's reason quotes the bill; "verified another way" says what the CSR showed) are sealed the
same way, and their audit entries carry no text, only that there is some.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, defer, sessionmaker

from portdesk.domain.errors import NotFound
from portdesk.domain.lifecycle import Status
from portdesk.domain.routing import PREFIX as POST_PORT
from portdesk.domain.routing import Routing, routing_of
from portdesk.domain.schedule import next_milestone
from portdesk.store import audit
from portdesk.store.schema import CaseRow, CommentRow, DocumentRow, VerificationRow
from portdesk.store.secrets import SecretBox

DOCUMENT_KINDS = ("loa", "loa_signed", "loa_wet_signed", "bill", "other")


@dataclass(frozen=True, slots=True)
class Document:
    id: int
    case_id: int
    kind: str
    filename: str
    media_type: str
    size: int
    sha256: str
    created_at: datetime
    created_by: str
    signed_at: datetime | None
    meta: dict[str, Any]
    platform_document_id: str | None


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    case_id: int
    author: str
    at: datetime
    body: str
    source: str


@dataclass(frozen=True, slots=True)
class Verification:
    id: int
    case_id: int
    field: str
    verdict: str
    method: str
    note: str
    actor: str
    at: datetime


def _doc(row: DocumentRow) -> Document:
    return Document(row.id, row.case_id, row.kind, row.filename, row.media_type, row.size,
                    row.sha256, row.created_at, row.created_by, row.signed_at,
                    dict(row.meta or {}), row.platform_document_id)


COMMENT, NOTE = b"comment", b"check note"  # what each sealed text is (bound into its seal)


def seal_note(box: SecretBox, text: str, purpose: bytes) -> str:
    """The text as stored: sealed, or empty (an empty note hides nothing)."""
    return box.seal_text(text, purpose) if text else ""


def open_note(box: SecretBox, stored: str, sealed: bool, purpose: bytes) -> str:
    return box.open_text(stored, purpose) if sealed and stored else stored


def _ref(session: Session, case_id: int) -> str:
    ref = session.scalar(select(CaseRow.reference).where(CaseRow.id == case_id))
    if ref is None:
        raise NotFound(f"case {case_id} does not exist")
    return ref


class DocumentRepository:
    def __init__(self, sessions: sessionmaker[Session], box: SecretBox) -> None:
        self._sessions = sessions
        self._box = box

    def add(self, case_id: int, kind: str, filename: str, content: bytes, actor: str, *,
            media_type: str = "application/pdf", signed_at: datetime | None = None,
            meta: dict[str, Any] | None = None, session: Session | None = None) -> Document:
        """Store a document and put its SHA-256 in the case's audit log, in one transaction."""
        if session is None:
            with self._sessions.begin() as own:
                return self.add(case_id, kind, filename, content, actor, media_type=media_type,
                                signed_at=signed_at, meta=meta, session=own)
        if kind not in DOCUMENT_KINDS:
            raise ValueError(f"unknown document kind {kind}")
        digest = hashlib.sha256(content).hexdigest()
        row = DocumentRow(case_id=case_id, kind=kind, filename=filename, media_type=media_type,
                          content=self._box.seal(content), sealed=True, size=len(content),
                          sha256=digest, created_at=datetime.now(UTC), created_by=actor,
                          signed_at=signed_at, meta=meta or {})
        session.add(row)
        session.flush()
        audit.append(session, actor=actor, action="document.added",
                     changes={"kind": kind, "filename": filename, "sha256": digest,
                              "signed_at": signed_at.isoformat() if signed_at else None},
                     case_id=case_id, case_reference=_ref(session, case_id))
        return _doc(row)

    def for_case(self, case_id: int, kind: str | None = None) -> list[Document]:
        with self._sessions() as session:
            stmt = select(DocumentRow).where(DocumentRow.case_id == case_id) \
                .options(defer(DocumentRow.content))
            if kind:
                stmt = stmt.where(DocumentRow.kind == kind)
            rows = session.scalars(stmt.order_by(DocumentRow.id))
            return [_doc(r) for r in rows]

    def latest(self, case_id: int, *kinds: str) -> Document | None:
        with self._sessions() as session:
            row = session.scalars(select(DocumentRow).where(
                DocumentRow.case_id == case_id, DocumentRow.kind.in_(kinds))
                .options(defer(DocumentRow.content))
                .order_by(DocumentRow.id.desc()).limit(1)).first()
            return _doc(row) if row else None

    def content(self, document_id: int) -> bytes:
        with self._sessions() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFound(f"document {document_id} does not exist")
            content = bytes(row.content)
            return self._box.unseal(content) if row.sealed else content

    def set_platform_id(self, document_id: int, platform_id: str | None) -> None:
        with self._sessions.begin() as session:
            row = session.get(DocumentRow, document_id)
            if row is not None:
                row.platform_document_id = platform_id

    def update_meta(self, document_id: int, meta: dict[str, Any]) -> None:
        with self._sessions.begin() as session:
            row = session.get(DocumentRow, document_id)
            if row is not None:
                row.meta = {**(row.meta or {}), **meta}


class CommentRepository:
    def __init__(self, sessions: sessionmaker[Session], box: SecretBox) -> None:
        self._sessions = sessions
        self._box = box

    def add(self, case_id: int, author: str, body: str, *, source: str = "local",
            platform_comment_id: str | None = None, at: datetime | None = None,
            session: Session | None = None) -> Comment:
        if session is None:
            with self._sessions.begin() as own:
                return self.add(case_id, author, body, source=source,
                                platform_comment_id=platform_comment_id, at=at, session=own)
        text = body.strip()
        if not text:
            raise ValueError("a comment cannot be empty")
        row = CommentRow(case_id=case_id, author=author, at=at or datetime.now(UTC),
                         body=seal_note(self._box, text, COMMENT), sealed=True, source=source,
                         platform_comment_id=platform_comment_id)
        session.add(row)
        session.flush()
        audit.append(session, actor=author, action="comment.added",
                     changes={"source": source, "length": len(text)}, case_id=case_id,
                     case_reference=_ref(session, case_id))
        return Comment(row.id, case_id, author, row.at, text, source)

    def for_case(self, case_id: int) -> list[Comment]:
        with self._sessions() as session:
            rows = session.scalars(select(CommentRow).where(CommentRow.case_id == case_id)
                                   .order_by(CommentRow.at, CommentRow.id))
            return [self._comment(r) for r in rows]

    def bodies(self, comment_ids: list[int]) -> dict[int, str]:
        """The text of each comment (the sync sends it; the outbox names the comment only)."""
        with self._sessions() as session:
            rows = session.scalars(select(CommentRow).where(CommentRow.id.in_(comment_ids)))
            return {r.id: self._comment(r).body for r in rows}

    def _comment(self, r: CommentRow) -> Comment:
        return Comment(r.id, r.case_id, r.author, r.at,
                       open_note(self._box, r.body, r.sealed, COMMENT), r.source)

    def has_platform_comment(self, platform_comment_id: str) -> bool:
        with self._sessions() as session:
            return session.scalar(select(CommentRow.id).where(
                CommentRow.platform_comment_id == platform_comment_id)) is not None


class VerificationRepository:
    def __init__(self, sessions: sessionmaker[Session], box: SecretBox) -> None:
        self._sessions = sessions
        self._box = box

    def record(self, case_id: int, field: str, verdict: str, method: str, note: str, actor: str,
               document_id: int | None = None) -> Verification:
        with self._sessions.begin() as session:
            row = VerificationRow(case_id=case_id, field=field, verdict=verdict, method=method,
                                  note=seal_note(self._box, note, NOTE), sealed=True,
                                  document_id=document_id, actor=actor, at=datetime.now(UTC))
            session.add(row)
            session.flush()
            audit.append(session, actor=actor, action="field.verified",
                         changes={"field": field, "verdict": verdict, "method": method,
                                  "noted": bool(note)},
                         case_id=case_id, case_reference=_ref(session, case_id))
            if field.startswith(POST_PORT):
                _follow_routing(session, self._box, case_id)
            return Verification(row.id, case_id, field, verdict, method, note, actor, row.at)

    def for_case(self, case_id: int) -> list[Verification]:
        with self._sessions() as session:
            rows = session.scalars(select(VerificationRow).where(VerificationRow.case_id == case_id)
                                   .order_by(VerificationRow.id))
            return [Verification(r.id, r.case_id, r.field, r.verdict, r.method,
                                 open_note(self._box, r.note, r.sealed, NOTE), r.actor, r.at)
                    for r in rows]


def routing(session: Session, case_id: int) -> Routing:
    """What the case's post-port checks add up to (each check's newest record counts)."""
    newest: dict[str, str] = {}
    for field, verdict in session.execute(
            select(VerificationRow.field, VerificationRow.verdict)
            .where(VerificationRow.case_id == case_id,
                   VerificationRow.field.startswith(POST_PORT, autoescape=True))
            .order_by(VerificationRow.id)):
        newest[field] = verdict
    return routing_of(newest)


def _follow_routing(session: Session, box: SecretBox, case_id: int) -> None:
    """A post-port check moves the queue's milestone column of a ported case (derived, so no
    version or audit change: the check itself is audited)."""
    from portdesk.store.mapping import row_to_case

    row = session.get(CaseRow, case_id)
    if row is None or row.status != Status.PORTED.value:
        return
    milestone = next_milestone(row_to_case(row, box), datetime.now(UTC).date(),
                               routing=routing(session, case_id))
    session.execute(update(CaseRow).where(CaseRow.id == case_id)
                    .values(next_milestone=milestone.name, next_due=milestone.due)
                    .execution_options(synchronize_session=False))
