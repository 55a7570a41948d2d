"""The sandbox's request handlers: read and check the request, call the core, shape the answer."""

from __future__ import annotations

import base64
import binascii
import json
import mimetypes
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from portdesk.platform.sandbox import (
    additional,
    order_filters,
    portout_filters,
    portouts,
    requirements,
    steps,
    validate,
)
from portdesk.platform.sandbox.clock import iso, parse_iso
from portdesk.platform.sandbox.core import Sandbox
from portdesk.platform.sandbox.errors import ApiError, not_found, unprocessable
from portdesk.platform.sandbox.queries import body, filters, flag, page, path_id
from portdesk.platform.sandbox.state import Json, page_meta

V = validate
_TIME_RANGE = {"created_at.gte": V.DATE_TIME, "created_at.lte": V.DATE_TIME}


def data(value: Any, meta: Json | None = None, status: int = 200) -> JSONResponse:
    out: Json = {"data": value}
    if meta is not None:
        out["meta"] = meta
    return JSONResponse(out, status_code=status)


# porting orders
LISTED_NUMBERS = 50  # an order carries "the first 50 phone number objects" (include_phone_numbers)


def _listed(order: Json, request: Request | None = None) -> Json:
    """An order as the description answers it: its first 50 numbers, none when the request
    said include_phone_numbers=false; porting_phone_numbers_count and /porting_phone_numbers
    give the rest."""
    numbers = order.get("phone_numbers") or []
    if request is not None and request.query_params.get("include_phone_numbers") == "false":
        return {**order, "phone_numbers": []}
    if len(numbers) <= LISTED_NUMBERS:
        return order
    return {**order, "phone_numbers": numbers[:LISTED_NUMBERS]}


async def portability(sb: Sandbox, request: Request) -> Response:
    payload = await body(request)
    V.check(payload, V.PORTABILITY, "")
    return data(sb.portability(payload.get("phone_numbers")), status=201)


async def list_orders(sb: Sandbox, request: Request) -> Response:
    number, size, offset = page(request)
    flag(request, "include_phone_numbers")
    found = filters(request, order_filters.SCHEMAS)
    sort = request.query_params.get("sort[value]", "-created_at")
    V.check(sort, {"type": "string", "enum": ["created_at", "-created_at",
                                              "activation_settings.foc_datetime_requested",
                                              "-activation_settings.foc_datetime_requested"]},
            "sort[value]", parameter=True)
    orders, total = sb.list_orders(found, sort, offset, size)
    return data([_listed(o, request) for o in orders], page_meta(number, size, total))


async def create_orders(sb: Sandbox, request: Request) -> Response:
    return data([_listed(o) for o in sb.create_orders(await body(request))], status=201)


async def exception_types(sb: Sandbox, request: Request) -> Response:
    return data(steps.exception_types())


def _order_meta(order_id: str) -> Json:
    return {"phone_numbers_url": f"/v2/porting_phone_numbers?filter[porting_order_id]={order_id}"}


async def get_order(sb: Sandbox, request: Request) -> Response:
    flag(request, "include_phone_numbers")
    order_id = path_id(request, what="porting order")
    return data(_listed(sb.order(order_id), request), _order_meta(order_id))


async def patch_order(sb: Sandbox, request: Request) -> Response:
    order_id = path_id(request, what="porting order")
    return data(_listed(sb.update_order(order_id, await body(request))), _order_meta(order_id))


async def delete_order(sb: Sandbox, request: Request) -> Response:
    sb.delete_order(path_id(request, what="porting order"))
    return Response(status_code=204)


async def confirm(sb: Sandbox, request: Request) -> Response:
    order_id = path_id(request, what="porting order")
    return data(_listed(sb.confirm(order_id)), _order_meta(order_id))


async def cancel(sb: Sandbox, request: Request) -> Response:
    order_id = path_id(request, what="porting order")
    return data(_listed(sb.cancel(order_id)), _order_meta(order_id))


async def activate(sb: Sandbox, request: Request) -> Response:
    return data(steps.activate(sb, path_id(request, what="porting order")), status=202)


async def activation_jobs(sb: Sandbox, request: Request) -> Response:
    number, size, offset = page(request)
    jobs = steps.jobs(sb, path_id(request, what="porting order"))
    return data(jobs[offset:offset + size], page_meta(number, size, len(jobs)))


async def activation_job(sb: Sandbox, request: Request) -> Response:
    order_id = path_id(request, what="porting order")
    return data(steps.job(sb, order_id, path_id(request, "activationJobId", "activation job")))


async def foc_windows(sb: Sandbox, request: Request) -> Response:
    windows = sb.allowed_foc_windows(path_id(request, what="porting order"))
    return data(windows, page_meta(1, max(1, len(windows)), len(windows)))


async def list_comments(sb: Sandbox, request: Request) -> Response:
    number, size, offset = page(request)
    comments, total = sb.comments(path_id(request, what="porting order"), offset, size)
    return data(comments, page_meta(number, size, total))


async def add_comment(sb: Sandbox, request: Request) -> Response:
    payload = await body(request)
    return data(sb.add_comment(path_id(request, what="porting order"), payload.get("body")),
                status=201)


async def support_comment(sb: Sandbox, request: Request) -> Response:
    """The platform's support (or its system) writing on a port-in order, as the real one does."""
    payload = await body(request)
    user_type = payload.get("user_type", "admin")
    if user_type not in ("admin", "system", "user"):
        raise unprocessable("user_type must be admin, system or user", pointer="/user_type")
    return data(sb.add_comment(path_id(request, what="porting order"), payload.get("body"),
                               user_type=user_type), status=201)


MESSAGING_STATUSES = ("not_applicable", "pending", "activating", "exception", "canceled",
                      "partial_port_complete", "ported")  # the description's enum


async def messaging_status(sb: Sandbox, request: Request) -> Response:
    """The platform moving an order's messaging (texts) port, with its messaging_changed event
    shaped as the notifications guide shows it."""
    status = (await body(request)).get("messaging_port_status")
    if status not in MESSAGING_STATUSES:
        raise unprocessable(f"messaging_port_status must be one of {', '.join(MESSAGING_STATUSES)}",
                            pointer="/messaging_port_status")
    order_id = path_id(request, what="porting order")
    with sb.state.transaction():
        order = sb.order(order_id)
        given = order.get("messaging")
        messaging: Json = dict(given) if isinstance(given, dict) else {}
        messaging.update(enable_messaging=True, messaging_port_status=status,
                         messaging_port_completed=status == "ported")
        order["messaging"] = messaging
        order["updated_at"] = iso(sb.now())
        sb.state.save_order(order)
        payload = {"id": order_id, "customer_reference": order.get("customer_reference"),
                   "messaging": dict(messaging), "support_key": order.get("support_key")}
        sb.event("porting_order.messaging_changed", order_id,
                 {k: v for k, v in payload.items() if v is not None})
    return data(order)


# the description's PortingOrderActivationStatus, a number's own activation
ACTIVATION_STATUSES = ("New", "Pending", "Conflict", "Cancel Pending", "Failed", "Concurred",
                       "Activate RDY", "Disconnect Pending", "Concurrence Sent", "Old", "Sending",
                       "Active", "Cancelled")


async def number_activation(sb: Sandbox, request: Request) -> Response:
    """The platform moving one number's `activation_status` (a conflict, a failed activation):
    the order's status is left as it is, and no event is written (the description names none
    for it)."""
    given = await body(request)
    status, number = given.get("activation_status"), given.get("phone_number")
    if status not in ACTIVATION_STATUSES:
        raise unprocessable(f"activation_status must be one of {', '.join(ACTIVATION_STATUSES)}",
                            pointer="/activation_status")
    order_id = path_id(request, what="porting order")
    with sb.state.transaction():
        order = sb.order(order_id)
        found = [n for n in order["phone_numbers"] if n["phone_number"] == number]
        if not found:
            raise unprocessable(f"{number} is not a number of this order", pointer="/phone_number")
        found[0]["activation_status"] = status
        order["updated_at"] = iso(sb.now())
        sb.state.save_order(order)
    return data(order)


async def asked_steps(sb: Sandbox, request: Request) -> Response:
    """The platform asking an order for additional steps the description lists, or (an empty
    list) the specialist having done them on the platform's portal."""
    wanted = (await body(request)).get("additional_steps")
    if not isinstance(wanted, list) or not set(wanted) <= set(requirements.ASKED_STEPS):
        raise unprocessable("additional_steps must be a list of "
                            f"{', '.join(requirements.ASKED_STEPS)}", pointer="/additional_steps")
    order_id = path_id(request, what="porting order")
    with sb.state.transaction():
        order = sb.order(order_id)
        requirements.ask_steps(sb, order, [str(step) for step in wanted])
        order["updated_at"] = iso(sb.now())
        sb.state.save_order(order)
    return data(order)


async def requirements_list(sb: Sandbox, request: Request) -> Response:
    number, size, offset = page(request)
    order_id = path_id(request, what="porting order")
    sb.order(order_id)
    found = requirements.details(sb, order_id)
    return data(found[offset:offset + size], page_meta(number, size, len(found)))



async def list_associated(sb: Sandbox, request: Request) -> Response:
    """As described: newest first unless `sort[value]` says otherwise, `filter[action]` and
    `filter[phone_number]` (a number inside the record's range) applied; both were ignored and
    the list came oldest first (session 19)."""
    number, size, offset = page(request)
    found = filters(request, {"action": {"type": "string", "enum": ["keep", "disconnect"]},
                              "phone_number": {"type": "string"}})
    sort = request.query_params.get("sort[value]", "-created_at")
    V.check(sort, {"type": "string", "enum": ["-created_at", "created_at"]}, "sort[value]",
            parameter=True)
    listed = steps.list_associated(sb, path_id(request, "porting_order_id", "porting order"),
                                   found.get("action"), found.get("phone_number"))
    listed = listed if sort == "created_at" else listed[::-1]
    return data(listed[offset:offset + size], page_meta(number, size, len(listed)))


async def add_associated(sb: Sandbox, request: Request) -> Response:
    payload = await body(request)
    V.check(payload, V.ASSOCIATED, "")
    order_id = path_id(request, "porting_order_id", "porting order")
    return data(steps.add_associated(sb, order_id, payload), status=201)


async def delete_associated(sb: Sandbox, request: Request) -> Response:
    order_id = path_id(request, "porting_order_id", "porting order")
    return data(steps.delete_associated(sb, order_id,
                                        path_id(request, what="associated phone number")))


async def list_additional(sb: Sandbox, request: Request) -> Response:
    number, size, offset = page(request)
    types = [v for k, v in request.query_params.multi_items()
             if k in ("filter[document_type]", "filter[document_type][]")]
    for value in types:
        V.check(value, {"type": "string", "enum": additional.DOCUMENT_TYPES},
                "filter[document_type]", parameter=True)
    sort = request.query_params.get("sort[value]", "-created_at")
    V.check(sort, {"type": "string", "enum": additional.SORTS}, "sort[value]", parameter=True)
    found = additional.listed(sb, path_id(request, what="porting order"), types, sort)
    return data(found[offset:offset + size], page_meta(number, size, len(found)))


async def add_additional(sb: Sandbox, request: Request) -> Response:
    payload = await body(request)
    V.check(payload, V.ADDITIONAL_DOCUMENTS, "")
    return data(additional.add(sb, path_id(request, what="porting order"), payload), status=201)


async def delete_additional(sb: Sandbox, request: Request) -> Response:
    additional.delete(sb, path_id(request, what="porting order"),
                      path_id(request, "additional_document_id", "additional document"))
    return Response(status_code=204)


async def phone_numbers(sb: Sandbox, request: Request) -> Response:
    number, size, offset = page(request)
    found = filters(request, {"porting_order_status": {"type": "string",
                                                       "enum": V.ORDER_STATUSES},
                              "porting_order_id": V.UUID})
    numbers, total = sb.phone_numbers(found.get("porting_order_status"),
                                      found.get("porting_order_id"), offset, size)
    return data(numbers, page_meta(number, size, total))


# event logs
async def porting_events(sb: Sandbox, request: Request) -> Response:
    found = filters(request, {"type": {"type": "string", "enum": V.PORTING_EVENT_TYPES},
                              "porting_order_id": V.UUID, **_TIME_RANGE})
    return _events(sb, request, found, "events", (("type", "event_type"),
                                                  ("porting_order_id", "porting_order_id")))


async def portout_events(sb: Sandbox, request: Request) -> Response:
    found = filters(request, {"event_type": {"type": "string", "enum": V.PORTOUT_EVENT_TYPES},
                              "portout_id": V.UUID, **_TIME_RANGE})
    return _events(sb, request, found, "portout_events",
                   (("event_type", "event_type"), ("portout_id", "portout_id")))


def _events(sb: Sandbox, request: Request, found: dict[str, str], table: str,
            columns: tuple[tuple[str, str], ...]) -> Response:
    number, size, offset = page(request)
    where, args = ["1=1"], []
    for key, column in columns:
        if key in found:
            where.append(f"{column} = ?")
            args.append(found[key])
    for key, op in (("created_at.gte", ">="), ("created_at.lte", "<=")):
        if key in found:
            where.append(f"created_at {op} ?")
            args.append(iso(parse_iso(found[key])))
    with sb.state.lock:
        events, total = sb.state.list_events(" AND ".join(where), tuple(args), size, offset,
                                             table, listed_by=iso(sb.clock.now()),
                                             newest_first=sb.newest_first,
                                             payload_late=sb.late_payload)
    return data(events, page_meta(number, size, total))


# documents
def _field_text(name: str, record: Json) -> str:
    return str(record.get(name) or "")


DOCUMENT_SORTS = ["filename", "created_at", "updated_at", "-filename", "-created_at",
                  "-updated_at"]


async def list_documents(sb: Sandbox, request: Request) -> Response:
    """As described: "ordered by created_at descending" unless `sort` says otherwise, with the
    five described filters (it listed oldest first and read `customer_reference` only)."""
    number, size, offset = page(request)
    found = filters(request, {"customer_reference.eq": {"type": "string"},
                              "filename.contains": {"type": "string"},
                              "created_at.gt": V.DATE_TIME, "created_at.lt": V.DATE_TIME})
    listed = request.query_params.multi_items()
    refs = [v for k, v in listed if k in ("filter[customer_reference][in][]",
                                          "filter[customer_reference][in]")]
    sorts = [v for k, v in listed if k in ("sort", "sort[]")] or ["-created_at"]
    for sort in sorts:
        V.check(sort, {"type": "string", "enum": DOCUMENT_SORTS}, "sort", parameter=True)

    def wanted(doc: Json) -> bool:
        made = parse_iso(str(doc.get("created_at")))
        return ("customer_reference.eq" not in found
                or doc.get("customer_reference") == found["customer_reference.eq"]) \
            and (not refs or doc.get("customer_reference") in refs) \
            and found.get("filename.contains", "") in str(doc.get("filename") or "") \
            and ("created_at.gt" not in found or made > parse_iso(found["created_at.gt"])) \
            and ("created_at.lt" not in found or made < parse_iso(found["created_at.lt"]))

    with sb.state.lock:
        docs = [d for d in sb.state.all_documents() if wanted(d)]
    # oldest to newest as stored; each key from the last to the first (a stable sort), so ties
    # keep the order of the first key's direction
    docs = docs if not sorts[0].startswith("-") else docs[::-1]
    for sort in reversed(sorts):
        docs.sort(key=partial(_field_text, sort.lstrip("-")), reverse=sort.startswith("-"))
    return data(docs[offset:offset + size], page_meta(number, size, len(docs)))


async def upload_document(sb: Sandbox, request: Request) -> Response:
    if request.headers.get("content-type", "").startswith("application/json"):
        return data(_json_upload(sb, await body(request)))
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise unprocessable("send the document as multipart/form-data with a 'file' part, or "
                            "as JSON with the file Base64 encoded", pointer="/file")
    try:
        async with request.form() as form:
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                raise unprocessable("the 'file' part is missing", pointer="/file")
            content = await upload.read()
            reference = form.get("customer_reference")
            if reference is not None and not isinstance(reference, str):
                raise unprocessable("customer_reference must be a string",
                                    pointer="/customer_reference")
            document = sb.add_document(upload.filename or "document", content,
                                       upload.content_type or "application/octet-stream",
                                       reference)
    except (MultiPartException, ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "10002", "Invalid multipart body", str(exc)[:200]) from None
    return data(document)


def _json_upload(sb: Sandbox, given: Json) -> Json:
    """The description's other upload body (CreateDocServiceDocumentRequest): `file` as Base64
    beside `filename`, or a `url` the platform fetches; the sandbox is offline and fetches
    nothing, so a `url` alone is refused in words."""
    validate.check(given, validate.CREATE_DOCUMENT, "")
    encoded = given.get("file")
    if encoded is None:
        raise unprocessable("the sandbox fetches no URLs: send the file Base64 encoded in "
                            "'file'" if given.get("url") else "'file' or 'url' is required",
                            pointer="/file")
    try:
        content = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise unprocessable("'file' is not Base64", pointer="/file") from None
    return sb.add_document(given.get("filename") or "document", content,
                           _content_type(given.get("filename") or ""),
                           given.get("customer_reference"))


def _content_type(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


async def get_document(sb: Sandbox, request: Request) -> Response:
    doc_id = path_id(request, what="document")
    with sb.state.lock:
        document = sb.state.get_document(doc_id)
    if document is None:
        raise not_found("document", doc_id)
    return data(document)


DOCUMENT_STATUSES = ("pending", "verified", "denied")  # DocServiceDocument.status
AV_SCAN_STATUSES = ("scanned", "infected", "pending_scan", "not_scanned")  # .av_scan_status


async def review_document(sb: Sandbox, request: Request) -> Response:
    """The platform's review of an upload (status verified / denied) or its virus scan
    (av_scan_status infected ...): the description names both on the document and no event for
    either, so a client learns them by reading the document again. A requirement the document
    fills follows it (denied or infected: in exception, the order's requirements not met)."""
    given = await body(request)
    status, scan = given.get("status"), given.get("av_scan_status")
    if status is None and scan is None:
        raise unprocessable("give status and/or av_scan_status", pointer="/status")
    if status is not None and status not in DOCUMENT_STATUSES:
        raise unprocessable(f"status must be one of {', '.join(DOCUMENT_STATUSES)}",
                            pointer="/status")
    if scan is not None and scan not in AV_SCAN_STATUSES:
        raise unprocessable(f"av_scan_status must be one of {', '.join(AV_SCAN_STATUSES)}",
                            pointer="/av_scan_status")
    doc_id = path_id(request, what="document")
    with sb.state.transaction():
        document = sb.state.get_document(doc_id)
        if document is None:
            raise not_found("document", doc_id)
        document.update({k: v for k, v in (("status", status), ("av_scan_status", scan)) if v})
        document["updated_at"] = iso(sb.now())
        sb.state.save_document(document)
        refused = document["status"] == "denied" or document["av_scan_status"] == "infected"
        requirements.document_reviewed(sb, doc_id, refused, document["status"] == "verified")
    return data(document)


async def delete_document(sb: Sandbox, request: Request) -> Response:
    doc_id = path_id(request, what="document")
    with sb.state.transaction():
        document = sb.state.get_document(doc_id)
        if document is None:
            raise not_found("document", doc_id)
        if sb.document_linked(doc_id):
            raise unprocessable("the document is linked to a porting order; unlink it first",
                                code="DOCUMENT_LINKED")
        sb.state.delete_document(doc_id)
    return data(document)


# port-outs
async def list_portouts(sb: Sandbox, request: Request) -> Response:
    """Every filter the description names (portout_filters), then the page."""
    number, size, offset = page(request)
    found = portout_filters.read(request, sb.ignored_filters)
    with sb.state.lock:
        items = [p for p in sb.state.all_portouts() if portout_filters.matches(p, found)]
    return data(items[offset:offset + size], _metadata(sb, number, size, len(items)))


def _metadata(sb: Sandbox, number: int, size: int, total: int) -> Json:
    """The description's `Metadata` (the port-out lists): no field required, `page_number`
    and `page_size` "included when defaults are used"; the fault `sparse_meta` leaves them out."""
    meta = page_meta(number, size, total)
    if sb.sparse_meta:
        for name in ("page_number", "page_size"):
            meta.pop(name)
    return meta


async def get_portout(sb: Sandbox, request: Request) -> Response:
    return data(portouts.get(sb, path_id(request, what="port-out")))


async def portout_comments(sb: Sandbox, request: Request) -> Response:
    found = portouts.comments(sb, path_id(request, what="port-out"))
    return data(found, page_meta(1, max(1, len(found)), len(found)))


async def add_portout_comment(sb: Sandbox, request: Request) -> Response:
    """The account's own comment on a port-out (PostPortRequestComment)."""
    payload = await body(request)
    V.check(payload, {"type": "object", "required": ["body"],
                      "properties": {"body": {"type": "string"}}}, "")
    return data(portouts.add_comment(sb, path_id(request, what="port-out"), payload["body"]),
                status=201)


async def rejections(sb: Sandbox, request: Request) -> Response:
    """With the description's filter[code] (one code) and filter[code][in] (several, written
    repeated or comma-separated)."""
    found = portouts.rejections(sb, path_id(request, "portout_id", "port-out"))
    wanted: set[int] | None = None
    for key, value in request.query_params.multi_items():
        if key in ("filter[code]", "filter[code][in]", "filter[code][in][]"):
            for item in (v for v in value.split(",") if v):
                if not item.strip().isdigit():
                    raise unprocessable(f"{key} must be a whole number", parameter=key)
                wanted = (wanted or set()) | {int(item)}
    return data([r for r in found if wanted is None or r["code"] in wanted])


async def answer_portout(sb: Sandbox, request: Request) -> Response:
    portout_id = path_id(request, what="port-out")
    status = str(request.path_params["status"])
    V.check(status, {"type": "string", "enum": list(portouts.ANSWERS)}, "status",
            parameter=True)
    payload = await body(request)
    V.check(payload, V.PORTOUT_ANSWER, "")
    return data(portouts.answer(sb, portout_id, status, payload))


# the sandbox's own controls
async def advance(sb: Sandbox, request: Request) -> Response:
    payload = await body(request)
    try:
        delta = timedelta(days=float(payload.get("days", 0)),
                          hours=float(payload.get("hours", 0)))
    except (TypeError, ValueError, OverflowError):
        raise unprocessable("days and hours must be numbers", pointer="/days") from None
    if delta < timedelta(0):
        raise unprocessable("the sandbox clock only moves forward", pointer="/days")
    done = sb.advance(delta)
    return JSONResponse({"now": sb.clock.now().isoformat(), "actions": done})


async def new_portout(sb: Sandbox, request: Request) -> Response:
    payload = await body(request)
    V.check(payload, {"type": "object", "required": ["phone_numbers"], "properties": {
        "phone_numbers": {"type": "array", "minItems": 1,
                          "items": {"type": "string", "pattern": r"^\+\d{7,15}$"}},
        "end_user_name": {"type": "string"}, "carrier_name": {"type": "string"},
        "authorized_name": {"type": "string"}, "attempted_pin": {"type": "string"},
        "lsr": {"type": "array", "items": {"type": "string"}},
        "event": {"type": "boolean"}}}, "")
    made = portouts.create(
        sb, list(payload["phone_numbers"]), payload.get("end_user_name") or "Harper Dental LLC",
        payload.get("carrier_name") or "Riverbend Wireless",
        with_event=payload.get("event", True) is not False,
        attempted_pin=payload.get("attempted_pin"), authorized_name=payload.get("authorized_name"),
        lsr=payload.get("lsr"))
    return data(made, status=201)


async def gaining_comment(sb: Sandbox, request: Request) -> Response:
    payload = await body(request)
    V.check(payload, {"type": "object", "required": ["body"],
                      "properties": {"body": {"type": "string"}}}, "")
    return data(portouts.add_comment(sb, path_id(request, what="port-out"), payload["body"],
                                     user_id=portouts.GAINING_USER), status=201)


async def gaining_foc(sb: Sandbox, request: Request) -> Response:
    payload = await body(request)
    V.check(payload, {"type": "object", "properties": {
        "business_days": {"type": "integer", "minimum": 1, "maximum": 60}}}, "")
    days = int(payload.get("business_days", 5))
    return data(portouts.move_foc(sb, path_id(request, what="port-out"), days))


async def gaining_cancel(sb: Sandbox, request: Request) -> Response:
    payload = await body(request)
    V.check(payload, {"type": "object", "properties": {"event": {"type": "boolean"}}}, "")
    return data(portouts.cancel(sb, path_id(request, what="port-out"),
                                with_event=payload.get("event", True) is not False))


async def openapi(request: Request) -> Response:
    """The sandbox's own OpenAPI document: its controls, and which platform operations it serves."""
    return JSONResponse(json.loads(openapi_path().read_text(encoding="utf-8")))


def openapi_path() -> Path:
    here = Path(__file__).resolve()
    for candidate in (here.parents[3] / "resources" / "sandbox" / "openapi.json",
                      here.parents[2] / "resources" / "sandbox" / "openapi.json"):
        if candidate.is_file():
            return candidate
    raise not_found("document", "openapi.json")


# phone number verification codes (sandbox/verification.py)
async def list_verification_codes(sb: Sandbox, request: Request) -> Response:
    from portdesk.platform.sandbox import verification

    number, size, offset = page(request)
    found = filters(request, {"verified": {"type": "boolean"}})
    sort = request.query_params.get("sort[value]", "-created_at")
    V.check(sort, {"type": "string", "enum": ["created_at", "-created_at"]}, "sort[value]",
            parameter=True)
    verified = None if "verified" not in found else found["verified"] == "true"
    listed = verification.listed(sb, path_id(request, what="porting order"), verified, sort)
    return data(listed[offset:offset + size], page_meta(number, size, len(listed)))


_SEND = {"type": "object", "properties": {
    "phone_numbers": {"type": "array", "maxItems": 100, "items": {"type": "string"}},
    "verification_method": {"type": "string", "enum": ["sms", "call"]}}}
_VERIFY = {"type": "object", "properties": {"verification_codes": {
    "type": "array", "maxItems": 100, "items": {"type": "object", "properties": {
        "code": {"type": "string"}, "phone_number": {"type": "string"}}}}}}


async def send_verification_codes(sb: Sandbox, request: Request) -> Response:
    from portdesk.platform.sandbox import verification

    payload = await body(request)
    V.check(payload, _SEND, "")
    verification.send(sb, path_id(request, what="porting order"), payload)
    return Response(status_code=204)


async def verify_verification_codes(sb: Sandbox, request: Request) -> Response:
    from portdesk.platform.sandbox import verification

    payload = await body(request)
    V.check(payload, _VERIFY, "")
    return data(verification.verify(sb, path_id(request, what="porting order"), payload))


async def codes_received(sb: Sandbox, request: Request) -> Response:
    """The customer's phone: the codes the sandbox sent (its own control)."""
    from portdesk.platform.sandbox import verification

    return data(verification.received(sb, path_id(request, what="porting order")))


# a port-out's supporting documents (sandbox/supporting.py)
async def supporting_documents(sb: Sandbox, request: Request) -> Response:
    from portdesk.platform.sandbox import supporting

    return data(supporting.listed(sb, path_id(request, what="port-out")), status=201)


async def download_document(sb: Sandbox, request: Request) -> Response:
    from portdesk.platform.sandbox import supporting

    document, raw = supporting.content(sb, path_id(request, what="document"))
    name = str(document.get("filename") or "document").replace('"', "")
    return Response(raw, media_type=str(document.get("content_type")
                                        or "application/octet-stream"),
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


async def gaining_document(sb: Sandbox, request: Request) -> Response:
    from portdesk.platform.sandbox import supporting

    payload = await body(request)
    V.check(payload, {"type": "object", "required": ["type", "content_base64"], "properties": {
        "type": {"type": "string", "enum": list(supporting.TYPES)},
        "filename": {"type": "string"}, "content_type": {"type": "string"},
        "content_base64": {"type": "string"}}}, "")
    try:
        raw = base64.b64decode(payload["content_base64"], validate=True)
    except (binascii.Error, ValueError):
        raise unprocessable("content_base64 is not base64", pointer="/content_base64") from None
    return data(supporting.add(
        sb, path_id(request, what="port-out"), payload["type"],
        payload.get("filename") or f"{payload['type']}.pdf", raw,
        payload.get("content_type") or "application/pdf"), status=201)
