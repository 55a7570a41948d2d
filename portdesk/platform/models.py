"""What the platform returns, as plain typed records; anything unknown is kept, never dropped.

Parsing checks only what PortDesk relies on (ids, statuses, numbers); a record missing those is a
MalformedResponse with the field named. The raw JSON stays on each record for whoever needs more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from portdesk.platform.errors import MalformedResponse
from portdesk.platform.wire import Json, from_platform_number, parse_time, require


@dataclass(frozen=True, slots=True)
class ExceptionDetail:
    code: str
    description: str


@dataclass(frozen=True, slots=True)
class PlatformNumber:
    e164: str
    number_type: str
    order_status: str
    activation_status: str


@dataclass(frozen=True, slots=True)
class PlatformOrder:
    id: str
    status: str  # the platform's own value, e.g. "foc-date-confirmed"; unknown values kept
    customer_reference: str | None
    numbers: tuple[PlatformNumber, ...]
    details: tuple[ExceptionDetail, ...] = ()
    foc_actual: datetime | None = None
    foc_requested: datetime | None = None
    number_type: str = ""
    support_key: str | None = None
    parent_support_key: str | None = None
    documents: dict[str, str | None] = field(default_factory=dict)
    updated_at: datetime | None = None
    raw: Json = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class PlatformEvent:
    id: str
    event_type: str
    created_at: datetime
    order_id: str | None
    payload: Json
    raw: Json = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Portout:
    id: str
    status: str
    numbers: tuple[str, ...]
    carrier_name: str
    end_user_name: str
    foc_date: datetime | None
    reason: str | None
    raw: Json = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Comment:
    id: str
    body: str
    user_type: str
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    filename: str
    sha256: str


@dataclass(frozen=True, slots=True)
class PortabilityResult:
    e164: str
    portable: bool
    reason: str


@dataclass(frozen=True, slots=True)
class PageMeta:
    page_number: int
    page_size: int
    total_pages: int
    total_results: int


def _obj(value: Any, what: str) -> Json:
    if not isinstance(value, dict):
        raise MalformedResponse(f"the platform sent {what} that is not an object")
    return value


def parse_order(data: Any) -> PlatformOrder:
    order = _obj(data, "a porting order")
    status = _obj(order.get("status"), "an order status")
    value = require(status, "value", str, "order status")
    numbers = []
    for item in order.get("phone_numbers") or []:
        entry = _obj(item, "a porting phone number")
        numbers.append(PlatformNumber(
            e164=from_platform_number(require(entry, "phone_number", str, "phone number")),
            number_type=str(entry.get("phone_number_type") or ""),
            order_status=str(entry.get("porting_order_status") or value),
            activation_status=str(entry.get("activation_status") or ""),
        ))
    details = tuple(
        ExceptionDetail(str(d.get("code") or "OTHER"), str(d.get("description") or ""))
        for d in status.get("details") or [] if isinstance(d, dict)
    )
    settings = order.get("activation_settings") or {}
    documents = order.get("documents") or {}
    return PlatformOrder(
        id=require(order, "id", str, "porting order"), status=value,
        customer_reference=order.get("customer_reference"), numbers=tuple(numbers),
        details=details,
        foc_actual=parse_time(settings.get("foc_datetime_actual"), "an FOC date"),
        foc_requested=parse_time(settings.get("foc_datetime_requested"), "a requested FOC date"),
        number_type=str(order.get("phone_number_type") or ""),
        support_key=order.get("support_key"), parent_support_key=order.get("parent_support_key"),
        documents={k: v for k, v in documents.items() if isinstance(k, str)},
        updated_at=parse_time(order.get("updated_at"), "an update time"), raw=order,
    )


def parse_event(data: Any) -> PlatformEvent:
    event = _obj(data, "an event")
    created = parse_time(require(event, "created_at", str, "event"), "an event time")
    assert created is not None
    payload = event.get("payload")
    return PlatformEvent(
        id=require(event, "id", str, "event"),
        event_type=require(event, "event_type", str, "event"), created_at=created,
        order_id=event.get("porting_order_id"),
        payload=payload if isinstance(payload, dict) else {}, raw=event,
    )


def parse_portout(data: Any) -> Portout:
    item = _obj(data, "a port-out")
    return Portout(
        id=require(item, "id", str, "port-out"), status=require(item, "status", str, "port-out"),
        numbers=tuple(from_platform_number(str(n)) for n in item.get("phone_numbers") or []),
        carrier_name=str(item.get("carrier_name") or ""),
        end_user_name=str(item.get("end_user_name") or ""),
        foc_date=parse_time(item.get("foc_date"), "a port-out FOC date"),
        reason=item.get("reason"), raw=item,
    )


def parse_comment(data: Any) -> Comment:
    item = _obj(data, "a comment")
    return Comment(id=require(item, "id", str, "comment"), body=str(item.get("body") or ""),
                   user_type=str(item.get("user_type") or ""),
                   created_at=parse_time(item.get("created_at"), "a comment time"))


def parse_document(data: Any) -> Document:
    item = _obj(data, "a document")
    return Document(id=require(item, "id", str, "document"),
                    filename=str(item.get("filename") or ""), sha256=str(item.get("sha256") or ""))


def parse_portability(data: Any) -> PortabilityResult:
    item = _obj(data, "a portability result")
    return PortabilityResult(
        e164=from_platform_number(require(item, "phone_number", str, "portability result")),
        portable=bool(item.get("portable")), reason=str(item.get("not_portable_reason") or ""))


def parse_meta(data: Any) -> PageMeta:
    meta = _obj(data, "page information")
    try:
        return PageMeta(int(meta["page_number"]), int(meta["page_size"]),
                        int(meta["total_pages"]), int(meta["total_results"]))
    except (KeyError, TypeError, ValueError):
        raise MalformedResponse("the platform sent page information without page numbers") \
            from None
