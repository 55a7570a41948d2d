"""The database schema. Changes go through an Alembic migration in migrations/versions/."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CaseRow(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(32), default="port_in")
    status: Mapped[str] = mapped_column(String(32), default="draft", index=True)
    platform_status: Mapped[str | None] = mapped_column(String(64))
    service_type: Mapped[str] = mapped_column(String(16), default="wireline")
    service_type_override: Mapped[str | None] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(2), default="US")
    customer_type: Mapped[str] = mapped_column(String(16), default="business")
    account_name: Mapped[str] = mapped_column(String(200))
    authorized_name: Mapped[str] = mapped_column(String(200), default="")
    authorized_title: Mapped[str] = mapped_column(String(120), default="")
    account_number: Mapped[str] = mapped_column(String(64), default="")
    pin_encrypted: Mapped[str | None] = mapped_column(Text)
    btn: Mapped[str] = mapped_column(String(20), default="")
    losing_carrier: Mapped[str] = mapped_column(String(120), default="")
    service_address: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    billing_address: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    port_type: Mapped[str] = mapped_column(String(16), default="full")
    remaining_action: Mapped[str | None] = mapped_column(String(16))
    remaining_numbers: Mapped[list[str]] = mapped_column(JSON, default=list)
    new_btn: Mapped[str] = mapped_column(String(20), default="")
    requested_date: Mapped[date | None] = mapped_column(Date)
    foc_date: Mapped[date | None] = mapped_column(Date, index=True)
    platform_order_id: Mapped[str | None] = mapped_column(String(64), index=True)
    platform_refs: Mapped[list[str]] = mapped_column(JSON, default=list)
    temporary_number: Mapped[str] = mapped_column(String(20), default="")
    # a port-in's texts go with the numbers (the order's messaging.enable_messaging; 0013)
    port_texts: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    assignee: Mapped[str] = mapped_column(String(120), default="", index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    exception_code: Mapped[str | None] = mapped_column(String(64))
    exception_detail: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    sync_state: Mapped[str] = mapped_column(String(16), default="local")
    sync_error: Mapped[str] = mapped_column(Text, default="")
    # how the last change that did not reach the platform ended (domain/sync_outcome; 0010)
    sync_outcome: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    conflict: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    number_count: Mapped[int] = mapped_column(Integer, default=0)
    next_milestone: Mapped[str] = mapped_column(String(32), default="")
    next_due: Mapped[date | None] = mapped_column(Date, index=True)
    # what the case waits for from the customer, in words, as the platform said it (codes sent
    # and not verified, requirements pending; domain/customer_wait); "" when nothing (0012)
    customer_wait: Mapped[str] = mapped_column(String(300), default="", server_default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)

    numbers: Mapped[list[NumberRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="NumberRow.position"
    )

    __table_args__ = (
        Index("ix_cases_status_updated", "status", "updated_at"),
        Index("ix_cases_kind_status", "kind", "status"),
        Index("ix_cases_assignee_updated", "assignee", "updated_at"),  # "My cases" (0007)
    )


class NumberRow(Base):
    __tablename__ = "case_numbers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    e164: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="fixed")
    country: Mapped[str] = mapped_column(String(2), default="US")
    status: Mapped[str] = mapped_column(String(16), default="pending")
    rejection_code: Mapped[str | None] = mapped_column(String(64))

    case: Mapped[CaseRow] = relationship(back_populates="numbers")
    __table_args__ = (UniqueConstraint("case_id", "e164", name="uq_case_numbers_case_e164"),)


class StatusChangeRow(Base):
    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    platform_status: Mapped[str | None] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str] = mapped_column(Text, default="")


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # loa, loa_signed, loa_wet_signed, bill, other
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/pdf")
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(120), default="")
    signed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    platform_document_id: Mapped[str | None] = mapped_column(String(64))
    sealed: Mapped[bool] = mapped_column(Boolean, default=True, server_default=false())


class CommentRow(Base):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    body: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="local")  # local | platform
    platform_comment_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    sealed: Mapped[bool] = mapped_column(Boolean, default=True, server_default=false())  # 0008


class AuditRow(Base):
    """Append-only (triggers refuse UPDATE and DELETE); each row's seal is a keyed hash (HMAC) of
    its content, its number in the chain, the previous seal and the state of its case."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(120))
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    case_reference: Mapped[str] = mapped_column(String(32), default="")
    action: Mapped[str] = mapped_column(String(64))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str | None] = mapped_column(String(200))
    scheme: Mapped[int] = mapped_column(Integer, default=2, server_default="1")  # 1: unkeyed

    __table_args__ = (Index("uq_audit_log_seq", "seq", unique=True),)


class AuditHeadRow(Base):
    """One row holding the chain's head (sealed); it only moves forward (a trigger says so)."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
    last_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    seal: Mapped[str] = mapped_column(String(64), default="", server_default="")


class ImportRow(Base):
    """A file imported into the queue, by content hash: the same file again is recognised."""

    __tablename__ = "case_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    cases: Mapped[int] = mapped_column(Integer)
    first_reference: Mapped[str] = mapped_column(String(32), default="")
    last_reference: Mapped[str] = mapped_column(String(32), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(120))


class OutboxRow(Base):
    """A local intent for the platform, written in the same transaction as the local change."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    intent: Mapped[str] = mapped_column(String(32))  # create, update, confirm, cancel, upload, ...
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    dedupe_key: Mapped[str] = mapped_column(String(128), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_outcome: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # domain/sync_outcome
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SyncStateRow(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SavedFilterRow(Base):
    __tablename__ = "saved_filters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    query: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class VerificationRow(Base):
    """A field checked against the bill or verified another way (CSR, phone call)."""

    __tablename__ = "verifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(32))
    method: Mapped[str] = mapped_column(String(32))  # bill, csr, phone_call, other
    note: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sealed: Mapped[bool] = mapped_column(Boolean, default=True, server_default=false())  # 0008


class SequenceRow(Base):
    """Counters such as the next case reference; one row per name."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
