"""What the platform returns, as typed records of its own shape; anything unknown is kept.

These are the HTTP client's records (the raw JSON stays on each); the sync services see the port's
records instead (platform/port.py, read from these by platform/telnyx_port.py).

Parsing checks only what PortDesk relies on (ids, statuses, numbers); a record missing those is a
MalformedResponse with the field named. The raw JSON stays on each record for whoever needs more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from portdesk.platform.errors import MalformedResponse
from portdesk.platform.port import Comment, Document, PortabilityResult
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
    requirements_status: str = ""  # international orders: the number's own requirements


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
    """An entry of either event log. `created_at` may be None: the description declares a
    deleted order's time only inside its payload, and a log entry without any time is still used
    (it just cannot move the cursor)."""

    id: str
    event_type: str
    created_at: datetime | None
    order_id: str | None
    payload: Json
    raw: Json = field(default_factory=dict, repr=False, compare=False)
    portout_id: str | None = None


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
    rejection_code: int | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class PageMeta:
    page_number: int
    page_size: int
    total_pages: int
    total_results: int


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> Json:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _obj(value: Any, what: str) -> Json:
    if not isinstance(value, dict):
        raise MalformedResponse(f"the platform sent {what} that is not an object")
    return value


def parse_order(data: Any) -> PlatformOrder:
    order = _obj(data, "a porting order")
    status = _obj(order.get("status"), "an order status")
    value = require(status, "value", str, "order status")
    numbers = []
    for item in _list(order.get("phone_numbers")):
        entry = _obj(item, "a porting phone number")
        numbers.append(PlatformNumber(
            e164=from_platform_number(require(entry, "phone_number", str, "phone number")),
            number_type=str(entry.get("phone_number_type") or ""),
            order_status=str(entry.get("porting_order_status") or value),
            activation_status=str(entry.get("activation_status") or ""),
            requirements_status=_text(entry.get("requirements_status")) or "",
        ))
    details = tuple(
        ExceptionDetail(str(d.get("code") or "OTHER"), str(d.get("description") or ""))
        for d in _list(status.get("details")) if isinstance(d, dict)
    )
    settings = _dict(order.get("activation_settings"))
    documents = _dict(order.get("documents"))
    return PlatformOrder(
        id=require(order, "id", str, "porting order"), status=value,
        customer_reference=_text(order.get("customer_reference")), numbers=tuple(numbers),
        details=details,
        foc_actual=_lenient_time(settings.get("foc_datetime_actual")),
        foc_requested=_lenient_time(settings.get("foc_datetime_requested")),
        number_type=str(order.get("phone_number_type") or ""),
        support_key=_text(order.get("support_key")),
        parent_support_key=_text(order.get("parent_support_key")),
        documents={k: v for k, v in documents.items() if isinstance(v, str | None)},
        updated_at=_lenient_time(order.get("updated_at")), raw=order,
    )


_EVENT_TIME_KEYS = ("created_at", "occurred_at")
_PAYLOAD_TIME_KEYS = ("created_at", "deleted_at", "updated_at", "occurred_at")


# Port-out events whose payload `id` is the port-out's (a new comment's payload `id` is the
# comment's own: its port-out is `payload.portout_id`)
_PORTOUT_ID_IN_PAYLOAD = ("portout.status_changed", "portout.foc_date_changed")


def parse_event(data: Any) -> PlatformEvent:
    """An entry of /porting/events or /portouts/events, as the description shapes either."""
    event = _obj(data, "an event")
    payload = event.get("payload")
    payload = payload if isinstance(payload, dict) else {}
    created = _first_time(event, _EVENT_TIME_KEYS) or _first_time(payload, _PAYLOAD_TIME_KEYS)
    order_id = event.get("porting_order_id")
    portout_id = event.get("portout_id") or payload.get("portout_id")
    if portout_id is None and event.get("event_type") in _PORTOUT_ID_IN_PAYLOAD:
        portout_id = payload.get("id")  # status and FOC payloads name the port-out as id
    return PlatformEvent(
        id=require(event, "id", str, "event"),
        event_type=require(event, "event_type", str, "event"), created_at=created,
        order_id=order_id if isinstance(order_id, str) else None,
        payload=payload, raw=event,
        portout_id=portout_id if isinstance(portout_id, str) else None,
    )


def _first_time(data: Json, keys: tuple[str, ...]) -> datetime | None:
    for key in keys:
        try:
            moment = parse_time(data.get(key), "an event time")
        except MalformedResponse:
            continue
        if moment is not None:
            return moment
    return None


def parse_portout(data: Any) -> Portout:
    item = _obj(data, "a port-out")
    return Portout(
        id=require(item, "id", str, "port-out"), status=require(item, "status", str, "port-out"),
        numbers=tuple(from_platform_number(n) for n in _list(item.get("phone_numbers"))
                      if isinstance(n, str) and any(c.isdigit() for c in n)),
        carrier_name=str(item.get("carrier_name") or ""),
        end_user_name=str(item.get("end_user_name") or ""),
        foc_date=_lenient_time(item.get("foc_date") or item.get("requested_foc_date")),
        reason=item.get("reason") if isinstance(item.get("reason"), str) else None, raw=item,
        rejection_code=code if isinstance(code := item.get("rejection_code"), int) else None,
        created_at=_lenient_time(item.get("created_at") or item.get("inserted_at")),
    )


def _lenient_time(raw: Any) -> datetime | None:
    """A time PortDesk only shows: unreadable is unknown, never a reason to drop the record."""
    try:
        return parse_time(raw, "a time")
    except MalformedResponse:
        return None


def parse_comment(data: Any) -> Comment:
    item = _obj(data, "a comment")
    return Comment(id=require(item, "id", str, "comment"), body=str(item.get("body") or ""),
                   user_type=str(item.get("user_type") or ""),
                   created_at=parse_time(item.get("created_at"), "a comment time"))


def parse_document(data: Any) -> Document:
    item = _obj(data, "a document")
    status, scan = item.get("status"), item.get("av_scan_status")
    return Document(id=require(item, "id", str, "document"),
                    filename=str(item.get("filename") or ""), sha256=str(item.get("sha256") or ""),
                    status=status if isinstance(status, str) else "",
                    av_scan_status=scan if isinstance(scan, str) else "",
                    updated_at=_moment_or_none(item.get("updated_at")))


def _moment_or_none(raw: Any) -> datetime | None:
    """An optional time that must never cost the record (an upload stays usable without it)."""
    try:
        return parse_time(raw, "a time")
    except MalformedResponse:
        return None


def parse_portability(data: Any) -> PortabilityResult:
    item = _obj(data, "a portability result")
    return PortabilityResult(
        e164=from_platform_number(require(item, "phone_number", str, "portability result")),
        portable=item.get("portable") is True,
        reason=str(item.get("not_portable_reason") or ""),
        fast_portable=item.get("fast_portable") is True)


def parse_meta(data: Any, number: int = 1, size: int = 0) -> PageMeta:
    """A list's page information. The description's `Metadata` (port-outs, their comments and
    reports) requires none of its fields and says `page_number` and `page_size` are "included
    when defaults are used": a missing one is the page asked for (`number`, `size`), and a
    missing `total_pages` is counted from `total_results`, or -1 (unknown: the walk goes on
    while pages come full). Before, a meta without `page_number` made every list end after
    its first page."""
    meta = _obj(data, "page information")

    def whole(name: str) -> int | None:
        value = meta.get(name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
            return None
        return int(value)

    page_size = whole("page_size") or size
    total_pages = whole("total_pages")
    results = whole("total_results")
    if total_pages is None and results is not None and page_size > 0:
        total_pages = -(-results // page_size)
    return PageMeta(whole("page_number") or number, page_size,
                    -1 if total_pages is None else total_pages,
                    -1 if results is None else results)
