"""The sandbox platform's behaviour behind the HTTP layer: porting orders, comments, documents.

Every method runs in one state transaction and records what changed in the event log, so a client
that only reads `/porting/events` sees everything a specialist would care about. Carrier behaviour
(what happens after confirm) lives in carrier.py, port-outs in portouts.py.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from datetime import datetime, timedelta
from typing import Any

import phonenumbers

from portdesk.platform.sandbox import additional, carrier, order_filters, requirements, validate
from portdesk.platform.sandbox.clock import SandboxClock, add_business_days, iso, parse_iso
from portdesk.platform.sandbox.errors import not_found, unprocessable
from portdesk.platform.sandbox.state import Json, SandboxState

TOLL_FREE_NPAS = frozenset({"800", "833", "844", "855", "866", "877", "888"})
SANDBOX_USER = str(uuid.uuid5(uuid.NAMESPACE_URL, "portdesk-sandbox/user"))
EDITABLE = frozenset({"draft", "exception"})
UNLINKED_UPLOAD_SECONDS = 30 * 60
_MERGE_KEYS = ("activation_settings", "documents", "end_user", "misc", "phone_number_configuration",
               "messaging", "user_feedback")
_SCALAR_KEYS = ("customer_reference", "customer_group_reference", "webhook_url")


class Sandbox:
    def __init__(self, state: SandboxState, clock: SandboxClock, seed: int = 0,
                 portout_every_days: int = 0, portout_max: int = 10) -> None:
        self.state = state
        self.clock = clock
        self.seed = seed
        self.portout_every_days = portout_every_days
        self.portout_max = portout_max  # the stream's requests in all (portouts._spawn)
        self.acting_at: datetime | None = None
        # Fault: the share of events each log lists late, and by how much of the clock. The
        # description promises no moment of visibility nor any order: a platform writing its
        # log from several workers lists an event stamped 10:00 after one stamped 10:02 was
        # read, under its own (earlier) time.
        self.late_events, self.late_by = 0.0, timedelta(minutes=5)
        # ... or listed at once, its payload still being made (`payload_status: created`,
        # `payload: null`) until then: the description's "status of the payload generation"
        self.late_payload = False
        self._events_written = 0
        # "Uploaded files must be linked to a service within 30 minutes or they will be
        # automatically deleted" (the description's POST /documents): upload id -> the desk
        # moment (clock.desk_seconds) by which it must be linked; kept in memory only
        self._link_by: dict[str, float] = {}
        # Fault: list filters it answers as if it did not know them (all records, unfiltered)
        self.ignored_filters: frozenset[str] = frozenset()
        # Fault: the port-out list's Metadata without the fields the description makes optional
        self.sparse_meta = False
        # Fault: the event logs listed newest first (the description names no order)
        self.newest_first = False
        last = state.last_event_time()
        if last:
            clock.restore_stamp(parse_iso(last))

    def rng(self, *parts: object) -> random.Random:
        """Carrier decisions are a function of the seed and the order, never of timing."""
        return random.Random(":".join(str(p) for p in (self.seed, *parts)))

    def start_portout_stream(self) -> None:
        """Schedule the first of the demo's incoming port-out requests, unless one is pending."""
        with self.state.transaction():
            if not self.state.has_scheduled("portout_spawn"):
                due = add_business_days(self.clock.now(), self.portout_every_days)
                self.state.schedule(iso(due), "portout_spawn", "stream", {"count": 0})

    # time
    def now(self) -> datetime:
        """The clock's now, or while the carriers catch up, the moment the action was due."""
        return self.acting_at or self.clock.now()

    def tick(self) -> int:
        """Run every carrier action that is due by the clock's now; drop unlinked uploads."""
        self.purge_unlinked()
        return carrier.run_due(self)

    def purge_unlinked(self) -> list[str]:
        """Delete the uploads not linked to an order within UNLINKED_UPLOAD_SECONDS."""
        now = self.clock.desk_seconds()
        gone: list[str] = []
        with self.state.lock:
            due = [d for d, by in self._link_by.items() if by <= now]
        if not due:
            return gone
        with self.state.transaction():
            for doc_id in due:
                if doc_id not in self._link_by:
                    continue  # another request purged it meanwhile
                del self._link_by[doc_id]
                if not self.document_linked(doc_id):
                    self.state.delete_document(doc_id)
                    gone.append(doc_id)
        return gone

    def advance(self, delta: timedelta) -> int:
        self.clock.advance(delta)
        return self.tick()

    # events
    def listed_from(self, created_at: datetime) -> str | None:
        """When a new event becomes visible in its log: None (at once), or, for the share
        `late_events` drawn from the seed in the order events are written, `late_by` later."""
        self._events_written += 1
        if self.late_events <= 0:
            return None
        if self.rng("late-event", self._events_written).random() >= self.late_events:
            return None
        return iso(created_at + self.late_by)

    def event(self, event_type: str, order_id: str | None, payload: Json | None) -> Json:
        """An entry of the port-in log, shaped as the description declares its type: a deleted
        order's event carries its times only inside the payload."""
        stamp = self.clock.stamp()
        now = iso(stamp)
        event: Json = {
            "id": str(uuid.uuid4()), "record_type": "porting_event", "event_type": event_type,
            "payload_status": "completed", "porting_order_id": order_id, "payload": payload,
            "available_notification_methods": ["email", "webhook"],
            "created_at": now, "updated_at": now,
        }
        if event_type == "porting_order.deleted":
            for key in ("record_type", "created_at", "updated_at"):
                event.pop(key)
        self.state.add_event(_without_none(event, keep=("payload",)), now,
                             self.listed_from(stamp))
        return event

    def set_status(self, order: Json, value: str, details: list[Json] | None = None) -> None:
        order["status"] = {"value": value, "details": details or []}
        for number in order["phone_numbers"]:
            number["porting_order_status"] = value
        order["updated_at"] = iso(self.now())
        self.state.save_order(order)
        self.event("porting_order.status_changed", order["id"], _without_none({
            "id": order["id"], "customer_reference": order.get("customer_reference"),
            "status": order["status"], "support_key": order.get("support_key"),
            "updated_at": order["updated_at"], "webhook_url": order.get("webhook_url"),
        }))

    # porting orders
    def create_orders(self, body: Json) -> list[Json]:
        validate.check(body, validate.CREATE_ORDER, "")
        raw = body.get("phone_numbers")
        if not isinstance(raw, list) or not raw:
            raise unprocessable("phone_numbers must be a non-empty list of +E.164 numbers",
                                pointer="/phone_numbers")
        groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for index, value in enumerate(raw):
            e164, country, ntype = _classify(value, index)
            groups.setdefault((country, "toll_free" if ntype == "toll_free" else "geo"), []).append(
                (e164, ntype))
        with self.state.transaction():
            return [self._new_order(numbers, body) for numbers in groups.values()]

    def _new_order(self, numbers: list[tuple[str, str]], body: Json) -> Json:
        order_id = str(uuid.uuid4())
        now = iso(self.clock.stamp())
        order = _blank_order(order_id, now)
        order["customer_reference"] = body.get("customer_reference")
        order["customer_group_reference"] = body.get("customer_group_reference")
        order["phone_number_type"] = numbers[0][1]
        order["phone_numbers"] = [_number(order_id, e164, ntype) for e164, ntype in numbers]
        order["porting_phone_numbers_count"] = len(numbers)
        # the sandbox's trigger for an order whose texts cannot port (the description names
        # the field, not what decides it)
        order["messaging"]["messaging_capable"] = not any(
            e164.endswith(TEXTS_NOT_CAPABLE_TRIGGER) for e164, _ntype in numbers)
        order["activation_settings"]["fast_port_eligible"] = all(
            ntype == "local" and e164.startswith("+1") and not carrier.not_portable_reason(e164)
            for e164, ntype in numbers)
        self.state.insert_order(order)
        requirements.attach(self, order)
        self.state.save_order(order)
        # no event: the notifications guide shows status changes from `in-process` on, never a
        # draft's creation (the sandbox wrote one, and no platform is known to)
        return order

    def order(self, order_id: str) -> Json:
        order = self.state.get_order(order_id)
        if order is None:
            raise not_found("porting order", order_id)
        return order

    def list_orders(self, filters: dict[str, str], sort: str, offset: int,
                    size: int) -> tuple[list[Json], int]:
        """Every described filter applied (sandbox.order_filters), in the order asked."""
        foc = "json_extract(body, '$.activation_settings.foc_datetime_requested')"
        order_by = {"created_at": "seq", "-created_at": "seq DESC",
                    "activation_settings.foc_datetime_requested": f"{foc}, seq",
                    "-activation_settings.foc_datetime_requested": f"{foc} DESC, seq"}.get(sort)
        if order_by is None:
            raise unprocessable(f"cannot sort by '{sort}'", parameter="sort[value]")
        where, args = "1=1", []
        if ref := filters.get("customer_reference"):  # the client's lookup: kept in SQL
            where, args = "customer_reference = ?", [ref]
        with self.state.lock:
            every, _total = self.state.list_orders(where, tuple(args), order_by, -1, 0)
        found = order_filters.matching(every, filters)
        return found[offset:offset + size], len(found)

    def update_order(self, order_id: str, body: Json) -> Json:
        validate.check(body, validate.UPDATE_ORDER, "")
        with self.state.transaction():
            order = self.order(order_id)
            status = order["status"]["value"]
            if status not in EDITABLE and set(body) - {"customer_reference", "webhook_url"}:
                raise unprocessable(f"the order is {status}: only draft or exception orders can "
                                    "be edited", code="PORTING_ORDER_NOT_EDITABLE")
            for kind, doc_id in (body.get("documents") or {}).items():
                if doc_id and self.state.get_document(str(doc_id)) is None:
                    raise unprocessable(f"document {doc_id} does not exist",
                                        pointer=f"/documents/{kind}")
            for key in _MERGE_KEYS:
                if isinstance(body.get(key), dict):
                    if not isinstance(order.get(key), dict):
                        order[key] = {}
                    _merge(order[key], body[key])
            _texts_status(order, body.get("messaging"))
            if "misc" in body and body["misc"] is None:
                order["misc"] = None
            for key in _SCALAR_KEYS:
                if key in body:
                    order[key] = body[key]
            requirements.fulfil(self, order, body.get("requirements") or [])
            requirements.from_documents(self, order)
            if "documents" in body:
                self.event("porting_order.loa_updated", order_id, None)
            order["updated_at"] = iso(self.now())
            requirements.refresh(self, order)
            self.state.save_order(order)
            return order

    def delete_order(self, order_id: str) -> None:
        with self.state.transaction():
            order = self.order(order_id)
            if order["status"]["value"] != "draft":
                raise unprocessable("only draft orders can be deleted; cancel it instead",
                                    code="PORTING_ORDER_NOT_DRAFT")
            self.state.delete_order(order_id)
            now = iso(self.now())
            self.event("porting_order.deleted", order_id, {
                "id": order_id, "customer_reference": order.get("customer_reference"),
                "record_type": "porting_event", "created_at": order["created_at"],
                "updated_at": now, "deleted_at": now})

    def confirm(self, order_id: str) -> Json:
        with self.state.transaction():
            return carrier.confirm(self, self.order(order_id))

    def cancel(self, order_id: str) -> Json:
        with self.state.transaction():
            return carrier.cancel(self, self.order(order_id))

    def allowed_foc_windows(self, order_id: str) -> list[Json]:
        order = self.order(order_id)
        return carrier.foc_windows(self, order)

    # comments
    def add_comment(self, order_id: str, text: Any, user_type: str = "user") -> Json:
        validate.check({"body": text}, validate.COMMENT, "")
        if not isinstance(text, str) or not text.strip():
            raise unprocessable("body must be a non-empty string", pointer="/body")
        with self.state.transaction():
            self.order(order_id)
            now = iso(self.clock.stamp())
            comment = {"id": str(uuid.uuid4()), "body": text, "porting_order_id": order_id,
                       "record_type": "porting_comment", "user_type": user_type,
                       "created_at": now}
            self.state.add_comment(comment)
            self.event("porting_order.new_comment", order_id, {
                "porting_order_id": order_id,
                "comment": {"id": comment["id"], "body": text, "inserted_at": now,
                            "user_id": SANDBOX_USER, "user_type": user_type}})
            return comment

    def comments(self, order_id: str, offset: int, size: int) -> tuple[list[Json], int]:
        with self.state.lock:
            self.order(order_id)
            return self.state.list_comments(order_id, size, offset)

    # documents
    def add_document(self, filename: str, content: bytes, content_type: str,
                     customer_reference: str | None) -> Json:
        if not content:
            raise unprocessable("the file is empty", pointer="/file")
        now = iso(self.now())
        document = {
            "id": str(uuid.uuid4()), "record_type": "document", "filename": filename,
            "content_type": content_type,
            "sha256": hashlib.sha256(content).hexdigest(),
            "size": {"amount": len(content), "unit": "bytes"}, "status": "pending",
            "av_scan_status": "scanned", "created_at": now, "updated_at": now,
        }
        if customer_reference is not None:
            document["customer_reference"] = customer_reference
        with self.state.transaction():
            self.state.add_document(document, content)
            self._link_by[str(document["id"])] = self.clock.desk_seconds() + UNLINKED_UPLOAD_SECONDS
        return document

    # numbers
    def phone_numbers(self, status: str | None, order_id: str | None, offset: int,
                      size: int) -> tuple[list[Json], int]:
        with self.state.lock:  # a number's status is its own (cancel-pending ones included)
            if order_id:
                orders = [self.order(order_id)]
            else:
                orders, _ = self.list_orders({}, "created_at", 0, 1_000_000)
        numbers = [n for o in orders for n in o["phone_numbers"]
                   if status is None or n["porting_order_status"] == status]
        return numbers[offset:offset + size], len(numbers)

    def document_linked(self, doc_id: str) -> bool:
        with self.state.lock:
            orders, _ = self.state.list_orders("body LIKE ?", (f"%{doc_id}%",), "seq", 1, 0)
            return bool(orders) or additional.links(self, doc_id)

    def portability(self, numbers: Any) -> list[Json]:
        if not isinstance(numbers, list) or not numbers:
            raise unprocessable("phone_numbers must be a non-empty list", pointer="/phone_numbers")
        results = []
        for index, value in enumerate(numbers):
            e164, _, _ = _classify(value, index)
            reason = carrier.not_portable_reason(e164)
            results.append({"phone_number": e164, "portable": reason is None,
                            "fast_portable": reason is None and e164.startswith("+1"),
                            "not_portable_reason": reason or "",
                            "record_type": "portability_check_result"})
        return results


def _classify(value: Any, index: int) -> tuple[str, str, str]:
    """(E.164, country, phone_number_type) or a 422 naming the bad entry."""
    pointer = f"/phone_numbers/{index}"
    if not isinstance(value, str) or not value.startswith("+"):
        raise unprocessable(f"'{value}' is not a +E.164 number", pointer=pointer)
    try:
        parsed = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        raise unprocessable(f"'{value}' is not a +E.164 number", pointer=pointer) from None
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if e164 != value or not 8 <= len(e164) <= 16:
        raise unprocessable(f"'{value}' is not a +E.164 number", pointer=pointer)
    country = phonenumbers.region_code_for_number(parsed) or "US"
    if parsed.country_code == 1:
        ntype = "toll_free" if e164[2:5] in TOLL_FREE_NPAS else "local"
        return e164, "US" if country in ("US", "ZZ") else country, ntype
    if phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE:
        return e164, country, "mobile"
    return e164, country, "landline"


TEXTS_NOT_CAPABLE_TRIGGER = "0194"  # a number ending so: the order cannot port texts

def _without_none(data: Json, keep: tuple[str, ...] = ()) -> Json:
    """The description declares these as plain strings: an unknown value is left out, not null."""
    return {k: v for k, v in data.items() if v is not None or k in keep}


def _texts_status(order: Json, asked: Any) -> None:
    """The texts' port follows `enable_messaging` as the description's examples show it: a new
    order false and `not_applicable`, an updated one true and `pending`. A port already under
    way (activating, ported, ...) keeps its own status. An order that cannot port messaging
    (`messaging_capable` false) never starts one: the description does not say what the
    platform does with true there, so the double does the least (keeps what it was sent, as a
    PATCH does, and leaves the texts' status alone)."""
    if not isinstance(asked, dict) or not isinstance(asked.get("enable_messaging"), bool):
        return
    messaging = order.get("messaging")
    if not isinstance(messaging, dict) or messaging.get("messaging_capable") is False:
        return
    status = messaging.get("messaging_port_status")
    if asked["enable_messaging"] and status in (None, "not_applicable"):
        messaging["messaging_port_status"] = "pending"
    elif not asked["enable_messaging"] and status == "pending":
        messaging["messaging_port_status"] = "not_applicable"


def _merge(target: Json, patch: Json) -> None:
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value


def _number(order_id: str, e164: str, ntype: str) -> Json:
    return {"phone_number": e164, "phone_number_type": ntype, "porting_order_id": order_id,
            "porting_order_status": "draft", "activation_status": "New",
            "portability_status": "confirmed",
            "record_type": "porting_phone_number"}


def _blank_order(order_id: str, now: str) -> Json:
    return {
        "id": order_id, "record_type": "porting_order", "created_at": now, "updated_at": now,
        "customer_reference": None, "customer_group_reference": None, "description": "",
        "status": {"value": "draft", "details": []}, "support_key": None,
        "parent_support_key": None, "old_service_provider_ocn": "Sandbox Telephone Co",
        "activation_settings": {"activation_status": None, "fast_port_eligible": False,
                                "foc_datetime_requested": None, "foc_datetime_actual": None},
        "documents": {"loa": None, "invoice": None},
        "end_user": {
            "admin": {k: None for k in ("account_number", "auth_person_name",
                                        "billing_phone_number", "business_identifier",
                                        "entity_name", "pin_passcode", "tax_identifier")},
            "location": {k: None for k in ("administrative_area", "country_code",
                                           "extended_address", "locality", "postal_code",
                                           "street_address")},
        },
        "misc": None,
        "messaging": {"enable_messaging": False, "messaging_capable": True,
                      "messaging_port_completed": False, "messaging_port_status": "not_applicable"},
        "phone_number_configuration": {"billing_group_id": None, "connection_id": None,
                                       "emergency_address_id": None,
                                       "messaging_profile_id": None, "tags": []},
        "requirements": [], "requirements_met": False, "additional_steps": [],
        "user_feedback": {"user_comment": None, "user_rating": None},
        "user_id": SANDBOX_USER, "webhook_url": None,
    }

