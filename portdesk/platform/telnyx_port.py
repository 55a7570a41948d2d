"""The platform PortDesk talks to, behind the port (platform/port.py): its HTTP calls, read into
the port's plain records.

Everything the sync must not know lives here: the order's JSON (draft fields, additional steps,
activation settings), the status spellings that decide whether an order still takes edits or a
port-out still waits for an answer, the event names and payloads of both logs, the URL of each
log, and the wire format of a requested FOC time. The sync services see `Order`,
`PortoutRequest` and `FeedEvent` only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from portdesk.domain.platform_dates import platform_day
from portdesk.platform.additional_documents import AdditionalDocuments
from portdesk.platform.errors import MalformedResponse, RequestRejected
from portdesk.platform.models import PlatformEvent, PlatformOrder, Portout, parse_event
from portdesk.platform.port import EventKind, Feed, FeedEvent, Order, PortoutRequest
from portdesk.platform.porting_orders import (
    PORTING_EVENTS,
    PORTOUT_EVENTS,
    SUBMITTED_OR_LATER,
    PortingOrders,
)
from portdesk.platform.porting_steps import PortInSteps
from portdesk.platform.portout_calls import PortoutCalls
from portdesk.platform.sync.fields import order_values
from portdesk.platform.sync.mapping import order_state, portout_state
from portdesk.platform.wire import format_time, order_fields, parse_time

if TYPE_CHECKING:
    from portdesk.domain.case import PortCase

FEEDS = {Feed.PORT_INS: PORTING_EVENTS, Feed.PORT_OUTS: PORTOUT_EVENTS}
EDITABLE = frozenset({"draft", "exception"})
CANCELLING = frozenset({"cancel-pending", "cancelled"})
AWAITING_ANSWER = "pending"
# a request whose numbers may still leave: unanswered, or cleared for its FOC date
OPEN_PORTOUTS = (AWAITING_ANSWER, "authorized")
ORDER_COMMENT = "porting_order.new_comment"
KNOWN_PORTING = frozenset({
    "porting_order.status_changed", ORDER_COMMENT, "porting_order.split",
    "porting_order.messaging_changed", "porting_order.deleted", "porting_order.loa_updated",
    "porting_order.sharing_token_expired"})
PORTOUT_KINDS = {"portout.status_changed": EventKind.PORTOUT_STATUS,
                 "portout.new_comment": EventKind.PORTOUT_COMMENT,
                 "portout.foc_date_changed": EventKind.PORTOUT_FOC}
# What a port-out request says, kept beside its case for the port-out screen.
REQUEST_FIELDS = ("end_user_name", "authorized_name", "service_address", "city", "state", "zip",
                  "carrier_name", "spid", "pon", "support_key", "requested_foc_date",
                  "current_carrier", "account_number")
STATUS_DETAILS = ("subscriber_name", "attempted_pin")  # a status change's payload adds these
# A number's `activation_status` (the description's PortingOrderActivationStatus) that stops or
# undoes its port whatever the order's status says; every other value follows the order.
ACTIVATION_TROUBLE = frozenset({"conflict", "failed"})
KEPT_NUMBERS_STEP = "associated_phone_numbers"  # the one additional step the sync does itself
CODES_STEP = "phone_number_verification_codes"  # done by a person from the desk, with the customer
# The description's additional steps are both done from PortDesk; a step it may add later is
# named as the platform writes it, to be done on the platform.
DESK_STEPS = frozenset({KEPT_NUMBERS_STEP, CODES_STEP})
STEP_WORDS: dict[str, str] = {}


class TelnyxPort(PortingOrders, PortoutCalls, PortInSteps, AdditionalDocuments):
    @property
    def answers_read(self) -> int:
        return self.json_answers

    # port-in orders
    def orders_for(self, reference: str) -> list[Order]:
        return [to_order(o, self.zone) for o in self.find_orders(reference)]

    def create_order(self, numbers: list[str], reference: str,
                     account_number: str = "") -> list[Order]:
        return [to_order(o, self.zone) for o in self.create_porting_order(
            numbers, reference, account_number=account_number)]

    def order(self, order_id: str) -> Order:
        return to_order(self.get_porting_order(order_id), self.zone)

    def all_orders(self) -> Iterator[Order]:
        return (to_order(o, self.zone) for o in self.list_porting_orders())

    def update_order(self, order_id: str, case: PortCase, foc_at: datetime | None,
                     texts: bool = True) -> Order:
        """`texts`: the order can port messaging (its `messaging_capable` is not false);
        `enable_messaging` applies only then and is left out otherwise (the description does
        not say what the platform does with it on an order that cannot take it)."""
        body = order_fields(case)
        body.pop("customer_reference", None)  # set at create; split orders keep the parent's
        if not texts:
            body.pop("messaging", None)
        if foc_at is not None:
            body["activation_settings"] = {"foc_datetime_requested": format_time(foc_at)}
        return to_order(self.update_porting_order(order_id, body), self.zone)

    def confirm_order(self, order_id: str) -> Order:
        try:
            return to_order(self.confirm_porting_order(order_id), self.zone)
        except RequestRejected:
            order = self.get_porting_order(order_id)
            if order.status not in SUBMITTED_OR_LATER - {"cancelled"}:
                raise  # refused for a reason of its own (requirements not met, ...)
            return to_order(order, self.zone)

    def cancel_order(self, order_id: str) -> Order:
        try:
            return to_order(self.cancel_porting_order(order_id), self.zone)
        except RequestRejected:
            order = self.get_porting_order(order_id)
            if order.status not in CANCELLING:
                raise
            return to_order(order, self.zone)

    def attach_documents(self, order_id: str, loa: str | None = None,
                         invoice: str | None = None) -> Order:
        return to_order(self.link_documents(order_id, loa=loa, invoice=invoice), self.zone)

    def keep_number_behind(self, order_id: str, number: str, action: str) -> None:
        self.add_associated_range(order_id, number, number, action)

    # port-out requests
    def portout_requests(self, open_only: bool = False) -> Iterator[PortoutRequest]:
        """Open ones: two lists, `pending` and `authorized` (`filter[status]`, one value each;
        the description's `status_in` array has no written form for a query string)."""
        if not open_only:
            return (to_request(p, self.zone) for p in self.portouts(None))
        return (to_request(p, self.zone) for status in OPEN_PORTOUTS
                for p in self.portouts(status))

    def portout_request(self, portout_id: str) -> PortoutRequest:
        return to_request(self.get_portout(portout_id), self.zone)

    def ported_portouts(self, since: datetime) -> Iterator[PortoutRequest]:
        return (to_request(p, self.zone) for p in self.ported_since(since))

    def answer_portout_request(self, portout_id: str, authorize: bool, reason: str = "",
                               rejection_code: int | None = None,
                               host_messaging: bool = False) -> PortoutRequest:
        return to_request(self.answer_portout(portout_id, authorize, reason, rejection_code,
                                              host_messaging), self.zone)

    # the event logs
    def events_since(self, feed: Feed, since: datetime | None) -> Iterator[FeedEvent]:
        """Every readable event from `since` (inclusive) on; an unreadable one is set aside in
        `skipped` (with its id and type) and the rest still come."""
        for raw in self.events(since, feed=FEEDS[feed]):
            try:
                event = parse_event(raw)
            except MalformedResponse as exc:
                self.skip("event", raw, str(exc))
                continue
            yield to_event(event, feed, self.zone)

    def log_end(self, feed: Feed) -> tuple[datetime | None, set[str]]:
        """The newest time on the log's first and last pages (two requests at most), whichever
        way the log is sorted."""
        path = FEEDS[feed]
        first = self.events_page(None, 1, size=1, feed=path)
        raws: Iterable[Any] = first.items
        total = first.meta.total_pages if first.meta else -1
        if total > 1:
            raws = [*first.items, *self.events_page(None, total, size=1, feed=path).items]
        elif total < 0 and first.items:  # no page count given: the whole log, to its end
            raws = self.events(None, feed=path)
        newest: datetime | None = None
        ids: set[str] = set()
        for raw in raws:
            try:
                event = parse_event(raw)
            except MalformedResponse:
                continue
            if event.created_at and (newest is None or event.created_at > newest):
                newest, ids = event.created_at, {event.id}
        return newest, ids


def to_order(order: PlatformOrder, zone: tzinfo | None = UTC) -> Order:
    """`zone`: where the platform's date-times are read as days (domain.platform_dates)."""
    raw = order.raw
    steps = raw.get("additional_steps")
    settings = raw.get("activation_settings")
    return Order(
        id=order.id, reference=order.customer_reference,
        numbers=frozenset(n.e164 for n in order.numbers), state=order_state(order, zone),
        draft=order_values(raw, zone), editable=order.status in EDITABLE,
        needs_kept_numbers=isinstance(steps, list) and KEPT_NUMBERS_STEP in steps,
        steps_elsewhere=tuple(STEP_WORDS.get(s, s) for s in steps if isinstance(s, str)
                              and s not in DESK_STEPS) if isinstance(steps, list) else (),
        asks_verification_codes=isinstance(steps, list) and CODES_STEP in steps,
        fast_port_eligible=isinstance(settings, dict)
        and settings.get("fast_port_eligible") is True,
        activation_trouble=tuple((n.e164, n.activation_status) for n in order.numbers
                                 if n.activation_status.strip().lower() in ACTIVATION_TROUBLE),
        messaging_status=_messaging_status(raw), messaging_capable=_messaging_capable(raw),
        support_key=order.support_key or "",
        requirements_met=met if isinstance(met := raw.get("requirements_met"), bool) else None,
        number_requirements=tuple((n.e164, n.requirements_status) for n in order.numbers
                                  if n.requirements_status))


def _messaging_capable(raw: dict[str, Any]) -> bool | None:
    messaging = raw.get("messaging")
    capable = messaging.get("messaging_capable") if isinstance(messaging, dict) else None
    return capable if isinstance(capable, bool) else None


def _messaging_status(raw: dict[str, Any]) -> str:
    messaging = raw.get("messaging")
    status = messaging.get("messaging_port_status") if isinstance(messaging, dict) else None
    return status if isinstance(status, str) else ""


def to_request(portout: Portout, zone: tzinfo | None = UTC) -> PortoutRequest:
    raw = portout.raw
    return PortoutRequest(
        id=portout.id, state=portout_state(portout, zone), numbers=portout.numbers,
        carrier_name=portout.carrier_name, end_user_name=portout.end_user_name,
        awaiting_answer=portout.status == AWAITING_ANSWER, reason=portout.reason or "",
        rejection_code=portout.rejection_code, received_at=portout.created_at,
        details={**{name: value for name in REQUEST_FIELDS
                    if isinstance(value := raw.get(name), str) and value}, **_lsr(raw)},
        changed_at=_changed_at(raw))


def _lsr(raw: dict[str, Any]) -> dict[str, str]:
    """The request's `lsr`: "A link to the Local Service Request" per item (the description's
    array of URIs), kept one per line; anything not a string is left out."""
    links = raw.get("lsr")
    kept = [link.strip() for link in links if isinstance(link, str) and link.strip()] \
        if isinstance(links, list) else []
    return {"lsr": "\n".join(kept)} if kept else {}


def _changed_at(raw: dict[str, Any]) -> datetime | None:
    """A port-out's `updated_at`, shown only: unreadable is unknown, never a dropped record."""
    try:
        return parse_time(raw.get("updated_at"), "a port-out's updated_at")
    except MalformedResponse:
        return None


def to_event(event: PlatformEvent, feed: Feed, zone: tzinfo | None = UTC) -> FeedEvent:
    if event.raw.get("payload_status") == "created" and not event.payload and \
            event.event_type in TOLD_BY_PAYLOAD:
        return FeedEvent(event.id, event.event_type, EventKind.ORDER if feed == Feed.PORT_INS
                         else PORTOUT_KINDS[event.event_type], True, event.created_at,
                         order_ids=_orders_named(event), portout_id=event.portout_id,
                         payload_pending=True)
    if feed == Feed.PORT_INS:
        said = event.payload.get("comment")
        if event.event_type == ORDER_COMMENT and isinstance(said, dict):
            return FeedEvent(event.id, event.event_type, EventKind.ORDER_COMMENT, True,
                             event.created_at, order_ids=_orders_named(event),
                             comment=_text(said.get("body")), comment_id=_text(said.get("id")),
                             author=_text(said.get("user_type")))
        return FeedEvent(event.id, event.event_type, EventKind.ORDER,
                         event.event_type in KNOWN_PORTING, event.created_at,
                         order_ids=_orders_named(event))
    kind = PORTOUT_KINDS.get(event.event_type, EventKind.PORTOUT_OTHER)
    payload = event.payload
    return FeedEvent(
        event.id, event.event_type, kind, event.event_type in PORTOUT_KINDS, event.created_at,
        portout_id=event.portout_id, comment=_text(payload.get("comment")),
        comment_id=_text(payload.get("id")) if kind == EventKind.PORTOUT_COMMENT else "",
        foc_date=_foc(payload, zone) if kind == EventKind.PORTOUT_FOC else None,
        details={name: value for name in STATUS_DETAILS
                 if isinstance(value := payload.get(name), str) and value}
        if kind == EventKind.PORTOUT_STATUS else {})


# Events whose news is in their payload alone (the rest name a record that is read again)
TOLD_BY_PAYLOAD = frozenset({ORDER_COMMENT, "portout.new_comment", "portout.foc_date_changed"})


def _orders_named(event: PlatformEvent) -> tuple[str, ...]:
    """The order it is about, the payload's order, and for a split the new order (under to.id)."""
    payload_id = event.payload.get("id")
    target = event.payload.get("to")
    split = target.get("id") if isinstance(target, dict) else None
    named = (event.order_id, payload_id, split)
    return tuple(dict.fromkeys(o for o in named if isinstance(o, str) and o))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _foc(payload: dict[str, Any], zone: tzinfo | None) -> date | None:
    try:
        moment = parse_time(payload.get("foc_date"), "an FOC date")
    except MalformedResponse:
        return None
    return platform_day(moment, zone) if moment else None
