"""A stored case row as a domain case, for every reader: the Store's ORM rows and the command
line's plain sqlite3 rows (store/quick_case.py) go through the same `case_from_record`, so the two
cannot drift apart field by field. Nothing here imports SQLAlchemy."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Protocol

from portdesk.domain.case import (
    Address,
    CaseKind,
    CaseNumber,
    CustomerType,
    NumberStatus,
    PortCase,
    PortType,
    RemainingAction,
    ServiceType,
    format_reference,
)
from portdesk.domain.lifecycle import Status
from portdesk.domain.numbers import NumberKind
from portdesk.domain.sync_outcome import SyncOutcome


class NumberRecord(Protocol):
    @property
    def e164(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def rejection_code(self) -> str | None: ...
    @property
    def country(self) -> str: ...


class CaseRecord(Protocol):
    """The columns of the cases table a case is made from (schema.CaseRow has them all)."""

    id: Any
    reference: Any
    account_name: Any
    kind: Any
    status: Any
    platform_status: Any
    country: Any
    customer_type: Any
    authorized_name: Any
    authorized_title: Any
    account_number: Any
    btn: Any
    losing_carrier: Any
    service_address: Any
    billing_address: Any
    port_type: Any
    remaining_action: Any
    remaining_numbers: Any
    new_btn: Any
    requested_date: Any
    foc_date: Any
    platform_order_id: Any
    platform_refs: Any
    temporary_number: Any
    port_texts: Any
    assignee: Any
    notes: Any
    contact_phone: Any
    contact_email: Any
    exception_code: Any
    exception_detail: Any
    parent_id: Any
    service_type_override: Any
    sync_state: Any
    sync_error: Any
    created_at: Any
    updated_at: Any
    submitted_at: Any
    version: Any

    @property
    def numbers(self) -> Iterable[NumberRecord]: ...


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _address(raw: dict[str, Any] | None) -> Address | None:
    if not raw:
        return None
    return Address(**{k: str(raw.get(k, "") or "") for k in
                      ("line1", "line2", "city", "state", "postal_code", "country")
                      if k in raw or k != "country"})


def case_from_record(row: CaseRecord, pin: str) -> PortCase:
    """The case a stored row holds, its PIN already opened (or masked) by the caller."""
    return PortCase(
        id=row.id,
        reference=row.reference,
        account_name=row.account_name,
        numbers=tuple(
            CaseNumber(n.e164, NumberKind(n.kind), NumberStatus(n.status), n.rejection_code,
                       n.country)
            for n in row.numbers
        ),
        kind=CaseKind(row.kind),
        status=Status(row.status),
        platform_status=row.platform_status,
        country=row.country,
        customer_type=CustomerType(row.customer_type),
        authorized_name=row.authorized_name,
        authorized_title=row.authorized_title,
        account_number=row.account_number,
        pin=pin,
        btn=row.btn,
        losing_carrier=row.losing_carrier,
        service_address=_address(row.service_address) or Address(),
        billing_address=_address(row.billing_address),
        port_type=PortType(row.port_type),
        remaining_action=RemainingAction(row.remaining_action) if row.remaining_action else None,
        remaining_numbers=tuple(row.remaining_numbers or ()),
        new_btn=row.new_btn,
        requested_date=row.requested_date,
        foc_date=row.foc_date,
        platform_order_id=row.platform_order_id,
        platform_refs=tuple(row.platform_refs or ()),
        temporary_number=row.temporary_number,
        port_texts=bool(row.port_texts),  # plain sqlite3 rows give 0 / 1
        assignee=row.assignee,
        notes=row.notes,
        contact_phone=row.contact_phone,
        contact_email=row.contact_email,
        exception_code=row.exception_code,
        exception_detail=row.exception_detail,
        parent_id=row.parent_id,
        service_type_override=ServiceType(row.service_type_override)
        if row.service_type_override else None,
        sync_state=row.sync_state,
        sync_error=row.sync_error,
        sync_outcome=SyncOutcome.from_json(getattr(row, "sync_outcome", None)),
        created_at=_aware(row.created_at),
        updated_at=_aware(row.updated_at),
        submitted_at=_aware(row.submitted_at),
        version=row.version,
    )




def stored_reference(typed: str) -> str:
    """The reference as stored for what a specialist typed ("pd-000022", "22": PD-000022)."""
    ref = typed.strip().upper()
    return format_reference(int(ref)) if ref.isdigit() else ref
